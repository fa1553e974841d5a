import { describe, expect, it } from 'vitest';
import type { Tenant } from '@shouhou/contracts';
import { authorize, type Session } from './session';

const tenant: Tenant = {
  id: '0193f0a0-0000-7000-8000-00000000ac01',
  code: 'acme',
  name: 'Acme',
  keycloakOrganizationId: 'org',
  status: 'ACTIVE',
  timeZone: 'Asia/Shanghai',
  createdAt: '2026-11-23T00:00:00Z',
  suspendedAt: null,
  suspensionReason: null,
};

const session = (roles: Session['identity']['roles'], withTenant = true): Session => ({
  identity: { subject: 'u1', username: 'u1', roles, organizations: [] },
  tenant: withTenant ? tenant : null,
  requestId: 'r1',
});

describe('authorize', () => {
  it('lets an agent create requests in the agent’s own tenant', () => {
    expect(authorize(session(['agent']), 'createServiceRequest')).toMatchObject({ kind: 'tenant', tenantId: tenant.id });
  });

  it('keeps the dispatch queue from agents and tenant admin work from dispatchers', () => {
    expect(() => authorize(session(['agent']), 'dispatchQueue')).toThrow(/dispatcher/);
    expect(() => authorize(session(['dispatcher']), 'createServiceRequest')).toThrow(/agent/);
  });

  it('refuses tenant work to a user without a tenant, and platform work to tenant users', () => {
    expect(() => authorize(session(['agent'], false), 'serviceRequests')).toThrow(/no tenant/);
    expect(() => authorize(session(['tenant-admin']), 'createTenant')).toThrow(/platform-admin/);
  });

  it('explains a user with no roles at all', () => {
    expect(() => authorize(session([]), 'serviceRequests')).toThrow(/no roles/);
  });
});
