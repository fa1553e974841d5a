import { Migration, tenantRlsSql } from '@shouhou/persistence';

const KEY = 'tenant_id, status, channel, category, priority';

/**
 * List totals and number search at a million requests (`npm run bench:list`).
 *
 * How many requests each tenant has per status, channel, category and priority, kept by triggers, so
 * that a list's total (the list page, the home page's counts) is a sum of a few rows: counting a
 * million requests reads the whole index, over 100 ms. The triggers are per statement and apply their
 * changes in key order, so concurrent statements wait for each other instead of deadlocking; an
 * update that moves no request between keys writes nothing.
 */
export class Migration20261124110000 extends Migration {
  override async up(): Promise<void> {
    // Until the counts exist, no request may change; and the owner must see every tenant's requests
    // to count them (RLS is forced on the owner too), for this transaction only.
    this.addSql(`alter table intake.service_request no force row level security`);
    this.addSql(`create table intake.request_count (
      tenant_id uuid not null,
      status text not null,
      channel text not null,
      category text not null,
      priority text not null,
      n bigint not null,
      primary key (${KEY})
    )`);
    this.addSql(`create function intake.count_requests() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          insert into intake.request_count as c (${KEY}, n)
            select ${KEY}, count(*) from new_rows group by ${KEY} order by ${KEY}
            on conflict (${KEY}) do update set n = c.n + excluded.n;
        elsif tg_op = 'DELETE' then
          insert into intake.request_count as c (${KEY}, n)
            select ${KEY}, -count(*) from old_rows group by ${KEY} order by ${KEY}
            on conflict (${KEY}) do update set n = c.n + excluded.n;
        else
          insert into intake.request_count as c (${KEY}, n)
            select ${KEY}, sum(d) from (
              select ${KEY}, 1 as d from new_rows union all select ${KEY}, -1 as d from old_rows
            ) changed group by ${KEY} having sum(d) <> 0 order by ${KEY}
            on conflict (${KEY}) do update set n = c.n + excluded.n;
        end if;
        return null;
      end $$`);
    this.addSql(`create trigger request_count_insert after insert on intake.service_request
      referencing new table as new_rows for each statement execute function intake.count_requests()`);
    this.addSql(`create trigger request_count_update after update on intake.service_request
      referencing old table as old_rows new table as new_rows for each statement execute function intake.count_requests()`);
    this.addSql(`create trigger request_count_delete after delete on intake.service_request
      referencing old table as old_rows for each statement execute function intake.count_requests()`);
    this.addSql(`insert into intake.request_count (${KEY}, n) select ${KEY}, count(*) from intake.service_request group by ${KEY}`);
    this.addSql(`alter table intake.service_request force row level security`);
    for (const sql of tenantRlsSql('intake.request_count')) this.addSql(sql);
    // A search for a number or its beginning (`number like 'SR-20261123%'`), whatever the collation.
    this.addSql(`create index service_request_number_prefix on intake.service_request (tenant_id, number text_pattern_ops)`);
  }
}
