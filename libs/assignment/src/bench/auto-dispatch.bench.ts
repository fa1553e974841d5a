import { performance } from 'node:perf_hooks';
import { DIVISIONS, type Division } from '@shouhou/regions';
import { dispatchWith, type Strategy } from '../dispatch';
import type { GeoPoint, Job, Technician } from '../types';

/**
 * `npm run bench:dispatch`: batch auto-dispatch of a whole queue on one core (Node runs it on one
 * thread). 5,000 open jobs across 1,000 technicians (aim ≤ 2 s), then 10× the jobs and 10× the
 * technicians, with the skill-and-region index and, for comparison, scanning every technician for
 * every job. Technicians and jobs are spread over ten cities in five provinces with their real GB/T 2260
 * county codes; coordinates are synthetic, around each city centre. Prints figures; asserts nothing.
 */

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const byCode = new Map<string, Division>();
(function index(list: Division[]) {
  for (const d of list) {
    byCode.set(d.c, d);
    if (d.ch) index(d.ch);
  }
})(DIVISIONS);

/** City, centre, and a rough share of the work. */
const CITIES: { code: string; centre: GeoPoint; weight: number }[] = [
  { code: '4401', centre: { lat: 23.129, lng: 113.264 }, weight: 12 }, // 广州
  { code: '4403', centre: { lat: 22.543, lng: 114.058 }, weight: 12 }, // 深圳
  { code: '4406', centre: { lat: 23.022, lng: 113.122 }, weight: 6 }, // 佛山
  { code: '4419', centre: { lat: 23.021, lng: 113.752 }, weight: 6 }, // 东莞
  { code: '3201', centre: { lat: 32.06, lng: 118.797 }, weight: 8 }, // 南京
  { code: '3205', centre: { lat: 31.299, lng: 120.585 }, weight: 9 }, // 苏州
  { code: '3301', centre: { lat: 30.274, lng: 120.155 }, weight: 10 }, // 杭州
  { code: '3302', centre: { lat: 29.868, lng: 121.544 }, weight: 6 }, // 宁波
  { code: '5101', centre: { lat: 30.572, lng: 104.066 }, weight: 11 }, // 成都
  { code: '1101', centre: { lat: 39.904, lng: 116.407 }, weight: 14 }, // 北京
];
const counties = new Map(CITIES.map((c) => [c.code, (byCode.get(c.code)?.ch ?? []).map((d) => d.c)]));
for (const [city, list] of counties)
  if (list.length === 0) throw new Error(`no counties under ${city} in @shouhou/regions`);

const SKILLS: [string, number][] = [
  ['空调', 30],
  ['冰箱', 15],
  ['洗衣机', 15],
  ['热水器', 12],
  ['电视', 10],
  ['厨电', 10],
  ['净水器', 8],
];

function generator(seed: number) {
  const rnd = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const weighted = <T>(list: readonly T[], weight: (x: T) => number) => {
    const total = list.reduce((s, x) => s + weight(x), 0);
    let r = rnd() * total;
    for (const x of list) if ((r -= weight(x)) < 0) return x;
    return list[list.length - 1];
  };
  /** Within ~`km` of a centre, denser near it. */
  const around = (c: GeoPoint, km: number): GeoPoint => {
    const r = km * Math.sqrt(rnd()) * rnd();
    const a = rnd() * 2 * Math.PI;
    return {
      lat: c.lat + (r * Math.cos(a)) / 111.2,
      lng: c.lng + (r * Math.sin(a)) / (111.2 * Math.cos((c.lat * Math.PI) / 180)),
    };
  };
  return { rnd, int, pick, weighted, around };
}

function technicians(n: number, seed: number): Technician[] {
  const g = generator(seed);
  return Array.from({ length: n }, (_, i) => {
    const city = g.weighted(CITIES, (c) => c.weight);
    const r = g.rnd();
    const own = counties.get(city.code)!;
    const regions =
      r < 0.6
        ? [city.code]
        : r < 0.85
          ? Array.from({ length: g.int(2, 4) }, () => g.pick(own))
          : [city.code.slice(0, 2)];
    const skills = new Set<string>();
    const k = g.int(1, 3);
    while (skills.size < k) skills.add(g.weighted(SKILLS, (s) => s[1])[0]);
    return {
      id: `T${String(i).padStart(6, '0')}`,
      name: `技术员 ${i}`,
      skills: [...skills],
      regions,
      home: g.around(city.centre, 30),
      dailyCapacity: g.int(6, 10),
      load: g.int(0, 3),
      available: g.rnd() < 0.92,
      // Most work six days; some have leave booked around the day of the jobs.
      calendar: {
        weekdays: g.rnd() < 0.7 ? [1, 2, 3, 4, 5, 6] : [1, 2, 3, 4, 5, 6, 7],
        hours: { from: 8 * 60, to: g.rnd() < 0.5 ? 18 * 60 : 20 * 60 },
        leave: g.rnd() < 0.1 ? [{ from: '2026-05-28', to: '2026-06-03' }] : [],
      },
    };
  });
}

const NOW = Date.UTC(2026, 5, 1, 1, 0);
const HOUR = 3_600_000;

function jobs(n: number, technicianCount: number, seed: number): Job[] {
  const g = generator(seed);
  return Array.from({ length: n }, (_, i) => {
    const city = g.weighted(CITIES, (c) => c.weight);
    const r = g.rnd();
    return {
      id: `J${String(i).padStart(7, '0')}`,
      skill: g.weighted(SKILLS, (s) => s[1])[0],
      divisionCode: g.pick(counties.get(city.code)!),
      location: r < 0.03 ? null : g.around(city.centre, 35),
      dueAt: NOW + g.int(-1, 72) * HOUR + g.int(0, 59) * 60_000,
      emergency: g.rnd() < 0.05,
      excluded: g.rnd() < 0.02 ? [`T${String(g.int(0, technicianCount - 1)).padStart(6, '0')}`] : undefined,
      // Today (a Monday), or an agreed two-hour window later in the week.
      when: g.rnd() < 0.7 ? { day: '2026-06-01' } : { day: `2026-06-0${g.int(2, 7)}`, window: { from: g.int(4, 9) * 120, to: g.int(4, 9) * 120 + 120 } },
    };
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Figure {
  seconds: number;
  assigned: number;
  unassigned: number;
}

function measure(strategy: Strategy, js: Job[], ts: Technician[], runs: number): Figure {
  const times: number[] = [];
  let last = { assignments: [] as unknown[], unassigned: [] as unknown[] };
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = dispatchWith(strategy, js, ts, { now: NOW });
    times.push((performance.now() - t0) / 1000);
  }
  return { seconds: median(times), assigned: last.assignments.length, unassigned: last.unassigned.length };
}

const fmt = (n: number) => n.toLocaleString('en');
function line(label: string, jobCount: number, f: Figure, runs: number) {
  console.log(
    `  ${label.padEnd(34)} ${f.seconds.toFixed(3).padStart(7)} s  ${fmt(Math.round(jobCount / f.seconds)).padStart(10)} jobs/s  ` +
      `assigned ${fmt(f.assigned).padStart(6)}  unassigned ${fmt(f.unassigned).padStart(6)}  (median of ${runs})`,
  );
}

const base = { jobs: jobs(5_000, 1_000, 1), techs: technicians(1_000, 2) };
const moreJobs = { jobs: jobs(50_000, 1_000, 3), techs: base.techs };
const moreTechs = { jobs: base.jobs, techs: technicians(10_000, 4) };

// Warm up the JIT outside the timing.
dispatchWith('index', base.jobs.slice(0, 1_000), base.techs, { now: NOW });
dispatchWith('scan', base.jobs.slice(0, 200), base.techs, { now: NOW });

console.log(
  'batch auto-dispatch, one core (10 cities in 5 provinces, 7 product lines; hard filters, then score)',
);
console.log('with the skill-and-region index (autoDispatch):');
const a = measure('index', base.jobs, base.techs, 7);
line('5,000 jobs × 1,000 technicians', 5_000, a, 7);
const b = measure('index', moreJobs.jobs, moreJobs.techs, 5);
line('50,000 jobs × 1,000 technicians', 50_000, b, 5);
const c = measure('index', moreTechs.jobs, moreTechs.techs, 5);
line('5,000 jobs × 10,000 technicians', 5_000, c, 5);
console.log(
  `  growth: 10× jobs → ${(b.seconds / a.seconds).toFixed(1)}× time; 10× technicians → ${(c.seconds / a.seconds).toFixed(1)}× time`,
);

console.log('scanning every technician for every job (the straightforward way, same results):');
const d = measure('scan', base.jobs, base.techs, 3);
line('5,000 jobs × 1,000 technicians', 5_000, d, 3);
const e = measure('scan', moreJobs.jobs, moreJobs.techs, 1);
line('50,000 jobs × 1,000 technicians', 50_000, e, 1);
const f = measure('scan', moreTechs.jobs, moreTechs.techs, 1);
line('5,000 jobs × 10,000 technicians', 5_000, f, 1);
console.log(
  `  growth: 10× jobs → ${(e.seconds / d.seconds).toFixed(1)}× time; 10× technicians → ${(f.seconds / d.seconds).toFixed(1)}× time`,
);
console.log(`index speed-up at 5,000 × 1,000: ${(d.seconds / a.seconds).toFixed(0)}×`);
