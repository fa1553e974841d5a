import { Injectable } from '@nestjs/common';
import { DispatchEvents, IntakeConsumers, IntakeEvents, TenancyEvents, type ServiceRequest, type Tenant, type TenantContext, type WorkOrder, type WorkOrderEvent } from '@shouhou/contracts';
import { Consumers } from '@shouhou/messaging';
import type { TenantEntityManager } from '@shouhou/persistence';
import { recordStep, toDto } from '../service-request/service-request.service';
import { ServiceRequestSchema } from '../service-request/service-request.entity';
import { trackingToken } from '@shouhou/auth';
import { recordMessage } from './inbound';
import { Mailer, serviceAddress } from './mailer';
import { notification, noticeFor, visitDetails, type Notice, type Reader } from './templates';

interface TenantProfile {
  code: string;
  name: string;
  locale: 'zh-CN' | 'en-US';
  hotline: string | null;
  time_zone: string;
}

/**
 * Tells customers with an e-mail address what happens to their request. Each notice has a Message-ID
 * derived from what caused it, recorded before sending: a redelivered event finds it and sends
 * nothing; a crash between sending and committing sends the same Message-ID again, which mail
 * clients show once.
 */
@Injectable()
export class CustomerNotifications {
  constructor(
    consumers: Consumers,
    private readonly mailer: Mailer,
  ) {
    consumers.on(IntakeEvents.requestCreated, { durable: IntakeConsumers.mailOnCreated }, (em, ctx, request) => this.notify(em, ctx, request, 'RECEIVED', 'created'));
    consumers.on(IntakeEvents.statusChanged, { durable: IntakeConsumers.mailOnStatus }, async (em, ctx, { request, event }) => {
      const notice = noticeFor(event.toStatus);
      if (notice && event.fromStatus !== event.toStatus) await this.notify(em, ctx, request, notice, event.id, event.note);
    });
    consumers.on(DispatchEvents.workOrderChanged, { durable: IntakeConsumers.mailOnVisit }, (em, ctx, { workOrder, event }) => this.notifyVisit(em, ctx, workOrder, event));
    consumers.on(TenancyEvents.tenantCreated, { durable: IntakeConsumers.tenantProfiles }, (em, ctx, tenant) => keepProfile(em, ctx, tenant, 'first'));
    consumers.on(TenancyEvents.settingsUpdated, { durable: IntakeConsumers.tenantSettings }, (em, ctx, tenant) => keepProfile(em, ctx, tenant, 'change'));
  }

  /** Windows offered: the customer picks one on their link. A time agreed or moved: when, and who comes. */
  private async notifyVisit(em: TenantEntityManager, ctx: TenantContext, workOrder: WorkOrder, event: WorkOrderEvent) {
    const appointment = workOrder.appointment;
    // Nothing to send: no need to read the request either.
    if (!appointment || !this.mailer.enabled) return;
    const offered = event.action === 'APPOINTMENT_PROPOSED' && appointment.status === 'PROPOSED';
    // The customer who picked a window on the link sees it there; staff agreeing or moving it tell them by mail.
    const booked = (event.action === 'APPOINTMENT_CONFIRMED' || event.action === 'RESCHEDULED') && appointment.confirmed;
    if (!offered && !booked) return;
    const found = await em.findOne(ServiceRequestSchema, { id: workOrder.serviceRequestId });
    if (!found) return;
    const notice = offered ? 'SLOTS_PROPOSED' : 'VISIT_BOOKED';
    const slots = offered ? appointment.proposed : [appointment.confirmed!];
    await this.notify(em, ctx, toDto(found), notice, event.id, null, (reader) => visitDetails(notice, { slots, technician: workOrder.technicianName }, reader));
  }

  private async notify(em: TenantEntityManager, ctx: TenantContext, request: ServiceRequest, notice: Notice, cause: string, note?: string | null, details?: (reader: Reader) => string[]) {
    if (!request.customerEmail || !this.mailer.enabled) return;
    const [tenant]: TenantProfile[] = await em.execute(`select code, name, locale, hotline, time_zone from intake.tenant_profile`);
    if (!tenant) throw new Error(`no profile yet for tenant ${ctx.tenantId}; retried once tenancy's event has arrived`);
    const from = `"${tenant.name.replace(/"/g, '')}" <${serviceAddress(tenant.code)}>`;
    const messageId = `<${request.id}.${cause}@${serviceAddress(tenant.code).split('@')[1]}>`;
    const url = `${process.env.PUBLIC_BASE_URL ?? 'http://localhost:4000'}/t/${trackingToken(ctx.tenantId, request.id)}`;
    const reader: Reader = { locale: tenant.locale, timeZone: tenant.time_zone };
    const { subject, text } = notification(notice, request, reader, tenant.name, url, tenant.hotline, note, details?.(reader));
    const now = new Date();
    const fresh = await recordMessage(em, ctx, { requestId: request.id, direction: 'OUT', messageId, from: serviceAddress(tenant.code), to: request.customerEmail, subject, text, attachments: [], at: now });
    if (!fresh) return;
    // Threaded under the mail that opened the request, if it came by mail.
    const [first]: { message_id: string }[] = await em.execute(
      `select message_id from intake.request_message where request_id = ? and direction = 'IN' order by at limit 1`,
      [request.id],
    );
    await this.mailer.send({ messageId, from, to: request.customerEmail, subject, text, inReplyTo: first?.message_id, references: first ? [first.message_id] : undefined });
    await recordStep(em, { ...ctx, actorId: 'system' }, request.id, 'EMAIL_SENT', request.status, request.status, subject, now);
  }
}

// The two events come on separate consumers: a creation handled after a settings change must not undo it.
async function keepProfile(em: TenantEntityManager, ctx: TenantContext, tenant: Tenant, kind: 'first' | 'change') {
  const onConflict = kind === 'first'
    ? 'nothing'
    : 'update set code = excluded.code, name = excluded.name, locale = excluded.locale, hotline = excluded.hotline, time_zone = excluded.time_zone';
  await em.execute(
    `insert into intake.tenant_profile (tenant_id, code, name, locale, hotline, time_zone) values (?, ?, ?, ?, ?, ?)
     on conflict (tenant_id) do ${onConflict}`,
    [ctx.tenantId, tenant.code, tenant.displayName ?? tenant.name, tenant.defaultLocale, tenant.hotline, tenant.timeZone],
  );
}
