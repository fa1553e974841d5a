import { createHmac, randomUUID } from 'node:crypto';

/**
 * Posts a mail to the gateway's inbound webhook the way the mail provider does (Mailgun's fields,
 * signed with hex HMAC-SHA256 of timestamp + token): `npm run demo:mail` and the tests use it.
 */
export async function postInboundMail(gatewayUrl: string, fields: Record<string, unknown>, key = process.env.EMAIL_WEBHOOK_SIGNING_KEY ?? 'shouhou-dev-mail-webhook-key'): Promise<Response> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const token = randomUUID().replace(/-/g, '');
  const signature = createHmac('sha256', key).update(timestamp + token).digest('hex');
  return fetch(`${gatewayUrl}/webhooks/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ recipient: 'acme@mail.shouhou.test', timestamp, token, signature, ...fields }),
  });
}
