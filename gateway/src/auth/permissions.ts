import type { Role } from '@shouhou/contracts';

/**
 * Who may do what, in one table. `platform` operations run for the platform operator across tenants;
 * `tenant` operations run inside the caller's tenant.
 */
export const Permissions = {
  tenants: { scope: 'platform', roles: ['platform-admin'] },
  createTenant: { scope: 'platform', roles: ['platform-admin'] },
  suspendTenant: { scope: 'platform', roles: ['platform-admin'] },
  reactivateTenant: { scope: 'platform', roles: ['platform-admin'] },
  tenantAudit: { scope: 'platform', roles: ['platform-admin'] },
  tenantSettings: { scope: 'tenant', roles: ['tenant-admin', 'agent', 'dispatcher', 'technician', 'warehouse-keeper', 'quality-manager'] },
  updateTenantSettings: { scope: 'tenant', roles: ['tenant-admin'] },
  tenantUsers: { scope: 'tenant', roles: ['tenant-admin'] },
  setUserRoles: { scope: 'tenant', roles: ['tenant-admin'] },
  createServiceRequest: { scope: 'tenant', roles: ['agent', 'tenant-admin'] },
  customers: { scope: 'tenant', roles: ['agent', 'dispatcher', 'tenant-admin'] },
  saveCustomer: { scope: 'tenant', roles: ['agent', 'tenant-admin'] },
  productModels: { scope: 'tenant', roles: ['agent', 'dispatcher', 'tenant-admin', 'technician', 'warehouse-keeper', 'quality-manager'] },
  saveProductModel: { scope: 'tenant', roles: ['tenant-admin'] },
  importCustomers: { scope: 'tenant', roles: ['tenant-admin'] },
  exportRequests: { scope: 'tenant', roles: ['agent', 'dispatcher', 'tenant-admin', 'quality-manager'] },
  overrideWarranty: { scope: 'tenant', roles: ['agent', 'tenant-admin'] },
  transitionServiceRequest: { scope: 'tenant', roles: ['agent', 'dispatcher', 'tenant-admin'] },
  serviceRequests: { scope: 'tenant', roles: ['agent', 'dispatcher', 'tenant-admin', 'quality-manager'] },
  serviceRequest: { scope: 'tenant', roles: ['agent', 'dispatcher', 'tenant-admin', 'quality-manager'] },
  dispatchQueue: { scope: 'tenant', roles: ['dispatcher', 'tenant-admin'] },
  technicians: { scope: 'tenant', roles: ['dispatcher', 'tenant-admin'] },
  saveTechnician: { scope: 'tenant', roles: ['dispatcher', 'tenant-admin'] },
  dispatchWork: { scope: 'tenant', roles: ['dispatcher', 'tenant-admin'] },
  workOrders: { scope: 'tenant', roles: ['dispatcher', 'tenant-admin', 'technician'] },
  workOrderAction: { scope: 'tenant', roles: ['technician', 'dispatcher', 'tenant-admin'] },
  /** Report, parts, charges, rescheduling: the technician on their own job, or dispatch for them. */
  fieldWork: { scope: 'tenant', roles: ['technician', 'dispatcher', 'tenant-admin'] },
  dispatchSettings: { scope: 'tenant', roles: ['dispatcher', 'tenant-admin', 'technician'] },
  saveDispatchSettings: { scope: 'tenant', roles: ['tenant-admin'] },
  escalations: { scope: 'tenant', roles: ['dispatcher', 'tenant-admin'] },
  dispatchKpis: { scope: 'tenant', roles: ['dispatcher', 'tenant-admin', 'quality-manager'] },
  /** Parts: everyone at work on service reads the catalog and stock; the warehouse moves it. */
  partsRead: { scope: 'tenant', roles: ['warehouse-keeper', 'tenant-admin', 'dispatcher', 'technician', 'quality-manager'] },
  partsWrite: { scope: 'tenant', roles: ['warehouse-keeper', 'tenant-admin'] },
  returnDefectivePart: { scope: 'tenant', roles: ['technician', 'warehouse-keeper', 'tenant-admin'] },
  defectAnalysis: { scope: 'tenant', roles: ['quality-manager', 'warehouse-keeper', 'tenant-admin'] },
  commitments: { scope: 'tenant', roles: ['tenant-admin', 'agent', 'dispatcher', 'technician', 'warehouse-keeper', 'quality-manager'] },
  updateCommitments: { scope: 'tenant', roles: ['tenant-admin'] },
  previewCommitments: { scope: 'tenant', roles: ['tenant-admin'] },
  importNationalCalendar: { scope: 'platform', roles: ['platform-admin'] },
} as const satisfies Record<string, { scope: 'platform' | 'tenant'; roles: readonly Role[] }>;

export type Operation = keyof typeof Permissions;
