import { z } from 'zod';

/**
 * E-mail as a channel: what the inbound webhook hands intake after normalising the provider's shape,
 * and the messages kept on a request.
 */
export const MailAddress = z.object({
  name: z.string().trim().max(200).default(''),
  address: z.string().trim().toLowerCase().email('not an e-mail address').max(254),
});
export type MailAddress = z.infer<typeof MailAddress>;

export const AttachmentMeta = z.object({
  filename: z.string().max(255),
  contentType: z.string().max(127),
  size: z.number().int().min(0),
});

/** Message ids with their angle brackets, as in the headers: <abc@host>. */
const messageId = z.string().trim().min(3).max(998);

/** The longest mail body the webhook passes on. */
export const EMAIL_TEXT_MAX_CHARS = 1_000_000;

export const InboundEmail = z.object({
  messageId,
  inReplyTo: messageId.nullish(),
  references: z.array(messageId).max(100).default([]),
  from: MailAddress,
  subject: z.string().max(998).default(''),
  /** The plain-text body; long mails are cut, the request keeps the first 20,000 characters. */
  text: z.string().max(EMAIL_TEXT_MAX_CHARS).default(''),
  attachments: z.array(AttachmentMeta).max(50).default([]),
});
export type InboundEmail = z.infer<typeof InboundEmail>;

export const EmailReceipt = z.object({
  requestId: z.string().uuid(),
  number: z.string(),
  /** True when the mail continued an existing request (a reply), false when it opened one. */
  threaded: z.boolean(),
  /** True when this message id had been received before: nothing was recorded twice. */
  duplicate: z.boolean(),
});

export const RequestMessage = z.object({
  id: z.string().uuid(),
  direction: z.enum(['IN', 'OUT']),
  messageId: z.string(),
  from: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  attachments: z.array(AttachmentMeta),
  at: z.string(),
});
export type RequestMessage = z.infer<typeof RequestMessage>;
