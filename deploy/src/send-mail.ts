import { randomUUID } from 'node:crypto';
import { postInboundMail } from './dev-mail/webhook';

/**
 * `npm run demo:mail -- "<from>" "<subject>" "<text>"`: posts a mail to acme's service address
 * through the gateway's inbound webhook, signed the way the mail provider signs it.
 */
async function main() {
  const [from, subject = '', text = ''] = process.argv.slice(2);
  if (!from) throw new Error('usage: npm run demo:mail -- "<from>" "<subject>" "<text>"');
  const response = await postInboundMail(process.env.GATEWAY_URL ?? `http://localhost:${process.env.PORT ?? 4000}`, {
    recipient: `${process.env.TENANT ?? 'acme'}@${process.env.INBOUND_EMAIL_DOMAIN ?? 'mail.shouhou.test'}`,
    from,
    subject,
    'body-plain': text,
    'Message-Id': `<${randomUUID()}@demo.example.test>`,
  });
  console.log(response.status, await response.text());
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
