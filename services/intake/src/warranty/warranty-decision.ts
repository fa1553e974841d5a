import type { CommitmentPolicy, WarrantyDecision } from '@shouhou/contracts';

type WarrantyRule = CommitmentPolicy['warranty'][number];

/** What the decision is made from. Dates are calendar days in the tenant's time zone. */
export interface WarrantyFacts {
  today: string;
  purchaseDate: string | null;
  /** null: the model is not in the catalog. */
  productCategory: string | null;
  rule: WarrantyRule | undefined;
  /** Earlier completed repairs of the same serial number since its purchase. */
  priorRepairs: number;
}

/** 三包: after two repairs the product still fails → the customer may have it exchanged. */
export const REPAIRS_BEFORE_EXCHANGE = 2;

/**
 * The warranty / 三包 decision (《部分商品修理更换退货责任规定》 as published per category in the
 * tenant's commitments): a performance fault within N days of the sale may be returned, within M days
 * exchanged, within the warranty repaired free of charge; after that the repair is paid. Day 0 is the
 * day of purchase, so "7 days" includes the 7th day after it.
 */
export function decideWarranty(f: WarrantyFacts): WarrantyDecision {
  const base = { purchaseDate: f.purchaseDate, productCategory: f.productCategory, priorRepairs: f.priorRepairs, override: null };
  if (f.productCategory === null) {
    return { ...base, status: 'UNKNOWN', entitlement: 'NONE', reason: 'MODEL_NOT_IN_CATALOG', text: '型号不在产品目录中，无法判断保修', daysSincePurchase: null, limit: null };
  }
  if (!f.rule) {
    return { ...base, status: 'UNKNOWN', entitlement: 'NONE', reason: 'NO_RULE_FOR_CATEGORY', text: `品类「${f.productCategory}」没有三包规则`, daysSincePurchase: null, limit: null };
  }
  if (!f.purchaseDate) {
    return { ...base, status: 'UNKNOWN', entitlement: 'NONE', reason: 'NO_PURCHASE_DATE', text: '没有购买日期：请客户提供发票或购货凭证', daysSincePurchase: null, limit: null };
  }
  const days = daysBetween(f.purchaseDate, f.today);
  const rule = f.rule;
  if (days <= rule.returnDays) {
    return { ...base, status: 'IN_WARRANTY', entitlement: 'RETURN', reason: 'WITHIN_RETURN_WINDOW', text: `购买第 ${days} 天，在 ${rule.returnDays} 天退货期内（性能故障可退货、换货或修理）`, daysSincePurchase: days, limit: rule.returnDays };
  }
  if (days <= rule.exchangeDays) {
    return { ...base, status: 'IN_WARRANTY', entitlement: 'EXCHANGE', reason: 'WITHIN_EXCHANGE_WINDOW', text: `购买第 ${days} 天，在 ${rule.exchangeDays} 天换货期内（性能故障可换货或修理）`, daysSincePurchase: days, limit: rule.exchangeDays };
  }
  if (f.today < addMonths(f.purchaseDate, rule.repairWarrantyMonths)) {
    if (f.priorRepairs >= REPAIRS_BEFORE_EXCHANGE) {
      return { ...base, status: 'IN_WARRANTY', entitlement: 'EXCHANGE', reason: 'REPEATED_REPAIRS', text: `保修期内已修理 ${f.priorRepairs} 次，仍不能正常使用可凭修理记录换货`, daysSincePurchase: days, limit: rule.repairWarrantyMonths };
    }
    return { ...base, status: 'IN_WARRANTY', entitlement: 'REPAIR', reason: 'WITHIN_REPAIR_WARRANTY', text: `购买第 ${days} 天，在 ${rule.repairWarrantyMonths} 个月保修期内，免费修理`, daysSincePurchase: days, limit: rule.repairWarrantyMonths };
  }
  return { ...base, status: 'OUT_OF_WARRANTY', entitlement: 'NONE', reason: 'WARRANTY_EXPIRED', text: `购买已 ${days} 天，超过 ${rule.repairWarrantyMonths} 个月保修期，收费修理`, daysSincePurchase: days, limit: rule.repairWarrantyMonths };
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The same day `months` later; the 31st becomes the month's last day (2024-01-31 + 1 → 2024-02-29). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}
