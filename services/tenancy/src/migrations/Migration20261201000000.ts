import { Migration } from '@shouhou/persistence';
import { REANNOUNCE_SETTINGS_SQL } from '../tenant/reannounce-settings';

/** Parts began keeping each company's time zone (ADR 19): every existing tenant's settings go out once more. */
export class Migration20261201000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(REANNOUNCE_SETTINGS_SQL);
  }
}
