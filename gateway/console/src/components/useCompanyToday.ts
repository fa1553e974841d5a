import { useQuery } from '@apollo/client';
import { calendarDay, DEFAULT_TIME_ZONE, isTimeZone } from '@shouhou/contracts';
import { TenantTimeZoneQuery } from '../api/operations';

/**
 * Today's date (YYYY-MM-DD) on the company's clocks, whatever zone the browser is in: "this month",
 * "today's duty" and "the last 30 days" are the company's. `known` once its zone has loaded (or
 * could not be, when the default stands), so pages can wait before asking for a period.
 */
export function useCompanyToday(): { today: string; known: boolean } {
  const { data, error } = useQuery(TenantTimeZoneQuery);
  const timeZone = data?.tenantSettings.timeZone ?? DEFAULT_TIME_ZONE;
  // An older browser may not know a zone the server accepted: China's day then, not a broken page.
  const today = isTimeZone(timeZone) ? calendarDay(new Date(), timeZone) : calendarDay(new Date(), DEFAULT_TIME_ZONE);
  return { today, known: !!data || !!error };
}
