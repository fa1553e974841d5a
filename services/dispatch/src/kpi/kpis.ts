import { DEFAULT_POLICY, type CommitmentPolicy, type DispatchKpis, type KpiFigures } from '@shouhou/contracts';
import type { TenantEntityManager } from '@shouhou/persistence';
import { tenantTimeZone } from '../work-order/work-clocks';

/** One technician's completed work on one local day, summed in SQL: the period's cost grows with days × technicians, not jobs. */
interface Cell {
  technician_id: string | null;
  name: string | null;
  day: string;
  completed: number;
  first_time: number;
  repair_hours: number;
  repeats: number;
  arrivals: number;
  arrivals_on_time: number;
  clocks_closed: number;
  clocks_on_time: number;
}

const CELLS = `
  with done as (
    select w.id, w.technician_id, w.completed_at, w.requested_at,
      to_char(w.completed_at at time zone ?, 'YYYY-MM-DD') as day,
      not exists (select 1 from dispatch.work_order_event e where e.work_order_id = w.id and e.action in ('FAIL', 'CUSTOMER_DISPUTE_SERVICE')) as first_time,
      exists (
        select 1 from dispatch.work_order p
        where p.id <> w.id and p.completed_at < w.completed_at and p.completed_at >= w.completed_at - interval '30 days'
          and case when w.serial_number <> '' then p.serial_number = w.serial_number
                   else p.customer_phone = w.customer_phone and p.product_model = w.product_model end
      ) as repeat
    from dispatch.work_order w
    where w.completed_at >= (?::date)::timestamp at time zone ? and w.completed_at < (?::date + 1)::timestamp at time zone ?
      and (?::uuid is null or w.technician_id = ?::uuid)
  )
  select d.technician_id, t.name, d.day,
    count(*)::int as completed,
    count(*) filter (where d.first_time)::int as first_time,
    coalesce(sum(extract(epoch from d.completed_at - d.requested_at) / 3600), 0)::float as repair_hours,
    count(*) filter (where d.repeat)::int as repeats,
    coalesce(sum(c.arrivals), 0)::int as arrivals, coalesce(sum(c.arrivals_on_time), 0)::int as arrivals_on_time,
    coalesce(sum(c.closed), 0)::int as clocks_closed, coalesce(sum(c.on_time), 0)::int as clocks_on_time
  from done d
  left join dispatch.technician t on t.id = d.technician_id
  left join lateral (
    select count(*) filter (where k.commitment = 'arrival') as arrivals,
      count(*) filter (where k.commitment = 'arrival' and k.closed_at <= k.due_at) as arrivals_on_time,
      count(*) as closed, count(*) filter (where k.closed_at <= k.due_at) as on_time
    from dispatch.deadline k where k.subject_id = d.id and k.state = 'MET'
  ) c on true
  group by d.technician_id, t.name, d.day`;

/**
 * Field service KPIs of a period, by local completion date in the tenant's zone: on-time arrival,
 * first-time fix, mean time to repair (request to completion), repeat visits within 30 days on the
 * same product, and SLA compliance over every clock closed; per technician and per day.
 */
export async function dispatchKpis(em: TenantEntityManager, q: { from: string; to: string; technicianId?: string | null }): Promise<DispatchKpis> {
  const zone = await tenantTimeZone(em);
  const tech = q.technicianId ?? null;
  const cells: Cell[] = await em.execute(CELLS, [zone, q.from, zone, q.to, zone, tech, tech]);
  const [policy]: { policy: CommitmentPolicy }[] = await em.execute(`select policy from dispatch.tenant_commitments`);
  const targets = (policy?.policy ?? DEFAULT_POLICY).targets;
  const byTechnician = new Map<string, Cell[]>();
  for (const c of cells) if (c.technician_id) byTechnician.set(c.technician_id, [...(byTechnician.get(c.technician_id) ?? []), c]);
  return {
    from: q.from,
    to: q.to,
    totals: figures(cells),
    byTechnician: [...byTechnician.entries()].map(([technicianId, own]) => ({ technicianId, name: own[0].name ?? '', ...figures(own) })).sort((a, b) => b.completed - a.completed || a.name.localeCompare(b.name)),
    daily: days(q.from, q.to).map((date) => {
      const f = figures(cells.filter((c) => c.day === date));
      return { date, completed: f.completed, onTimeArrivalRate: f.onTimeArrivalRate, firstTimeFixRate: f.firstTimeFixRate };
    }),
    targets: { onTimeArrival: targets.onTimeArrival / 100, firstTimeFix: targets.firstTimeFix / 100 },
  };
}

export function figures(cells: Omit<Cell, 'technician_id' | 'name' | 'day'>[]): KpiFigures {
  const sum = (k: keyof (typeof cells)[number]) => cells.reduce((s, c) => s + Number(c[k]), 0);
  const rate = (n: number, d: number) => (d > 0 ? n / d : null);
  const completed = sum('completed');
  return {
    completed,
    onTimeArrivalRate: rate(sum('arrivals_on_time'), sum('arrivals')),
    firstTimeFixRate: rate(sum('first_time'), completed),
    meanTimeToRepairHours: rate(sum('repair_hours'), completed),
    repeatVisits: sum('repeats'),
    slaCompliance: rate(sum('clocks_on_time'), sum('clocks_closed')),
  };
}

/** Every local date from `from` to `to`, both included. */
export function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}
