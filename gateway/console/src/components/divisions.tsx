import { Cascader, Tag } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { DIVISIONS, divisionPath, type Division, type RegionTier } from '@shouhou/regions';

/** GB/T 2260 divisions as cascader options: provinces → cities (→ counties). */
type Option = { value: string; label: string; children?: Option[] };
const options = (list: Division[], depth: number): Option[] =>
  list.map((d) => ({ value: d.c, label: d.n, ...(depth > 1 && d.ch?.length ? { children: options(d.ch, depth - 1) } : {}) }));
export const CITY_OPTIONS = options(DIVISIONS, 2);
export const COUNTY_OPTIONS = options(DIVISIONS, 3);

/** A code as the cascader's path of codes: 440106 → [44, 4401, 440106]. */
export const pathOf = (code?: string | null) =>
  code ? [code.slice(0, 2), code.slice(0, 4), code].filter((c, i, all) => c.length === (i + 1) * 2 && all.indexOf(c) === i).slice(0, code.length / 2) : [];

/** Form.Item props that keep a division's code in the form while the cascader shows its path. */
export const codeProps = {
  getValueProps: (code?: string) => ({ value: pathOf(code) }),
  normalize: (path?: string[]) => path?.[path.length - 1],
};

/** "上海市 / 浦东新区", or the code itself when it is not a known division. */
export const placeOf = (code?: string | null) => (code ? divisionPath(code) ?? code : '');

/**
 * A county (区/县) picker over the GB/T 2260 divisions, searchable by name. Use inside a Form.Item
 * with `{...codeProps}` so the form holds the 6-digit code.
 */
export function CountyCascader(props: { value?: string[]; onChange?: (path: string[]) => void; id?: string; style?: CSSProperties; placeholder?: string; 'data-testid'?: string }) {
  const { t } = useTranslation();
  return (
    <Cascader
      {...props}
      options={COUNTY_OPTIONS}
      showSearch={{ filter: (input, path) => path.some((o) => String(o.label).includes(input.trim())), limit: 30 }}
      placeholder={props.placeholder ?? t('address.countyPlaceholder')}
      onChange={(path) => props.onChange?.((path ?? []) as string[])}
    />
  );
}

const tierColor: Record<RegionTier, string> = { CITY: 'green', SUBURB: 'cyan', IN_PROVINCE: 'blue', OUT_OF_PROVINCE: 'orange', REMOTE: 'red' };

/** An address's arrival tier (市区 / 郊区 / 省内 / 省外 / 偏远). */
export function TierTag({ tier }: { tier?: RegionTier | null }) {
  const { t } = useTranslation();
  if (!tier) return null;
  return <Tag color={tierColor[tier]} data-testid="tier-tag">{t(`regions.tier.${tier}`)}</Tag>;
}
