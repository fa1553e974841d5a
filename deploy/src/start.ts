import path from 'node:path';
import { readFileSync } from 'node:fs';
import { startStack } from './stack';
import { seedDemoData } from './seed';
import { REALM_EXPORT } from './dev-idp/realm';
import { startMailbox } from './dev-mail/mailbox';

const root = path.resolve(__dirname, '../..');
const say = (line: string) => console.log(`shouhou  | ${line}`);

/** `npm start`: the whole platform on this machine with demo data, until Ctrl-C. */
async function main() {
  const dataDir = process.env.SHOUHOU_DATA_DIR ?? path.join(root, '.data');
  // Customers' mail goes to a local SMTP inbox unless a real server is configured.
  const mailbox = process.env.SMTP_URL
    ? undefined
    : await startMailbox({
        port: Number(process.env.MAIL_PORT ?? 2525),
        folder: path.join(dataDir, 'mail'),
        onMail: (mail) => say(`mail to ${mail.to && 'text' in mail.to ? mail.to.text : '?'}: ${mail.subject}`),
      });
  // A process that crashes is restarted with backoff; one that crashes 5 times within 2 minutes is
  // given up on, and then `npm start` stops everything and exits 1 rather than run half a platform.
  const launcher: { shutdown?: (code: number) => Promise<void> } = {};
  let gaveUp = false;
  const stack = await startStack({
    dataDir,
    adminDatabaseUrl: process.env.DATABASE_URL || undefined,
    natsUrl: process.env.NATS_URL || undefined,
    ports: {
      gateway: Number(process.env.PORT ?? 4000),
      idp: Number(process.env.IDP_PORT ?? 8080),
      postgres: Number(process.env.PG_PORT ?? 15432),
      nats: Number(process.env.NATS_PORT ?? 14222),
      healthBase: Number(process.env.HEALTH_PORT_BASE ?? 9101),
    },
    output: 'terminal',
    say,
    onGiveUp: (name, reason) => {
      gaveUp = true;
      console.error(`shouhou  | ${name} keeps crashing (${reason}); stopping everything. Its log lines are above.`);
      void launcher.shutdown?.(1);
    },
    env: { SMTP_URL: process.env.SMTP_URL ?? mailbox!.url, PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL ?? `http://localhost:${process.env.PORT ?? 4000}` },
  });
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('stopping…');
    await stack.stop();
    await mailbox?.stop();
    say('stopped; data kept in .data/');
    process.exit(code);
  };
  launcher.shutdown = shutdown;
  const stop = () => void shutdown(0);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (gaveUp) return shutdown(1);

  await seedDemoData(stack.tooling, say);
  const users = (JSON.parse(readFileSync(REALM_EXPORT, 'utf8')).users as { username: string; realmRoles?: string[]; serviceAccountClientId?: string }[]).filter(
    (u) => !u.serviceAccountClientId,
  );
  console.log(`
  售后 shouhou is running
    GraphQL      ${stack.gatewayUrl}/graphql
    Health       ${stack.gatewayUrl}/readyz (the gateway)   ${stack.gatewayUrl}/healthz (every service)
    Identity     ${stack.idp.issuer}
  Demo logins (password "demo"):
${users.map((u) => `    ${u.username.padEnd(24)} ${(u.realmRoles ?? []).filter((r) => !r.startsWith('default-')).join(', ')}`).join('\n')}
  Get a token:
    curl -s -d grant_type=password -d client_id=shouhou-console -d username=agent@acme.test -d password=demo \\
      ${stack.idp.issuer}/protocol/openid-connect/token
  Public commitments page: ${stack.gatewayUrl}/p/acme   request form: ${stack.gatewayUrl}/p/acme/request
  Customers' mail: ${mailbox ? `kept in .data/mail/ (SMTP ${mailbox.url})` : process.env.SMTP_URL}
  A customer's mail to acme: npm run demo:mail -- "赵云 <zhaoyun@example.test>" "空调漏水" "室内机滴水"
    (a reply: add the request number to the subject, e.g. "Re: [SR-20261123-0005]")
  Ctrl-C stops everything; data stays in .data/.
`);
}

main().catch((error) => {
  console.error(`shouhou  | could not start: ${error instanceof Error ? error.message : JSON.stringify(error)}`);
  process.exit(1);
});
