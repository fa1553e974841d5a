import { describe, expect, it } from 'vitest';
import { asTenantId, DomainError, type TenantContext } from '@shouhou/contracts';
import {
  contextFromClaims,
  ContextSigner,
  ContextVerifier,
  generateContextKeys,
  parsePublicKeys,
  restrictVerifyKey,
  subjectMatches,
  type ContextClaims,
} from './context-signature';

const subject = 'intake.cmd.request.create';
const ctx: TenantContext = {
  kind: 'tenant',
  tenantId: asTenantId('0193f0a0-0000-7000-8000-00000000ac01'),
  actorId: 'u1',
  roles: ['agent', 'dispatcher'],
  requestId: 'r1',
};
const input = { customerName: '张伟', items: [1, 2, { a: null }] };

const current = generateContextKeys('gateway-2026-12');
const previous = generateContextKeys('gateway-2026-06');
const signer = new ContextSigner(current.signingKey);
const verifier = new ContextVerifier(parsePublicKeys(current.verifyKey));

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return `${(error as DomainError).code}: ${(error as DomainError).message}`;
  }
  throw new Error('accepted');
}

describe('signed caller context', () => {
  it('round-trips the context for the subject and payload it was signed for', () => {
    const claims = verifier.verify(signer.sign(subject, ctx, input), subject, JSON.parse(JSON.stringify(input)));
    expect(claims).toMatchObject({ kid: 'gateway-2026-12', aud: subject, ten: ctx.tenantId, act: 'u1', rol: ['agent', 'dispatcher'], rid: 'r1' });
    expect(claims.exp - claims.iat).toBe(60);
    expect(contextFromClaims('tenant', claims)).toEqual(ctx);
  });

  it('refuses a missing or malformed token', () => {
    expect(refusal(() => verifier.verify(undefined, subject, input))).toMatch(/^UNAUTHENTICATED: .*no signed context/);
    expect(refusal(() => verifier.verify('garbage', subject, input))).toMatch(/^UNAUTHENTICATED: .*malformed/);
    expect(refusal(() => verifier.verify('e30.e30.e30', subject, input))).toMatch(/^UNAUTHENTICATED: .*malformed/);
  });

  it('refuses a forged signature: the same key id, another key', () => {
    const forger = new ContextSigner(generateContextKeys('gateway-2026-12').signingKey);
    expect(refusal(() => verifier.verify(forger.sign(subject, ctx, input), subject, input))).toMatch(/^UNAUTHENTICATED: .*bad signature/);
  });

  it('refuses claims changed after signing (another tenant, more roles)', () => {
    const [body, sig] = signer.sign(subject, ctx, input).split('.');
    const claims: ContextClaims = JSON.parse(Buffer.from(body!, 'base64url').toString());
    const tampered = Buffer.from(JSON.stringify({ ...claims, rol: ['platform-admin'], ten: '0193f0a0-0000-7000-8000-00000000ac02' })).toString('base64url');
    expect(refusal(() => verifier.verify(`${tampered}.${sig}`, subject, input))).toMatch(/bad signature/);
  });

  it('refuses an expired context, and one issued in the future', () => {
    const now = Date.now();
    const old = signer.sign(subject, ctx, input, now - 66_000);
    expect(refusal(() => verifier.verify(old, subject, input, now))).toMatch(/^UNAUTHENTICATED: .*expired/);
    // Within the clock skew it still passes; in the future beyond it, not.
    expect(verifier.verify(signer.sign(subject, ctx, input, now - 63_000), subject, input, now).act).toBe('u1');
    expect(refusal(() => verifier.verify(signer.sign(subject, ctx, input, now + 30_000), subject, input, now))).toMatch(/future/);
  });

  it('refuses a context signed for another subject (audience)', () => {
    const token = signer.sign('intake.qry.request.list', ctx, input);
    expect(refusal(() => verifier.verify(token, subject, input))).toMatch(/^UNAUTHENTICATED: .*another subject/);
  });

  it('refuses a tampered payload', () => {
    const token = signer.sign(subject, ctx, input);
    expect(refusal(() => verifier.verify(token, subject, { ...input, customerName: '李四' }))).toMatch(/^UNAUTHENTICATED: .*another payload/);
    expect(refusal(() => verifier.verify(token, subject, undefined))).toMatch(/another payload/);
    // An absent payload and null are the same on the wire.
    expect(verifier.verify(signer.sign(subject, ctx, undefined), subject, null).act).toBe('u1');
  });

  it('refuses an unknown key id', () => {
    const stranger = new ContextSigner(generateContextKeys('someone-else').signingKey);
    expect(refusal(() => verifier.verify(stranger.sign(subject, ctx, input), subject, input))).toMatch(/^UNAUTHENTICATED: .*unknown key someone-else/);
  });

  it('accepts both keys during a rotation, and only the new one after it', () => {
    const rotating = new ContextVerifier(parsePublicKeys(`${previous.verifyKey}, ${current.verifyKey}`));
    expect(rotating.keyIds).toEqual(['gateway-2026-06', 'gateway-2026-12']);
    const old = new ContextSigner(previous.signingKey);
    expect(rotating.verify(old.sign(subject, ctx, input), subject, input).kid).toBe('gateway-2026-06');
    expect(rotating.verify(signer.sign(subject, ctx, input), subject, input).kid).toBe('gateway-2026-12');
    expect(refusal(() => verifier.verify(old.sign(subject, ctx, input), subject, input))).toMatch(/unknown key gateway-2026-06/);
  });

  it("a key with an allowlist signs only its subjects (dispatch's key at parts: only parts.qry.part.list)", () => {
    const dispatchKeys = generateContextKeys('dispatch-1');
    const parts = new ContextVerifier(parsePublicKeys(`${current.verifyKey},${restrictVerifyKey(dispatchKeys.verifyKey, ['parts.qry.part.list'])}`));
    const dispatch = new ContextSigner(dispatchKeys.signingKey);
    const allowed = 'parts.qry.part.list';
    expect(parts.verify(dispatch.sign(allowed, ctx, input), allowed, input).kid).toBe('dispatch-1');
    // A parts command, and another parts query: refused before the signature is even checked.
    for (const other of ['parts.cmd.part.save', 'parts.qry.stock.list', 'parts.qry.part.list.more']) {
      expect(refusal(() => parts.verify(dispatch.sign(other, ctx, input), other, input)), other).toMatch(/^UNAUTHENTICATED: .*key dispatch-1 may not sign for/);
    }
    // The gateway's key stays unrestricted.
    expect(parts.verify(signer.sign('parts.cmd.part.save', ctx, input), 'parts.cmd.part.save', input).kid).toBe('gateway-2026-12');
    expect(restrictVerifyKey(dispatchKeys.verifyKey, ['a.b', 'c.>'])).toMatch(/^dispatch-1@a\.b\|c\.>:MCow/);
    expect(() => parsePublicKeys(`x@:${dispatchKeys.verifyKey.split(':')[1]}`)).toThrow(/empty subject list/);
  });

  it('subject patterns follow NATS: * is one token, > the rest', () => {
    expect(subjectMatches('parts.qry.part.list', 'parts.qry.part.list')).toBe(true);
    expect(subjectMatches('parts.qry.*.list', 'parts.qry.part.list')).toBe(true);
    expect(subjectMatches('parts.qry.>', 'parts.qry.part.list')).toBe(true);
    expect(subjectMatches('parts.qry.>', 'parts.qry')).toBe(false);
    expect(subjectMatches('parts.qry.part', 'parts.qry.part.list')).toBe(false);
    expect(subjectMatches('parts.qry.part.list', 'parts.qry.part')).toBe(false);
  });

  it('reads keys as PEM too, and rejects keys that are not Ed25519', () => {
    const pem = (der: string, label: string) => `-----BEGIN ${label}-----\n${der.match(/.{1,64}/g)!.join('\n')}\n-----END ${label}-----`;
    const [kid, spki] = current.verifyKey.split(':');
    const fromPem = new ContextVerifier(parsePublicKeys(`${kid}:${pem(spki!, 'PUBLIC KEY')}`));
    expect(fromPem.verify(signer.sign(subject, ctx, input), subject, input).kid).toBe(kid);
    const [skid, pkcs8] = current.signingKey.split(':');
    expect(new ContextSigner(`${skid}:${pem(pkcs8!, 'PRIVATE KEY')}`).kid).toBe(skid);
    expect(() => new ContextSigner('no-key-id')).toThrow(/key id/);
    expect(() => ContextVerifier.fromEnv({})).toThrow(/CONTEXT_VERIFY_KEYS/);
  });
});

describe('contextFromClaims', () => {
  const sign = (c: Parameters<ContextSigner['sign']>[1]) => verifier.verify(signer.sign(subject, c, {}), subject, {});

  it('drops unknown roles', () => {
    const claims = { ...sign(ctx), rol: ['agent', 'root'] };
    expect(contextFromClaims('tenant', claims)?.roles).toEqual(['agent']);
  });

  it('refuses a tenant operation without a tenant, or with a tenant id that is not a uuid', () => {
    const platform = sign({ kind: 'platform', actorId: 'op', roles: ['platform-admin'], requestId: 'r' });
    expect(refusal(() => contextFromClaims('tenant', platform))).toMatch(/^FORBIDDEN: no tenant/);
    expect(refusal(() => contextFromClaims('tenant', { ...sign(ctx), ten: "' or 1=1 --" }))).toMatch(/^FORBIDDEN/);
  });

  it('refuses a platform operation to anyone but the platform admin', () => {
    expect(refusal(() => contextFromClaims('platform', sign({ ...ctx, roles: ['tenant-admin'] })))).toMatch(/platform-admin/);
    expect(contextFromClaims('platform', sign({ kind: 'platform', actorId: 'op', roles: ['platform-admin'], requestId: 'r' }))?.kind).toBe('platform');
  });

  it('a service call carries no actor: fine for service operations, FORBIDDEN for the others', () => {
    const service = sign(undefined);
    expect(contextFromClaims('service', service)).toBeUndefined();
    expect(refusal(() => contextFromClaims('tenant', service))).toMatch(/^FORBIDDEN/);
    expect(refusal(() => contextFromClaims('platform', service))).toMatch(/^FORBIDDEN/);
  });
});
