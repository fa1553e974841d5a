import { Module } from '@nestjs/common';
import { ServiceRequestHandler } from './service-request/service-request.handler';
import { ServiceRequestService } from './service-request/service-request.service';
import { CommitmentsUpdatedConsumer } from './commitments/commitments-updated.consumer';
import { CustomerHandler } from './customer/customer.handler';
import { CustomerService } from './customer/customer.service';

@Module({
  controllers: [ServiceRequestHandler, CustomerHandler],
  providers: [ServiceRequestService, CustomerService, CommitmentsUpdatedConsumer],
})
export class IntakeModule {}
