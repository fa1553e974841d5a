import type { Charges, PriceList } from '@shouhou/contracts';

export interface ChargeBasis {
  warrantyStatus: 'IN_WARRANTY' | 'OUT_OF_WARRANTY' | 'UNKNOWN';
  visitType: 'ON_SITE' | 'DEPOT';
  labourMinutes: number;
  parts: { sku: string; name: string; quantity: number; unitPrice: number }[];
}

/**
 * What the customer pays under the price list (收费标准). In warranty every line is shown at its price
 * and costs nothing; out of warranty, or when the warranty could not be established, the customer
 * pays the visit (or depot) fee once, labour in the list's steps, and parts at their price.
 */
export function chargesFor(basis: ChargeBasis, prices: PriceList): Omit<Charges, 'acceptedAt' | 'acceptedTotal' | 'acceptedBy'> {
  const chargeable = basis.warrantyStatus !== 'IN_WARRANTY';
  const lines: Charges['lines'] = [];
  const fee = basis.visitType === 'ON_SITE' ? prices.callOutFee : prices.depotFee;
  lines.push({ kind: basis.visitType === 'ON_SITE' ? 'CALL_OUT' : 'DEPOT', description: '', quantity: 1, unitPrice: fee, amount: fee });
  if (basis.labourMinutes > 0) {
    const steps = Math.ceil(basis.labourMinutes / prices.labourStepMinutes);
    const hours = (steps * prices.labourStepMinutes) / 60;
    lines.push({ kind: 'LABOUR', description: '', quantity: hours, unitPrice: prices.labourPerHour, amount: Math.round(hours * prices.labourPerHour) });
  }
  for (const p of basis.parts) lines.push({ kind: 'PART', description: `${p.name} (${p.sku})`, quantity: p.quantity, unitPrice: p.unitPrice, amount: p.quantity * p.unitPrice });
  const priced = chargeable ? lines : lines.map((l) => ({ ...l, amount: 0 }));
  return { chargeable, lines: priced, total: priced.reduce((sum, l) => sum + l.amount, 0), currency: 'CNY' };
}
