import { JSONCodec, type NatsConnection, type Subscription } from 'nats';
import { Tenant, TenancyEvents, TenancyRpc } from '@shouhou/contracts';
import type { ServiceClient } from '@shouhou/messaging';

const TTL_MS = 30_000;

/**
 * Token organization → tenant, cached for the gateway's hot path. A suspension evicts at once through
 * tenancy's event (plain NATS sees JetStream publishes), the TTL bounds staleness if an event is missed.
 */
export class TenantDirectory {
  private readonly cache = new Map<string, { tenant: Tenant | null; expires: number }>();
  private subscriptions: Subscription[] = [];

  constructor(private readonly client: ServiceClient) {}

  listen(nc: NatsConnection): void {
    const codec = JSONCodec();
    for (const evt of [TenancyEvents.tenantSuspended, TenancyEvents.tenantCreated, TenancyEvents.tenantReactivated, TenancyEvents.settingsUpdated]) {
      const sub = nc.subscribe(evt.subject);
      this.subscriptions.push(sub);
      void (async () => {
        for await (const msg of sub) {
          const parsed = Tenant.safeParse(codec.decode(msg.data));
          if (parsed.success) this.cache.delete(parsed.data.keycloakOrganizationId);
        }
      })();
    }
  }

  close(): void {
    for (const s of this.subscriptions) s.unsubscribe();
  }

  async byOrganization(organizationId: string): Promise<Tenant | null> {
    const hit = this.cache.get(organizationId);
    if (hit && hit.expires > Date.now()) return hit.tenant;
    const tenant = await this.client.call(TenancyRpc.resolveTenant, undefined, { keycloakOrganizationId: organizationId });
    this.cache.set(organizationId, { tenant, expires: Date.now() + TTL_MS });
    return tenant;
  }
}
