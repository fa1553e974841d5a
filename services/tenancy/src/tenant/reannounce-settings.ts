import { Headers, TenancyEvents } from '@shouhou/contracts';

/** A UUIDv7 in SQL (PostgreSQL before 18 has no uuidv7()): the clock's milliseconds, then random bits. */
const UUID_V7 = `encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6), 52, 1), 53, 1), 'hex')::uuid`;

/**
 * Announces every tenant's settings once more, as `tenancy.evt.settings.updated` through the outbox
 * (one row per tenant, published by the relay like any other event). A service that starts keeping
 * part of the settings (parts' time zone, ADR 19) learns them for tenants older than the stream's
 * 30 days this way; for everyone else it is a repeat, which the keepers apply idempotently.
 * Plain SQL, so a migration runs it exactly once per database; the payload is the `Tenant` contract.
 *
 * Ordering: the table is share-locked, so an admin's change waits for these rows to commit, and the
 * rows get time-ordered ids (UUIDv7, as `newId()` makes; the relay sends in id order), so that
 * change is published after them and is the one that stays.
 */
export const REANNOUNCE_SETTINGS_SQL = `do $$
declare t record;
begin
  perform set_config('app.scope', 'platform', true);
  lock table tenancy.tenant in share mode;
  for t in select * from tenancy.tenant order by created_at loop
    -- The outbox's tenant policy checks each row against app.tenant_id.
    perform set_config('app.tenant_id', t.id::text, true);
    insert into tenancy.outbox (id, tenant_id, subject, payload, headers) values (
      ${UUID_V7}, t.id, '${TenancyEvents.settingsUpdated.subject}',
      jsonb_build_object(
        'id', t.id, 'code', t.code, 'name', t.name, 'keycloakOrganizationId', t.keycloak_organization_id,
        'status', t.status, 'timeZone', t.time_zone,
        'createdAt', to_char(t.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'suspendedAt', to_char(t.suspended_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'suspensionReason', t.suspension_reason, 'displayName', t.display_name,
        'defaultLocale', t.default_locale, 'hotline', t.hotline, 'logoUrl', t.logo_url),
      jsonb_build_object('${Headers.tenantId}', t.id, '${Headers.actorId}', 'tenancy', '${Headers.requestId}', gen_random_uuid()));
  end loop;
  -- What the block set is not left for the rest of the migration's transaction.
  perform set_config('app.tenant_id', '', true);
  perform set_config('app.scope', '', true);
end $$`;
