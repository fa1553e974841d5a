import { Migration } from '@shouhou/persistence';
import { DEFAULT_REGIONS } from '@shouhou/contracts';

/** Region tiers become part of each commitments version (arrival times depend on them). */
export class Migration20261123040000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table tenancy.commitments_version add column regions jsonb not null default '${JSON.stringify(DEFAULT_REGIONS)}'`);
  }
}
