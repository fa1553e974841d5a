import {
  CommitmentEvents,
  DeadLetterStream,
  DispatchConsumers,
  DispatchEvents,
  IntakeConsumers,
  IntakeEvents,
  PartsConsumers,
  PartsEvents,
  PartsRpc,
  slaEvents,
  streamOf,
  TenancyEvents,
  DISPATCH,
  type EventContract,
  type RpcContract,
} from '@shouhou/contracts';
import { inboxPrefixOf, restrictVerifyKey } from '@shouhou/messaging';

/**
 * NATS identities and their subject permissions (ADR 20): one per service, one for the gateway, one for
 * operator tooling. The services are the registry's (`SERVICES` in stack.ts), passed in; each one's
 * JetStream consumers are listed here, so a service reaches only its own durables on the streams it reads.
 */
export type NatsIdentity = string;
export const GATEWAY_IDENTITY = 'gateway';
export const TOOLING_IDENTITY = 'tooling';
/** Creates and updates the platform's streams, nothing else: the one-shot init of compose and Kubernetes. */
export const STREAMS_IDENTITY = 'streams';

/** The one list of streams: each service's `<service>.evt.>` (streamOf) and the shared dead letters. */
export function platformStreams(services: readonly string[]): { name: string; subjects: readonly string[] }[] {
  return [...services.map((s) => streamOf(s)), DeadLetterStream];
}

/**
 * The durable consumers each service runs (its `consumers.on(...)` calls): the stream comes from the event
 * contract. A consumer missing here cannot start (NATS refuses its `$JS.API.CONSUMER...` requests).
 */
export const CONSUMES: Record<string, readonly (readonly [EventContract<any>, string])[]> = {
  tenancy: [],
  intake: [
    [CommitmentEvents.updated, IntakeConsumers.tenantCommitments],
    [DispatchEvents.requestQueued, IntakeConsumers.dispatchQueued],
    [DispatchEvents.workOrderChanged, IntakeConsumers.dispatchWorkOrders],
    [DispatchEvents.workOrderChanged, IntakeConsumers.mailOnVisit],
    [IntakeEvents.requestCreated, IntakeConsumers.mailOnCreated],
    [IntakeEvents.statusChanged, IntakeConsumers.mailOnStatus],
    [TenancyEvents.settingsUpdated, IntakeConsumers.tenantSettings],
    [TenancyEvents.tenantCreated, IntakeConsumers.tenantProfiles],
  ],
  dispatch: [
    [CommitmentEvents.updated, DispatchConsumers.tenantCommitments],
    [IntakeEvents.requestCreated, DispatchConsumers.intakeRequests],
    [IntakeEvents.statusChanged, DispatchConsumers.intakeStatus],
    [IntakeEvents.warrantyOverridden, DispatchConsumers.intakeWarranty],
    [PartsEvents.partSaved, DispatchConsumers.catalogParts],
    [PartsEvents.reservationChanged, DispatchConsumers.partsReservations],
    [slaEvents(DISPATCH).atRisk, DispatchConsumers.clockAtRisk],
    [slaEvents(DISPATCH).breached, DispatchConsumers.clockBreaches],
  ],
  parts: [
    [DispatchEvents.technicianSaved, PartsConsumers.technicians],
    [DispatchEvents.workOrderChanged, PartsConsumers.workOrders],
    [TenancyEvents.settingsUpdated, PartsConsumers.tenantSettings],
    [TenancyEvents.tenantCreated, PartsConsumers.tenantsCreated],
  ],
};

/**
 * The exception to "only the gateway calls services": dispatch asks parts for a catalog part it has no
 * copy of (catalog-parts.ts). Such a caller gets its own signing key, accepted only by the callee, and
 * may publish only these subjects.
 */
export const SERVICE_CALLS: Record<string, readonly RpcContract<any, any, any>[]> = {
  dispatch: [PartsRpc.parts],
};

/** Who signs callers' contexts: the gateway, tooling, and every service that makes a declared call. */
export function contextSigners(services: readonly string[]): NatsIdentity[] {
  return [GATEWAY_IDENTITY, TOOLING_IDENTITY, ...services.filter((s) => SERVICE_CALLS[s]?.length)];
}

/**
 * A service's CONTEXT_VERIFY_KEYS: the gateway's and tooling's keys (any subject), and the key of each
 * service that calls it, limited to exactly the subjects it calls (`<kid>@<subject>|...:<key>`).
 */
export function verifyKeysFor(service: string, services: readonly string[], verifyKeyOf: (signer: NatsIdentity) => string): string {
  return [
    verifyKeyOf(GATEWAY_IDENTITY),
    verifyKeyOf(TOOLING_IDENTITY),
    ...services.flatMap((caller) => {
      const subjects = (SERVICE_CALLS[caller] ?? []).map((c) => c.subject).filter((subject) => subject.split('.')[0] === service);
      return subjects.length ? [restrictVerifyKey(verifyKeyOf(caller), subjects)] : [];
    }),
  ].join(',');
}

export interface Permissions {
  publish: string[];
  subscribe: string[];
  allowResponses: boolean;
}

/** What one service may do on NATS. */
export function servicePermissions(service: string): Permissions {
  const own = streamOf(service).name;
  const consumes = CONSUMES[service];
  if (!consumes) throw new Error(`${service} is not listed in CONSUMES (deploy/src/nats-auth.ts)`);
  // Streams are created and updated by a trusted identity before the services start (STREAMS_IDENTITY,
  // or tooling in local mode): NATS cannot limit a stream's config, so a service that could create or
  // update one could make it capture others' commands or replies, or republish where it may not. A
  // service only looks up its own stream, the dead letters and the streams it reads (requireStreams).
  const read = unique(consumes.map(([contract]) => contract.stream)).filter((s) => s !== own);
  const streamApi = [own, DeadLetterStream.name, ...read].map((s) => `$JS.API.STREAM.INFO.${s}`);
  const consumerApi = consumes.flatMap(([contract, durable]) => {
    const s = contract.stream;
    // nats.js against a 2.9+ server creates and updates a durable with CONSUMER.CREATE.<stream>.<name>.<filter>.
    return [
      `$JS.API.CONSUMER.INFO.${s}.${durable}`,
      `$JS.API.CONSUMER.CREATE.${s}.${durable}`,
      `$JS.API.CONSUMER.CREATE.${s}.${durable}.>`,
      `$JS.API.CONSUMER.MSG.NEXT.${s}.${durable}`,
      `$JS.ACK.${s}.${durable}.>`,
    ];
  });
  return {
    publish: unique([
      `${service}.evt.>`,
      'deadletter.>',
      '$JS.API.INFO',
      ...streamApi,
      ...consumerApi,
      ...(SERVICE_CALLS[service] ?? []).map((c) => c.subject),
    ]),
    subscribe: [`${service}.cmd.> ${service}`, `${service}.qry.> ${service}`, `${inboxPrefixOf(service)}.>`],
    allowResponses: true,
  };
}

/** The gateway sends every service's commands and queries, and listens to events with core NATS. */
export function gatewayPermissions(services: readonly string[]): Permissions {
  return {
    publish: services.flatMap((s) => [`${s}.cmd.>`, `${s}.qry.>`]),
    subscribe: [...services.map((s) => `${s}.evt.>`), `${inboxPrefixOf(GATEWAY_IDENTITY)}.>`],
    allowResponses: false,
  };
}

/**
 * Operator tooling (seed, imports, tests that drive services or replay events): everything. It is an
 * operator's credential, never mounted into a pod.
 */
export function toolingPermissions(): Permissions {
  return { publish: ['>'], subscribe: ['>'], allowResponses: true };
}

/** Looks up, creates and updates exactly the platform's streams (deploy/src/streams.ts); no messages, no consumers. */
export function streamsPermissions(services: readonly string[]): Permissions {
  return {
    publish: [
      '$JS.API.INFO',
      ...platformStreams(services).flatMap((s) => ['INFO', 'CREATE', 'UPDATE'].map((verb) => `$JS.API.STREAM.${verb}.${s.name}`)),
    ],
    subscribe: [`${inboxPrefixOf(STREAMS_IDENTITY)}.>`],
    allowResponses: false,
  };
}

export function identities(services: readonly string[]): NatsIdentity[] {
  return [...services, GATEWAY_IDENTITY, STREAMS_IDENTITY, TOOLING_IDENTITY];
}

export function permissionsOf(identity: NatsIdentity, services: readonly string[]): Permissions {
  if (identity === GATEWAY_IDENTITY) return gatewayPermissions(services);
  if (identity === TOOLING_IDENTITY) return toolingPermissions();
  if (identity === STREAMS_IDENTITY) return streamsPermissions(services);
  if (!services.includes(identity)) throw new Error(`no NATS identity ${identity}`);
  return servicePermissions(identity);
}

/** The environment variable that holds an identity's NATS password in compose and Kubernetes. */
export function passwordVariable(identity: NatsIdentity): string {
  return `NATS_PASSWORD_${identity.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

export interface NatsConfigOptions {
  services: readonly string[];
  /** Literal passwords (local mode), or undefined: `$NATS_PASSWORD_<IDENTITY>` from the server's environment. */
  passwords?: Record<NatsIdentity, string>;
  /** Extra top-level lines (listen address, JetStream, cluster...). */
  head?: string[];
}

/** A nats-server 2.9+ configuration with the `authorization` block for every identity. */
export function natsServerConfig(options: NatsConfigOptions): string {
  const q = (s: string) => JSON.stringify(s);
  const list = (items: string[]) => `[\n${items.map((i) => `          ${q(i)}`).join(',\n')}\n        ]`;
  const users = identities(options.services).map((identity) => {
    const p = permissionsOf(identity, options.services);
    const password = options.passwords ? q(options.passwords[identity]!) : `$${passwordVariable(identity)}`;
    return [
      `    {`,
      `      user: ${q(identity)}`,
      `      password: ${password}`,
      `      permissions: {`,
      `        publish: { allow: ${list(p.publish)} }`,
      `        subscribe: { allow: ${list(p.subscribe)} }`,
      ...(p.allowResponses ? [`        allow_responses: true`] : []),
      `      }`,
      `    }`,
    ].join('\n');
  });
  return [
    '# Generated by deploy/src/nats-auth.ts (ADR 20): one identity per service, the gateway, streams (stream admin) and tooling.',
    ...(options.head ?? []),
    'authorization {',
    '  users: [',
    users.join(',\n'),
    '  ]',
    '}',
    '',
  ].join('\n');
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
