import { describe, expect, it } from 'vitest';
import { manualAssignment, rankTechnicians, reassign } from './rank';
import { autoDispatch } from './dispatch';
import { noCandidateReason } from './reason';
import { NOW, TIANHE, job, north, tech } from './fixtures.test-support';

const opts = { now: NOW };

describe('reasons, in Chinese and English', () => {
  it('nearest qualified technician with capacity; 12 km', () => {
    const r = rankTechnicians(
      job('j'),
      [tech('near', { home: north(TIANHE, 12) }), tech('far', { home: north(TIANHE, 40) })],
      opts,
    );
    expect(r.candidates[0].reason).toEqual({
      code: 'NEAREST_WITH_CAPACITY',
      distanceKm: 12,
      load: 0,
      capacity: 8,
      text: {
        'zh-CN': '最近的合格技术员，有余量；12 公里',
        'en-US': 'nearest qualified technician with capacity; 12 km',
      },
    });
  });

  it('only qualified technician, with distances under 10 km to one decimal', () => {
    const r = rankTechnicians(
      job('j'),
      [tech('t', { home: north(TIANHE, 3.44) }), tech('x', { skills: ['冰箱'] })],
      opts,
    );
    expect(r.candidates[0].reason.code).toBe('ONLY_QUALIFIED');
    expect(r.candidates[0].reason.distanceKm).toBe(3.4);
    expect(r.candidates[0].reason.text).toEqual({
      'zh-CN': '唯一合格且有余量的技术员；3.4 公里',
      'en-US': 'only qualified technician with capacity; 3.4 km',
    });
  });

  it('least-loaded when not the nearest, saying the load', () => {
    const r = rankTechnicians(
      job('j'),
      [
        tech('busy', { home: north(TIANHE, 10), load: 7 }),
        tech('free', { home: north(TIANHE, 12), load: 1 }),
      ],
      opts,
    );
    expect(r.candidates[0].technicianId).toBe('free');
    expect(r.candidates[0].reason.text).toEqual({
      'zh-CN': '负荷最低的合格技术员（今日 1/8 单）；12 公里',
      'en-US': 'least-loaded qualified technician (1/8 jobs today); 12 km',
    });
    expect(r.candidates[1].reason.code).toBe('NEAREST_WITH_CAPACITY');
  });

  it('best balance when neither the nearest nor the least loaded', () => {
    const techs = [
      tech('nearest-but-full-day', { home: north(TIANHE, 5), load: 7 }),
      tech('balanced', { home: north(TIANHE, 8), load: 2 }),
      tech('idle-but-far', { home: north(TIANHE, 60), load: 0 }),
    ];
    const r = rankTechnicians(job('j'), techs, opts);
    expect(r.candidates[0].technicianId).toBe('balanced');
    expect(r.candidates[0].reason.code).toBe('BEST_SCORE');
    expect(r.candidates[0].reason.text['en-US']).toBe(
      'best balance of distance, urgency and load (2/8 jobs today); 8 km',
    );
    expect(r.candidates[0].reason.text['zh-CN']).toBe('距离、时效与负荷综合最优（今日 2/8 单）；8 公里');
  });

  it('says when distance could not be scored', () => {
    const r = rankTechnicians(
      job('j', { location: null }),
      [tech('a', { load: 3 }), tech('b', { load: 1 })],
      opts,
    );
    expect(r.candidates[0].technicianId).toBe('b');
    expect(r.candidates[0].reason).toMatchObject({ code: 'LEAST_LOADED', distanceKm: null });
    expect(r.candidates[0].reason.text['en-US']).toBe(
      'least-loaded qualified technician (1/8 jobs today); distance unknown (no coordinates for the service address)',
    );
    expect(r.candidates[0].reason.text['zh-CN']).toBe(
      '负荷最低的合格技术员（今日 1/8 单）；距离未知（服务地址无坐标）',
    );
  });

  it('no candidates: how many each filter left out', () => {
    const techs = [
      tech('1', { skills: ['冰箱'] }),
      tech('2', { skills: ['冰箱'] }),
      tech('3', { regions: ['32'] }),
      tech('4', { load: 8 }),
      tech('5', { available: false }),
    ];
    const r = rankTechnicians(job('j'), techs, opts);
    expect(r.candidates).toEqual([]);
    expect(r.noCandidate).toEqual({
      code: 'NO_ELIGIBLE_TECHNICIAN',
      excluded: { SKILL: 2, REGION: 1, UNAVAILABLE: 1, CAPACITY: 1, EXCLUDED: 0 },
      text: {
        'zh-CN': '无可派技术员：2 人技能不符，1 人不服务该地区，1 人不在岗，1 人今日已满',
        'en-US':
          'no eligible technician: 2 lack the skill, 1 do not serve the area, 1 off duty or on leave, 1 at capacity today',
      },
    });
    expect(noCandidateReason({ SKILL: 0, REGION: 0, UNAVAILABLE: 0, CAPACITY: 0, EXCLUDED: 0 }).text).toEqual(
      {
        'zh-CN': '无可派技术员：没有技术员',
        'en-US': 'no eligible technician: no technicians',
      },
    );
    const batch = autoDispatch([job('j')], techs, opts);
    expect(batch.unassigned).toEqual([
      { jobId: 'j', excluded: r.noCandidate!.excluded, reason: r.noCandidate },
    ]);
  });

  it('batch assignments carry the same reason ranking would give at that moment', () => {
    const techs = [tech('near', { home: north(TIANHE, 12) }), tech('far', { home: north(TIANHE, 40) })];
    const { assignments } = autoDispatch([job('j')], techs, opts);
    expect(assignments[0].reason.text['en-US']).toBe('nearest qualified technician with capacity; 12 km');
    expect(assignments[0]).toMatchObject({
      jobId: 'j',
      technicianId: 'near',
      score: rankTechnicians(job('j'), techs, opts).candidates[0].score,
    });
  });
});

describe('reassignment', () => {
  it('leaves out the technician who declined and says so', () => {
    const techs = [tech('a', { home: north(TIANHE, 2) }), tech('b', { home: north(TIANHE, 12) })];
    const r = reassign(job('j', { excluded: ['z'] }), 'a', 'DECLINED', techs, opts);
    expect(r.job.excluded).toEqual(['z', 'a']);
    expect(r.candidates.map((c) => c.technicianId)).toEqual(['b']);
    expect(r.excluded.EXCLUDED).toBe(1);
    expect(r.candidates[0].reason).toMatchObject({
      code: 'ONLY_QUALIFIED',
      reassignedFrom: { technicianId: 'a', cause: 'DECLINED' },
    });
    expect(r.candidates[0].reason.text).toEqual({
      'zh-CN': '原技术员拒单，改派：唯一合格且有余量的技术员；12 公里',
      'en-US': 'reassigned (previous technician declined): only qualified technician with capacity; 12 km',
    });
  });

  it('after a late arrival; nobody left means no candidate with the reason', () => {
    const r = reassign(job('j'), 'a', 'LATE', [tech('a')], opts);
    expect(r.candidates).toEqual([]);
    expect(r.noCandidate?.text['en-US']).toBe('no eligible technician: 1 declined it or were late on it');
    const again = reassign(r.job, 'a', 'LATE', [tech('a')], opts);
    expect(again.job.excluded).toEqual(['a']);
    expect(
      reassign(job('j'), 'b', 'LATE', [tech('a'), tech('b', { home: north(TIANHE, 2) })], opts).candidates[0]
        .reason.text['zh-CN'],
    ).toBe('原技术员迟到，改派：唯一合格且有余量的技术员；0 公里');
  });
});

describe('manual override', () => {
  it('keeps the dispatcher’s reason and scores the choice like any other', () => {
    const m = manualAssignment(
      job('j'),
      tech('t', { home: north(TIANHE, 12), load: 2 }),
      ' 客户指定该师傅 ',
      opts,
    );
    expect(m.violations).toEqual([]);
    expect(m.reason).toEqual({
      code: 'MANUAL_OVERRIDE',
      distanceKm: 12,
      load: 2,
      capacity: 8,
      overrides: [],
      text: {
        'zh-CN': '调度员指定：客户指定该师傅；12 公里',
        'en-US': 'assigned by the dispatcher: 客户指定该师傅; 12 km',
      },
    });
    expect(m.score).toBe(
      rankTechnicians(job('j'), [tech('t', { home: north(TIANHE, 12), load: 2 })], opts).candidates[0].score,
    );
  });

  it('names every hard filter it overrides, and needs a reason', () => {
    const m = manualAssignment(
      job('j', { excluded: ['t'] }),
      tech('t', { regions: ['32'], load: 8, available: false }),
      'only one with the part in the van',
      opts,
    );
    expect(m.violations).toEqual(['REGION', 'UNAVAILABLE', 'CAPACITY', 'EXCLUDED']);
    expect(m.reason.text['en-US']).toBe(
      'assigned by the dispatcher: only one with the part in the van; 0 km; overrides: does not serve the area, off duty or on leave, at capacity today, declined it or was late on it',
    );
    expect(m.reason.text['zh-CN']).toBe(
      '调度员指定：only one with the part in the van；0 公里（越过：不服务该地区、不在岗、今日已满、已拒单或曾迟到）',
    );
    expect(() => manualAssignment(job('j'), tech('t'), '  ', opts)).toThrow(RangeError);
  });
});
