import { Migration, tenantRlsSql } from '@shouhou/persistence';

/** E-mail on requests: the messages in and out (for threading by Message-ID) and the tenants' names and codes. */
export class Migration20261124010000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table intake.request_message (
      id uuid primary key,
      tenant_id uuid not null,
      request_id uuid not null references intake.service_request (id),
      direction text not null check (direction in ('IN', 'OUT')),
      message_id text not null,
      from_address text not null,
      to_address text not null,
      subject text not null,
      body text not null,
      attachments jsonb not null,
      at timestamptz not null,
      -- A provider retries a webhook, a relay redelivers an event: one message id is recorded once.
      unique (tenant_id, message_id)
    )`);
    this.addSql(`create index request_message_of on intake.request_message (tenant_id, request_id, at)`);
    for (const sql of tenantRlsSql('intake.request_message')) this.addSql(sql);
    this.addSql(`create table intake.tenant_profile (
      tenant_id uuid primary key,
      code text not null,
      name text not null,
      locale text not null,
      hotline text
    )`);
    for (const sql of tenantRlsSql('intake.tenant_profile')) this.addSql(sql);
  }
}
