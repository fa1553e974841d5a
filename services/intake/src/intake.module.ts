import { Module } from '@nestjs/common';
import { ServiceRequestHandler } from './service-request/service-request.handler';
import { ServiceRequestService } from './service-request/service-request.service';

@Module({ controllers: [ServiceRequestHandler], providers: [ServiceRequestService] })
export class IntakeModule {}
