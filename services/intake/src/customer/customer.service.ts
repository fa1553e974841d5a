import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { DomainError, type CustomerArchive, type IntakeRpc, type TenantContext } from '@shouhou/contracts';
import { inTenantTransaction } from '@shouhou/persistence';
import type { z } from 'zod';
import { customerArchive } from './customers';
import { serialHistory } from './archive';
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

  productHistory(ctx: TenantContext, serialNumber: string) {
    return inTenantTransaction(this.orm, ctx.tenantId, async (em) => {
      const [owned]: { customer_id: string; name: string; product_model: string; purchase_date: string | null }[] = await em.execute(
        `select p.customer_id, c.name, p.product_model, to_char(p.purchase_date, 'YYYY-MM-DD') as purchase_date
         from intake.customer_product p join intake.customer c on c.id = p.customer_id where p.serial_number = ?`,
        [serialNumber],
      );
      return {
        serialNumber,
        owner: owned ? { id: owned.customer_id, name: owned.name } : null,
        productModel: owned?.product_model ?? null,
        purchaseDate: owned?.purchase_date ?? null,
        history: await serialHistory(em, serialNumber),
      };
    });
  }

  productModels(ctx: TenantContext, input: z.output<typeof IntakeRpc.productModels.input>) {
    return inTenantTransaction(this.orm, ctx.tenantId, (em) => listProductModels(em, input.search, input.includeInactive));
  }

  saveProductModel(ctx: TenantContext, input: z.output<typeof IntakeRpc.saveProductModel.input>) {
    return inTenantTransaction(this.orm, ctx.tenantId, (em) => saveProductModel(em, ctx, input));
  }
}
