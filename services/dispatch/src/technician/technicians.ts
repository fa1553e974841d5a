import { dutyOn } from '@shouhou/assignment';
import { ALWAYS_WORKING, calendarDay, DispatchEvents, type Technician, type TenantContext, type WorkingCalendar } from '@shouhou/contracts';
import { recordEvent } from '@shouhou/messaging';
import { newId, pgTextArray, type TenantEntityManager } from '@shouhou/persistence';
import type { z } from 'zod';
import type { TechnicianInput } from '@shouhou/contracts';
import { OPEN_FOR_TECHNICIAN } from '../work-order/field-steps';
import { tenantTimeZone } from '../work-order/work-clocks';

interface Row {
  id: string;
  user_id: string;
  name: string;
  phone: string;
  skills: string[];
  regions: string[];
  home_lat: number;
  home_lng: number;
  daily_capacity: number;
  status: Technician['status'];
  calendar: WorkingCalendar;
  load: number;
}

const SELECT = `select t.*, (select count(*)::int from dispatch.work_order w where w.technician_id = t.id and w.status = any(?::text[])) as load
  from dispatch.technician t`;
const OPEN = `{${OPEN_FOR_TECHNICIAN.join(',')}}`;

/** Every technician, with whether they work today in the tenant's zone (`timeZone`). */
export async function listTechnicians(em: TenantEntityManager, timeZone: string): Promise<Technician[]> {
  const rows: Row[] = await em.execute(`${SELECT} order by t.name, t.id`, [OPEN]);
  const today = calendarDay(Date.now(), timeZone);
  return rows.map((r) => toDto(r, today));
}

export async function technicianById(em: TenantEntityManager, id: string, timeZone: string): Promise<Technician | undefined> {
  const [row]: Row[] = await em.execute(`${SELECT} where t.id = ?`, [OPEN, id]);
  return row && toDto(row, calendarDay(Date.now(), timeZone));
}

/** The id of the signed-in user's technician profile, if they have one (checked on every technician's request: one indexed read). */
export async function technicianIdOfUser(em: TenantEntityManager, userId: string): Promise<string | undefined> {
  const [row]: { id: string }[] = await em.execute(`select id from dispatch.technician where user_id = ?`, [userId]);
  return row?.id;
}


export async function saveTechnician(em: TenantEntityManager, ctx: TenantContext, input: z.output<typeof TechnicianInput>): Promise<Technician> {
  const calendar = input.calendar ? JSON.stringify({ ...input.calendar, weekdays: [...input.calendar.weekdays].sort((a, b) => a - b) }) : null;
  const [saved]: { id: string }[] = await em.execute(
    `insert into dispatch.technician (id, tenant_id, user_id, name, phone, skills, regions, home_lat, home_lng, daily_capacity, status, calendar, updated_at)
     values (?, ?, ?, ?, ?, ?::text[], ?::text[], ?, ?, ?, ?, coalesce(?::jsonb, ?::jsonb), now())
     on conflict (tenant_id, user_id) do update set name = excluded.name, phone = excluded.phone, skills = excluded.skills, regions = excluded.regions,
       home_lat = excluded.home_lat, home_lng = excluded.home_lng, daily_capacity = excluded.daily_capacity, status = excluded.status,
       calendar = coalesce(?::jsonb, dispatch.technician.calendar), updated_at = now()
     returning id`,
    [newId(), ctx.tenantId, input.userId, input.name, input.phone, pgTextArray(input.skills), pgTextArray(input.regions), input.home.lat, input.home.lng, input.dailyCapacity, input.status,
      calendar, JSON.stringify(ALWAYS_WORKING), calendar],
  );
  const technician = (await technicianById(em, saved.id, await tenantTimeZone(em)))!;
  await recordEvent(em, ctx, DispatchEvents.technicianSaved, technician);
  return technician;
}

/** The engine reads the shift in minutes after midnight. */
export function engineCalendar(c: WorkingCalendar) {
  return { weekdays: c.weekdays, leave: c.leave, hours: { from: minutesOf(c.hours.from), to: minutesOf(c.hours.to) } };
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function toDto(r: Row, today: string): Technician {
  return {
    id: r.id,
    userId: r.user_id,
    name: r.name,
    phone: r.phone,
    skills: r.skills,
    regions: r.regions,
    home: { lat: r.home_lat, lng: r.home_lng },
    dailyCapacity: r.daily_capacity,
    status: r.status,
    calendar: r.calendar,
    dutyToday: dutyOn(engineCalendar(r.calendar), today),
    load: r.load,
  };
}
