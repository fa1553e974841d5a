import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { IntakeRpc, type TenantContext } from '@shouhou/contracts';
import { ServiceClient } from '@shouhou/messaging';
import { startTestStack, type TestStack } from '@shouhou/testing';
import { demoRequest, query, tenantContext } from '../support/platform';

let stack: TestStack;
let client: ServiceClient;

beforeAll(async () => {
  stack = await startTestStack(inject('adminDatabaseUrl'));
  client = new ServiceClient(stack.tooling);
  await client.connect();
});

afterAll(async () => {
  await client?.close();
  await stack?.stop();
});

const CHANNELS = ['PHONE', 'WEB', 'WECHAT'] as const;
const CATEGORIES = ['REPAIR', 'INSTALLATION', 'CONSULTATION'] as const;
const PRIORITIES = ['NORMAL', 'HIGH'] as const;

/** The list's total, and the same filter counted row by row in the table. */
async function totals(ctx: TenantContext, filter: Record<string, string>) {
  const listed = (await client.call(IntakeRpc.listServiceRequests, ctx, { first: 1, filter })).totalCount;
  const column = (key: string) => ({ status: 'status', channel: 'channel', category: 'category', priority: 'priority' })[key];
  const conditions = Object.keys(filter).map((key, i) => `${column(key)} = $${i + 2}`);
  const [row] = await query(
    stack.databaseUrl,
    `select count(*)::int as n from intake.service_request where tenant_id = $1${conditions.map((c) => ` and ${c}`).join('')}`,
    [ctx.tenantId, ...Object.values(filter)],
  );
  return { listed, counted: row.n as number };
}

describe('a list’s total', () => {
  it('follows requests as they are created and move through their lifecycle, concurrently, in each tenant apart', async () => {
    const a = tenantContext();
    const b = tenantContext();
    const created = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        client.call(IntakeRpc.createServiceRequest, i % 4 === 3 ? b : a, {
          ...demoRequest({ customerPhone: `1390000${String(1000 + i)}` }),
          channel: CHANNELS[i % 3],
          category: CATEGORIES[i % 3],
          priority: PRIORITIES[i % 2],
        }),
      ),
    );
    const ofA = created.filter((_, i) => i % 4 !== 3);
    // Moves in both directions at once (new → acknowledged, and into and out of cancelled).
    await Promise.all(ofA.slice(0, 8).map((r) => client.call(IntakeRpc.transition, a, { id: r.id, action: 'ACKNOWLEDGE' })));
    await Promise.all([
      ...ofA.slice(0, 4).map((r) => client.call(IntakeRpc.transition, a, { id: r.id, action: 'CANCEL', note: '客户取消' })),
      ...ofA.slice(8, 12).map((r) => client.call(IntakeRpc.transition, a, { id: r.id, action: 'START' })),
    ]);
    await Promise.all(ofA.slice(0, 2).map((r) => client.call(IntakeRpc.transition, a, { id: r.id, action: 'REOPEN', note: '客户又来电' })));

    const filters: Record<string, string>[] = [
      {},
      { status: 'NEW' },
      { status: 'ACKNOWLEDGED' },
      { status: 'CANCELLED' },
      { status: 'IN_PROGRESS' },
      { channel: 'WEB' },
      { channel: 'PHONE', category: 'REPAIR' },
      { category: 'CONSULTATION', priority: 'HIGH' },
      { status: 'NEW', channel: 'WECHAT', category: 'CONSULTATION', priority: 'NORMAL' },
    ];
    for (const filter of filters) {
      for (const ctx of [a, b]) {
        const { listed, counted } = await totals(ctx, filter);
        expect({ filter, listed }).toEqual({ filter, listed: counted });
      }
    }
    expect((await totals(a, {})).listed).toBe(18);
    expect((await totals(b, {})).listed).toBe(6);
    expect((await totals(a, { status: 'IN_PROGRESS' })).listed).toBe(6);
  });
});
