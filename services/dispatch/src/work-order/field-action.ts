import { DomainError, type DispatchRpc, type TenantContext, type WorkOrder } from '@shouhou/contracts';
import type { TenantEntityManager } from '@shouhou/persistence';
import type { z } from 'zod';
import { dispatchSettings } from '../settings/dispatch-settings';
import { assertWorksOn } from './access';
import { STOPS } from './clocks';
import { nextFieldStatus } from './field-steps';
import { recordStep, withDetails, workOrderById, type WorkOrderRow } from './work-orders';
import { startDepotRepairClock, stopClock } from './work-clocks';

type FieldActionInput = z.output<(typeof DispatchRpc)['fieldAction']['input']>;

const required = (field: string, message: string) => new DomainError('BAD_USER_INPUT', message, { issues: [{ field: `input.${field}`, reason: 'required', message }] });

/**
 * One step of the technician's on their job: the status moves by the steps table, and each step
 * records what it carries (the depot's receipt and shipment, the customer's signature) and stops or
 * starts its clock.
 */
export async function performFieldStep(em: TenantEntityManager, ctx: TenantContext, input: FieldActionInput): Promise<WorkOrder> {
  const order = await workOrderById(em, input.workOrderId, true);
  await assertWorksOn(em, ctx, order);
  const to = nextFieldStatus(order.status, input.action, input.note, order.visit_type);
  const declined = input.action === 'DECLINE';
  // A visit is made when the technician gets to the customer, or gets there and cannot work.
  const visited = input.action === 'ARRIVE' || input.action === 'RECEIVE' || (input.action === 'FAIL' && order.status === 'EN_ROUTE');
  await em.execute(
    `update dispatch.work_order set status = ?, version = version + 1, updated_at = now(), visits = visits + ?,
       technician_id = case when ? then null else technician_id end,
       excluded_technician_ids = case when ? then array_append(excluded_technician_ids, technician_id) else excluded_technician_ids end
     where id = ?`,
    [to, visited ? 1 : 0, declined, declined, order.id],
  );
  await STEP_EFFECTS[input.action]?.(em, ctx, order, input);
  const stops = STOPS[input.action];
  if (stops) await stopClock(em, order.id, stops);
  return recordStep(em, ctx, order.id, { action: input.action, from: order.status, to, technicianId: order.technician_id, note: input.note, location: input.location });
}

type Effect = (em: TenantEntityManager, ctx: TenantContext, order: WorkOrderRow, input: FieldActionInput) => Promise<void>;

const depot = (order: WorkOrderRow): NonNullable<WorkOrder['depot']> =>
  order.depot ?? { condition: null, accessories: [], receivedAt: null, qcNote: null, carrier: null, trackingNumber: null, shippedAt: null };

const saveDepot = (em: TenantEntityManager, id: string, record: NonNullable<WorkOrder['depot']>) =>
  em.execute(`update dispatch.work_order set depot = ? where id = ?`, [JSON.stringify(record), id]);

const STEP_EFFECTS: Partial<Record<FieldActionInput['action'], Effect>> = {
  /** 收货: the product's condition and accessories on arrival; the depot's repair clock starts. */
  RECEIVE: async (em, ctx, order, input) => {
    if (!input.condition?.trim()) throw required('condition', 'describe the condition the product arrived in');
    const receivedAt = new Date();
    await saveDepot(em, order.id, { ...depot(order), condition: input.condition, accessories: input.accessories ?? [], receivedAt: receivedAt.toISOString() });
    await startDepotRepairClock(em, ctx, order.id, order.complexity, receivedAt, (await dispatchSettings(em)).depotWeek);
  },
  QC_PASS: async (em, _ctx, order, input) => {
    await saveDepot(em, order.id, { ...depot(order), qcNote: input.note ?? null });
  },
  QC_FAIL: async (em, _ctx, order, input) => {
    await saveDepot(em, order.id, { ...depot(order), qcNote: input.note ?? null });
  },
  /** 寄回: carrier and tracking number, which the customer sees on their link. */
  // The product goes back only once the customer agreed to what they pay for the repair.
  SHIP: async (em, _ctx, order, input) => {
    await assertChargesAgreed(em, order);
    if (!input.carrier?.trim()) throw required('carrier', 'say which carrier takes it back');
    if (!input.trackingNumber?.trim()) throw required('trackingNumber', 'give the tracking number');
    await saveDepot(em, order.id, { ...depot(order), carrier: input.carrier, trackingNumber: input.trackingNumber, shippedAt: new Date().toISOString() });
  },
  /**
   * 完工: out-of-warranty work needs the customer's agreement to what they pay (and to the amount as it
   * now stands); the customer confirms by signing on the phone, or later through their link.
   */
  COMPLETE: async (em, ctx, order, input) => {
    await assertChargesAgreed(em, order);
    if (input.signature) {
      if (!input.signerName?.trim()) throw required('signerName', 'say who signed');
      await em.execute(`insert into dispatch.signature (work_order_id, tenant_id, image, signer_name, signed_at) values (?, ?, ?, ?, now())
        on conflict (work_order_id) do update set image = excluded.image, signer_name = excluded.signer_name, signed_at = now()`, [order.id, ctx.tenantId, input.signature, input.signerName]);
    }
    await em.execute(
      `update dispatch.work_order set completed_at = now(), confirmation_status = ?, confirmation_method = ?, confirmed_at = ? where id = ?`,
      input.signature ? ['CONFIRMED', 'SIGNATURE', new Date(), order.id] : ['PENDING', null, null, order.id],
    );
  },
};

/** Chargeable work goes on only once the customer agreed to the amount as it now stands. */
async function assertChargesAgreed(em: TenantEntityManager, order: WorkOrderRow) {
  const [current] = await withDetails(em, [order]);
  const charges = current.charges!;
  if (charges.chargeable && charges.total > 0 && charges.acceptedTotal !== charges.total) {
    const message = charges.acceptedAt ? 'the charges changed since the customer agreed: show them again' : 'the customer has not agreed to the charges yet';
    throw new DomainError('CONFLICT', message, { issues: [{ field: 'input.action', reason: 'charges_not_accepted', message }] });
  }
}
