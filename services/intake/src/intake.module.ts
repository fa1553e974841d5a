import { Module } from '@nestjs/common';
import { ServiceRequestHandler } from './service-request/service-request.handler';
import { ServiceRequestService } from './service-request/service-request.service';
import { CommitmentsUpdatedConsumer } from './commitments/commitments-updated.consumer';
import { CustomerHandler } from './customer/customer.handler';
import { CustomerService } from './customer/customer.service';
import { CustomerImports } from './customer/import/customer-imports.service';
import { ArchiveFeed } from './customer/archive';
import { WorkProgress } from './customer/work-progress';
import { EmailService } from './email/email.service';
import { CustomerNotifications } from './email/notifications';
import { Mailer } from './email/mailer';

@Module({
  controllers: [ServiceRequestHandler, CustomerHandler],
  providers: [ServiceRequestService, CustomerService, CustomerImports, ArchiveFeed, WorkProgress, EmailService, Mailer, CustomerNotifications, CommitmentsUpdatedConsumer],
})
export class IntakeModule {}
