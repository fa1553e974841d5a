import { readFileSync } from 'node:fs';
import {
  asTenantId,
  DispatchRpc,
  PartsRpc,
  IntakeRpc,
  TenancyRpc,
  type CreateServiceRequestInput,
  type CustomerProfileInput,
  type PlatformContext,
  type TenantContext,
} from '@shouhou/contracts';
import { ServiceClient, type NatsAccess } from '@shouhou/messaging';
import { REALM_EXPORT } from './dev-idp/realm';

const operator: PlatformContext = { kind: 'platform', actorId: 'demo-seed', roles: ['platform-admin'], requestId: 'demo-seed' };

const DEMO_MODELS = [
  { model: 'KFR-35GW', name: '挂式空调 1.5 匹', brand: '示例', productCategory: '家用电器' },
  { model: 'XQG100', name: '滚筒洗衣机 10 公斤', brand: '示例', productCategory: '家用电器' },
  { model: 'BCD-450', name: '对开门冰箱 450 升', brand: '示例', productCategory: '家用电器' },
  { model: 'JSQ30', name: '燃气热水器 16 升', brand: '示例', productCategory: '家用电器' },
];

/** A date `days` before today in China (the demo tenants' zone), as the warranty decision counts days. */
const daysAgo = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() - days * 86_400_000));

/** Known customers with the products they own: 张伟's air conditioner is 9 days old (三包 exchange window). */
const demoCustomers = (): CustomerProfileInput[] => [
  {
    name: '张伟',
    phones: ['13800138000'],
    email: 'zhangwei@example.test',
    addresses: [{ label: '家', divisionCode: '310115', detail: '张江路 88 弄 6 号 1201 室' }],
    products: [
      { productModel: 'KFR-35GW', serialNumber: 'AC2025110001', purchaseDate: daysAgo(9), invoiceNumber: 'FP-2025-0001', seller: '示例电器旗舰店' },
      { productModel: 'BCD-450', serialNumber: 'RF2023060042', purchaseDate: daysAgo(800), invoiceNumber: 'FP-2023-0420', seller: '国美浦东店' },
    ],
  },
  {
    kind: 'ORGANIZATION',
    name: '上海绿叶酒店',
    contactPerson: '王经理',
    phones: ['021-62345678'],
    addresses: [{ label: '前台', divisionCode: '310106', detail: '南京西路 1266 号' }],
    products: [{ productModel: 'BCD-450', serialNumber: 'RF2024080233', purchaseDate: daysAgo(470), invoiceNumber: 'FP-2024-1188', seller: '示例电器直营' }],
  },
];

const DEMO_REQUESTS: CreateServiceRequestInput[] = [
  { customerName: '张伟', customerPhone: '13800138000', productModel: 'KFR-35GW', serialNumber: 'AC2025110001', problemDescription: '制冷效果差，室外机噪音大', channel: 'PHONE', category: 'REPAIR', divisionCode: '310115', address: '张江路 88 弄 6 号 1201 室' },
  { customerName: '李娜', customerPhone: '13912345678', productModel: 'XQG100', serialNumber: 'WM2026030117', problemDescription: '新机上门安装，需拆旧机', channel: 'WEB', category: 'INSTALLATION', divisionCode: '310112', address: '七莘路 1588 弄 12 号 502 室' },
  { customerName: '王强', customerPhone: '021-62345678', productModel: 'BCD-450', serialNumber: 'RF2024080233', problemDescription: '年度保养：清洁冷凝器、检查密封条', channel: 'WECHAT', category: 'MAINTENANCE', divisionCode: '310106', address: '南京西路 1266 号' },
  { customerName: 'Chen Jie', customerPhone: '+852 2345 6789', productModel: 'JSQ30', serialNumber: '', problemDescription: '购买 5 天，点火失败，要求退货', channel: 'EMAIL', category: 'RETURN' },
  // 张伟's fridge is 800 days old: out of warranty, so the visit is charged by the price list.
  { customerName: '张伟', customerPhone: '13800138000', productModel: 'BCD-450', serialNumber: 'RF2023060042', problemDescription: '冰箱冷藏室不制冷，压缩机频繁启动', channel: 'PHONE', category: 'REPAIR', divisionCode: '310115', address: '张江路 88 弄 6 号 1201 室' },
];

/** 收费标准: the call-out and depot fees and labour (fen). */
const DEMO_PRICE_LIST = { callOutFee: 5000, depotFee: 3000, labourPerHour: 8000, labourStepMinutes: 30 };

/** The parts catalog's common parts and their prices (fen): technicians pick from it, the customer pays these. */
const DEMO_PARTS = [
  { sku: 'CAP-35', name: '压缩机启动电容 35μF', unitPrice: 4500 },
  { sku: 'RLY-PTC', name: 'PTC 启动继电器', unitPrice: 3800 },
  { sku: 'THM-450', name: '冰箱温控器', unitPrice: 6800 },
  { sku: 'GSK-450', name: '冰箱门封条', unitPrice: 9900 },
  { sku: 'FAN-OUT', name: '空调外机风扇电机', unitPrice: 18800 },
  { sku: 'RMT-AC', name: '空调遥控器', unitPrice: 3500 },
  { sku: 'IGN-30', name: '热水器点火针', unitPrice: 2500 },
];

/** Where the seeded requests are (张江 for 张伟's repair): the assessment records it, the technician navigates to it. */
const DEMO_LOCATIONS: Record<string, { lat: number; lng: number }> = { '13800138000': { lat: 31.2035, lng: 121.5907 } };

/**
 * Two technicians per tenant: the realm's technician user (so `tech@…` signs in to their own jobs),
 * based in 浦东 and serving Shanghai's districts, on duty every day; and 赵师傅, who covers all of
 * Shanghai from 徐汇, works 08:00–18:00 and has training booked in ten days (both work today, whatever
 * the day, so the demo's jobs can always be dispatched).
 */
const demoTechnicians = (techUserId: string | undefined) => [
  ...(techUserId
    ? [{ userId: techUserId, name: '李师傅', phone: '13916000001', skills: ['家用电器'], regions: ['3101'], home: { lat: 31.2215, lng: 121.5447 }, dailyCapacity: 6 }]
    : []),
  { userId: 'demo-tech-2', name: '赵师傅', phone: '13916000002', skills: ['家用电器'], regions: ['31'], home: { lat: 31.1885, lng: 121.4365 }, dailyCapacity: 5,
    calendar: { weekdays: [1, 2, 3, 4, 5, 6, 7], hours: { from: '08:00', to: '18:00' }, leave: [{ from: daysAgo(-10), to: daysAgo(-12), reason: '厂家培训' }] } },
];

/**
 * Demo data for `npm start`: the realm export's organizations become tenants (so the demo users'
 * tokens resolve), and each new tenant gets a few service requests, two technicians, and its repair
 * request assessed into a work order waiting on the dispatch board. Idempotent across restarts.
 * `nats`: the stack's tooling access (`stack.tooling`), or a URL with credentials and the signing key
 * from the environment (NATS_USER, NATS_PASSWORD, CONTEXT_SIGNING_KEY).
 */
export async function seedDemoData(nats: NatsAccess | string, say: (line: string) => void): Promise<void> {
  const realm = JSON.parse(readFileSync(REALM_EXPORT, 'utf8'));
  const client = new ServiceClient(nats);
  await client.connect();
  try {
    const existing = await client.call(TenancyRpc.listTenants, operator, {});
    for (const org of realm.organizations as { id: string; alias: string; name: string }[]) {
      let tenant = existing.find((t) => t.code === org.alias);
      if (!tenant) {
        tenant = await client.call(TenancyRpc.createTenant, operator, { code: org.alias, name: org.name, keycloakOrganizationId: org.id });
        say(`demo tenant ${tenant.code} created`);
      }
      const ctx: TenantContext = { kind: 'tenant', tenantId: asTenantId(tenant.id), actorId: 'demo-seed', roles: ['agent'], requestId: 'demo-seed' };
      const catalog = await client.call(IntakeRpc.productModels, ctx, {});
      if (catalog.length === 0) {
        for (const model of DEMO_MODELS) await client.call(IntakeRpc.saveProductModel, ctx, model);
        say(`demo product catalog added for ${tenant.code}`);
      }
      const dispatcher: TenantContext = { ...ctx, roles: ['dispatcher'] };
      const technicians = await client.call(DispatchRpc.technicians, dispatcher, {});
      if (technicians.length === 0) {
        for (const technician of demoTechnicians(technicianUserOf(realm, org.alias))) await client.call(DispatchRpc.saveTechnician, dispatcher, technician);
        const lead = dispatcherOf(realm, org.alias);
        const settings = await client.call(DispatchRpc.settings, dispatcher, {});
        await client.call(DispatchRpc.saveSettings, dispatcher, { ...settings, leadUserId: lead?.id ?? null, leadName: lead ? '调度主管' : null, priceList: DEMO_PRICE_LIST });
        say(`demo technicians, price list and dispatch lead added for ${tenant.code}`);
        await seedParts(client, { ...ctx, roles: ['warehouse-keeper'] }, technicianUserOf(realm, org.alias));
        say(`demo parts catalog, central warehouse and van stock added for ${tenant.code}`);
      }
      const page = await client.call(IntakeRpc.listServiceRequests, ctx, { first: 1 });
      if (page.totalCount > 0) continue;
      for (const customer of demoCustomers()) await client.call(IntakeRpc.saveCustomer, ctx, customer);
      const created = [];
      for (const request of DEMO_REQUESTS) created.push(await client.call(IntakeRpc.createServiceRequest, ctx, request));
      say(`demo service requests added for ${tenant.code}`);
      // The repair is assessed (上门, simple) once dispatch has queued it, so the board has work to assign.
      for (const request of created.filter((r) => r.category === 'REPAIR')) {
        if (!(await queued(client, dispatcher, request.id))) {
          say(`demo request ${request.number} did not reach the dispatch queue; not assessed`);
          continue;
        }
        const location = DEMO_LOCATIONS[request.customerPhone];
        await client.call(DispatchRpc.assess, dispatcher, { serviceRequestId: request.id, visitType: 'ON_SITE', complexity: 'SIMPLE', ...(location ? { location } : {}) });
        say(`demo request ${request.number} assessed for dispatch`);
      }
    }
  } finally {
    await client.close();
  }
}

/** Which models each demo part fits. */
const FITS: Record<string, string[]> = { 'CAP-35': ['KFR-35GW', 'BCD-450'], 'RLY-PTC': ['BCD-450'], 'THM-450': ['BCD-450'], 'GSK-450': ['BCD-450'], 'FAN-OUT': ['KFR-35GW'], 'RMT-AC': ['KFR-35GW'], 'IGN-30': ['JSQ30'] };
/** What 李师傅 carries in his van, and the level at which it is topped up: [quantity, reorder point, reorder quantity]. */
const VAN_STOCK: Record<string, [number, number, number]> = { 'CAP-35': [3, 2, 5], 'RLY-PTC': [2, 1, 3], 'GSK-450': [1, 1, 2], 'FAN-OUT': [1, 0, 2], 'RMT-AC': [2, 1, 2] };

/**
 * The parts side of the demo: the common parts in the catalog (cost at 60% of price), a central
 * warehouse with 20 of each, and 李师傅's van stocked with reorder levels, so a part used on a job shows
 * on the warehouse's low-stock list. Vans appear when parts hears of the technicians: waited for here.
 */
async function seedParts(client: ServiceClient, warehouse: TenantContext, techUserId: string | undefined) {
  for (const p of DEMO_PARTS) {
    await client.call(PartsRpc.savePart, warehouse, { sku: p.sku, name: p.name, unit: '个', compatibleModels: FITS[p.sku] ?? [], cost: Math.round(p.unitPrice * 0.6), price: p.unitPrice, warrantyMonths: 6 });
  }
  const central = await client.call(PartsRpc.saveLocation, warehouse, { code: 'WH-SH', name: '上海中心仓', kind: 'CENTRAL', stocktakeEveryDays: 90 });
  for (const p of DEMO_PARTS) {
    await client.call(PartsRpc.receive, warehouse, { locationId: central.id, sku: p.sku, quantity: 20, unitCost: Math.round(p.unitPrice * 0.6), reason: '期初库存' });
  }
  if (!techUserId) return;
  let van: { id: string } | undefined;
  for (let i = 0; i < 100 && !van; i++) {
    van = (await client.call(PartsRpc.locations, warehouse, {})).find((l) => l.kind === 'VAN' && l.technicianUserId === techUserId);
    if (!van) await new Promise((r) => setTimeout(r, 100));
  }
  if (!van) return;
  for (const [sku, [quantity, reorderPoint, reorderQuantity]] of Object.entries(VAN_STOCK)) {
    const part = DEMO_PARTS.find((p) => p.sku === sku)!;
    await client.call(PartsRpc.receive, warehouse, { locationId: van.id, sku, quantity, unitCost: Math.round(part.unitPrice * 0.6), reason: '车载备件' });
    await client.call(PartsRpc.setReorderLevel, warehouse, { locationId: van.id, sku, reorderPoint, reorderQuantity });
  }
}

/** The organization's member with the dispatcher role: breached clocks are escalated to them in the demo. */
function dispatcherOf(realm: { users: { id: string; username: string; realmRoles?: string[] }[]; organizations: { alias: string; members?: { username: string }[] }[] }, alias: string) {
  const members = new Set(realm.organizations.find((o) => o.alias === alias)?.members?.map((m) => m.username) ?? []);
  return realm.users.find((u) => members.has(u.username) && u.realmRoles?.includes('dispatcher'));
}

/** The id (token subject) of the organization's member with the technician role, from the realm export. */
function technicianUserOf(realm: { users: { id: string; username: string; realmRoles?: string[] }[]; organizations: { alias: string; members?: { username: string }[] }[] }, alias: string) {
  const members = new Set(realm.organizations.find((o) => o.alias === alias)?.members?.map((m) => m.username) ?? []);
  return realm.users.find((u) => members.has(u.username) && u.realmRoles?.includes('technician'))?.id;
}

/** Waits (up to 30 s) for dispatch to queue the request from intake's event. */
async function queued(client: ServiceClient, ctx: TenantContext, serviceRequestId: string): Promise<boolean> {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
    const page = await client.call(DispatchRpc.listQueue, ctx, { first: 100 });
    if (page.edges.some((e) => e.node.serviceRequestId === serviceRequestId)) return true;
  }
  return false;
}
