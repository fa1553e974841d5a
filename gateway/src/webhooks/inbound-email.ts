import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The inbound-mail webhook's request in the shape the common providers use (Mailgun's routes:
 * sender/from, recipient, subject, body-plain, Message-Id, In-Reply-To, References, attachments, and
 * timestamp/token/signature), read from a JSON or a form-encoded body.
 */
export type WebhookBody = Record<string, unknown>;

const MAX_AGE_S = 15 * 60;

function signingKey(): string {
  const key = process.env.EMAIL_WEBHOOK_SIGNING_KEY;
  if (key) return key;
  if (process.env.NODE_ENV === 'production') throw new Error('EMAIL_WEBHOOK_SIGNING_KEY must be set in production');
  return 'shouhou-dev-mail-webhook-key';
}

/** HMAC-SHA256 of timestamp + token with the signing key, hex; stale timestamps are refused too. */
export function verifySignature(body: WebhookBody, now = Date.now()): boolean {
  const sig = (typeof body.signature === 'object' && body.signature ? body.signature : body) as Record<string, unknown>;
  const timestamp = String(sig.timestamp ?? '');
  const token = String(sig.token ?? '');
  const signature = String(sig.signature ?? '');
  if (!/^\d+$/.test(timestamp) || !token || !/^[0-9a-f]{64}$/.test(signature)) return false;
  if (Math.abs(now / 1000 - Number(timestamp)) > MAX_AGE_S) return false;
  const expected = Buffer.from(signMailWebhook(timestamp, token), 'hex');
  return timingSafeEqual(expected, Buffer.from(signature, 'hex'));
}

export function signMailWebhook(timestamp: string, token: string, key = signingKey()): string {
  return createHmac('sha256', key).update(timestamp + token).digest('hex');
}

/** "张伟 <zw@example.com>" → { name, address }. */
export function parseAddress(value: string): { name: string; address: string } {
  const angled = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(value);
  if (angled) return { name: angled[1].trim(), address: angled[2].trim() };
  return { name: '', address: value.trim() };
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** Headers Mailgun also sends as `message-headers`: [[name, value], …]. */
function headerOf(body: WebhookBody, name: string): string | undefined {
  const direct = str(body[name]) ?? str(body[name.toLowerCase()]) ?? str(body[camel(name)]);
  if (direct) return direct;
  let headers = body['message-headers'];
  if (typeof headers === 'string') {
    try {
      headers = JSON.parse(headers);
    } catch {
      return undefined;
    }
  }
  if (!Array.isArray(headers)) return undefined;
  const found = headers.find((h) => Array.isArray(h) && String(h[0]).toLowerCase() === name.toLowerCase());
  return found ? String(found[1]) : undefined;
}

const camel = (header: string) => header.toLowerCase().replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

function attachmentsOf(body: WebhookBody) {
  let list = body.attachments;
  if (typeof list === 'string') {
    try {
      list = JSON.parse(list);
    } catch {
      list = [];
    }
  }
  if (!Array.isArray(list)) return [];
  return list.map((a: Record<string, unknown>) => ({
    filename: String(a.filename ?? a.name ?? 'attachment'),
    contentType: String(a['content-type'] ?? a.contentType ?? 'application/octet-stream'),
    size: Number(a.size ?? 0),
  }));
}

/** The provider's fields as intake's `InboundEmail` (validated there) plus the recipient. */
export function normalizeInbound(body: WebhookBody) {
  const from = parseAddress(str(body.from) ?? str(body.From) ?? str(body.sender) ?? '');
  const recipient = parseAddress((str(body.recipient) ?? str(body.to) ?? str(body.To) ?? '').split(',')[0]).address.toLowerCase();
  const references = (headerOf(body, 'References') ?? '').split(/\s+/).filter(Boolean);
  return {
    recipient,
    mail: {
      messageId: headerOf(body, 'Message-Id') ?? '',
      inReplyTo: headerOf(body, 'In-Reply-To') ?? null,
      references,
      from,
      subject: str(body.subject) ?? str(body.Subject) ?? '',
      text: str(body['body-plain']) ?? str(body.text) ?? str(body['stripped-text']) ?? '',
      attachments: attachmentsOf(body),
    },
  };
}

/** The tenant code a recipient names: `<code>@INBOUND_EMAIL_DOMAIN` or `<code>+anything@…`. */
export function tenantCodeOf(recipient: string): string | undefined {
  const domain = (process.env.INBOUND_EMAIL_DOMAIN ?? 'mail.shouhou.test').toLowerCase();
  const [local, host] = recipient.split('@');
  if (!local || host !== domain) return undefined;
  return local.split('+')[0];
}
