import { describe, expect, it } from 'vitest';
import { HealthController } from './health.controller';

/** A ServiceClient stand-in: counts health queries, answers after `delayMs`, or fails with internal text. */
function fakeServices(options: { delayMs?: number; fail?: string[]; connected?: boolean } = {}) {
  const calls: { subject: string; timeoutMs?: number }[] = [];
  return {
    calls,
    ping: async () => options.connected ?? true,
    call: async (contract: { subject: string }, _ctx: unknown, _input: unknown, opts: { timeoutMs?: number } = {}) => {
      calls.push({ subject: contract.subject, timeoutMs: opts.timeoutMs });
      await new Promise((r) => setTimeout(r, options.delayMs ?? 0));
      const service = contract.subject.split('.')[0];
      if (options.fail?.includes(service)) throw new Error(`${service}: connection to 10.0.0.7:5432 refused (secret detail)`);
      return { service, ok: true, checks: { database: true, nats: true } };
    },
  };
}
const nc = (closed = false) => ({ isClosed: () => closed, flush: async () => undefined });
const moduleRef = { get: () => ({ schema: {}, instance: {} }) };
const controller = (services: ReturnType<typeof fakeServices>, events = nc()) => new HealthController(services as any, events as any, moduleRef as any);

async function readyz(c: HealthController) {
  let status = 0;
  let body: any;
  const res = { status: (s: number) => ((status = s), res), json: (b: unknown) => ((body = b), res) };
  await c.readyz(res as any);
  return { status, body };
}

describe('gateway health', () => {
  it('shares one probe round between concurrent /healthz hits, and answers from it for a short while', async () => {
    const services = fakeServices({ delayMs: 50 });
    const c = controller(services);
    const answers = await Promise.all(Array.from({ length: 50 }, () => c.healthz()));
    expect(services.calls).toHaveLength(4); // one health query per service, not 200
    for (const a of answers) expect(a).toEqual(answers[0]);
    expect(Object.keys(answers[0].services).sort()).toEqual(['dispatch', 'intake', 'parts', 'tenancy']);
    await c.healthz();
    expect(services.calls).toHaveLength(4); // still fresh: no new round
  });

  it('asks each service with the short health timeout, not the ordinary RPC timeout', async () => {
    const services = fakeServices();
    await controller(services).healthz();
    for (const call of services.calls) expect(call.timeoutMs).toBe(1500);
  });

  it('tells a failing service only as not ok, without its error text', async () => {
    const { services } = await controller(fakeServices({ fail: ['parts'] })).healthz();
    expect(services.parts).toEqual({ ok: false });
    expect(services.intake).toEqual({ ok: true, checks: { database: true, nats: true } });
    expect(JSON.stringify(services)).not.toContain('secret');
  });

  it('is ready only while the RPC connection and the event connection both answer', async () => {
    expect(await readyz(controller(fakeServices()))).toEqual({ status: 200, body: { ok: true, checks: { rpc: true, events: true, graphql: true } } });
    expect(await readyz(controller(fakeServices({ connected: false })))).toMatchObject({ status: 503, body: { checks: { rpc: false, events: true } } });
    expect(await readyz(controller(fakeServices(), nc(true)))).toMatchObject({ status: 503, body: { checks: { rpc: true, events: false } } });
  });
});
