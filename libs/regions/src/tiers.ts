import { normalizeCode } from './divisions';

export type RegionTier = 'CITY' | 'SUBURB' | 'IN_PROVINCE' | 'OUT_OF_PROVINCE' | 'REMOTE';

export interface RegionSettings {
  /** The city (4-digit code) the service outlet works from. */
  homeCity: string;
  /** Provinces (2-digit codes) served as remote areas. */
  remoteProvinces: string[];
  /** Exceptions, the longest matching code prefix wins: a county served as city, a city as remote… */
  overrides: { prefix: string; tier: RegionTier }[];
}

/** Tibet, Xinjiang and Qinghai: where "remote area" commitments usually apply. */
export const DEFAULT_REMOTE_PROVINCES = ['54', '65', '63'];

/**
 * The tier of a county-level division for a tenant. Without an override: the home city's districts
 * (county codes 01–20, 市辖区) are CITY, its counties and county-level cities SUBURB; the rest of the
 * province IN_PROVINCE; remote provinces REMOTE; everything else OUT_OF_PROVINCE.
 */
export function tierOf(code: string, settings: RegionSettings): RegionTier | undefined {
  const c = normalizeCode(code);
  if (!c) return undefined;
  const override = settings.overrides
    .filter((o) => c.startsWith(o.prefix))
    .sort((a, b) => b.prefix.length - a.prefix.length)[0];
  if (override) return override.tier;
  const province = c.slice(0, 2);
  if (c.startsWith(settings.homeCity)) {
    if (c.length < 6) return 'CITY';
    return Number(c.slice(4, 6)) <= 20 ? 'CITY' : 'SUBURB';
  }
  if (province === settings.homeCity.slice(0, 2)) return 'IN_PROVINCE';
  if (settings.remoteProvinces.includes(province)) return 'REMOTE';
  return 'OUT_OF_PROVINCE';
}
