import { Module } from '@nestjs/common';
import { TenantHandler } from './tenant/tenant.handler';
import { TenantService } from './tenant/tenant.service';

@Module({ controllers: [TenantHandler], providers: [TenantService] })
export class TenancyModule {}
