/**
 * The cost of the signed caller context (ADR 20): µs per sign (gateway, per call) and per verify
 * (service, per request), for a small and a typical payload.
 *   npx turbo run build --filter=@shouhou/messaging && node libs/messaging/dist/bench/context-signature.bench.js
 */
import { asTenantId, type TenantContext } from '@shouhou/contracts';
import { ContextSigner, ContextVerifier, generateContextKeys, parsePublicKeys } from '../context-signature';

const keys = generateContextKeys('bench-1');
const signer = new ContextSigner(keys.signingKey);
const verifier = new ContextVerifier(parsePublicKeys(keys.verifyKey));
const ctx: TenantContext = {
  kind: 'tenant',
  tenantId: asTenantId('0193f0a0-0000-7000-8000-00000000ac01'),
  actorId: 'f3b1c2d4-agent',
  roles: ['agent', 'dispatcher'],
  requestId: '0193f0a0-1111-7000-8000-000000000001',
};
const subject = 'intake.cmd.request.create';
const payloads = {
  'small (40 B)': { first: 20, after: null, search: 'KFR' },
  'typical (1 KB)': {
    customerName: '张伟',
    customerPhone: '13800138000',
    productModel: 'KFR-35GW',
    serialNumber: 'AC2025110001',
    problemDescription: '制冷效果差，室外机噪音大，'.repeat(20),
    channel: 'PHONE',
    category: 'REPAIR',
    address: { province: '上海市', city: '上海市', district: '徐汇区', street: '漕溪北路 88 号' },
  },
};

function measure(label: string, n: number, fn: () => void): number {
  for (let i = 0; i < 500; i++) fn();
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn();
  const us = Number(process.hrtime.bigint() - start) / 1000 / n;
  console.log(`${label.padEnd(32)} ${us.toFixed(1).padStart(7)} µs`);
  return us;
}

const N = Number(process.env.N ?? 5000);
console.log(`Ed25519 signed context, ${N} iterations each (node ${process.version})`);
for (const [name, payload] of Object.entries(payloads)) {
  const token = signer.sign(subject, ctx, payload);
  const received = JSON.parse(JSON.stringify(payload));
  measure(`sign   ${name}`, N, () => signer.sign(subject, ctx, payload));
  measure(`verify ${name}`, N, () => verifier.verify(token, subject, received));
  console.log(`${'token size'.padEnd(32)} ${String(token.length).padStart(7)} B`);
}
