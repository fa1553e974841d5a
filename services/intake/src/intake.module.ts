import { Module } from '@nestjs/common';
import { ServiceRequestHandler } from './service-request/service-request.handler';
import { ServiceRequestService } from './service-request/service-request.service';
import { CommitmentsUpdatedConsumer } from './commitments/commitments-updated.consumer';

@Module({ controllers: [ServiceRequestHandler], providers: [ServiceRequestService, CommitmentsUpdatedConsumer] })
export class IntakeModule {}
