import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { type InboundEmail, type RequestMessage, type TenantContext } from '@shouhou/contracts';
import { inTenantTransaction } from '@shouhou/persistence';
import { OutboxRelay } from '@shouhou/messaging';
import { ServiceRequestSchema } from '../service-request/service-request.entity';
import { recordStep, ServiceRequestService } from '../service-request/service-request.service';
import { customerForEmail, knownMessage, recordMessage, threadOf } from './inbound';

type Receipt = { requestId: string; number: string; threaded: boolean; duplicate: boolean };

/** E-mail as a channel: mails in open or continue requests; the messages are kept on the request. */
@Injectable()
export class EmailService {
  constructor(
    private readonly orm: MikroORM,
    private readonly requests: ServiceRequestService,
    private readonly relay: OutboxRelay,
  ) {}

  async receive(ctx: TenantContext, mail: InboundEmail): Promise<Receipt> {
    const receipt = await inTenantTransaction(this.orm, ctx.tenantId, async (em): Promise<Receipt> => {
      const seen = await knownMessage(em, mail.messageId);
      if (seen) return { requestId: seen.request_id, number: seen.number, threaded: true, duplicate: true };
      const now = new Date();
      const message = { direction: 'IN' as const, messageId: mail.messageId, from: mail.from.address, to: 'service', subject: mail.subject, text: mail.text, attachments: mail.attachments, at: now };
      const threadId = await threadOf(em, mail);
      if (threadId) {
        const request = await em.findOneOrFail(ServiceRequestSchema, { id: threadId });
        await recordMessage(em, ctx, { ...message, requestId: threadId });
        await recordStep(em, ctx, threadId, 'EMAIL_RECEIVED', request.status, request.status, excerpt(mail), now);
        return { requestId: threadId, number: request.number, threaded: true, duplicate: false };
      }
      const name = mail.from.name || mail.from.address.split('@')[0];
      const customer = await customerForEmail(em, ctx, name, mail.from.address, now);
      const created = await this.requests.record(
        em,
        ctx,
        {
          customerName: customer.name,
          customerPhone: customer.phone,
          customerEmail: mail.from.address,
          // What the product is, the agent learns when answering; the mail is the problem description.
          productModel: '',
          serialNumber: '',
          problemDescription: [mail.subject, mail.text].filter(Boolean).join('\n\n').slice(0, 2000) || '(empty mail)',
          channel: 'EMAIL',
          category: 'REPAIR',
          priority: 'NORMAL',
          emergency: false,
        },
        now,
        customer.id,
      );
      await recordMessage(em, ctx, { ...message, requestId: created.id });
      return { requestId: created.id, number: created.number, threaded: false, duplicate: false };
    });
    this.relay.wake();
    return receipt;
  }

  async messages(ctx: TenantContext, id: string): Promise<RequestMessage[]> {
    return inTenantTransaction(this.orm, ctx.tenantId, async (em) => {
      const rows: { id: string; direction: 'IN' | 'OUT'; message_id: string; from_address: string; to_address: string; subject: string; body: string; attachments: RequestMessage['attachments']; at: Date }[] =
        await em.execute(`select * from intake.request_message where request_id = ? order by at, id`, [id]);
      return rows.map((r) => ({
        id: r.id,
        direction: r.direction,
        messageId: r.message_id,
        from: r.from_address,
        to: r.to_address,
        subject: r.subject,
        text: r.body,
        attachments: r.attachments,
        at: new Date(r.at).toISOString(),
      }));
    });
  }
}

/** What the timeline shows of a mail: the subject, or the start of the text. */
function excerpt(mail: InboundEmail): string {
  const line = mail.subject || mail.text.trim().split('\n')[0] || '';
  return line.slice(0, 200) + (mail.attachments.length ? ` (+${mail.attachments.length} attachment${mail.attachments.length > 1 ? 's' : ''})` : '');
}
