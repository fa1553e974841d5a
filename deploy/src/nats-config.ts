/**
 * Writes the NATS authorization for docker-compose and Kubernetes from the service registry (ADR 20):
 *   node deploy/dist/nats-config.js              rewrites deploy/nats/auth.conf and k8s/base/nats-auth.conf
 *   node deploy/dist/nats-config.js --keys <kid> prints a new context key pair for an environment
 * Passwords are not in the files: nats-server reads `$NATS_PASSWORD_<IDENTITY>` from its environment.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateContextKeys } from '@shouhou/messaging';
import { natsServerConfig } from './nats-auth';
import { SERVICES } from './stack';

const ROOT = path.resolve(__dirname, '../..');
export const NATS_AUTH_FILES = ['deploy/nats/auth.conf', 'k8s/base/nats-auth.conf'].map((f) => path.join(ROOT, f));

export function deployedNatsAuthorization(): string {
  return natsServerConfig({ services: SERVICES });
}

if (require.main === module) {
  const keys = process.argv.indexOf('--keys');
  if (keys >= 0) {
    const kid = process.argv[keys + 1] ?? `shouhou-${new Date().toISOString().slice(0, 10)}`;
    const pair = generateContextKeys(kid);
    console.log(`# the signer's secret (gateway or tooling):\nCONTEXT_SIGNING_KEY=${pair.signingKey}\n# add to every service's CONTEXT_VERIFY_KEYS (comma-separated):\n${pair.verifyKey}`);
  } else {
    for (const file of NATS_AUTH_FILES) {
      writeFileSync(file, deployedNatsAuthorization());
      console.log(`wrote ${path.relative(ROOT, file)}`);
    }
  }
}
