import { EntitySchema, tenantOwnedFilters, tenantOwnedProperties, type TenantOwned } from '@shouhou/persistence';
import type { Category, Channel, QueueState } from '@shouhou/contracts';

/**
 * A service request waiting in the tenant's dispatch queue. It copies what a dispatcher needs to triage
 * (a read model fed by intake's events), because dispatch never reads intake's tables.
 */
export interface QueueEntry extends TenantOwned {
  serviceRequestId: string;
  requestNumber: string;
  customerName: string;
  productModel: string;
  channel: Channel;
  category: Category;
  state: QueueState;
  requestedAt: Date;
  queuedAt: Date;
  divisionCode?: string | null;
  regionTier?: string | null;
  priority: string;
  emergency: boolean;
  productCategory?: string | null;
  customerPhone: string;
  address?: string | null;
  serialNumber: string;
  problemDescription: string;
  warrantyStatus: string;
}

export const QueueEntrySchema = new EntitySchema<QueueEntry>({
  name: 'QueueEntry',
  tableName: 'queue_entry',
  filters: tenantOwnedFilters(),
  properties: {
    ...tenantOwnedProperties,
    serviceRequestId: { type: 'uuid' },
    requestNumber: { type: 'string' },
    customerName: { type: 'string' },
    productModel: { type: 'string' },
    channel: { type: 'string' },
    category: { type: 'string' },
    state: { type: 'string' },
    requestedAt: { type: 'Date', columnType: 'timestamptz' },
    queuedAt: { type: 'Date', columnType: 'timestamptz' },
    divisionCode: { type: 'string', nullable: true },
    regionTier: { type: 'string', nullable: true },
    priority: { type: 'string' },
    emergency: { type: 'boolean' },
    productCategory: { type: 'string', nullable: true },
    customerPhone: { type: 'string' },
    address: { type: 'string', nullable: true },
    serialNumber: { type: 'string' },
    problemDescription: { type: 'text' },
    warrantyStatus: { type: 'string' },
  },
});
