import { createHmac, randomUUID } from 'node:crypto';

/**
 * `npm run demo:mail -- "<from>" "<subject>" "<text>"`: posts a mail to acme's service address
 * through the gateway's inbound webhook, signed the way the mail provider signs it.
 */
async function main() {
  const [from, subject = '', text = ''] = process.argv.slice(2);
  if (!from) throw new Error('usage: npm run demo:mail -- "<from>" "<subject>" "<text>"');
  const gateway = process.env.GATEWAY_URL ?? `http://localhost:${process.env.PORT ?? 4000}`;
  const key = process.env.EMAIL_WEBHOOK_SIGNING_KEY ?? 'shouhou-dev-mail-webhook-key';
  const timestamp = String(Math.floor(Date.now() / 1000));
  const token = randomUUID();
  const response = await fetch(`${gateway}/webhooks/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      recipient: `${process.env.TENANT ?? 'acme'}@${process.env.INBOUND_EMAIL_DOMAIN ?? 'mail.shouhou.test'}`,
      from,
      subject,
      'body-plain': text,
      'Message-Id': `<${randomUUID()}@demo.example.test>`,
      timestamp,
      token,
      signature: createHmac('sha256', key).update(timestamp + token).digest('hex'),
    }),
  });
  console.log(response.status, await response.text());
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
