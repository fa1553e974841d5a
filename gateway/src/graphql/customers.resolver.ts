import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IntakeRpc } from '@shouhou/contracts';
import { ServiceClient } from '@shouhou/messaging';
import { authorize } from '../auth/session';
import type { GqlContext } from './context';
import { withoutNulls } from './resolvers';

/** Customers' archives, the product catalog and warranty decisions: intake's customer side. */
@Resolver()
export class CustomersResolver {
  constructor(@Inject(ServiceClient) private readonly services: ServiceClient) {}

  @Query('customerByPhone')
  async customerByPhone(@Context() gql: GqlContext, @Args('phone') phone: string) {
    return this.services.call(IntakeRpc.customerByPhone, authorize(await gql.session(), 'customers'), { phone });
  }

  @Query('possibleDuplicates')
  async possibleDuplicates(@Context() gql: GqlContext, @Args('customerPhone') customerPhone: string | null, @Args('serialNumber') serialNumber: string | null) {
    return this.services.call(IntakeRpc.possibleDuplicates, authorize(await gql.session(), 'customers'), { customerPhone, serialNumber });
  }

  @Query('customer')
  async customer(@Context() gql: GqlContext, @Args('id') id: string) {
    return this.services.call(IntakeRpc.customer, authorize(await gql.session(), 'customers'), { id });
  }

  @Query('productHistory')
  async productHistory(@Context() gql: GqlContext, @Args('serialNumber') serialNumber: string) {
    return this.services.call(IntakeRpc.productHistory, authorize(await gql.session(), 'customers'), { serialNumber });
  }

  @Mutation('saveCustomer')
  async saveCustomer(@Context() gql: GqlContext, @Args('input') input: Record<string, unknown>) {
    return this.services.call(IntakeRpc.saveCustomer, authorize(await gql.session(), 'saveCustomer'), withoutNulls(input) as never);
  }

  @Query('productModels')
  async productModels(@Context() gql: GqlContext, @Args('search') search: string | null, @Args('includeInactive') includeInactive: boolean) {
    return this.services.call(IntakeRpc.productModels, authorize(await gql.session(), 'productModels'), { search, includeInactive });
  }

  @Mutation('saveProductModel')
  async saveProductModel(@Context() gql: GqlContext, @Args('input') input: Record<string, unknown>) {
    return this.services.call(IntakeRpc.saveProductModel, authorize(await gql.session(), 'saveProductModel'), withoutNulls(input) as never);
  }

  @Mutation('startCustomerImport')
  async startCustomerImport(@Context() gql: GqlContext, @Args('fileName') fileName: string | null, @Args('csv') csv: string) {
    return this.services.call(IntakeRpc.startCustomerImport, authorize(await gql.session(), 'importCustomers'), { fileName: fileName ?? undefined, csv });
  }

  @Query('customerImport')
  async customerImport(@Context() gql: GqlContext, @Args('id') id: string) {
    return this.services.call(IntakeRpc.customerImport, authorize(await gql.session(), 'importCustomers'), { id });
  }

  @Query('warrantyPreview')
  async warrantyPreview(
    @Context() gql: GqlContext,
    @Args('productModel') productModel: string,
    @Args('serialNumber') serialNumber: string | null,
    @Args('purchaseDate') purchaseDate: string | null,
  ) {
    return this.services.call(IntakeRpc.warrantyPreview, authorize(await gql.session(), 'customers'), { productModel, serialNumber, purchaseDate });
  }

  @Mutation('overrideWarranty')
  async overrideWarranty(
    @Context() gql: GqlContext,
    @Args('id') id: string,
    @Args('status') status: string,
    @Args('entitlement') entitlement: string,
    @Args('reason') reason: string,
  ) {
    return this.services.call(IntakeRpc.overrideWarranty, authorize(await gql.session(), 'overrideWarranty'), { id, status, entitlement, reason } as never);
  }
}
