import { Module } from '@nestjs/common';
import { QueueHandler } from './queue/queue.handler';
import { QueueService } from './queue/queue.service';
import { RequestCreatedConsumer } from './queue/request-created.consumer';

@Module({ controllers: [QueueHandler], providers: [QueueService, RequestCreatedConsumer] })
export class DispatchModule {}
