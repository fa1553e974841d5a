import { Migration } from '@shouhou/persistence';

/**
 * Technicians' working calendars: weekdays, shift and planned leave, one JSON document with the profile
 * (read and written whole, never queried into). Technicians saved before this work every day, 08:00–20:00.
 */
export class Migration20261201000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table dispatch.technician add column calendar jsonb not null
      default '{"weekdays":[1,2,3,4,5,6,7],"hours":{"from":"08:00","to":"20:00"},"leave":[]}'`);
  }
}
