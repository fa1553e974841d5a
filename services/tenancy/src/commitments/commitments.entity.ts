import { EntitySchema, tenantOwnedFilters } from '@shouhou/persistence';
import type { CalendarSettings, CommitmentPolicy, NationalCalendarData, RegionSettings } from '@shouhou/contracts';

/** One published version of a tenant's commitments and the calendar they are counted in. Never changed. */
export interface CommitmentsVersion {
  tenantId: string;
  version: number;
  policy: CommitmentPolicy;
  calendar: CalendarSettings;
  regions: RegionSettings;
  createdAt: Date;
  createdBy: string;
}

export const CommitmentsVersionSchema = new EntitySchema<CommitmentsVersion>({
  name: 'CommitmentsVersion',
  tableName: 'commitments_version',
  filters: tenantOwnedFilters(),
  properties: {
    tenantId: { type: 'uuid', primary: true },
    version: { type: 'integer', primary: true },
    policy: { type: 'json' },
    calendar: { type: 'json' },
    regions: { type: 'json' },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    createdBy: { type: 'string' },
  },
});

/** A country's holidays and make-up workdays for one year, as its government published them. */
export interface NationalCalendarYear extends NationalCalendarData {
  importedAt: Date;
  importedBy: string;
}

export const NationalCalendarYearSchema = new EntitySchema<NationalCalendarYear>({
  name: 'NationalCalendarYear',
  tableName: 'national_calendar',
  properties: {
    country: { type: 'string', primary: true },
    year: { type: 'integer', primary: true },
    source: { type: 'string' },
    holidays: { type: 'json' },
    workdays: { type: 'json' },
    importedAt: { type: 'Date', columnType: 'timestamptz' },
    importedBy: { type: 'string' },
  },
});
