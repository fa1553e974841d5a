import { EntitySchema } from '@shouhou/persistence';
import type { TenantStatus } from '@shouhou/contracts';

/** A company running its after-sales program on the platform. Its id is the tenant id everywhere. */
export interface Tenant {
  id: string;
  code: string;
  name: string;
  keycloakOrganizationId: string;
  status: TenantStatus;
  timeZone: string;
  createdAt: Date;
  suspendedAt?: Date | null;
  suspensionReason?: string | null;
  displayName?: string | null;
  defaultLocale: 'zh-CN' | 'en-US';
  hotline?: string | null;
  logoUrl?: string | null;
}

export const TenantSchema = new EntitySchema<Tenant>({
  name: 'Tenant',
  tableName: 'tenant',
  properties: {
    id: { type: 'uuid', primary: true },
    code: { type: 'string', unique: true },
    name: { type: 'string' },
    keycloakOrganizationId: { type: 'string', unique: true },
    status: { type: 'string' },
    timeZone: { type: 'string' },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    suspendedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    suspensionReason: { type: 'string', nullable: true },
    displayName: { type: 'string', nullable: true },
    defaultLocale: { type: 'string', default: 'zh-CN' },
    hotline: { type: 'string', nullable: true },
    logoUrl: { type: 'string', nullable: true },
  },
});
