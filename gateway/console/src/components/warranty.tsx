import { useQuery } from '@apollo/client';
import { Space, Spin, Tag, Tooltip, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { WarrantyPreviewQuery } from '../api/operations';
import type { Entitlement, WarrantyFieldsFragment, WarrantyReason, WarrantyStatus } from '../gql/graphql';

/** What the reason of a decision is rendered from: its code and figures (and the tenant-language text as a fallback). */
export type WarrantyFacts = Pick<WarrantyFieldsFragment, 'reason' | 'text' | 'daysSincePurchase' | 'limit' | 'priorRepairs' | 'productCategory'> & {
  override?: { reason: string } | null;
};

export const WARRANTY_STATUSES: WarrantyStatus[] = ['IN_WARRANTY', 'OUT_OF_WARRANTY', 'UNKNOWN'];
export const ENTITLEMENTS: Entitlement[] = ['RETURN', 'EXCHANGE', 'REPAIR', 'NONE'];

/** Reasons whose limit is counted in days (return / exchange windows); the others in months of warranty. */
const DAY_LIMITS: WarrantyReason[] = ['WITHIN_RETURN_WINDOW', 'WITHIN_EXCHANGE_WINDOW'];
/** Reasons whose sentence needs the days since purchase and the limit. */
const NEEDS_FIGURES: WarrantyReason[] = ['WITHIN_RETURN_WINDOW', 'WITHIN_EXCHANGE_WINDOW', 'WITHIN_REPAIR_WARRANTY', 'WARRANTY_EXPIRED'];

/**
 * The reason of a warranty / 三包 decision in the reader's language, from its code and figures:
 * "购买第 9 天，在 15 天换货期内（性能故障可换货或修理）" / "Day 9 after purchase, within the 15-day exchange window".
 * An override reads as the agent's own words; a decision without its figures falls back to the stored text.
 */
export function warrantyReason(t: TFunction, d: WarrantyFacts): string {
  if (d.reason === 'OVERRIDDEN') return t('warranty.reason.OVERRIDDEN', { reason: d.override?.reason ?? d.text });
  if (NEEDS_FIGURES.includes(d.reason) && (d.daysSincePurchase == null || d.limit == null)) return d.text;
  return t(`warranty.reason.${d.reason}`, {
    days: d.daysSincePurchase,
    limit: d.limit,
    repairs: d.priorRepairs,
    category: d.productCategory ?? '',
    defaultValue: d.text,
  });
}

/** "15 天" / "12 个月": the window that applied, in the unit of its reason. */
export function warrantyLimit(t: TFunction, reason: WarrantyReason, limit?: number | null): string {
  if (limit == null) return '—';
  return t(DAY_LIMITS.includes(reason) ? 'warranty.limitDays' : 'warranty.limitMonths', { count: limit });
}

/** "OUT_OF_WARRANTY/NONE → IN_WARRANTY/REPAIR: 延保卡有效" in the reader's words; any other note as it is. */
export function overrideNote(t: TFunction, note: string): string {
  const m = /^([A-Z_]+)\/([A-Z_]+) → ([A-Z_]+)\/([A-Z_]+): ([\s\S]*)$/.exec(note);
  if (!m) return note;
  const pair = (status: string, entitlement: string) =>
    `${t(`warranty.status.${status}`, { defaultValue: status })}/${t(`warranty.entitlement.${entitlement}`, { defaultValue: entitlement })}`;
  return t('warranty.overrideNote', { from: pair(m[1], m[2]), to: pair(m[3], m[4]), reason: m[5] });
}

const statusColor: Record<WarrantyStatus, string> = { IN_WARRANTY: 'green', OUT_OF_WARRANTY: 'red', UNKNOWN: 'default' };
const entitlementColor: Record<Entitlement, string> = { RETURN: 'magenta', EXCHANGE: 'purple', REPAIR: 'blue', NONE: 'orange' };

export function WarrantyStatusTag({ status }: { status: WarrantyStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColor[status]} data-testid="warranty-status">{t(`warranty.status.${status}`)}</Tag>;
}

export function EntitlementTag({ entitlement }: { entitlement: Entitlement }) {
  const { t } = useTranslation();
  return <Tag color={entitlementColor[entitlement]} data-testid="warranty-entitlement">{t(`warranty.entitlement.${entitlement}`)}</Tag>;
}

/** Status and entitlement tags and the reason, with the figures the decision was made on. */
export function WarrantySummary({ decision, figures = true }: { decision: WarrantyFieldsFragment; figures?: boolean }) {
  const { t } = useTranslation();
  const limitReason = decision.override?.system.reason ?? decision.reason;
  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }}>
      <Space size={4} wrap>
        <WarrantyStatusTag status={decision.status} />
        <EntitlementTag entitlement={decision.entitlement} />
        {decision.override && <Tag color="gold">{t('warranty.overridden')}</Tag>}
      </Space>
      <Typography.Text data-testid="warranty-reason">{warrantyReason(t, decision)}</Typography.Text>
      {figures && (
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(104px, 1fr))', gap: '6px 12px' }} data-testid="warranty-figures">
          <Figure label={t('warranty.purchaseDate')} value={decision.purchaseDate ?? '—'} />
          <Figure label={t('warranty.daysSincePurchase')} value={decision.daysSincePurchase ?? '—'} />
          <Figure label={t('warranty.limit')} value={warrantyLimit(t, limitReason, decision.limit)} />
          <Figure label={t('warranty.priorRepairs')} value={decision.priorRepairs} />
          {decision.productCategory && <Figure label={t('warranty.productCategory')} value={decision.productCategory} />}
        </div>
      )}
    </Space>
  );
}

function Figure({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>{label}</Typography.Text>
      <Typography.Text>{value}</Typography.Text>
    </div>
  );
}

/** Card colours that say in or out of warranty at a glance. */
export const warrantyFrame: Record<WarrantyStatus, CSSProperties> = {
  IN_WARRANTY: { background: '#f6ffed', borderColor: '#b7eb8f' },
  OUT_OF_WARRANTY: { background: '#fff7e6', borderColor: '#ffd591' },
  UNKNOWN: {},
};

/** A product's warranty today as one short tag (the reason on hover), for lists of owned products. */
export function ProductWarrantyTag({ productModel, serialNumber, purchaseDate }: { productModel: string; serialNumber?: string | null; purchaseDate?: string | null }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(WarrantyPreviewQuery, {
    variables: { productModel, serialNumber: serialNumber || null, purchaseDate: purchaseDate || null },
    fetchPolicy: 'cache-first',
  });
  if (loading && !data) return <Spin size="small" />;
  const d = data?.warrantyPreview;
  if (error || !d) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Tooltip title={warrantyReason(t, d)}>
      <span data-testid="product-warranty">
        <WarrantyStatusTag status={d.status} />
        {d.status === 'IN_WARRANTY' && <EntitlementTag entitlement={d.entitlement} />}
      </span>
    </Tooltip>
  );
}
