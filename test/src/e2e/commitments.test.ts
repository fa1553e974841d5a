import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedDemoData } from '@shouhou/deploy';
import { errorCode, graphql, passwordToken, startTestStack, type TestStack } from '@shouhou/testing';
import { query } from '../support/platform';
import { eventually } from '../support/wait';

let stack: TestStack;
const tokens: Record<string, string> = {};
const gql = async (user: string | undefined, q: string, variables?: Record<string, unknown>) =>
  graphql(stack.gatewayUrl, q, variables, user ? (tokens[user] ??= await passwordToken(stack.idp.issuer, user)) : undefined);

const DURATION = 'amount unit basis';
const POLICY = `firstResponse { ${DURATION} } dispatch { ${DURATION} } arrival { city { ${DURATION} } suburb { ${DURATION} } inProvince { ${DURATION} } outOfProvince { ${DURATION} } remote { ${DURATION} } }
  emergencyArrival { ${DURATION} } repair { ordinary { ${DURATION} } complex { ${DURATION} } } complaint { contact { ${DURATION} } plan { ${DURATION} } verification { ${DURATION} } }
  followUp { ${DURATION} } targets { satisfaction onTimeArrival firstTimeFix complaintResolution } warranty { productCategory returnDays exchangeDays repairWarrantyMonths partsWarrantyMonths }`;
const CALENDAR = `timeZone week { start end } nationalCalendar closures extraWorkdays`;
const CURRENT = `{ commitments { version createdBy policy { ${POLICY} } calendar { ${CALENDAR} } } }`;
const UPDATE = `mutation($policy: CommitmentPolicyInput!, $calendar: CalendarSettingsInput!) { updateCommitments(policy: $policy, calendar: $calendar) { version policy { firstResponse { ${DURATION} } arrival { city { ${DURATION} } } } } }`;
const PREVIEW = `query($calendar: CalendarSettingsInput!, $from: DateTime!, $durations: [NamedDurationInput!]!) { previewCommitments(calendar: $calendar, from: $from, durations: $durations) { key dueAt } }`;

beforeAll(async () => {
  stack = await startTestStack(inject('adminDatabaseUrl'));
  await seedDemoData(stack.tooling, () => undefined);
});
afterAll(() => stack?.stop());

async function acmeDefaults() {
  const r = await gql('admin@acme.test', CURRENT);
  return r.data.commitments as { version: number; policy: any; calendar: any };
}

describe('service commitments', () => {
  it('start from the defaults and publish a new version on each change', async () => {
    const current = await acmeDefaults();
    expect(current.version).toBe(0);
    expect(current.calendar.nationalCalendar).toBe('CN');
    const policy = { ...current.policy, firstResponse: { amount: 1, unit: 'HOURS', basis: 'WORKING' }, arrival: { ...current.policy.arrival, city: { amount: 2, unit: 'HOURS', basis: 'WORKING' } } };
    const saved = await gql('admin@acme.test', UPDATE, { policy, calendar: current.calendar });
    expect(saved.errors).toBeUndefined();
    expect(saved.data.updateCommitments.version).toBe(1);
    const again = await gql('admin@acme.test', UPDATE, { policy, calendar: current.calendar });
    expect(again.data.updateCommitments.version).toBe(2);
    const history = await gql('admin@acme.test', '{ commitmentHistory { version } }');
    expect(history.data.commitmentHistory.map((v: { version: number }) => v.version)).toEqual([2, 1]);
  });

  it('preview due times that honour the 2026 National Day holiday and its make-up workdays', async () => {
    const { calendar } = await acmeDefaults();
    const hour = { amount: 1, unit: 'HOURS', basis: 'WORKING' };
    const before = await gql('admin@acme.test', PREVIEW, { calendar, from: '2026-09-30T17:30:00+08:00', durations: [{ key: 'firstResponse', duration: hour }] });
    expect(before.data.previewCommitments).toEqual([{ key: 'firstResponse', dueAt: '2026-10-08T01:30:00.000Z' }]);
    const makeUp = await gql('admin@acme.test', PREVIEW, { calendar, from: '2026-09-19T17:00:00+08:00', durations: [{ key: 'a', duration: hour }, { key: 'b', duration: { amount: 2, unit: 'HOURS', basis: 'CALENDAR' } }] });
    expect(makeUp.data.previewCommitments).toEqual([
      { key: 'a', dueAt: '2026-09-20T02:00:00.000Z' },
      { key: 'b', dueAt: '2026-09-19T11:00:00.000Z' },
    ]);
  });

  it('refuse overlapping intervals, negative durations and unknown time zones, naming the field', async () => {
    const current = await acmeDefaults();
    const overlapping = { ...current.calendar, week: [[{ start: 540, end: 720 }, { start: 700, end: 1080 }], ...current.calendar.week.slice(1)] };
    const r1 = await gql('admin@acme.test', UPDATE, { policy: current.policy, calendar: overlapping });
    expect(errorCode(r1)).toBe('BAD_USER_INPUT');
    expect(r1.errors![0].extensions!.issues![0]).toMatchObject({ field: 'input.calendar.week.0', reason: 'overlapping_intervals' });
    const r2 = await gql('admin@acme.test', UPDATE, { policy: { ...current.policy, dispatch: { amount: -30, unit: 'MINUTES', basis: 'WORKING' } }, calendar: current.calendar });
    expect(errorCode(r2)).toBe('BAD_USER_INPUT');
    expect(r2.errors![0].extensions!.issues!.map((i) => i.field)).toContain('input.policy.dispatch.amount');
    const r3 = await gql('admin@acme.test', UPDATE, { policy: current.policy, calendar: { ...current.calendar, timeZone: 'Mars/Olympus' } });
    expect(errorCode(r3)).toBe('BAD_USER_INPUT');
    expect((await acmeDefaults()).version).toBe(2);
  });

  it('let only a tenant admin change them, and keep each tenant’s apart', async () => {
    const current = await acmeDefaults();
    expect(errorCode(await gql('agent@acme.test', UPDATE, { policy: current.policy, calendar: current.calendar }))).toBe('FORBIDDEN');
    expect((await gql('agent@acme.test', '{ commitments { version } }')).data.commitments.version).toBe(2);
    expect((await gql('admin@globex.test', '{ commitments { version } }')).data.commitments.version).toBe(0);
    const u = new URL(stack.databaseUrl);
    u.username = 'shouhou_tenancy';
    u.password = 'shouhou-dev';
    const [{ n }] = await query(u.toString(), 'select count(*)::int as n from tenancy.commitments_version');
    expect(n).toBe(0);
  });

  it('are published on a page customers can read without an account', async () => {
    const r = await gql(undefined, `{ publicCommitments(tenantCode: "acme") { tenant { code name } version policy { firstResponse { ${DURATION} } } } }`);
    expect(r.data.publicCommitments).toMatchObject({ tenant: { code: 'acme' }, version: 2, policy: { firstResponse: { amount: 1, unit: 'HOURS', basis: 'WORKING' } } });
    expect((await gql(undefined, '{ publicCommitments(tenantCode: "nobody") { version } }')).data.publicCommitments).toBeNull();
  });
});

describe('national calendars', () => {
  it('ship China’s notices and take a new year’s as data from the platform operator', async () => {
    const shipped = await gql('admin@acme.test', '{ nationalCalendar(years: [2026]) { year holidays { date name } workdays { date name } } }');
    expect(shipped.data.nationalCalendar[0].workdays).toEqual(expect.arrayContaining([{ date: '2026-09-20', name: '国庆节' }, { date: '2026-10-10', name: '国庆节' }]));
    const input = { country: 'CN', year: 2027, source: '国务院办公厅关于2027年部分节假日安排的通知', holidays: [{ date: '2027-01-01', name: '元旦' }], workdays: [] };
    const imp = `mutation($input: NationalCalendarInput!) { importNationalCalendar(input: $input) { year source } }`;
    expect(errorCode(await gql('admin@acme.test', imp, { input }))).toBe('FORBIDDEN');
    expect((await gql('ops@shouhou.test', imp, { input })).data.importNationalCalendar).toEqual({ year: 2027, source: input.source });
    const read = await gql('agent@globex.test', '{ nationalCalendar(years: [2027]) { holidays { date } } }');
    expect(read.data.nationalCalendar[0].holidays).toEqual([{ date: '2027-01-01' }]);
    const wrongYear = await gql('ops@shouhou.test', imp, { input: { ...input, year: 2028 } });
    expect(errorCode(wrongYear)).toBe('BAD_USER_INPUT');
  });
});

describe('company settings', () => {
  const SETTINGS = `mutation($input: TenantSettingsInput!) { updateTenantSettings(input: $input) { displayName hotline defaultLocale } }`;
  const input = { displayName: 'Acme 家电售后服务中心', timeZone: 'Asia/Shanghai', defaultLocale: 'zh-CN', hotline: '400-800-8888', logoUrl: null };

  it('are set by the tenant admin and shown on the public page', async () => {
    const saved = await gql('admin@acme.test', SETTINGS, { input });
    expect(saved.data.updateTenantSettings).toEqual({ displayName: input.displayName, hotline: '400-800-8888', defaultLocale: 'zh-CN' });
    const pub = await gql(undefined, '{ publicCommitments(tenantCode: "acme") { tenant { name hotline } } }');
    expect(pub.data.publicCommitments.tenant).toEqual({ name: input.displayName, hotline: '400-800-8888' });
    const me = await gql('agent@acme.test', '{ me { tenant { displayName } } }');
    expect(me.data.me.tenant.displayName).toBe(input.displayName);
  });

  it("start a new company's clocks on office hours in its own time zone, in tenancy and in dispatch's copy", async () => {
    const created = await gql('ops@shouhou.test', `mutation { createTenant(input: { code: "berlin", name: "Berlin 售后", timeZone: "Europe/Berlin" }) { id } }`);
    expect(created.errors).toBeUndefined();
    const pub = await gql(undefined, '{ publicCommitments(tenantCode: "berlin") { version calendar { timeZone nationalCalendar } } }');
    expect(pub.data.publicCommitments).toEqual({ version: 0, calendar: { timeZone: 'Europe/Berlin', nationalCalendar: 'CN' } });
    const copy = `select calendar->>'timeZone' as zone from dispatch.tenant_commitments where tenant_id = $1`;
    await eventually(() => query(stack.databaseUrl, copy, [created.data.createTenant.id]), (rows) => rows[0]?.zone === 'Europe/Berlin');
  });

  it('refuse a bad hotline or logo, and anyone but the tenant admin', async () => {
    const bad = await gql('admin@acme.test', SETTINGS, { input: { ...input, hotline: 'call us', logoUrl: 'http://insecure.example/logo.png' } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.issues!.map((i) => i.field).sort()).toEqual(['input.hotline', 'input.logoUrl']);
    expect(errorCode(await gql('agent@acme.test', SETTINGS, { input }))).toBe('FORBIDDEN');
  });
});

describe('tenant lifecycle', () => {
  it('lets the operator suspend and reactivate a tenant, with every step in its audit trail', async () => {
    const tenants = await gql('ops@shouhou.test', '{ tenants { id code } }');
    const globex = tenants.data.tenants.find((t: { code: string }) => t.code === 'globex');
    await gql('ops@shouhou.test', 'mutation($id: ID!) { suspendTenant(id: $id, reason: "欠费") { status } }', { id: globex.id });
    await eventually(async () => errorCode(await graphql(stack.gatewayUrl, '{ me { username } }', {}, await passwordToken(stack.idp.issuer, 'agent@globex.test'))), (c) => c === 'TENANT_SUSPENDED');
    const back = await gql('ops@shouhou.test', 'mutation($id: ID!) { reactivateTenant(id: $id) { status suspensionReason } }', { id: globex.id });
    expect(back.data.reactivateTenant).toEqual({ status: 'ACTIVE', suspensionReason: null });
    await eventually(async () => errorCode(await graphql(stack.gatewayUrl, '{ me { username } }', {}, await passwordToken(stack.idp.issuer, 'agent@globex.test'))), (c) => c === undefined);
    const trail = await gql('ops@shouhou.test', 'query($id: ID!) { tenantAudit(id: $id) { action actorId details } }', { id: globex.id });
    expect(trail.data.tenantAudit.map((e: { action: string }) => e.action)).toEqual(['REACTIVATED', 'SUSPENDED', 'NATIONAL_CALENDAR_APPLIED', 'CREATED']);
    expect(JSON.parse(trail.data.tenantAudit[1].details)).toEqual({ reason: '欠费' });
    expect(errorCode(await gql('admin@globex.test', 'query($id: ID!) { tenantAudit(id: $id) { action } }', { id: globex.id }))).toBe('FORBIDDEN');
  });
});

describe('service regions', () => {
  const TIER = `query($code: String!) { regionTier(divisionCode: $code) { code path tier } }`;
  const FULL = `{ commitments { policy { ${POLICY} } calendar { ${CALENDAR} } regions { homeCity remoteProvinces overrides { prefix tier } } } }`;
  const SAVE = `mutation($policy: CommitmentPolicyInput!, $calendar: CalendarSettingsInput!, $regions: RegionSettingsInput) { updateCommitments(policy: $policy, calendar: $calendar, regions: $regions) { version regions { homeCity } } }`;

  it('place an address in a tier by its GB/T 2260 code, from the tenant’s home city', async () => {
    const before = await gql('agent@globex.test', TIER, { code: '440106' });
    expect(before.data.regionTier).toEqual({ code: '440106', path: '广东省 / 广州市 / 天河区', tier: 'OUT_OF_PROVINCE' });
    const c = (await gql('admin@globex.test', FULL)).data.commitments;
    const saved = await gql('admin@globex.test', SAVE, { policy: c.policy, calendar: c.calendar, regions: { homeCity: '4401', remoteProvinces: ['54', '65'], overrides: [{ prefix: '440304', tier: 'CITY' }] } });
    expect(saved.errors).toBeUndefined();
    expect((await gql('agent@globex.test', TIER, { code: '440106' })).data.regionTier.tier).toBe('CITY');
    expect((await gql('agent@globex.test', TIER, { code: '440303' })).data.regionTier.tier).toBe('IN_PROVINCE');
    expect((await gql('agent@globex.test', TIER, { code: '440304' })).data.regionTier.tier).toBe('CITY');
    expect((await gql('agent@globex.test', TIER, { code: '650102' })).data.regionTier.tier).toBe('REMOTE');
    // Another tenant's regions are its own.
    expect((await gql('agent@acme.test', TIER, { code: '440106' })).data.regionTier.tier).toBe('OUT_OF_PROVINCE');
  });

  it('refuse codes that name no division', async () => {
    const c = (await gql('admin@globex.test', FULL)).data.commitments;
    const bad = await gql('admin@globex.test', SAVE, { policy: c.policy, calendar: c.calendar, regions: { ...c.regions, homeCity: '9999' } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.issues![0].field).toBe('input.regions.homeCity');
    expect(errorCode(await gql('agent@globex.test', TIER, { code: '999999' }))).toBe('BAD_USER_INPUT');
  });
});

describe('users and roles', () => {
  const USERS = '{ tenantUsers { id username roles } }';
  const SET = 'mutation($userId: ID!, $roles: [Role!]!) { setUserRoles(userId: $userId, roles: $roles) { username roles } }';

  it('let the tenant admin see the company’s users and change their roles, effective on the next sign-in', async () => {
    const users = (await gql('admin@acme.test', USERS)).data.tenantUsers as { id: string; username: string; roles: string[] }[];
    expect(users.map((u) => u.username).sort()).toEqual(['admin@acme.test', 'agent@acme.test', 'dispatcher@acme.test', 'quality@acme.test', 'tech@acme.test', 'warehouse@acme.test']);
    const tech = users.find((u) => u.username === 'tech@acme.test')!;
    expect(tech.roles).toEqual(['TECHNICIAN']);
    const changed = await gql('admin@acme.test', SET, { userId: tech.id, roles: ['TECHNICIAN', 'DISPATCHER'] });
    expect(changed.data.setUserRoles).toEqual({ username: 'tech@acme.test', roles: ['dispatcher', 'technician'].map((r) => r.toUpperCase()) });
    const fresh = await passwordToken(stack.idp.issuer, 'tech@acme.test');
    const queue = await graphql(stack.gatewayUrl, '{ dispatchQueue(first: 1) { totalCount } }', {}, fresh);
    expect(queue.errors).toBeUndefined();
    const trail = await gql('ops@shouhou.test', `query($id: ID!) { tenantAudit(id: $id) { action details } }`, { id: (await gql('admin@acme.test', '{ me { tenant { id } } }')).data.me.tenant.id });
    expect(trail.data.tenantAudit[0].action).toBe('ROLES_CHANGED');
    expect(JSON.parse(trail.data.tenantAudit[0].details)).toEqual({ user: 'tech@acme.test', added: ['dispatcher'], removed: [] });
  });

  it('keep other companies’ users, the platform role and the admin’s own role out of reach', async () => {
    const globexUsers = (await gql('admin@globex.test', USERS)).data.tenantUsers as { id: string; username: string }[];
    const globexAgent = globexUsers.find((u) => u.username === 'agent@globex.test')!;
    expect(errorCode(await gql('admin@acme.test', SET, { userId: globexAgent.id, roles: ['TENANT_ADMIN'] }))).toBe('NOT_FOUND');
    const acmeUsers = (await gql('admin@acme.test', USERS)).data.tenantUsers as { id: string; username: string }[];
    const agent = acmeUsers.find((u) => u.username === 'agent@acme.test')!;
    expect(errorCode(await gql('admin@acme.test', SET, { userId: agent.id, roles: ['PLATFORM_ADMIN'] }))).toBe('BAD_USER_INPUT');
    const me = acmeUsers.find((u) => u.username === 'admin@acme.test')!;
    const own = await gql('admin@acme.test', SET, { userId: me.id, roles: ['AGENT'] });
    expect(errorCode(own)).toBe('BAD_USER_INPUT');
    expect(own.errors![0].extensions!.issues![0].field).toBe('input.roles');
    expect(errorCode(await gql('agent@acme.test', USERS))).toBe('FORBIDDEN');
  });
});
