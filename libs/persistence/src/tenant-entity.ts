import { EntitySchema } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';

/** Fields every tenant-owned row has. */
export interface TenantOwned {
  id: string;
  tenantId: string;
}

export const TENANT_FILTER = 'tenant';

/**
 * The properties and the default filter shared by tenant-owned entities. The filter is on by default
 * and needs its `tenantId` argument: a unit of work that forgot the tenant fails instead of reading all.
 */
export const tenantOwnedProperties = {
  id: { type: 'uuid', primary: true, onCreate: () => uuidv7() },
  tenantId: { type: 'uuid', fieldName: 'tenant_id' },
} as const;

export function tenantOwnedFilters() {
  return {
    [TENANT_FILTER]: {
      name: TENANT_FILTER,
      cond: (args: { tenantId: string }) => ({ tenantId: args.tenantId }),
      default: true,
    },
  };
}

export function newId(): string {
  return uuidv7();
}

export { EntitySchema };
