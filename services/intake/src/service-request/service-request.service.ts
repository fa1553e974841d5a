import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import {
  IntakeEvents,
  ServiceRequest as ServiceRequestDto,
  type RpcOutput,
  type TenantContext,
  type RequestEvent,
  type PublicTracking,
  maskPhone,
  seesFullPhone,
  asTenantId,
  type ServiceRequestStatus,
  DomainError,
  IntakeRpc,
} from '@shouhou/contracts';
import { findPage, inTenantTransaction, newId, type TenantEntityManager } from '@shouhou/persistence';
import { closeDeadline, OutboxRelay, openDeadline, recordEvent } from '@shouhou/messaging';
import { LockMode } from '@mikro-orm/postgresql';
import { availableActions, nextStatus } from './lifecycle';
import { readTrackingToken, trackingToken } from '@shouhou/auth';
import { customerForPhone, possibleDuplicates } from '../customer/customers';
import { warrantyFor } from '../warranty/warranty';
import { tierOf } from '@shouhou/regions';
import { deadlineFor, NO_RULES, tenantClock } from '../commitments/tenant-clock';
import { ServiceRequestSchema, type ServiceRequest } from './service-request.entity';
import { nextRequestNumber, NUMBER_PREFIX } from './request-number';
import { listTotal } from './request-counts';
import type { z } from 'zod';

type CreateInput = z.infer<typeof IntakeRpc.createServiceRequest.input>;
type TransitionInput = z.infer<typeof IntakeRpc.transition.input>;
type ListInput = z.infer<typeof IntakeRpc.listServiceRequests.input>;
type OverrideInput = z.infer<typeof IntakeRpc.overrideWarranty.input>;

@Injectable()
export class ServiceRequestService {
  constructor(
    private readonly orm: MikroORM,
    private readonly relay: OutboxRelay,
  ) {}

  /** Records a request, gives it the tenant's next number and promises `intake.evt.request.created`. */
  async create(ctx: TenantContext, input: CreateInput): Promise<ServiceRequestDto> {
    const created = await inTenantTransaction(this.orm, ctx.tenantId, (em) => this.record(em, ctx, input, new Date()));
    this.relay.wake();
    return created;
  }

  /**
   * A request recorded in the caller's transaction: number, first-response deadline, warranty
   * decision, timeline and event. The customer is the phone number's, unless the caller knows it.
   */
  async record(em: TenantEntityManager, ctx: TenantContext, input: CreateInput, now: Date, customerId?: string): Promise<ServiceRequestDto> {
    const id = newId();
    const tenant = await tenantClock(em, ctx.tenantId);
    const deadline = tenant ? deadlineFor(tenant.clock, tenant.firstResponse, now) : null;
    const rules = tenant?.rules ?? NO_RULES;
    const warranty = await warrantyFor(em, rules, input, now);
    const request: ServiceRequest = {
      id,
      tenantId: ctx.tenantId,
      number: await nextRequestNumber(em, ctx, now, rules.timeZone),
      ...input,
      regionTier: input.divisionCode ? regionTier(input.divisionCode, rules.regions) : null,
      purchaseDate: warranty.purchaseDate,
      warranty,
      status: 'NEW',
      createdAt: now,
      createdBy: ctx.actorId,
      firstResponseDueAt: deadline?.dueAt ?? null,
      customerId: customerId ?? (await customerForPhone(em, ctx, input.customerName, input.customerPhone, now)),
    };
    await em.insert(ServiceRequestSchema, request);
    if (deadline) await openDeadline(em, ctx, { subjectId: id, commitment: 'firstResponse', startedAt: now, ...deadline });
    await recordStep(em, ctx, id, 'CREATED', null, 'NEW', null, now);
    const dto = toDto(request);
    await recordEvent(em, ctx, IntakeEvents.requestCreated, dto);
    return dto;
  }

  /**
   * Moves a request through its lifecycle. Leaving NEW is the first response: it stops the
   * first-response clock (met, on time or late). Cancelling cancels the clock.
   */
  async transition(ctx: TenantContext, input: TransitionInput): Promise<ServiceRequestDto> {
    const updated = await inTenantTransaction(this.orm, ctx.tenantId, (em) => this.apply(em, ctx, input.id, input.action, input.note ?? null));
    this.relay.wake();
    return updated;
  }

  /** One lifecycle step in the caller's transaction: status, first-response clock, timeline, event. */
  async apply(em: TenantEntityManager, ctx: TenantContext, id: string, action: TransitionInput['action'], note: string | null): Promise<ServiceRequestDto> {
    const request = await em.findOne(ServiceRequestSchema, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!request) throw new DomainError('NOT_FOUND', 'no such service request');
    const from = request.status;
    const to = nextStatus(from, action, request.category, note);
    const now = new Date();
    request.status = to;
    if (!request.acknowledgedAt && to !== 'CANCELLED') {
      request.acknowledgedAt = now;
      await closeDeadline(em, request.id, 'firstResponse', 'MET');
    }
    if (to === 'CANCELLED') await closeDeadline(em, request.id, 'firstResponse', 'CANCELLED');
    await em.flush();
    const step = await recordStep(em, ctx, request.id, action, from, to, note, now);
    const dto = toDto(request);
    await recordEvent(em, ctx, IntakeEvents.statusChanged, { request: dto, event: step });
    return dto;
  }

  /** The request's status now, for those following it from other services' events. */
  async statusOf(em: TenantEntityManager, id: string): Promise<ServiceRequestStatus | undefined> {
    return (await em.findOne(ServiceRequestSchema, { id }))?.status;
  }

  /**
   * An agent's change of the warranty decision (e.g. the invoice shows another date, or goodwill):
   * the system's decision is kept beside it, and the change goes to the timeline with the reason.
   */
  async overrideWarranty(ctx: TenantContext, input: OverrideInput): Promise<ServiceRequestDto> {
    const updated = await inTenantTransaction(this.orm, ctx.tenantId, async (em) => {
      const request = await em.findOne(ServiceRequestSchema, { id: input.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!request) throw new DomainError('NOT_FOUND', 'no such service request');
      if (!request.warranty) throw new DomainError('CONFLICT', 'this request has no warranty decision to change');
      const now = new Date();
      const system = request.warranty.override?.system ?? { status: request.warranty.status, entitlement: request.warranty.entitlement, reason: request.warranty.reason };
      request.warranty = {
        ...request.warranty,
        status: input.status,
        entitlement: input.entitlement,
        reason: 'OVERRIDDEN',
        text: input.reason,
        override: { by: ctx.actorId, at: now.toISOString(), reason: input.reason, system },
      };
      await em.flush();
      const note = `${system.status}/${system.entitlement} → ${input.status}/${input.entitlement}: ${input.reason}`;
      const step = await recordStep(em, ctx, request.id, 'WARRANTY_OVERRIDDEN', request.status, request.status, note, now);
      const dto = toDto(request);
      await recordEvent(em, ctx, IntakeEvents.warrantyOverridden, { request: dto, event: step });
      return dto;
    });
    this.relay.wake();
    return updated;
  }

  /** The decision a request for this product would get now. */
  async warrantyPreview(ctx: TenantContext, input: z.infer<typeof IntakeRpc.warrantyPreview.input>) {
    return inTenantTransaction(this.orm, ctx.tenantId, async (em) => {
      const tenant = await tenantClock(em, ctx.tenantId);
      return warrantyFor(em, tenant?.rules ?? NO_RULES, input, new Date());
    });
  }

  /** A customer's request from the public form: recorded like any other, answered with a tracking link. */
  async submitPublic(ctx: TenantContext, input: z.infer<typeof IntakeRpc.submitPublic.input>) {
    const created = await this.create(ctx, { ...input, channel: 'WEB', priority: 'NORMAL', emergency: false });
    return { number: created.number, trackingToken: trackingToken(ctx.tenantId, created.id) };
  }

  /** What the tracking link shows its customer. */
  async track(token: string): Promise<PublicTracking> {
    const { tenantId, requestId } = readTrackingToken(token);
    return inTenantTransaction(this.orm, asTenantId(tenantId), async (em) => {
      const request = await em.findOne(ServiceRequestSchema, { id: requestId });
      if (!request) throw new DomainError('NOT_FOUND', 'this request no longer exists');
      const steps: { to_status: ServiceRequestStatus; at: Date }[] = await em.execute(
        `select to_status, at from intake.request_event where request_id = ? order by at, id`,
        [requestId],
      );
      return {
        number: request.number,
        status: request.status,
        category: request.category,
        productModel: request.productModel,
        createdAt: request.createdAt.toISOString(),
        firstResponseDueAt: request.firstResponseDueAt?.toISOString() ?? null,
        acknowledgedAt: request.acknowledgedAt?.toISOString() ?? null,
        steps: steps.map((s) => ({ status: s.to_status, at: new Date(s.at).toISOString() })),
      };
    });
  }

  async timeline(ctx: TenantContext, id: string): Promise<RequestEvent[]> {
    return inTenantTransaction(this.orm, ctx.tenantId, async (em) => {
      const rows: { id: string; action: RequestEvent['action']; from_status: RequestEvent['fromStatus']; to_status: RequestEvent['toStatus']; actor_id: string; note: string | null; at: Date }[] =
        await em.execute(`select id, action, from_status, to_status, actor_id, note, at from intake.request_event where request_id = ? order by at, id`, [id]);
      return rows.map((r) => ({ id: r.id, action: r.action, fromStatus: r.from_status, toStatus: r.to_status, actorId: r.actor_id, note: r.note, at: new Date(r.at).toISOString() }));
    });
  }

  async get(ctx: TenantContext, id: string): Promise<ServiceRequestDto | null> {
    return inTenantTransaction(this.orm, ctx.tenantId, async (em) => {
      const found = await em.findOne(ServiceRequestSchema, { id });
      return found ? masked(toDto(found), !seesFullPhone(ctx.roles, 'detail')) : null;
    });
  }

  async possibleDuplicates(ctx: TenantContext, phone?: string | null, serial?: string | null) {
    if (!phone && !serial) return [];
    return inTenantTransaction(this.orm, ctx.tenantId, (em) => possibleDuplicates(em, phone, serial));
  }

  /** Newest first; the cursor is opaque and stable under inserts. */
  async list(ctx: TenantContext, input: ListInput): Promise<RpcOutput<typeof IntakeRpc.listServiceRequests>> {
    const { filter } = input;
    const where: Record<string, unknown> = {};
    if (filter.channel) where.channel = filter.channel;
    if (filter.category) where.category = filter.category;
    if (filter.status) where.status = filter.status;
    if (filter.priority) where.priority = filter.priority;
    if (filter.customerId) where.customerId = filter.customerId;
    if (filter.createdFrom || filter.createdTo) {
      where.createdAt = {
        ...(filter.createdFrom ? { $gte: new Date(filter.createdFrom) } : {}),
        ...(filter.createdTo ? { $lt: new Date(filter.createdTo) } : {}),
      };
    }
    if (filter.search) {
      const like = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      // Each column has a trigram index (Migration20261124100000). A number or its beginning is looked up
      // by prefix in a b-tree instead: the digits of a day are in every number, so the trigram index
      // reads thousands of pages for them; and as "SR-" begins a number and occurs nowhere else in it,
      // the prefix finds the same rows as the substring.
      const numberPrefix = NUMBER_PREFIX.test(filter.search) ? `${filter.search.toUpperCase()}%` : undefined;
      where.$or = ['number', 'customerName', 'customerPhone', 'productModel', 'serialNumber'].map((f) =>
        f === 'number' && numberPrefix ? { number: { $like: numberPrefix } } : { [f]: { $ilike: like } },
      );
    }
    // The agent's incoming queue: requests still waiting for their first response, the soonest due first.
    const order = input.order === 'DUE_SOONEST' ? ({ firstResponseDueAt: 'asc', id: 'asc' } as const) : ({ createdAt: 'desc', id: 'desc' } as const);
    if (input.order === 'DUE_SOONEST') {
      where.status = 'NEW';
      where.firstResponseDueAt = { $ne: null };
    }
    return inTenantTransaction(this.orm, ctx.tenantId, async (em) =>
      // Lists show phone numbers in full only to those who call customers back.
      findPage(em, ServiceRequestSchema, where, { ...input, orderBy: order, count: await listTotal(em, where, filter.search) }, (r) =>
        masked(toDto(r), !seesFullPhone(ctx.roles, 'list')),
      ),
    );
  }
}

export function toDto(r: ServiceRequest): ServiceRequestDto {
  return {
    id: r.id,
    number: r.number,
    customerName: r.customerName,
    customerPhone: r.customerPhone,
    productModel: r.productModel,
    serialNumber: r.serialNumber,
    problemDescription: r.problemDescription,
    channel: r.channel,
    category: r.category,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdBy,
    firstResponseDueAt: r.firstResponseDueAt ? r.firstResponseDueAt.toISOString() : null,
    acknowledgedAt: r.acknowledgedAt ? r.acknowledgedAt.toISOString() : null,
    actions: availableActions(r.status, r.category),
    customerId: r.customerId ?? null,
    priority: r.priority,
    emergency: r.emergency,
    customerEmail: r.customerEmail ?? null,
    divisionCode: r.divisionCode ?? null,
    address: r.address ?? null,
    regionTier: r.regionTier ?? null,
    purchaseDate: dateOnly(r.purchaseDate),
    warranty: r.warranty ?? null,
  };
}

/** The pg driver may hand a date column back as a Date at local midnight; the contract says YYYY-MM-DD. */
function dateOnly(value: string | Date | null | undefined): string | null {
  if (!value) return null;
  if (typeof value === 'string') return value.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}

function regionTier(divisionCode: string, regions: Parameters<typeof tierOf>[1]) {
  const tier = tierOf(divisionCode, regions);
  if (!tier) {
    throw new DomainError('BAD_USER_INPUT', `${divisionCode} is not a GB/T 2260 division`, {
      issues: [{ field: 'input.divisionCode', reason: 'unknown', message: `${divisionCode} is not a GB/T 2260 division` }],
    });
  }
  return tier;
}

function masked(dto: ServiceRequestDto, mask: boolean): ServiceRequestDto {
  return mask ? { ...dto, customerPhone: maskPhone(dto.customerPhone) } : dto;
}

/** Appends a step to the request's timeline in the caller's transaction. */
export async function recordStep(
  em: TenantEntityManager,
  ctx: TenantContext,
  requestId: string,
  action: RequestEvent['action'],
  from: ServiceRequestStatus | null,
  to: ServiceRequestStatus,
  note: string | null,
  at: Date,
): Promise<RequestEvent> {
  const id = newId();
  await em.execute(
    `insert into intake.request_event (id, tenant_id, request_id, action, from_status, to_status, actor_id, note, at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, ctx.tenantId, requestId, action, from, to, ctx.actorId, note, at],
  );
  return { id, action, fromStatus: from, toStatus: to, actorId: ctx.actorId, note, at: at.toISOString() };
}
