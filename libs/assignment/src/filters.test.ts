import { describe, expect, it } from 'vitest';
import { rankTechnicians } from './rank';
import { canonicalDivision, canonicalRegions } from './normalize';
import { distanceKm } from './geo';
import { NOW, TIANHE, job, north, tech } from './fixtures.test-support';

const opts = { now: NOW };
const ids = (r: ReturnType<typeof rankTechnicians>) => r.candidates.map((c) => c.technicianId);

describe('hard filters', () => {
  it('skill: only technicians qualified for the product line, compared trimmed and case-insensitively', () => {
    const r = rankTechnicians(
      job('j', { skill: ' ac ' }),
      [
        tech('a', { skills: ['ＡＣ', '冰箱'] }),
        tech('b', { skills: ['冰箱'] }),
        tech('c', { skills: ['ac'] }),
      ],
      opts,
    );
    expect(ids(r)).toEqual(['a', 'c']);
    expect(r.excluded).toEqual({ SKILL: 1, REGION: 0, UNAVAILABLE: 0, CAPACITY: 0, EXCLUDED: 0 });
  });

  it('region: a province, city or county prefix of the job’s county code', () => {
    const techs = [
      tech('province', { regions: ['44'] }),
      tech('city', { regions: ['4401'] }),
      tech('county', { regions: ['440106'] }),
      tech('other-county', { regions: ['440104'] }),
      tech('other-city', { regions: ['4403'] }),
      tech('other-province', { regions: ['32'] }),
      tech('padded', { regions: ['440100'] }),
      tech('malformed', { regions: ['440', 'x'] }),
    ];
    const r = rankTechnicians(job('j', { divisionCode: '440106' }), techs, opts);
    expect(ids(r).sort()).toEqual(['city', 'county', 'padded', 'province']);
    expect(r.excluded.REGION).toBe(4);
  });

  it('region: a job known only to city level matches technicians serving the city or the province, not one county', () => {
    const techs = [
      tech('province', { regions: ['44'] }),
      tech('city', { regions: ['4401'] }),
      tech('county', { regions: ['440106'] }),
    ];
    expect(ids(rankTechnicians(job('j', { divisionCode: '440100' }), techs, opts)).sort()).toEqual([
      'city',
      'province',
    ]);
    expect(ids(rankTechnicians(job('j', { divisionCode: 'nowhere' }), techs, opts))).toEqual([]);
  });

  it('availability: off duty or on leave is out', () => {
    const r = rankTechnicians(job('j'), [tech('a', { available: false }), tech('b')], opts);
    expect(ids(r)).toEqual(['b']);
    expect(r.excluded.UNAVAILABLE).toBe(1);
  });

  it('capacity: load must be below the daily capacity', () => {
    const r = rankTechnicians(
      job('j'),
      [
        tech('full', { load: 8, dailyCapacity: 8 }),
        tech('over', { load: 9, dailyCapacity: 8 }),
        tech('last-slot', { load: 7, dailyCapacity: 8 }),
        tech('zero', { dailyCapacity: 0 }),
      ],
      opts,
    );
    expect(ids(r)).toEqual(['last-slot']);
    expect(r.excluded.CAPACITY).toBe(3);
  });

  it('excluded: technicians who declined the job or were late on it', () => {
    const r = rankTechnicians(job('j', { excluded: ['a'] }), [tech('a'), tech('b')], opts);
    expect(ids(r)).toEqual(['b']);
    expect(r.excluded.EXCLUDED).toBe(1);
  });

  it('counts each technician once, under the first filter failed (skill, region, availability, capacity, excluded)', () => {
    const techs = [
      tech('1', { skills: ['冰箱'], regions: ['32'], available: false, load: 8 }),
      tech('2', { regions: ['32'], available: false, load: 8 }),
      tech('3', { available: false, load: 8 }),
      tech('4', { load: 8 }),
      tech('5'),
      tech('6'),
    ];
    const r = rankTechnicians(job('j', { excluded: ['1', '2', '3', '4', '5'] }), techs, opts);
    expect(r.excluded).toEqual({ SKILL: 1, REGION: 1, UNAVAILABLE: 1, CAPACITY: 1, EXCLUDED: 1 });
    expect(ids(r)).toEqual(['6']);
    expect(r.noCandidate).toBeUndefined();
  });

  it('does not read or change anything but its arguments', () => {
    const techs = [tech('a', { load: 3 })];
    const before = structuredClone(techs);
    rankTechnicians(job('j'), techs, opts);
    expect(techs).toEqual(before);
  });
});

describe('scoring', () => {
  it('the nearest technician with spare capacity comes first; equal scores go by distance, then by id', () => {
    const techs = [
      tech('far', { home: north(TIANHE, 30) }),
      tech('b', { home: north(TIANHE, 5) }),
      tech('a', { home: north(TIANHE, 5) }),
      tech('near', { home: north(TIANHE, 2) }),
    ];
    const r = rankTechnicians(job('j'), techs, opts);
    expect(ids(r)).toEqual(['near', 'a', 'b', 'far']);
    expect(r.candidates[1].score).toBe(r.candidates[2].score);
  });

  it('equal scores go to the nearer technician before the id decides', () => {
    const techs = [
      tech('a', { home: north(TIANHE, 40) }),
      tech('b', { home: north(TIANHE, 20) }),
      tech('c', { home: north(TIANHE, 20) }),
    ];
    const r = rankTechnicians(job('j'), techs, { now: NOW, weights: { urgency: 0, distance: 0, load: 1 } });
    expect(new Set(r.candidates.map((c) => c.score)).size).toBe(1);
    expect(ids(r)).toEqual(['b', 'c', 'a']);
  });

  it('parts: distance 1 at 0 km and 0 from 100 km; load is the spare share of capacity; score is their weighted mean', () => {
    const r = rankTechnicians(
      job('j'),
      [tech('home', { load: 2 }), tech('far', { home: north(TIANHE, 150) })],
      opts,
    );
    const [home, far] = r.candidates;
    expect(home.parts.distance).toBe(1);
    expect(home.parts.load).toBe(0.75);
    expect(home.parts.urgency).toBe(1);
    expect(home.score).toBeCloseTo(0.25 * 1 + 0.6 * 1 + 0.15 * 0.75, 12);
    expect(far.parts.distance).toBe(0);
    expect(far.distanceKm).toBeCloseTo(150, 6);
  });

  it('urgency: a job due soon penalises technicians who cannot arrive in time (30 km/h), a job due next week hardly at all', () => {
    const soon = rankTechnicians(
      job('j', { dueAt: NOW + 1 * 3_600_000 }),
      [tech('t', { home: north(TIANHE, 15) })],
      opts,
    );
    expect(soon.candidates[0].parts.urgency).toBeCloseTo(0.5, 9);
    const tooFar = rankTechnicians(
      job('j', { dueAt: NOW + 1 * 3_600_000 }),
      [tech('t', { home: north(TIANHE, 45) })],
      opts,
    );
    expect(tooFar.candidates[0].parts.urgency).toBe(0);
    const late = rankTechnicians(job('j', { dueAt: NOW - 1 }), [tech('t')], opts);
    expect(late.candidates[0].parts.urgency).toBe(0);
    const nextWeek = rankTechnicians(
      job('j', { dueAt: NOW + 7 * 24 * 3_600_000 }),
      [tech('t', { home: north(TIANHE, 15) })],
      opts,
    );
    expect(nextWeek.candidates[0].parts.urgency).toBeGreaterThan(0.99);
  });

  it('load balance settles near-ties: 12 km with a free day beats 10 km with one slot left', () => {
    const r = rankTechnicians(
      job('j'),
      [tech('busy', { home: north(TIANHE, 10), load: 7 }), tech('free', { home: north(TIANHE, 12) })],
      opts,
    );
    expect(ids(r)).toEqual(['free', 'busy']);
  });

  it('weights are options; without a location only load (and urgency) differ', () => {
    const techs = [
      tech('busy', { home: north(TIANHE, 1), load: 6 }),
      tech('free', { home: north(TIANHE, 50) }),
    ];
    expect(ids(rankTechnicians(job('j'), techs, { now: NOW, weights: { load: 0 } }))).toEqual([
      'busy',
      'free',
    ]);
    expect(ids(rankTechnicians(job('j'), techs, { now: NOW, weights: { distance: 0, urgency: 0 } }))).toEqual(
      ['free', 'busy'],
    );
    const unknown = rankTechnicians(job('j', { location: null }), techs, opts);
    expect(ids(unknown)).toEqual(['free', 'busy']);
    expect(unknown.candidates.map((c) => c.distanceKm)).toEqual([null, null]);
  });

  it('refuses nonsensical options', () => {
    expect(() =>
      rankTechnicians(job('j'), [], { now: NOW, weights: { urgency: 0, distance: 0, load: 0 } }),
    ).toThrow(RangeError);
    expect(() => rankTechnicians(job('j'), [], { now: NOW, weights: { load: -1 } })).toThrow(RangeError);
    expect(() => rankTechnicians(job('j'), [], { now: NOW, distanceCeilingKm: 0 })).toThrow(RangeError);
    expect(() => rankTechnicians(job('j'), [], { now: NaN })).toThrow(RangeError);
  });
});

describe('codes and distances', () => {
  it('canonical division codes', () => {
    expect(
      ['440106', '440100', '440000', '4401', '4400', '44', ' 440106 ', '4401060', 'abc', ''].map(
        canonicalDivision,
      ),
    ).toEqual(['440106', '4401', '44', '4401', '44', '44', '440106', '', '', '']);
    expect(canonicalRegions(['4401', '44', '440106', '32', '32', '440000', 'x'])).toEqual(['32', '44']);
  });

  it('haversine: Guangzhou to Shenzhen is about 104 km; a degree of latitude about 111 km', () => {
    expect(distanceKm({ lat: 23.1291, lng: 113.2644 }, { lat: 22.5431, lng: 114.0579 })).toBeCloseTo(104, 0);
    expect(distanceKm({ lat: 0, lng: 0 }, { lat: 1, lng: 0 })).toBeCloseTo(111.19, 1);
    expect(distanceKm(TIANHE, north(TIANHE, 12))).toBeCloseTo(12, 9);
  });
});
