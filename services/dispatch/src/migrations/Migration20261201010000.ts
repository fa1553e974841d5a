import { Migration, tenantRlsSql } from '@shouhou/persistence';

/**
 * The parts catalog as dispatch hears it (name, price, models, active), so a part used on a job is
 * priced by the catalog — one price per part — rather than by a second list in dispatch's settings.
 */
export class Migration20261201010000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table dispatch.catalog_part (
      tenant_id uuid not null,
      sku text not null,
      name text not null,
      unit text not null,
      price integer not null,
      compatible_models text[] not null default '{}',
      active boolean not null,
      updated_at timestamptz not null,
      primary key (tenant_id, sku)
    )`);
    for (const sql of tenantRlsSql('dispatch.catalog_part')) this.addSql(sql);
    // Settings saved with the old price list's parts keep them in their JSON, unread: the contract no
    // longer has them, and the next save drops them.
  }
}
