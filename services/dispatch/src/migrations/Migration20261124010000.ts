import { Migration } from '@shouhou/persistence';
import { commitmentsTableSql, deadlineTableSql } from '@shouhou/messaging';

/** Work orders' clocks: the tenants' commitments as a read model, the deadlines, and when the request came in. */
export class Migration20261124010000 extends Migration {
  override async up(): Promise<void> {
    for (const sql of commitmentsTableSql('dispatch')) this.addSql(sql);
    for (const sql of deadlineTableSql('dispatch')) this.addSql(sql);
    this.addSql(`alter table dispatch.work_order add column requested_at timestamptz`);
    this.addSql(`update dispatch.work_order w set requested_at = q.requested_at from dispatch.queue_entry q where q.service_request_id = w.service_request_id`);
    this.addSql(`alter table dispatch.work_order alter column requested_at set not null`);
  }
}
