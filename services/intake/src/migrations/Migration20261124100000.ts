import { Migration } from '@shouhou/persistence';

/**
 * Indexes for the request list at a million requests per tenant (`npm run bench:list`): each list
 * page is read in index order and stops after `first + 1` rows.
 */
export class Migration20261124100000 extends Migration {
  override async up(): Promise<void> {
    // Filtered by status, and by channel and category: the newest first, the cursor continuing in the index.
    this.addSql(`create index service_request_by_status on intake.service_request (tenant_id, status, created_at desc, id desc)`);
    this.addSql(`create index service_request_by_channel on intake.service_request (tenant_id, channel, category, created_at desc, id desc)`);
    // The agent's incoming queue (DUE_SOONEST): only the requests still waiting for a first response.
    this.addSql(`create index service_request_due_soonest on intake.service_request (tenant_id, first_response_due_at, id)
      where status = 'NEW' and first_response_due_at is not null`);
    // One customer's requests (filter customerId) use service_request_by_customer (tenant_id, customer_id, created_at desc).
    // Search: `ilike '%…%'` on each of the five columns it matches (a bitmap OR of the five); pg_trgm
    // is created and ILIKE made usable under RLS by provisioning (libs/persistence/src/provision.ts).
    for (const column of ['number', 'customer_name', 'customer_phone', 'product_model', 'serial_number']) {
      this.addSql(`create index service_request_search_${column} on intake.service_request using gin (${column} public.gin_trgm_ops)`);
    }
  }
}
