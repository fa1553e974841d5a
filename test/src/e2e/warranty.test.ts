import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedDemoData } from '@shouhou/deploy';
import { errorCode, graphql, passwordToken, startTestStack, type TestStack } from '@shouhou/testing';
import { asTenant, demoRequest } from '../support/platform';
import { eventually } from '../support/wait';

let stack: TestStack;
const tokens: Record<string, string> = {};
const gql = async (user: string, q: string, variables?: Record<string, unknown>) =>
  graphql(stack.gatewayUrl, q, variables, (tokens[user] ??= await passwordToken(stack.idp.issuer, user)));

/** A date `days` before today in the tenant's zone (Shanghai), as the warranty decision counts days. */
const daysAgo = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() - days * 86_400_000));
const WARRANTY = `status entitlement reason text purchaseDate productCategory daysSincePurchase limit priorRepairs override { by reason system { status entitlement reason } }`;
const ARCHIVE = `id kind name contactPerson phones email note addresses { label divisionCode detail path tier } products { productModel serialNumber purchaseDate invoiceNumber seller productCategory }`;
const SAVE = `mutation($input: CustomerInput!) { saveCustomer(input: $input) { ${ARCHIVE} } }`;
const CREATE = `mutation($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { id priority emergency regionTier divisionCode purchaseDate warranty { ${WARRANTY} } } }`;
const OVERRIDE = `mutation($id: ID!, $s: WarrantyStatus!, $e: Entitlement!, $r: String!) { overrideWarranty(id: $id, status: $s, entitlement: $e, reason: $r) { warranty { ${WARRANTY} } timeline { action note fromStatus toStatus } } }`;

const customer = {
  name: '孙丽',
  phones: ['13700001111'],
  email: 'SunLi@Example.test',
  addresses: [{ label: '家', divisionCode: '310115', detail: '张江路 1 号' }, { divisionCode: '540102', detail: '拉萨北京中路 2 号' }],
  products: [
    { productModel: 'KFR-50LW', serialNumber: 'SN-W-0001', purchaseDate: daysAgo(9), invoiceNumber: 'INV-1', seller: '旗舰店' },
    { productModel: 'KFR-50LW', serialNumber: 'SN-W-0002', purchaseDate: daysAgo(400) },
  ],
};

let acmeTenant: string;
let customerId: string;

beforeAll(async () => {
  stack = await startTestStack(inject('adminDatabaseUrl'));
  await seedDemoData(stack.tooling, () => undefined);
  acmeTenant = (await gql('admin@acme.test', `{ me { tenant { id } } }`)).data.me.tenant.id;
});
afterAll(() => stack?.stop());

describe('product catalog', () => {
  it('is kept by the tenant admin and says whether a 三包 rule covers each model', async () => {
    const SAVE_MODEL = `mutation($input: ProductModelInput!) { saveProductModel(input: $input) { model productCategory hasWarrantyRule } }`;
    const saved = await gql('admin@acme.test', SAVE_MODEL, { input: { model: 'KFR-50LW', name: '柜式空调', productCategory: '家用电器' } });
    expect(saved.data.saveProductModel).toEqual({ model: 'KFR-50LW', productCategory: '家用电器', hasWarrantyRule: true });
    const phone = await gql('admin@acme.test', SAVE_MODEL, { input: { model: 'P-9', productCategory: '手机' } });
    expect(phone.data.saveProductModel.hasWarrantyRule).toBe(false);
    expect(errorCode(await gql('agent@acme.test', SAVE_MODEL, { input: { model: 'X', productCategory: 'Y' } }))).toBe('FORBIDDEN');
    expect(errorCode(await gql('admin@acme.test', SAVE_MODEL, { input: { model: ' ', productCategory: '家用电器' } }))).toBe('BAD_USER_INPUT');
    const models = (await gql('agent@acme.test', `{ productModels(search: "50LW") { model } }`)).data.productModels;
    expect(models).toEqual([{ model: 'KFR-50LW' }]);
    expect((await gql('agent@globex.test', `{ productModels(search: "50LW") { model } }`)).data.productModels).toEqual([]);
  });
});

describe('customer profiles', () => {
  it('keep addresses with their region tier and the products a customer owns', async () => {
    const saved = (await gql('agent@acme.test', SAVE, { input: customer })).data.saveCustomer;
    customerId = saved.id;
    expect(saved).toMatchObject({ kind: 'PERSON', name: '孙丽', email: 'sunli@example.test', phones: ['13700001111'] });
    expect(saved.addresses).toEqual([
      { label: '家', divisionCode: '310115', detail: '张江路 1 号', path: '上海市 / 浦东新区', tier: 'CITY' },
      { label: '', divisionCode: '540102', detail: '拉萨北京中路 2 号', path: expect.stringContaining('拉萨市'), tier: 'REMOTE' },
    ]);
    expect(saved.products[0]).toEqual({ productModel: 'KFR-50LW', serialNumber: 'SN-W-0001', purchaseDate: daysAgo(9), invoiceNumber: 'INV-1', seller: '旗舰店', productCategory: '家用电器' });
    const found = (await gql('agent@acme.test', `query { customerByPhone(phone: "137-0000-1111") { id products { serialNumber } } }`)).data.customerByPhone;
    expect(found.id).toBe(customerId);
  });

  it('refuse a serial number or phone that belongs to another customer, and change nothing', async () => {
    const other = await gql('agent@acme.test', SAVE, { input: { name: '别人', phones: ['13700002222'], products: [{ productModel: 'KFR-50LW', serialNumber: 'SN-W-0001' }] } });
    expect(errorCode(other)).toBe('CONFLICT');
    expect(other.errors[0].extensions.issues[0].field).toBe('input.products.0.serialNumber');
    expect((await gql('agent@acme.test', `query { customerByPhone(phone: "13700002222") { id } }`)).data.customerByPhone).toBeNull();
    const takenPhone = await gql('agent@acme.test', SAVE, { input: { name: '别人', phones: ['13800138000'] } });
    expect(errorCode(takenPhone)).toBe('CONFLICT');
    const badDivision = await gql('agent@acme.test', SAVE, { input: { ...customer, id: customerId, addresses: [{ divisionCode: '999999', detail: 'x' }] } });
    expect(errorCode(badDivision)).toBe('BAD_USER_INPUT');
    expect(badDivision.errors[0].extensions.issues[0].field).toBe('input.addresses.0.divisionCode');
    const still = (await gql('agent@acme.test', `query($id: ID!) { customer(id: $id) { addresses { divisionCode } } }`, { id: customerId })).data.customer;
    expect(still.addresses).toHaveLength(2);
  });

  it("are out of another company's reach, through GraphQL and at the database", async () => {
    expect((await gql('agent@globex.test', `query($id: ID!) { customer(id: $id) { id } }`, { id: customerId })).data.customer).toBeNull();
    expect(errorCode(await gql('agent@globex.test', SAVE, { input: { ...customer, id: customerId, name: '改名' } }))).toBe('NOT_FOUND');
    const globexTenant = (await gql('admin@globex.test', `{ me { tenant { id } } }`)).data.me.tenant.id;
    const seen = await asTenant(stack.databaseUrl, 'intake', globexTenant, `select count(*)::int as n from intake.customer_product where serial_number like 'SN-W-%'`);
    expect(seen.rows[0].n).toBe(0);
    const changed = await asTenant(stack.databaseUrl, 'intake', globexTenant, `update intake.customer_address set detail = 'hijacked' where customer_id = $1`, [customerId]);
    expect(changed.rowCount).toBe(0);
    const own = await asTenant(stack.databaseUrl, 'intake', acmeTenant, `select count(*)::int as n from intake.customer_product where serial_number like 'SN-W-%'`);
    expect(own.rows[0].n).toBe(2);
  });
});

describe('warranty / 三包 decision at intake', () => {
  it('sees a product bought 9 days ago within the 15-day exchange window, and keeps the decision on the request', async () => {
    const preview = (await gql('agent@acme.test', `query { warrantyPreview(productModel: "KFR-50LW", serialNumber: "SN-W-0001") { ${WARRANTY} } }`)).data.warrantyPreview;
    expect(preview).toMatchObject({ status: 'IN_WARRANTY', entitlement: 'EXCHANGE', reason: 'WITHIN_EXCHANGE_WINDOW', daysSincePurchase: 9, limit: 15, purchaseDate: daysAgo(9) });
    const created = (await gql('agent@acme.test', CREATE, {
      input: demoRequest({ customerName: '孙丽', customerPhone: '13700001111', productModel: 'KFR-50LW', serialNumber: 'SN-W-0001', divisionCode: '310115', address: '张江路 1 号', priority: 'HIGH', emergency: true }),
    })).data.createServiceRequest;
    expect(created).toMatchObject({ priority: 'HIGH', emergency: true, regionTier: 'CITY', purchaseDate: daysAgo(9), warranty: { entitlement: 'EXCHANGE', override: null } });
  });

  it('decides out of warranty after the repair months, and unknown without a purchase date', async () => {
    const old = (await gql('agent@acme.test', `query { warrantyPreview(productModel: "KFR-50LW", serialNumber: "SN-W-0002") { status entitlement reason } }`)).data.warrantyPreview;
    expect(old).toEqual({ status: 'OUT_OF_WARRANTY', entitlement: 'NONE', reason: 'WARRANTY_EXPIRED' });
    const none = (await gql('agent@acme.test', `query { warrantyPreview(productModel: "KFR-50LW", serialNumber: "SN-UNKNOWN") { status reason } }`)).data.warrantyPreview;
    expect(none).toEqual({ status: 'UNKNOWN', reason: 'NO_PURCHASE_DATE' });
    const future = await gql('agent@acme.test', CREATE, { input: demoRequest({ productModel: 'KFR-50LW', serialNumber: 'NEW-1', purchaseDate: '2999-01-01' }) });
    expect(errorCode(future)).toBe('BAD_USER_INPUT');
    expect(future.errors[0].extensions.issues[0].field).toBe('input.purchaseDate');
    const notADate = await gql('agent@acme.test', CREATE, { input: demoRequest({ purchaseDate: '2026-02-30' }) });
    expect(errorCode(notADate)).toBe('BAD_USER_INPUT');
  });

  it('lets an agent override the decision with a reason, kept beside the system decision and in the timeline', async () => {
    const created = (await gql('agent@acme.test', CREATE, { input: demoRequest({ customerName: '孙丽', customerPhone: '13700001111', productModel: 'KFR-50LW', serialNumber: 'SN-W-0002' }) })).data
      .createServiceRequest;
    expect(created.warranty.status).toBe('OUT_OF_WARRANTY');
    expect(errorCode(await gql('agent@acme.test', OVERRIDE, { id: created.id, s: 'IN_WARRANTY', e: 'REPAIR', r: '短' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql('agent@globex.test', OVERRIDE, { id: created.id, s: 'IN_WARRANTY', e: 'REPAIR', r: '延保卡 EX-2025-77 有效' }))).toBe('NOT_FOUND');
    expect(errorCode(await gql('dispatcher@acme.test', OVERRIDE, { id: created.id, s: 'IN_WARRANTY', e: 'REPAIR', r: '延保卡 EX-2025-77 有效' }))).toBe('FORBIDDEN');
    const overridden = (await gql('agent@acme.test', OVERRIDE, { id: created.id, s: 'IN_WARRANTY', e: 'REPAIR', r: '延保卡 EX-2025-77 有效' })).data.overrideWarranty;
    expect(overridden.warranty).toMatchObject({
      status: 'IN_WARRANTY',
      entitlement: 'REPAIR',
      reason: 'OVERRIDDEN',
      text: '延保卡 EX-2025-77 有效',
      override: { reason: '延保卡 EX-2025-77 有效', system: { status: 'OUT_OF_WARRANTY', entitlement: 'NONE', reason: 'WARRANTY_EXPIRED' } },
    });
    expect(overridden.timeline.at(-1)).toEqual({
      action: 'WARRANTY_OVERRIDDEN',
      note: 'OUT_OF_WARRANTY/NONE → IN_WARRANTY/REPAIR: 延保卡 EX-2025-77 有效',
      fromStatus: 'NEW',
      toStatus: 'NEW',
    });
  });

  it('offers an exchange after two repairs of the same serial within the warranty', async () => {
    await gql('agent@acme.test', SAVE, { input: { ...customer, id: customerId, products: [...customer.products, { productModel: 'KFR-50LW', serialNumber: 'SN-W-0003', purchaseDate: daysAgo(100) }] } });
    for (let i = 0; i < 2; i++) {
      const r = (await gql('agent@acme.test', CREATE, { input: demoRequest({ customerPhone: '13700001111', productModel: 'KFR-50LW', serialNumber: 'SN-W-0003' }) })).data.createServiceRequest;
      expect(r.warranty.entitlement).toBe('REPAIR');
      for (const action of ['ACKNOWLEDGE', 'START', 'RESOLVE']) {
        await gql('agent@acme.test', `mutation($id: ID!, $a: RequestAction!) { transitionServiceRequest(id: $id, action: $a) { status } }`, { id: r.id, a: action });
      }
    }
    const third = (await gql('agent@acme.test', CREATE, { input: demoRequest({ customerPhone: '13700001111', productModel: 'KFR-50LW', serialNumber: 'SN-W-0003' }) })).data.createServiceRequest;
    expect(third.warranty).toMatchObject({ entitlement: 'EXCHANGE', reason: 'REPEATED_REPAIRS', priorRepairs: 2 });
  });
});

describe('the service archive across services', () => {
  it("tells a serial number's story: owner, requests, overrides, and dispatch's queueing", async () => {
    const HISTORY = `query($s: String!) { productHistory(serialNumber: $s) { owner { id name } productModel purchaseDate history { source kind requestNumber summary } } }`;
    const story = await eventually(
      async () => (await gql('agent@acme.test', HISTORY, { s: 'SN-W-0002' })).data.productHistory,
      (p) => p.history.some((e: { source: string }) => e.source === 'dispatch'),
    );
    expect(story).toMatchObject({ owner: { id: customerId, name: '孙丽' }, productModel: 'KFR-50LW', purchaseDate: daysAgo(400) });
    const kinds = story.history.map((e: { source: string; kind: string }) => `${e.source}:${e.kind}`);
    expect(kinds).toEqual(expect.arrayContaining(['intake:CREATED', 'intake:WARRANTY_OVERRIDDEN', 'dispatch:QUEUED']));
    const archive = (await gql('agent@acme.test', `query($id: ID!) { customer(id: $id) { history { kind serialNumber } } }`, { id: customerId })).data.customer;
    expect(archive.history.filter((e: { serialNumber: string }) => e.serialNumber === 'SN-W-0003').length).toBeGreaterThanOrEqual(9);
    expect((await gql('agent@globex.test', HISTORY, { s: 'SN-W-0002' })).data.productHistory).toEqual({ owner: null, productModel: null, purchaseDate: null, history: [] });
  });
});
