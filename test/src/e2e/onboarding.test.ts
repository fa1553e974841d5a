import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedDemoData } from '@shouhou/deploy';
import { errorCode, graphql, passwordToken, startTestStack, type TestStack } from '@shouhou/testing';
import { eventually } from '../support/wait';

let stack: TestStack;
const tokens: Record<string, string> = {};
const token = async (user: string) => (tokens[user] ??= await passwordToken(stack.idp.issuer, user));
const gql = async (user: string, q: string, variables?: Record<string, unknown>) => graphql(stack.gatewayUrl, q, variables, await token(user));

const START = `mutation($csv: String!, $name: String) { startCustomerImport(csv: $csv, fileName: $name) { id status totalRows } }`;
const JOB = `query($id: ID!) { customerImport(id: $id) { status totalRows processedRows importedRows failedRows customersCreated customersUpdated errors { line column reason message } } }`;
const HEADER = '客户名称,类型,联系人,电话,邮箱,区划代码,详细地址,产品型号,序列号,购买日期,发票号,销售商';

/** 300 customers, every third with a second product on its own row: 400 good rows. */
function onboardingFile(): string {
  const lines = [HEADER];
  for (let i = 0; i < 300; i++) {
    const phone = `1560000${String(i).padStart(4, '0')}`;
    lines.push(`客户${i},个人,,${phone},c${i}@example.test,310115,"张江路 ${i} 号, 1 室",KFR-35GW,IMP-${i}-A,2026-10-0${(i % 9) + 1},FP${i},旗舰店`);
    if (i % 3 === 0) lines.push(`客户${i},,,${phone},,,,BCD-450,IMP-${i}-B,2025-05-01,,`);
  }
  lines.push('坏电话,个人,,12,,,,,,,,'); // line 402
  lines.push('错区划,个人,,15611112222,,999999,某路,,,,,'); // line 403
  lines.push('抢序列号,个人,,15622223333,,,,KFR-35GW,AC2025110001,2026-11-01,,'); // line 404: 张伟's air conditioner
  return lines.join('\r\n');
}

beforeAll(async () => {
  stack = await startTestStack(inject('adminDatabaseUrl'));
  await seedDemoData(stack.tooling, () => undefined);
});
afterAll(() => stack?.stop());

describe('bulk onboarding from CSV', () => {
  let jobId: string;

  it('imports customers and their products with progress, and reports every row left out by line and column', async () => {
    const started = await gql('admin@acme.test', START, { csv: onboardingFile(), name: 'customers.csv' });
    expect(started.data.startCustomerImport).toMatchObject({ totalRows: 403 });
    jobId = started.data.startCustomerImport.id;
    const seen: number[] = [];
    const job = await eventually(
      async () => {
        const j = (await gql('admin@acme.test', JOB, { id: jobId })).data.customerImport;
        seen.push(j.processedRows);
        return j;
      },
      (j) => j.status !== 'RUNNING',
      60_000,
    );
    expect(job).toMatchObject({ status: 'DONE', totalRows: 403, processedRows: 403, importedRows: 400, failedRows: 3, customersCreated: 300, customersUpdated: 0 });
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(job.errors.map((e: { line: number; column: string; reason: string }) => [e.line, e.column, e.reason])).toEqual([
      [402, '电话', 'phone'],
      [403, '区划代码', 'unknown'],
      [404, '序列号', 'taken'],
    ]);
  });

  it('leaves nothing of a row that failed: no customer for the serial number taken from 张伟', async () => {
    const LOOKUP = `query($p: String!) { customerByPhone(phone: $p) { name addresses { detail tier } products { serialNumber purchaseDate } } }`;
    expect((await gql('agent@acme.test', LOOKUP, { p: '15622223333' })).data.customerByPhone).toBeNull();
    const zhang = (await gql('agent@acme.test', LOOKUP, { p: '13800138000' })).data.customerByPhone;
    expect(zhang.products.map((p: { serialNumber: string }) => p.serialNumber)).toContain('AC2025110001');
    const c0 = (await gql('agent@acme.test', LOOKUP, { p: '15600000000' })).data.customerByPhone;
    expect(c0).toEqual({ name: '客户0', addresses: [{ detail: '张江路 0 号, 1 室', tier: 'CITY' }], products: [{ serialNumber: 'IMP-0-A', purchaseDate: '2026-10-01' }, { serialNumber: 'IMP-0-B', purchaseDate: '2025-05-01' }] });
  });

  it('merges a second import into the same customers instead of duplicating them', async () => {
    const again = (await gql('admin@acme.test', START, { csv: `${HEADER}\n客户1,个人,,15600000001,,310115,新地址 9 号,XQG100,IMP-1-C,2026-11-01,,\n` })).data.startCustomerImport;
    const job = await eventually(async () => (await gql('admin@acme.test', JOB, { id: again.id })).data.customerImport, (j) => j.status === 'DONE');
    expect(job).toMatchObject({ importedRows: 1, customersCreated: 0, customersUpdated: 1 });
    const c1 = (await gql('agent@acme.test', `query { customerByPhone(phone: "15600000001") { addresses { detail } products { serialNumber } } }`)).data.customerByPhone;
    expect(c1.addresses).toHaveLength(2);
    expect(c1.products.map((p: { serialNumber: string }) => p.serialNumber)).toEqual(['IMP-1-A', 'IMP-1-C']);
  });

  it('refuses a file it cannot read, and is for the tenant admin of that company only', async () => {
    const noHeader = await gql('admin@acme.test', START, { csv: '产品型号,序列号\nA,B\n' });
    expect(errorCode(noHeader)).toBe('BAD_USER_INPUT');
    expect(noHeader.errors[0].message).toContain('客户名称');
    expect(errorCode(await gql('agent@acme.test', START, { csv: `${HEADER}\n` }))).toBe('FORBIDDEN');
    expect((await gql('admin@globex.test', JOB, { id: jobId })).data.customerImport).toBeNull();
    expect((await gql('agent@globex.test', `query { customerByPhone(phone: "15600000000") { id } }`)).data.customerByPhone).toBeNull();
  });
});

describe('CSV export of requests', () => {
  const exportCsv = async (user: string | null, query: string) =>
    fetch(`${stack.gatewayUrl}/export/service-requests.csv?${query}`, { headers: user ? { authorization: `Bearer ${await token(user)}` } : {} });

  it('exports the list with its filters, in the reader’s language, readable by Excel', async () => {
    const res = await exportCsv('agent@acme.test', 'status=NEW&category=REPAIR');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="service-requests-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // The decoder drops the BOM, as Excel does.
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n');
    expect(lines[0].split(',').slice(0, 3)).toEqual(['受理单号', '状态', '优先级']);
    const total = (await gql('agent@acme.test', `{ serviceRequests(filter: { status: NEW, category: REPAIR }) { totalCount } }`)).data.serviceRequests.totalCount;
    expect(total).toBeGreaterThan(0);
    expect(lines).toHaveLength(total + 1);
    expect(lines.slice(1).every((l) => l.includes(',NEW,') && l.includes(',REPAIR,'))).toBe(true);
    const english = await (await exportCsv('agent@acme.test', 'lang=en-US')).text();
    expect(english.split('\r\n')[0].startsWith('Number,Status,Priority')).toBe(true);
  });

  it('masks phone numbers as the list does, and refuses the wrong people and bad filters', async () => {
    const quality = await (await exportCsv('quality@acme.test', 'search=张伟')).text();
    expect(quality).toContain('138****8000');
    expect(quality).not.toContain('13800138000');
    expect((await exportCsv(null, '')).status).toBe(401);
    expect((await exportCsv('tech@acme.test', '')).status).toBe(403);
    const bad = await exportCsv('agent@acme.test', 'status=SOMEDAY');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe('BAD_USER_INPUT');
    const globex = await (await exportCsv('agent@globex.test', 'search=IMP-')).text();
    expect(globex.trim().split('\r\n')).toHaveLength(1);
  });
});
