import { describe, expect, it } from 'vitest';
import { addMonths, decideWarranty, type WarrantyFacts } from './warranty-decision';

const rule = { productCategory: '家用电器', returnDays: 7, exchangeDays: 15, repairWarrantyMonths: 12, partsWarrantyMonths: 12 };
const facts = (over: Partial<WarrantyFacts>): WarrantyFacts => ({ today: '2026-11-23', purchaseDate: '2026-11-10', productCategory: '家用电器', rule, priorRepairs: 0, ...over });

describe('warranty / 三包 decision', () => {
  it('lets a customer return a product up to the 7th day after purchase', () => {
    expect(decideWarranty(facts({ purchaseDate: '2026-11-16' }))).toMatchObject({ status: 'IN_WARRANTY', entitlement: 'RETURN', reason: 'WITHIN_RETURN_WINDOW', daysSincePurchase: 7, limit: 7 });
  });

  it('offers an exchange from the 8th to the 15th day', () => {
    expect(decideWarranty(facts({ purchaseDate: '2026-11-15' }))).toMatchObject({ entitlement: 'EXCHANGE', reason: 'WITHIN_EXCHANGE_WINDOW', daysSincePurchase: 8 });
    const day15 = decideWarranty(facts({ purchaseDate: '2026-11-08' }));
    expect(day15).toMatchObject({ entitlement: 'EXCHANGE', daysSincePurchase: 15 });
    expect(day15.text).toContain('15 天换货期');
  });

  it('repairs free of charge within the warranty months, then charges', () => {
    expect(decideWarranty(facts({ purchaseDate: '2026-11-07' }))).toMatchObject({ status: 'IN_WARRANTY', entitlement: 'REPAIR', reason: 'WITHIN_REPAIR_WARRANTY' });
    expect(decideWarranty(facts({ purchaseDate: '2025-11-24' }))).toMatchObject({ status: 'IN_WARRANTY', entitlement: 'REPAIR' });
    expect(decideWarranty(facts({ purchaseDate: '2025-11-23' }))).toMatchObject({ status: 'OUT_OF_WARRANTY', entitlement: 'NONE', reason: 'WARRANTY_EXPIRED', daysSincePurchase: 365 });
  });

  it('turns a third failure within the warranty into an exchange', () => {
    expect(decideWarranty(facts({ purchaseDate: '2026-03-01', priorRepairs: 1 })).entitlement).toBe('REPAIR');
    expect(decideWarranty(facts({ purchaseDate: '2026-03-01', priorRepairs: 2 }))).toMatchObject({ entitlement: 'EXCHANGE', reason: 'REPEATED_REPAIRS', priorRepairs: 2 });
    expect(decideWarranty(facts({ purchaseDate: '2024-03-01', priorRepairs: 5 })).entitlement).toBe('NONE');
  });

  it('says what is missing when it cannot decide', () => {
    expect(decideWarranty(facts({ purchaseDate: null }))).toMatchObject({ status: 'UNKNOWN', reason: 'NO_PURCHASE_DATE' });
    expect(decideWarranty(facts({ productCategory: null }))).toMatchObject({ status: 'UNKNOWN', reason: 'MODEL_NOT_IN_CATALOG' });
    expect(decideWarranty(facts({ rule: undefined, productCategory: '手机' }))).toMatchObject({ status: 'UNKNOWN', reason: 'NO_RULE_FOR_CATEGORY', text: '品类「手机」没有三包规则' });
  });

  it('counts warranty months to the same day, clamping to the month end', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-23', 12)).toBe('2026-11-23');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
  });
});
