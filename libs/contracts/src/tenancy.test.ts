import { describe, expect, it } from 'vitest';
import { CreateTenantInput } from './tenancy';

describe('CreateTenantInput', () => {
  it('takes a short lower-case code and defaults the time zone to Asia/Shanghai', () => {
    const parsed = CreateTenantInput.parse({ code: 'acme-east', name: 'Acme 华东' });
    expect(parsed.timeZone).toBe('Asia/Shanghai');
  });

  it.each(['A', 'Acme', '1acme', 'acme_east', 'a'.repeat(33)])('rejects the code %s', (code) => {
    expect(CreateTenantInput.safeParse({ code, name: 'x' }).success).toBe(false);
  });

  it('rejects an unknown time zone', () => {
    expect(CreateTenantInput.safeParse({ code: 'acme', name: 'Acme', timeZone: 'Mars/Olympus' }).success).toBe(false);
  });
});
