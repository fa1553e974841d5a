import { Injectable } from '@nestjs/common';
import { DispatchEvents, IntakeConsumers, type RequestAction, type ServiceRequestStatus, type TenantContext, type WorkOrderStatus } from '@shouhou/contracts';
import { Consumers } from '@shouhou/messaging';
import { ServiceRequestService } from '../service-request/service-request.service';
import { addEntry } from './archive';

/**
 * The request follows its work order: a technician taking the job puts it in progress, a completed
 * visit resolves it, and a customer disputing the service reopens it. Each step is the lifecycle's own (first response first, if still due), by the
 * actor `dispatch`; every work-order step also goes to the customer's archive.
 */
@Injectable()
export class WorkProgress {
  constructor(consumers: Consumers, requests: ServiceRequestService) {
    consumers.on(DispatchEvents.workOrderChanged, { durable: IntakeConsumers.dispatchWorkOrders }, async (em, ctx, { workOrder, event }) => {
      await addEntry(em, ctx, { requestId: workOrder.serviceRequestId, source: 'dispatch', kind: event.action, summary: [workOrder.technicianName, event.note].filter(Boolean).join('：'), at: new Date(event.at) });
      const status = await requests.statusOf(em, workOrder.serviceRequestId);
      if (!status) return;
      const system: TenantContext = { ...ctx, actorId: 'dispatch' };
      // Only a step that moved the work order moves the request: a note on a completed job (a dispute, an
      // escalation) must not resolve a request the customer had reopened.
      if (event.fromStatus !== event.toStatus) for (const action of stepsTo(status, event.toStatus)) await requests.apply(em, system, workOrder.serviceRequestId, action, null);
      // The customer says the repair did not fix it: the request is open again, in their words.
      if (event.action === 'CUSTOMER_DISPUTE_SERVICE' && status === 'RESOLVED') await requests.apply(em, system, workOrder.serviceRequestId, 'REOPEN', `客户对服务有异议：${event.note ?? ''}`);
    });
  }
}

/** The lifecycle actions that bring a request in `status` to where its work order now is. */
export function stepsTo(status: ServiceRequestStatus, work: WorkOrderStatus): RequestAction[] {
  const inProgress = ['ACCEPTED', 'EN_ROUTE', 'ON_SITE', 'RECEIVED', 'IN_REPAIR', 'QC_PASSED', 'SHIPPED'].includes(work);
  if (inProgress || work === 'COMPLETED') {
    const steps: RequestAction[] = [];
    if (status === 'NEW') steps.push('ACKNOWLEDGE', 'START');
    if (status === 'ACKNOWLEDGED') steps.push('START');
    if (work === 'COMPLETED' && ['NEW', 'ACKNOWLEDGED', 'IN_PROGRESS'].includes(status)) steps.push('RESOLVE');
    return steps;
  }
  return [];
}
