import { calendarDay, DomainError, type WarrantyDecision } from '@shouhou/contracts';
import type { TenantEntityManager } from '@shouhou/persistence';
import { categoryOf } from '../catalog/product-models';
import type { TenantRules } from '../commitments/tenant-clock';
import { decideWarranty } from './warranty-decision';

export interface WarrantySubject {
  productModel: string;
  serialNumber?: string | null;
  /** As the customer states it; otherwise the registered product's. */
  purchaseDate?: string | null;
}

/**
 * The decision for a product now, from the catalog (its category), the tenant's 三包 rules, the
 * purchase date (stated, or the customer's registered product with this serial) and the serial's
 * earlier repairs.
 */
export async function warrantyFor(em: TenantEntityManager, rules: TenantRules, subject: WarrantySubject, now: Date, excludeRequestId?: string): Promise<WarrantyDecision> {
  const today = calendarDay(now, rules.timeZone);
  const serial = subject.serialNumber?.trim() ?? '';
  let purchaseDate = subject.purchaseDate ?? null;
  if (!purchaseDate && serial) {
    const [owned]: { purchase_date: string | null }[] = await em.execute(
      `select to_char(purchase_date, 'YYYY-MM-DD') as purchase_date from intake.customer_product where serial_number = ?`,
      [serial],
    );
    purchaseDate = owned?.purchase_date ?? null;
  }
  if (purchaseDate && purchaseDate > today) {
    throw new DomainError('BAD_USER_INPUT', 'the purchase date is in the future', {
      issues: [{ field: 'input.purchaseDate', reason: 'future', message: 'the purchase date is in the future' }],
    });
  }
  const productCategory = await categoryOf(em, subject.productModel);
  const priorRepairs = serial && purchaseDate ? await repairsSince(em, serial, purchaseDate, excludeRequestId) : 0;
  return decideWarranty({
    today,
    purchaseDate,
    productCategory,
    rule: rules.warranty.find((r) => r.productCategory === productCategory),
    priorRepairs,
  });
}

async function repairsSince(em: TenantEntityManager, serial: string, purchaseDate: string, excludeRequestId?: string): Promise<number> {
  const [row]: { n: number }[] = await em.execute(
    `select count(*)::int as n from intake.service_request
     where serial_number = ? and category = 'REPAIR' and status in ('RESOLVED', 'CLOSED') and created_at >= ?::date and id <> ?::uuid`,
    [serial, purchaseDate, excludeRequestId ?? '00000000-0000-0000-0000-000000000000'],
  );
  return row.n;
}
