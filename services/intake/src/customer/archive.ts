import { Injectable } from '@nestjs/common';
import { DispatchEvents, IntakeConsumers, type ArchiveEntry, type TenantContext } from '@shouhou/contracts';
import { Consumers } from '@shouhou/messaging';
import { newId, type TenantEntityManager } from '@shouhou/persistence';

/**
 * The service archive (客户售后服务档案) across services: intake's own request steps, and entries
 * written from other services' events. Dispatch's queueing feeds it now; work orders, parts,
 * complaints and follow-ups join as those services publish.
 */
@Injectable()
export class ArchiveFeed {
  constructor(consumers: Consumers) {
    consumers.on(DispatchEvents.requestQueued, { durable: IntakeConsumers.dispatchQueued }, (em, ctx, entry) =>
      addEntry(em, ctx, { requestId: entry.serviceRequestId, source: 'dispatch', kind: 'QUEUED', summary: '进入派单队列，待评估', at: new Date(entry.queuedAt) }),
    );
  }
}

/** An entry about a request, filed under the request's customer and serial number. */
export async function addEntry(em: TenantEntityManager, ctx: TenantContext, e: { requestId: string; source: string; kind: string; summary: string; at: Date }) {
  await em.execute(
    `insert into intake.archive_entry (id, tenant_id, customer_id, serial_number, request_id, source, kind, summary, at)
     select ?, ?, r.customer_id, r.serial_number, r.id, ?, ?, ?, ? from intake.service_request r where r.id = ?`,
    [newId(), ctx.tenantId, e.source, e.kind, e.summary, e.at, e.requestId],
  );
}

type Row = { at: Date; source: string; kind: string; request_id: string | null; number: string | null; serial_number: string; summary: string };

const HISTORY = (where: string) => `
  select e.at, 'intake' as source, e.action as kind, r.id as request_id, r.number, r.serial_number, coalesce(e.note, '') as summary
    from intake.request_event e join intake.service_request r on r.id = e.request_id where ${where.replace(/\$col/g, 'r')}
  union all
  select a.at, a.source, a.kind, a.request_id, r.number, a.serial_number, a.summary
    from intake.archive_entry a left join intake.service_request r on r.id = a.request_id where ${where.replace(/\$col/g, 'a')}
  order by at desc limit 100`;

export async function customerHistory(em: TenantEntityManager, customerId: string): Promise<ArchiveEntry[]> {
  const rows: Row[] = await em.execute(HISTORY(`$col.customer_id = ?`), [customerId, customerId]);
  return rows.map(toEntry);
}

export async function serialHistory(em: TenantEntityManager, serial: string): Promise<ArchiveEntry[]> {
  const rows: Row[] = await em.execute(HISTORY(`$col.serial_number = ?`), [serial, serial]);
  return rows.map(toEntry);
}

const toEntry = (r: Row): ArchiveEntry => ({
  at: new Date(r.at).toISOString(),
  source: r.source,
  kind: r.kind,
  requestId: r.request_id,
  requestNumber: r.number,
  serialNumber: r.serial_number,
  summary: r.summary,
});
