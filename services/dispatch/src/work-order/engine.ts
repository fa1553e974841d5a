import type { TenantContext } from '@shouhou/contracts';
import type { TenantEntityManager } from '@shouhou/persistence';
import type { Job, Technician as EngineTechnician } from '@shouhou/assignment';
import { engineCalendar, type listTechnicians } from '../technician/technicians';
import { serviceTime } from './service-time';
import type { WorkOrderRow } from './work-orders';

/** Assignments in a tenant happen one at a time: the loads read are the loads assigned against. */
export async function lockAssignments(em: TenantEntityManager, ctx: TenantContext) {
  await em.execute(`select pg_advisory_xact_lock(hashtext('dispatch.assign:' || ?))`, [ctx.tenantId]);
}

/**
 * The job as the engine reads it at `now`: due when its running clock says, to be done at the agreed
 * appointment or else today.
 */
export function jobOf(o: WorkOrderRow, timeZone: string, now: number): Job {
  const appointment = o.appointment_start && o.appointment_end ? { start: new Date(o.appointment_start), end: new Date(o.appointment_end) } : null;
  return {
    id: o.id,
    skill: o.skill,
    divisionCode: o.division_code ?? '',
    location: o.lat === null || o.lng === null ? null : { lat: o.lat, lng: o.lng },
    // Without a running clock (a revisit after a failed visit), it waited longest: due at its assessment.
    dueAt: new Date(o.assign_due_at ?? o.assessed_at).getTime(),
    emergency: o.emergency,
    excluded: o.excluded_technician_ids,
    when: serviceTime(timeZone, now, appointment),
  };
}

export function engineTechnician(t: Awaited<ReturnType<typeof listTechnicians>>[number]): EngineTechnician {
  return { id: t.id, name: t.name, skills: t.skills, regions: t.regions, home: t.home, dailyCapacity: t.dailyCapacity, load: t.load, available: t.status === 'AVAILABLE', calendar: engineCalendar(t.calendar) };
}

export function describeExcluded(excluded: Record<string, number>): string {
  return Object.entries(excluded).filter(([, n]) => n > 0).map(([why, n]) => `${n} ${why.toLowerCase()}`).join(', ') || 'no technicians';
}
