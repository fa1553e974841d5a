import { describe, expect, it } from 'vitest';
import { divisionPath, normalizeCode } from './divisions';
import { DEFAULT_REMOTE_PROVINCES, tierOf, type RegionSettings } from './tiers';

const guangzhou: RegionSettings = { homeCity: '4401', remoteProvinces: DEFAULT_REMOTE_PROVINCES, overrides: [] };

describe('region tiers', () => {
  it('tell city districts from the home city’s outer districts, the province, other provinces and remote areas', () => {
    expect(tierOf('440106', guangzhou)).toBe('CITY'); // 天河区
    expect(tierOf('440117', guangzhou)).toBe('CITY'); // 从化区 (a district, code ≤ 20)
    expect(tierOf('440304', guangzhou)).toBe('IN_PROVINCE'); // 深圳 福田区
    expect(tierOf('310101', guangzhou)).toBe('OUT_OF_PROVINCE'); // 上海 黄浦区
    expect(tierOf('540102', guangzhou)).toBe('REMOTE'); // 拉萨 城关区
  });

  it('let a tenant override by code prefix, the longest prefix winning', () => {
    const settings = { ...guangzhou, overrides: [{ prefix: '4403', tier: 'SUBURB' as const }, { prefix: '440307', tier: 'CITY' as const }] };
    expect(tierOf('440304', settings)).toBe('SUBURB');
    expect(tierOf('440307', settings)).toBe('CITY');
  });

  it('refuse codes that are not divisions', () => {
    expect(tierOf('999999', guangzhou)).toBeUndefined();
    expect(tierOf('4401x', guangzhou)).toBeUndefined();
  });

  it('read padded codes and name the division', () => {
    expect(normalizeCode('440000')).toBe('44');
    expect(normalizeCode('440100')).toBe('4401');
    expect(divisionPath('440106')).toBe('广东省 / 广州市 / 天河区');
  });
});
