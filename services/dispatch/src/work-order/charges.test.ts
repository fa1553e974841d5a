import { describe, expect, it } from 'vitest';
import { chargesFor } from './charges';

const prices = { callOutFee: 5000, depotFee: 3000, labourPerHour: 8000, labourStepMinutes: 30, parts: [] };
const capacitor = { sku: 'CAP-35', name: '启动电容', quantity: 2, unitPrice: 4500 };

describe('charges for a visit', () => {
  it('bills an out-of-warranty visit: call-out fee, labour rounded up to the next half hour, parts at price', () => {
    const c = chargesFor({ warrantyStatus: 'OUT_OF_WARRANTY', visitType: 'ON_SITE', labourMinutes: 40, parts: [capacitor] }, prices);
    expect(c.lines.map((l) => [l.kind, l.quantity, l.amount])).toEqual([
      ['CALL_OUT', 1, 5000],
      ['LABOUR', 1, 8000],
      ['PART', 2, 9000],
    ]);
    expect(c).toMatchObject({ chargeable: true, total: 22000, currency: 'CNY' });
  });

  it('shows the same lines at no cost in warranty', () => {
    const c = chargesFor({ warrantyStatus: 'IN_WARRANTY', visitType: 'ON_SITE', labourMinutes: 40, parts: [capacitor] }, prices);
    expect(c.chargeable).toBe(false);
    expect(c.total).toBe(0);
    expect(c.lines.map((l) => l.unitPrice)).toEqual([5000, 8000, 4500]);
  });

  it('charges the depot fee instead of a call-out for a product repaired at the depot, and no labour line without labour', () => {
    const c = chargesFor({ warrantyStatus: 'UNKNOWN', visitType: 'DEPOT', labourMinutes: 0, parts: [] }, prices);
    expect(c.lines).toEqual([{ kind: 'DEPOT', description: '', quantity: 1, unitPrice: 3000, amount: 3000 }]);
    expect(c.total).toBe(3000);
  });
});
