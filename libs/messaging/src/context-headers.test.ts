import { describe, expect, it } from 'vitest';
import { DomainError } from '@shouhou/contracts';
import { contextFromHeaders } from './context-headers';

const tenant = '0193f0a0-0000-7000-8000-00000000ac01';

describe('contextFromHeaders', () => {
  it('builds a tenant context from the tenant, actor and role headers, dropping unknown roles', () => {
    const ctx = contextFromHeaders('tenant', {
      'x-tenant-id': tenant,
      'x-actor-id': 'u1',
      'x-actor-roles': 'agent,root,dispatcher',
      'x-request-id': 'r1',
    });
    expect(ctx).toEqual({ kind: 'tenant', tenantId: tenant, actorId: 'u1', roles: ['agent', 'dispatcher'], requestId: 'r1' });
  });

  it('refuses a tenant operation without a tenant', () => {
    expect(() => contextFromHeaders('tenant', { 'x-actor-roles': 'agent' })).toThrow(DomainError);
  });

  it('refuses a platform operation to anyone but the platform admin', () => {
    expect(() => contextFromHeaders('platform', { 'x-actor-roles': 'tenant-admin' })).toThrow(/platform-admin/);
    expect(contextFromHeaders('platform', { 'x-actor-roles': 'platform-admin' })?.kind).toBe('platform');
  });

  it('refuses a tenant id that is not a uuid', () => {
    expect(() => contextFromHeaders('tenant', { 'x-tenant-id': "' or 1=1 --" })).toThrow();
  });
});
