import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import {
  DispatchEvents,
  DispatchRpc,
  type QueueEntry as QueueEntryDto,
  type RpcOutput,
  type ServiceRequest,
  type TenantContext,
} from '@shouhou/contracts';
import { findPage, inTenantTransaction, newId, type TenantEntityManager } from '@shouhou/persistence';
import { recordEvent } from '@shouhou/messaging';
import { QueueEntrySchema, type QueueEntry } from './queue-entry.entity';
import { cancelWorkOrder } from '../work-order/cancel';

type ListInput = z.infer<typeof DispatchRpc.listQueue.input>;

@Injectable()
export class QueueService {
  constructor(private readonly orm: MikroORM) {}

  /**
   * Puts a new request in the "to be assessed" queue. Runs inside the consumer's transaction, next to
   * its inbox row; the unique (tenant, request) key makes a second copy with another message id a no-op.
   * A new entry promises `dispatch.evt.request.queued`, which keeps dispatchers' consoles live.
   */
  async enqueue(em: TenantEntityManager, ctx: TenantContext, request: ServiceRequest): Promise<void> {
    const entry = entryFor(ctx, request);
    const inserted = await em
      .createQueryBuilder(QueueEntrySchema)
      .insert(entry)
      .onConflict(['tenant_id', 'service_request_id'])
      .ignore()
      .execute('run');
    if (inserted.affectedRows > 0) {
      await recordEvent(em, ctx, DispatchEvents.requestQueued, toDto(entry));
    }
  }

  /**
   * A request resolved, closed or cancelled at intake before assessment leaves the queue (withdrawn);
   * reopened, it comes back to be assessed. Once assessed, its work order follows it instead, so
   * the request going in progress or resolved because of that work changes nothing here.
   */
  async followStatus(em: TenantEntityManager, ctx: TenantContext, request: ServiceRequest): Promise<void> {
    const status = request.status;
    const state = ['RESOLVED', 'CLOSED', 'CANCELLED'].includes(status) ? 'WITHDRAWN' : status === 'IN_PROGRESS' ? 'TO_BE_ASSESSED' : null;
    if (!state) return;
    const from = state === 'WITHDRAWN' ? 'TO_BE_ASSESSED' : 'WITHDRAWN';
    // The two consumers run independently: this may come before `request.created`, so it upserts.
    await em
      .createQueryBuilder(QueueEntrySchema)
      .insert({ ...entryFor(ctx, request), state })
      .onConflict(['tenant_id', 'service_request_id'])
      .merge(['state'])
      .where({ state: from })
      .execute('run');
    if (status === 'CANCELLED') await cancelWorkOrder(em, ctx, request.id);
  }

  /**
   * An agent changed the request's warranty decision: what the customer pays follows, on the queue
   * entry and on a work order not yet completed.
   */
  async followWarranty(em: TenantEntityManager, request: ServiceRequest): Promise<void> {
    const status = request.warranty?.status ?? 'UNKNOWN';
    await em.execute(`update dispatch.queue_entry set warranty_status = ? where service_request_id = ?`, [status, request.id]);
    await em.execute(`update dispatch.work_order set warranty_status = ?, version = version + 1, updated_at = now() where service_request_id = ? and status <> 'COMPLETED'`, [status, request.id]);
  }

  /** Oldest first: the request that has waited longest is assessed first. */
  async list(ctx: TenantContext, input: ListInput): Promise<RpcOutput<typeof DispatchRpc.listQueue>> {
    return inTenantTransaction(this.orm, ctx.tenantId, (em) =>
      findPage(em, QueueEntrySchema, { state: input.state }, { ...input, orderBy: { requestedAt: 'asc', id: 'asc' } }, toDto),
    );
  }
}

function entryFor(ctx: TenantContext, request: ServiceRequest): QueueEntry {
  return {
    id: newId(),
    tenantId: ctx.tenantId,
    serviceRequestId: request.id,
    requestNumber: request.number,
    customerName: request.customerName,
    productModel: request.productModel,
    channel: request.channel,
    category: request.category,
    state: 'TO_BE_ASSESSED',
    requestedAt: new Date(request.createdAt),
    queuedAt: new Date(),
    divisionCode: request.divisionCode,
    regionTier: request.regionTier,
    priority: request.priority,
    emergency: request.emergency,
    productCategory: request.warranty?.productCategory ?? null,
    customerPhone: request.customerPhone,
    address: request.address,
    serialNumber: request.serialNumber,
    problemDescription: request.problemDescription,
    warrantyStatus: request.warranty?.status ?? 'UNKNOWN',
  };
}

function toDto(e: QueueEntry): QueueEntryDto {
  return {
    id: e.id,
    serviceRequestId: e.serviceRequestId,
    requestNumber: e.requestNumber,
    customerName: e.customerName,
    productModel: e.productModel,
    channel: e.channel,
    category: e.category,
    state: e.state,
    requestedAt: e.requestedAt.toISOString(),
    queuedAt: e.queuedAt.toISOString(),
  };
}
