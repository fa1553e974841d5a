import type { Channel, CustomerKind, Priority, ServiceRequestCategory } from '../gql/graphql';

/** The choices the schema offers, in the order people expect them. */
export const CHANNELS: Channel[] = ['PHONE', 'EMAIL', 'WEB', 'WECHAT', 'WALK_IN'];
export const CATEGORIES: ServiceRequestCategory[] = ['REPAIR', 'INSTALLATION', 'MAINTENANCE', 'CONSULTATION', 'RETURN', 'EXCHANGE', 'REFUND'];
export const PRIORITIES: Priority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];
export const CUSTOMER_KINDS: CustomerKind[] = ['PERSON', 'ORGANIZATION'];
