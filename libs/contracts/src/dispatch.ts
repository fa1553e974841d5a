import { z } from 'zod';
import { Category, Channel } from './intake';
import { connection, event, healthCheck, PageArgs, rpc, streamOf } from './rpc';

export const DISPATCH = 'dispatch';

/** Where a request stands in dispatch; later work adds assessment, assignment and field work. */
export const QueueState = z.enum(['TO_BE_ASSESSED', 'WITHDRAWN']);
export type QueueState = z.infer<typeof QueueState>;

export const QueueEntry = z.object({
  id: z.string().uuid(),
  serviceRequestId: z.string().uuid(),
  requestNumber: z.string(),
  customerName: z.string(),
  productModel: z.string(),
  channel: Channel,
  category: Category,
  state: QueueState,
  requestedAt: z.string(),
  queuedAt: z.string(),
});
export type QueueEntry = z.infer<typeof QueueEntry>;

export const ListQueueInput = PageArgs.extend({ state: QueueState.default('TO_BE_ASSESSED') });
export const QueueConnection = connection(QueueEntry);

export const DispatchRpc = {
  listQueue: rpc('dispatch.qry.queue.list', 'tenant', ListQueueInput, QueueConnection),
  health: healthCheck(DISPATCH),
} as const;

/** Durable consumer names: stable, because JetStream keeps each one's position. */
export const DispatchConsumers = { intakeRequests: 'dispatch-intake-requests', intakeStatus: 'dispatch-intake-status' } as const;

export const DispatchStream = streamOf(DISPATCH);
export const DispatchEvents = {
  /** A request entered the dispatch queue; consoles of the tenant's dispatchers update live. */
  requestQueued: event('dispatch.evt.request.queued', DispatchStream.name, QueueEntry),
} as const;
