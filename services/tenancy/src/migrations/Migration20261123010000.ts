import { Migration, tenantRlsSql } from '@shouhou/persistence';
import china from '../national/cn.json';

/** Versioned commitments per tenant, and national calendars (shipped years; later years are imported as data). */
export class Migration20261123010000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table tenancy.commitments_version (
      tenant_id uuid not null,
      version integer not null check (version > 0),
      policy jsonb not null,
      calendar jsonb not null,
      created_at timestamptz not null,
      created_by text not null,
      primary key (tenant_id, version)
    )`);
    for (const sql of tenantRlsSql('tenancy.commitments_version')) this.addSql(sql);

    this.addSql(`create table tenancy.national_calendar (
      country text not null,
      year integer not null,
      source text not null,
      holidays jsonb not null,
      workdays jsonb not null,
      imported_at timestamptz not null,
      imported_by text not null,
      primary key (country, year)
    )`);
    for (const y of china) {
      this.addSql(
        `insert into tenancy.national_calendar values ('${y.country}', ${y.year}, ${lit(y.source)}, ${lit(JSON.stringify(y.holidays))}, ${lit(JSON.stringify(y.workdays))}, now(), 'shipped')`,
      );
    }
  }
}

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
