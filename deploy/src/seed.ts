import { readFileSync } from 'node:fs';
import {
  asTenantId,
  IntakeRpc,
  TenancyRpc,
  type CreateServiceRequestInput,
  type CustomerProfileInput,
  type PlatformContext,
  type TenantContext,
} from '@shouhou/contracts';
import { ServiceClient } from '@shouhou/messaging';
import { REALM_EXPORT } from './dev-idp/realm';

const operator: PlatformContext = { kind: 'platform', actorId: 'demo-seed', roles: ['platform-admin'], requestId: 'demo-seed' };

const DEMO_MODELS = [
  { model: 'KFR-35GW', name: '挂式空调 1.5 匹', brand: '示例', productCategory: '家用电器' },
  { model: 'XQG100', name: '滚筒洗衣机 10 公斤', brand: '示例', productCategory: '家用电器' },
  { model: 'BCD-450', name: '对开门冰箱 450 升', brand: '示例', productCategory: '家用电器' },
  { model: 'JSQ30', name: '燃气热水器 16 升', brand: '示例', productCategory: '家用电器' },
];

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

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
  { customerName: '张伟', customerPhone: '13800138000', productModel: 'KFR-35GW', serialNumber: 'AC2025110001', problemDescription: '制冷效果差，室外机噪音大', channel: 'PHONE', category: 'REPAIR' },
  { customerName: '李娜', customerPhone: '13912345678', productModel: 'XQG100', serialNumber: 'WM2026030117', problemDescription: '新机上门安装，需拆旧机', channel: 'WEB', category: 'INSTALLATION' },
  { customerName: '王强', customerPhone: '021-62345678', productModel: 'BCD-450', serialNumber: 'RF2024080233', problemDescription: '年度保养：清洁冷凝器、检查密封条', channel: 'WECHAT', category: 'MAINTENANCE' },
  { customerName: 'Chen Jie', customerPhone: '+852 2345 6789', productModel: 'JSQ30', serialNumber: '', problemDescription: '购买 5 天，点火失败，要求退货', channel: 'EMAIL', category: 'RETURN' },
];

/**
 * Demo data for `npm start`: the realm export's organizations become tenants (so the demo users'
 * tokens resolve), and each new tenant gets a few service requests. Idempotent across restarts.
 */
export async function seedDemoData(natsUrl: string, say: (line: string) => void): Promise<void> {
  const realm = JSON.parse(readFileSync(REALM_EXPORT, 'utf8'));
  const client = new ServiceClient(natsUrl);
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
      const page = await client.call(IntakeRpc.listServiceRequests, ctx, { first: 1 });
      if (page.totalCount > 0) continue;
      for (const customer of demoCustomers()) await client.call(IntakeRpc.saveCustomer, ctx, customer);
      for (const request of DEMO_REQUESTS) await client.call(IntakeRpc.createServiceRequest, ctx, request);
      say(`demo service requests added for ${tenant.code}`);
    }
  } finally {
    await client.close();
  }
}
