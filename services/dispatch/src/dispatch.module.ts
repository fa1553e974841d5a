import { Module } from '@nestjs/common';
import { QueueHandler } from './queue/queue.handler';
import { QueueService } from './queue/queue.service';
import { RequestCreatedConsumer } from './queue/request-created.consumer';
import { WorkOrderHandler } from './work-order/work-order.handler';
import { WorkOrderService } from './work-order/work-order.service';
import { DispatchCommitmentsConsumer } from './work-order/work-clocks';

@Module({ controllers: [QueueHandler, WorkOrderHandler], providers: [QueueService, RequestCreatedConsumer, WorkOrderService, DispatchCommitmentsConsumer] })
export class DispatchModule {}
