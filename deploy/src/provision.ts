import { provisionDatabase } from '@shouhou/persistence';
import { SERVICES } from './stack';

/**
 * `node deploy/dist/provision.js`: creates the database, each service's schema and its two roles
 * (owner for migrations, app role without BYPASSRLS). Run once per environment with a superuser's
 * DATABASE_URL (docker-compose's `provision` service, the Kubernetes provisioning Job). Idempotent.
 */
async function main() {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('DATABASE_URL (a superuser URL) is required');
  const database = process.env.SHOUHOU_DATABASE ?? 'shouhou';
  await provisionDatabase(adminUrl, database, [...SERVICES]);
  console.log(`provisioned database ${database} for ${SERVICES.join(', ')}`);
}

main().catch((error) => {
  console.error(`provisioning failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
