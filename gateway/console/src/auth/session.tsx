import { createContext, useContext } from 'react';
import type { MeQuery } from '../gql/graphql';

export type Role = MeQuery['me']['roles'][number];
export type Me = MeQuery['me'];

export const SessionContext = createContext<Me | null>(null);

export function useMe(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useMe outside a signed-in session');
  return me;
}

export const hasRole = (me: Me, ...roles: Role[]) => roles.some((r) => me.roles.includes(r));

/** The console's side of the gateway's permission table: what to show, not what to allow. */
export const can = {
  readRequests: (me: Me) => hasRole(me, 'AGENT', 'DISPATCHER', 'TENANT_ADMIN', 'QUALITY_MANAGER') && !!me.tenant,
  createRequests: (me: Me) => hasRole(me, 'AGENT', 'TENANT_ADMIN') && !!me.tenant,
  readCustomers: (me: Me) => hasRole(me, 'AGENT', 'DISPATCHER', 'TENANT_ADMIN') && !!me.tenant,
  editCustomers: (me: Me) => hasRole(me, 'AGENT', 'TENANT_ADMIN') && !!me.tenant,
  overrideWarranty: (me: Me) => hasRole(me, 'AGENT', 'TENANT_ADMIN') && !!me.tenant,
  manageCatalog: (me: Me) => hasRole(me, 'TENANT_ADMIN') && !!me.tenant,
  importCustomers: (me: Me) => hasRole(me, 'TENANT_ADMIN') && !!me.tenant,
  readQueue: (me: Me) => hasRole(me, 'DISPATCHER', 'TENANT_ADMIN') && !!me.tenant,
  /** The dispatch board, technicians' profiles and work orders: assess, assign, auto-dispatch. */
  dispatch: (me: Me) => hasRole(me, 'DISPATCHER', 'TENANT_ADMIN') && !!me.tenant,
  /** 服务绩效: on-time arrival, first-time fix and the rest, per technician. */
  readKpis: (me: Me) => hasRole(me, 'DISPATCHER', 'TENANT_ADMIN', 'QUALITY_MANAGER') && !!me.tenant,
  /** 库存总览 and a part's stock and ledger (dispatchers look, the warehouse acts). */
  readStock: (me: Me) => hasRole(me, 'WAREHOUSE_KEEPER', 'TENANT_ADMIN', 'DISPATCHER') && !!me.tenant,
  /** Receive, adjust, transfer, count and import parts; edit the parts catalog. */
  manageStock: (me: Me) => hasRole(me, 'WAREHOUSE_KEEPER', 'TENANT_ADMIN') && !!me.tenant,
  /** 旧件分析: the Pareto of returned defective parts. */
  analyseDefects: (me: Me) => hasRole(me, 'QUALITY_MANAGER', 'WAREHOUSE_KEEPER', 'TENANT_ADMIN') && !!me.tenant,
  /** A technician's own jobs and their steps. */
  fieldWork: (me: Me) => hasRole(me, 'TECHNICIAN') && !!me.tenant,
  manageTenants: (me: Me) => hasRole(me, 'PLATFORM_ADMIN'),
  manageCommitments: (me: Me) => hasRole(me, 'TENANT_ADMIN') && !!me.tenant,
  readCalendar: (me: Me) => !!me.tenant,
};
