import { describe, expect, it } from 'vitest';
import { maskPhone, normalizePhone } from './intake';

describe('phone numbers', () => {
  it('match whatever way they were written', () => {
    expect(normalizePhone('+86 138-0013-8000')).toBe('13800138000');
    expect(normalizePhone('138 0013 8000')).toBe('13800138000');
    expect(normalizePhone('010-12345678')).toBe('01012345678');
  });

  it('are masked to recognise, not to call', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('021-62345678')).toBe('021****5678');
    expect(maskPhone('123')).toBe('****');
  });
});
