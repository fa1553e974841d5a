import {
  EXCLUSIONS,
  type Exclusion,
  type LocalizedText,
  type NoCandidateReason,
  type Reason,
  type ReasonCode,
  type ReassignCause,
} from './types';

/** "12 km" from 10 km on, "3.4 km" below (never "3.0": "3"). */
export function formatKm(km: number): string {
  return km >= 10 ? String(Math.round(km)) : String(Math.round(km * 10) / 10);
}

function distanceText(km: number | null): LocalizedText {
  return km === null
    ? {
        'zh-CN': '距离未知（服务地址无坐标）',
        'en-US': 'distance unknown (no coordinates for the service address)',
      }
    : { 'zh-CN': `${formatKm(km)} 公里`, 'en-US': `${formatKm(km)} km` };
}

/** How a chosen technician compares with the other candidates for the same job at the same moment. */
export interface Standing {
  /** Candidates for the job (≥ 1, this one included). */
  count: number;
  /** The shortest distance among them (null when the job's location is unknown). */
  nearestKm: number | null;
  /** The highest load part (spare capacity) among them. */
  mostSpare: number;
}

export function reasonCode(km: number | null, spare: number, standing: Standing): ReasonCode {
  if (standing.count === 1) return 'ONLY_QUALIFIED';
  if (km !== null && km === standing.nearestKm) return 'NEAREST_WITH_CAPACITY';
  if (spare === standing.mostSpare) return 'LEAST_LOADED';
  return 'BEST_SCORE';
}

/** The reason for an automatic choice. */
export function autoReason(km: number | null, load: number, capacity: number, code: ReasonCode): Reason {
  const d = distanceText(km);
  let zh: string;
  let en: string;
  switch (code) {
    case 'ONLY_QUALIFIED':
      zh = `唯一合格且有余量的技术员；${d['zh-CN']}`;
      en = `only qualified technician with capacity; ${d['en-US']}`;
      break;
    case 'NEAREST_WITH_CAPACITY':
      zh = `最近的合格技术员，有余量；${d['zh-CN']}`;
      en = `nearest qualified technician with capacity; ${d['en-US']}`;
      break;
    case 'LEAST_LOADED':
      zh = `负荷最低的合格技术员（今日 ${load}/${capacity} 单）；${d['zh-CN']}`;
      en = `least-loaded qualified technician (${load}/${capacity} jobs today); ${d['en-US']}`;
      break;
    default:
      zh = `距离、时效与负荷综合最优（今日 ${load}/${capacity} 单）；${d['zh-CN']}`;
      en = `best balance of distance, urgency and load (${load}/${capacity} jobs today); ${d['en-US']}`;
  }
  return { code, distanceKm: roundKm(km), load, capacity, text: { 'zh-CN': zh, 'en-US': en } };
}

export function roundKm(km: number | null): number | null {
  return km === null ? null : Math.round(km * 10) / 10;
}

const CAUSE: Record<ReassignCause, LocalizedText> = {
  DECLINED: { 'zh-CN': '原技术员拒单，改派：', 'en-US': 'reassigned (previous technician declined): ' },
  LATE: { 'zh-CN': '原技术员迟到，改派：', 'en-US': 'reassigned (previous technician late): ' },
};

/** The same reason, said of a reassignment. */
export function asReassignment(reason: Reason, technicianId: string, cause: ReassignCause): Reason {
  return {
    ...reason,
    reassignedFrom: { technicianId, cause },
    text: {
      'zh-CN': CAUSE[cause]['zh-CN'] + reason.text['zh-CN'],
      'en-US': CAUSE[cause]['en-US'] + reason.text['en-US'],
    },
  };
}

/** Plural forms, for counts of technicians. */
const EXCLUDED_MANY: Record<Exclusion, LocalizedText> = {
  SKILL: { 'zh-CN': '技能不符', 'en-US': 'lack the skill' },
  REGION: { 'zh-CN': '不服务该地区', 'en-US': 'do not serve the area' },
  UNAVAILABLE: { 'zh-CN': '不在岗', 'en-US': 'off duty or on leave' },
  CAPACITY: { 'zh-CN': '今日已满', 'en-US': 'at capacity today' },
  EXCLUDED: { 'zh-CN': '已拒单或曾迟到', 'en-US': 'declined it or were late on it' },
};

/** Singular forms, for the filters one technician fails. */
const EXCLUDED_ONE: Record<Exclusion, LocalizedText> = {
  SKILL: { 'zh-CN': '技能不符', 'en-US': 'lacks the skill' },
  REGION: { 'zh-CN': '不服务该地区', 'en-US': 'does not serve the area' },
  UNAVAILABLE: { 'zh-CN': '不在岗', 'en-US': 'off duty or on leave' },
  CAPACITY: { 'zh-CN': '今日已满', 'en-US': 'at capacity today' },
  EXCLUDED: { 'zh-CN': '已拒单或曾迟到', 'en-US': 'declined it or was late on it' },
};

/** "无可派技术员：3 人技能不符，2 人今日已满" / "no eligible technician: 3 lack the skill, 2 at capacity today". */
export function noCandidateReason(excluded: Record<Exclusion, number>): NoCandidateReason {
  const present = EXCLUSIONS.filter((e) => excluded[e] > 0);
  const zh = present.length
    ? present.map((e) => `${excluded[e]} 人${EXCLUDED_MANY[e]['zh-CN']}`).join('，')
    : '没有技术员';
  const en = present.length
    ? present.map((e) => `${excluded[e]} ${EXCLUDED_MANY[e]['en-US']}`).join(', ')
    : 'no technicians';
  return {
    code: 'NO_ELIGIBLE_TECHNICIAN',
    excluded: { ...excluded },
    text: { 'zh-CN': `无可派技术员：${zh}`, 'en-US': `no eligible technician: ${en}` },
  };
}

/** The reason for a dispatcher's choice, naming any hard filter it overrides. */
export function manualReason(
  note: string,
  km: number | null,
  load: number,
  capacity: number,
  overrides: Exclusion[],
): Reason {
  const d = distanceText(km);
  let zh = `调度员指定：${note}；${d['zh-CN']}`;
  let en = `assigned by the dispatcher: ${note}; ${d['en-US']}`;
  if (overrides.length) {
    zh += `（越过：${overrides.map((e) => EXCLUDED_ONE[e]['zh-CN']).join('、')}）`;
    en += `; overrides: ${overrides.map((e) => EXCLUDED_ONE[e]['en-US']).join(', ')}`;
  }
  return {
    code: 'MANUAL_OVERRIDE',
    distanceKm: roundKm(km),
    load,
    capacity,
    overrides,
    text: { 'zh-CN': zh, 'en-US': en },
  };
}
