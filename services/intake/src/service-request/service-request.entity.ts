import { EntitySchema, tenantOwnedFilters, tenantOwnedProperties, type TenantOwned } from '@shouhou/persistence';
import type { Category, Channel, Priority, RegionTier, ServiceRequestStatus, WarrantyDecision } from '@shouhou/contracts';

/** A customer's request for after-sales service, as recorded at intake (受理). */
export interface ServiceRequest extends TenantOwned {
  number: string;
  customerName: string;
  customerPhone: string;
  productModel: string;
  serialNumber: string;
  problemDescription: string;
  channel: Channel;
  category: Category;
  status: ServiceRequestStatus;
  createdAt: Date;
  createdBy: string;
  firstResponseDueAt?: Date | null;
  acknowledgedAt?: Date | null;
  customerId?: string | null;
  priority: Priority;
  emergency: boolean;
  customerEmail?: string | null;
  divisionCode?: string | null;
  address?: string | null;
  regionTier?: RegionTier | null;
  /** YYYY-MM-DD. */
  purchaseDate?: string | null;
  warranty?: WarrantyDecision | null;
}

export const ServiceRequestSchema = new EntitySchema<ServiceRequest>({
  name: 'ServiceRequest',
  tableName: 'service_request',
  filters: tenantOwnedFilters(),
  properties: {
    ...tenantOwnedProperties,
    number: { type: 'string' },
    customerName: { type: 'string' },
    customerPhone: { type: 'string' },
    productModel: { type: 'string' },
    serialNumber: { type: 'string' },
    problemDescription: { type: 'text' },
    channel: { type: 'string' },
    category: { type: 'string' },
    status: { type: 'string' },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    createdBy: { type: 'string' },
    firstResponseDueAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    acknowledgedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    customerId: { type: 'uuid', nullable: true },
    priority: { type: 'string' },
    emergency: { type: 'boolean' },
    customerEmail: { type: 'string', nullable: true },
    divisionCode: { type: 'string', nullable: true },
    address: { type: 'string', nullable: true },
    regionTier: { type: 'string', nullable: true },
    purchaseDate: { type: 'string', columnType: 'date', nullable: true },
    warranty: { type: 'json', nullable: true },
  },
});
