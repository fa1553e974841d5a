import { Module } from '@nestjs/common';
import { TenantHandler } from './tenant/tenant.handler';
import { TenantService } from './tenant/tenant.service';
import { CommitmentsHandler } from './commitments/commitments.handler';
import { CommitmentsService } from './commitments/commitments.service';

@Module({ controllers: [TenantHandler, CommitmentsHandler], providers: [TenantService, CommitmentsService] })
export class TenancyModule {}
