import { Module } from '@nestjs/common';
import { TenantHandler } from './tenant/tenant.handler';
import { TenantService } from './tenant/tenant.service';
import { CommitmentsHandler } from './commitments/commitments.handler';
import { CommitmentsService } from './commitments/commitments.service';
import { UsersHandler } from './users/users.handler';
import { UsersService } from './users/users.service';

@Module({ controllers: [TenantHandler, CommitmentsHandler, UsersHandler], providers: [TenantService, CommitmentsService, UsersService] })
export class TenancyModule {}
