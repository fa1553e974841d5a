import { Module } from '@nestjs/common';
import { QueueHandler } from './queue/queue.handler';
import { QueueService } from './queue/queue.service';
import { RequestCreatedConsumer } from './queue/request-created.consumer';
import { WorkOrderHandler } from './work-order/work-order.handler';
import { WorkOrderService } from './work-order/work-order.service';
import { DispatchCommitmentsConsumer } from './work-order/work-clocks';
import { FieldWorkHandler } from './work-order/field-work.handler';
import { FieldWorkService } from './work-order/field-work.service';
import { CustomerVisitService } from './visit/customer-visit.service';
import { EscalationService } from './escalation/escalations';
import { PartsWaiting } from './work-order/parts-waiting';
import { CatalogParts } from './catalog/catalog-parts';

@Module({
  controllers: [QueueHandler, WorkOrderHandler, FieldWorkHandler],
  providers: [QueueService, RequestCreatedConsumer, WorkOrderService, DispatchCommitmentsConsumer, FieldWorkService, CustomerVisitService, EscalationService, PartsWaiting, CatalogParts],
})
export class DispatchModule {}
