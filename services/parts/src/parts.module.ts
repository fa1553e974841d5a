import { Module } from '@nestjs/common';
import { CompanyTimeZone } from './company/company-time-zone';
import { PartsHandler } from './parts.handler';
import { PartsImports } from './import/parts-import';
import { WorkOrderParts } from './reservation/work-order-parts';

@Module({ controllers: [PartsHandler], providers: [PartsImports, WorkOrderParts, CompanyTimeZone] })
export class PartsModule {}
