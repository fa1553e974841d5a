import { describe, expect, it } from 'vitest';
import { identityFromClaims, organizationsFromClaim } from './token-verifier';

describe('organizationsFromClaim', () => {
  it('reads the alias list Keycloak writes by default', () => {
    expect(organizationsFromClaim(['acme'])).toEqual([{ alias: 'acme' }]);
  });

  it('reads the alias → id map written with the organization id mapper option', () => {
    expect(organizationsFromClaim({ acme: { id: 'org-1' } })).toEqual([{ alias: 'acme', id: 'org-1' }]);
  });

  it('gives nothing for a missing or malformed claim', () => {
    expect(organizationsFromClaim(undefined)).toEqual([]);
    expect(organizationsFromClaim('acme')).toEqual([]);
  });
});

describe('identityFromClaims', () => {
  it('keeps only the realm roles shouhou knows', () => {
    const identity = identityFromClaims({
      sub: 'u1',
      preferred_username: 'agent@acme.test',
      realm_access: { roles: ['agent', 'offline_access', 'default-roles-shouhou'] },
    });
    expect(identity.roles).toEqual(['agent']);
    expect(identity.username).toBe('agent@acme.test');
  });
});
