import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { DomainError, type CustomerArchive, type IntakeRpc, type TenantContext } from '@shouhou/contracts';
import { inTenantTransaction } from '@shouhou/persistence';
import type { z } from 'zod';
import { customerArchive } from './customers';
import { saveCustomerProfile } from './profile';
import { listProductModels, saveProductModel } from '../catalog/product-models';

/** Customers' profiles and archives, and the product catalog they are described with. */
@Injectable()
export class CustomerService {
  constructor(private readonly orm: MikroORM) {}

  byPhone(ctx: TenantContext, phone: string) {
    return inTenantTransaction(this.orm, ctx.tenantId, (em) => customerArchive(em, { phone }));
  }

  get(ctx: TenantContext, id: string) {
    return inTenantTransaction(this.orm, ctx.tenantId, (em) => customerArchive(em, { id }));
  }

  async save(ctx: TenantContext, input: z.output<typeof IntakeRpc.saveCustomer.input>): Promise<CustomerArchive> {
    return inTenantTransaction(this.orm, ctx.tenantId, async (em) => {
      const id = await saveCustomerProfile(em, ctx, input, new Date());
      const saved = await customerArchive(em, { id });
      if (!saved) throw new DomainError('INTERNAL', 'the customer just saved was not found');
      return saved;
    });
  }

  productModels(ctx: TenantContext, input: z.output<typeof IntakeRpc.productModels.input>) {
    return inTenantTransaction(this.orm, ctx.tenantId, (em) => listProductModels(em, input.search, input.includeInactive));
  }

  saveProductModel(ctx: TenantContext, input: z.output<typeof IntakeRpc.saveProductModel.input>) {
    return inTenantTransaction(this.orm, ctx.tenantId, (em) => saveProductModel(em, ctx, input));
  }
}
