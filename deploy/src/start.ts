import path from 'node:path';
import { readFileSync } from 'node:fs';
import { startStack } from './stack';
import { seedDemoData } from './seed';
import { REALM_EXPORT } from './dev-idp/realm';

const root = path.resolve(__dirname, '../..');
const say = (line: string) => console.log(`shouhou  | ${line}`);

/** `npm start`: the whole platform on this machine with demo data, until Ctrl-C. */
async function main() {
  const stack = await startStack({
    dataDir: process.env.SHOUHOU_DATA_DIR ?? path.join(root, '.data'),
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
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    say('stopping…');
    await stack.stop();
    say('stopped; data kept in .data/');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  await seedDemoData(stack.natsUrl, say);
  const users = (JSON.parse(readFileSync(REALM_EXPORT, 'utf8')).users as { username: string; realmRoles?: string[]; serviceAccountClientId?: string }[]).filter(
    (u) => !u.serviceAccountClientId,
  );
  console.log(`
  售后 shouhou is running
    GraphQL      ${stack.gatewayUrl}/graphql
    Health       ${stack.gatewayUrl}/readyz
    Identity     ${stack.idp.issuer}
  Demo logins (password "demo"):
${users.map((u) => `    ${u.username.padEnd(24)} ${(u.realmRoles ?? []).filter((r) => !r.startsWith('default-')).join(', ')}`).join('\n')}
  Get a token:
    curl -s -d grant_type=password -d client_id=shouhou-console -d username=agent@acme.test -d password=demo \\
      ${stack.idp.issuer}/protocol/openid-connect/token
  Public commitments page: ${stack.gatewayUrl}/p/acme
  Ctrl-C stops everything; data stays in .data/.
`);
}

main().catch((error) => {
  console.error(`shouhou  | could not start: ${error instanceof Error ? error.message : JSON.stringify(error)}`);
  process.exit(1);
});
