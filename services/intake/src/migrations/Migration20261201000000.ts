import { Migration } from '@shouhou/persistence';

/** The company's time zone beside its name and hotline: times in customers' mails are its local times. */
export class Migration20261201000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table intake.tenant_profile add column time_zone text not null default 'Asia/Shanghai'`);
  }
}
