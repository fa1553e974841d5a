import { performance } from 'node:perf_hooks';
import { WorkingTime } from '../working-time';
import type { CalendarDefinition } from '../calendar';

/**
 * `npm run bench:sla`: due-date computations per second on one core, for the compiled calendar and for
 * the minute-stepping way, over a year-long horizon (random starts in 2026, targets up to a year of
 * working time). Prints figures; asserts nothing.
 */
const MINUTE = 60_000;
const office: CalendarDefinition = {
  timeZone: 'Asia/Shanghai',
  week: [...Array(5).fill([{ start: 540, end: 720 }, { start: 810, end: 1080 }]), [], []],
  daysOff: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  extraWorkdays: [{ date: '2026-09-20' }, { date: '2026-10-10' }],
};

function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const rnd = random(42);
const YEAR_OF_WORK_MIN = 250 * 7.5 * 60;
const cases = Array.from({ length: 200_000 }, () => ({
  from: Date.UTC(2026, 0, 1) + Math.floor(rnd() * 365 * 24 * 60) * MINUTE,
  minutes: 1 + Math.floor(rnd() * YEAR_OF_WORK_MIN),
}));

const time = new WorkingTime(office);
time.add(cases[0].from, MINUTE); // compile the first year outside the timing
let sink = 0;
const t0 = performance.now();
for (const c of cases) sink += time.add(c.from, c.minutes * MINUTE);
const compiledSeconds = (performance.now() - t0) / 1000;

// The minute-stepping way, on the same calendar (is this minute worked? count until the target).
const reference = new WorkingTime(office);
const referenceCases = cases.slice(0, 5);
const t1 = performance.now();
for (const c of referenceCases) {
  let t = c.from;
  let left = c.minutes;
  while (left > 0) {
    if (reference.isWorking(t)) left -= 1;
    t += MINUTE;
  }
  sink += t;
}
const referenceSeconds = (performance.now() - t1) / 1000;

const compiledRate = cases.length / compiledSeconds;
const referenceRate = referenceCases.length / referenceSeconds;
console.log(`due dates over a year-long horizon (Asia/Shanghai office hours with holidays and 调休), one core`);
console.log(`  compiled calendar  ${Math.round(compiledRate).toLocaleString('en')} computations/s (${cases.length.toLocaleString('en')} in ${compiledSeconds.toFixed(2)} s)`);
console.log(`  minute stepping    ${referenceRate.toFixed(1)} computations/s (${referenceCases.length} in ${referenceSeconds.toFixed(2)} s)`);
console.log(`  speed-up           ${Math.round(compiledRate / referenceRate).toLocaleString('en')}×`);
if (sink === 42) console.log('');
