import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import {
  IntakeEvents,
  ServiceRequest as ServiceRequestDto,
  type RpcOutput,
  type TenantContext,
  IntakeRpc,
} from '@shouhou/contracts';
import { findPage, inTenantTransaction, newId, type TenantEntityManager } from '@shouhou/persistence';
import { OutboxRelay, openDeadline, recordEvent } from '@shouhou/messaging';
import { deadlineFor, type TenantCommitments } from '../commitments/tenant-clock';
import { ServiceRequestSchema, type ServiceRequest } from './service-request.entity';
import { nextRequestNumber } from './request-number';
import type { z } from 'zod';

type CreateInput = z.infer<typeof IntakeRpc.createServiceRequest.input>;
type ListInput = z.infer<typeof IntakeRpc.listServiceRequests.input>;

@Injectable()
export class ServiceRequestService {
  constructor(
    private readonly orm: MikroORM,
    private readonly relay: OutboxRelay,
  ) {}

  /** Records a request, gives it the tenant's next number and promises `intake.evt.request.created`. */
  async create(ctx: TenantContext, input: CreateInput): Promise<ServiceRequestDto> {
    const created = await inTenantTransaction(this.orm, ctx.tenantId, async (em) => {
      const now = new Date();
      const id = newId();
      const deadline = await this.firstResponseDeadline(em, ctx, id, now);
      const request: ServiceRequest = {
        id,
        tenantId: ctx.tenantId,
        number: await nextRequestNumber(em, ctx, now),
        ...input,
        status: 'NEW',
        createdAt: now,
        createdBy: ctx.actorId,
        firstResponseDueAt: deadline?.dueAt ?? null,
      };
      await em.insert(ServiceRequestSchema, request);
      if (deadline) await openDeadline(em, ctx, { subjectId: id, commitment: 'firstResponse', startedAt: now, ...deadline });
      const dto = toDto(request);
      await recordEvent(em, ctx, IntakeEvents.requestCreated, dto);
      return dto;
    });
    this.relay.wake();
    return created;
  }

  /** The first-response commitment in force for the tenant, if intake has heard of its commitments. */
  private async firstResponseDeadline(em: TenantEntityManager, ctx: TenantContext, _id: string, now: Date) {
    const [c]: TenantCommitments[] = await em.execute(`select version, policy, calendar, national from intake.tenant_commitments`);
    return c ? deadlineFor(ctx.tenantId, c, c.policy.firstResponse, now) : null;
  }

  async get(ctx: TenantContext, id: string): Promise<ServiceRequestDto | null> {
    return inTenantTransaction(this.orm, ctx.tenantId, async (em) => {
      const found = await em.findOne(ServiceRequestSchema, { id });
      return found ? toDto(found) : null;
    });
  }

  /** Newest first; the cursor is opaque and stable under inserts. */
  async list(ctx: TenantContext, input: ListInput): Promise<RpcOutput<typeof IntakeRpc.listServiceRequests>> {
    const { filter } = input;
    const where: Record<string, unknown> = {};
    if (filter.channel) where.channel = filter.channel;
    if (filter.category) where.category = filter.category;
    if (filter.status) where.status = filter.status;
    if (filter.createdFrom || filter.createdTo) {
      where.createdAt = {
        ...(filter.createdFrom ? { $gte: new Date(filter.createdFrom) } : {}),
        ...(filter.createdTo ? { $lt: new Date(filter.createdTo) } : {}),
      };
    }
    if (filter.search) {
      const like = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.$or = ['number', 'customerName', 'customerPhone', 'productModel', 'serialNumber'].map((f) => ({
        [f]: { $ilike: like },
      }));
    }
    return inTenantTransaction(this.orm, ctx.tenantId, (em) =>
      findPage(em, ServiceRequestSchema, where, { ...input, orderBy: { createdAt: 'desc', id: 'desc' } }, toDto),
    );
  }
}

function toDto(r: ServiceRequest): ServiceRequestDto {
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
  };
}
