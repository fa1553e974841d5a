import { readFileSync } from 'node:fs';
import {
  asTenantId,
  IntakeRpc,
  TenancyRpc,
  type CreateServiceRequestInput,
  type PlatformContext,
  type TenantContext,
} from '@shouhou/contracts';
import { ServiceClient } from '@shouhou/messaging';
import { REALM_EXPORT } from './dev-idp/realm';

const operator: PlatformContext = { kind: 'platform', actorId: 'demo-seed', roles: ['platform-admin'], requestId: 'demo-seed' };

const DEMO_REQUESTS: CreateServiceRequestInput[] = [
  { customerName: '张伟', customerPhone: '13800138000', productModel: 'KFR-35GW 空调', serialNumber: 'AC2025110001', problemDescription: '制冷效果差，室外机噪音大', channel: 'PHONE', category: 'REPAIR' },
  { customerName: '李娜', customerPhone: '13912345678', productModel: 'XQG100 滚筒洗衣机', serialNumber: 'WM2026030117', problemDescription: '新机上门安装，需拆旧机', channel: 'WEB', category: 'INSTALLATION' },
  { customerName: '王强', customerPhone: '021-62345678', productModel: 'BCD-450 冰箱', serialNumber: 'RF2024080233', problemDescription: '年度保养：清洁冷凝器、检查密封条', channel: 'WECHAT', category: 'MAINTENANCE' },
  { customerName: 'Chen Jie', customerPhone: '+852 2345 6789', productModel: 'JSQ30 燃气热水器', serialNumber: '', problemDescription: '购买 5 天，点火失败，要求退货', channel: 'EMAIL', category: 'RETURN' },
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
      const page = await client.call(IntakeRpc.listServiceRequests, ctx, { first: 1 });
      if (page.totalCount > 0) continue;
      for (const request of DEMO_REQUESTS) await client.call(IntakeRpc.createServiceRequest, ctx, request);
      say(`demo service requests added for ${tenant.code}`);
    }
  } finally {
    await client.close();
  }
}
