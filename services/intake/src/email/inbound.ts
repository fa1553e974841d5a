import { type InboundEmail, type TenantContext } from '@shouhou/contracts';
import { newId, type TenantEntityManager } from '@shouhou/persistence';

/** The request number in a subject such as "Re: [SR-20261123-0007] 空调不制冷". */
const NUMBER_IN_SUBJECT = /\bSR-\d{8}-\d{4,}\b/;

/** Only this much of a mail is kept; a request is not an archive of newsletters. */
export const MAX_BODY = 20_000;

/** The message with this id, if it was recorded before (a provider's retry). */
export async function knownMessage(em: TenantEntityManager, messageId: string): Promise<{ request_id: string; number: string } | undefined> {
  const [row]: { request_id: string; number: string }[] = await em.execute(
    `select m.request_id, r.number from intake.request_message m join intake.service_request r on r.id = m.request_id where m.message_id = ?`,
    [messageId],
  );
  return row;
}

/**
 * The request a mail continues: one whose mail it answers (In-Reply-To / References name a message
 * we sent or received), else one whose number is in the subject, but only when it comes from that
 * request's own customer — a number is easy to guess, a Message-ID is not.
 */
export async function threadOf(em: TenantEntityManager, mail: InboundEmail): Promise<string | undefined> {
  const ids = [mail.inReplyTo, ...mail.references].filter((id): id is string => Boolean(id));
  if (ids.length) {
    const [row]: { request_id: string }[] = await em.execute(
      `select request_id from intake.request_message where message_id = any(?::text[]) order by at desc limit 1`,
      [toPgArray(ids)],
    );
    if (row) return row.request_id;
  }
  const number = NUMBER_IN_SUBJECT.exec(mail.subject)?.[0];
  if (!number) return undefined;
  const [row]: { id: string }[] = await em.execute(`select id from intake.service_request where number = ? and customer_email = ?`, [number, mail.from.address]);
  return row?.id;
}

/** The customer an address belongs to; a first mail from it makes one (serialised per address). */
export async function customerForEmail(em: TenantEntityManager, ctx: TenantContext, name: string, address: string, at: Date): Promise<{ id: string; name: string; phone: string }> {
  await em.execute(`select pg_advisory_xact_lock(hashtext(? || '|' || ?))`, [ctx.tenantId, address]);
  const [found]: { id: string; name: string; phone: string | null }[] = await em.execute(
    `select c.id, c.name, (select p.display from intake.customer_phone p where p.customer_id = c.id order by p.display limit 1) as phone
     from intake.customer c where c.email = ? order by c.created_at limit 1`,
    [address],
  );
  if (found) return { id: found.id, name: found.name, phone: found.phone ?? '' };
  const id = newId();
  await em.execute(`insert into intake.customer (id, tenant_id, kind, name, email, created_at, updated_at) values (?, ?, 'PERSON', ?, ?, ?, ?)`, [
    id, ctx.tenantId, name, address, at, at,
  ]);
  return { id, name, phone: '' };
}

export async function recordMessage(
  em: TenantEntityManager,
  ctx: TenantContext,
  m: { requestId: string; direction: 'IN' | 'OUT'; messageId: string; from: string; to: string; subject: string; text: string; attachments: InboundEmail['attachments']; at: Date },
): Promise<boolean> {
  const inserted: unknown[] = await em.execute(
    `insert into intake.request_message (id, tenant_id, request_id, direction, message_id, from_address, to_address, subject, body, attachments, at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (tenant_id, message_id) do nothing returning 1`,
    [newId(), ctx.tenantId, m.requestId, m.direction, m.messageId, m.from, m.to, m.subject, m.text.slice(0, MAX_BODY), JSON.stringify(m.attachments), m.at],
  );
  return inserted.length > 0;
}

const toPgArray = (values: string[]) => `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
