import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';

export interface OutgoingMail {
  messageId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  inReplyTo?: string;
  references?: string[];
}

/**
 * Sends customers' notifications over SMTP (`SMTP_URL`, e.g. smtp://user:pass@host:587). Without it,
 * e-mail notifications are off: nothing is sent and nothing is recorded as sent.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private transport?: Transporter;

  get enabled(): boolean {
    return Boolean(process.env.SMTP_URL);
  }

  async send(mail: OutgoingMail): Promise<void> {
    this.transport ??= nodemailer.createTransport(process.env.SMTP_URL!);
    await this.transport.sendMail({
      messageId: mail.messageId,
      from: mail.from,
      replyTo: mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      inReplyTo: mail.inReplyTo,
      references: mail.references,
    });
  }

  onApplicationShutdown() {
    this.transport?.close();
  }
}

/** Where customers write to a tenant: `<tenant code>@INBOUND_EMAIL_DOMAIN`, which the provider routes to the webhook. */
export function serviceAddress(tenantCode: string): string {
  return `${tenantCode}@${process.env.INBOUND_EMAIL_DOMAIN ?? 'mail.shouhou.test'}`;
}
