import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { enUS, zhCN } from '../i18n/resources';
import type { WarrantyFieldsFragment } from '../gql/graphql';
import { overrideNote, warrantyLimit, warrantyReason } from './warranty';

const i18n = i18next.createInstance();
beforeAll(() => i18n.init({ resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } }, lng: 'zh-CN', interpolation: { escapeValue: false }, showSupportNotice: false }));
const zh = () => i18n.getFixedT('zh-CN');
const en = () => i18n.getFixedT('en-US');

const decision = (d: Partial<WarrantyFieldsFragment>): WarrantyFieldsFragment => ({
  status: 'IN_WARRANTY', entitlement: 'EXCHANGE', reason: 'WITHIN_EXCHANGE_WINDOW', text: '（租户语言的原文）', purchaseDate: '2026-11-14',
  productCategory: '家用电器', daysSincePurchase: 9, limit: 15, priorRepairs: 0, override: null, ...d,
});

describe('the warranty reason in the reader’s language', () => {
  it('renders the exchange window from its figures', () => {
    expect(warrantyReason(zh(), decision({}))).toBe('购买第 9 天，在 15 天换货期内（性能故障可换货或修理）');
    expect(warrantyReason(en(), decision({}))).toBe('Day 9 after purchase, within the 15-day exchange window (a performance fault may be exchanged or repaired)');
  });

  it('renders each reason, the same as the service words it in Chinese', () => {
    expect(warrantyReason(zh(), decision({ reason: 'WITHIN_RETURN_WINDOW', daysSincePurchase: 3, limit: 7 }))).toBe('购买第 3 天，在 7 天退货期内（性能故障可退货、换货或修理）');
    expect(warrantyReason(zh(), decision({ reason: 'WITHIN_REPAIR_WARRANTY', daysSincePurchase: 100, limit: 12 }))).toBe('购买第 100 天，在 12 个月保修期内，免费修理');
    expect(warrantyReason(zh(), decision({ reason: 'WARRANTY_EXPIRED', daysSincePurchase: 800, limit: 12 }))).toBe('购买已 800 天，超过 12 个月保修期，收费修理');
    expect(warrantyReason(zh(), decision({ reason: 'REPEATED_REPAIRS', priorRepairs: 2 }))).toBe('保修期内已修理 2 次，仍不能正常使用可凭修理记录换货');
    expect(warrantyReason(zh(), decision({ reason: 'NO_RULE_FOR_CATEGORY', productCategory: '手机' }))).toBe('品类「手机」没有三包规则');
    expect(warrantyReason(en(), decision({ reason: 'NO_PURCHASE_DATE', daysSincePurchase: null, limit: null }))).toMatch(/^No purchase date/);
    expect(warrantyReason(en(), decision({ reason: 'WARRANTY_EXPIRED', daysSincePurchase: 800, limit: 12 }))).toBe('800 days after purchase, past the 12-month warranty: paid repair');
  });

  it('shows an override as the agent’s own words', () => {
    const overridden = decision({ reason: 'OVERRIDDEN', text: '延保卡 EX-2025-77 有效', override: { by: 'u1', at: '2026-11-23T08:00:00Z', reason: '延保卡 EX-2025-77 有效', system: { status: 'OUT_OF_WARRANTY', entitlement: 'NONE', reason: 'WARRANTY_EXPIRED' } } });
    expect(warrantyReason(zh(), overridden)).toBe('人工改判：延保卡 EX-2025-77 有效');
    expect(warrantyReason(en(), overridden)).toBe('Overridden: 延保卡 EX-2025-77 有效');
  });

  it('falls back to the stored text when the figures are missing', () => {
    expect(warrantyReason(en(), decision({ daysSincePurchase: null }))).toBe('（租户语言的原文）');
  });

  it('counts return and exchange windows in days and the warranty in months', () => {
    expect(warrantyLimit(zh(), 'WITHIN_EXCHANGE_WINDOW', 15)).toBe('15 天');
    expect(warrantyLimit(en(), 'WARRANTY_EXPIRED', 12)).toBe('12 months');
    expect(warrantyLimit(en(), 'NO_PURCHASE_DATE', null)).toBe('—');
  });

  it('reads the timeline note of an override', () => {
    const note = 'OUT_OF_WARRANTY/NONE → IN_WARRANTY/REPAIR: 延保卡 EX-2025-77 有效';
    expect(overrideNote(zh(), note)).toBe('过保/收费修理 → 在保/免费修理：延保卡 EX-2025-77 有效');
    expect(overrideNote(en(), note)).toBe('Out of warranty/Paid repair → In warranty/Free repair: 延保卡 EX-2025-77 有效');
    expect(overrideNote(en(), 'something else')).toBe('something else');
  });
});
