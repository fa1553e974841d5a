import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PartsRpc } from '@shouhou/contracts';
import { ServiceClient } from '@shouhou/messaging';
import { authorize } from '../auth/session';
import type { GqlContext } from './context';
import { withoutNulls } from './resolvers';

type Args = Record<string, unknown>;

/** Parts inventory: each resolver authorises by the permission table and calls the parts service. */
@Resolver()
export class PartsResolver {
  constructor(@Inject(ServiceClient) private readonly services: ServiceClient) {}

  private async call<K extends keyof typeof PartsRpc>(gql: GqlContext, rpc: K, operation: 'partsRead' | 'partsWrite' | 'returnDefectivePart' | 'defectAnalysis', input: Args) {
    const contract = PartsRpc[rpc];
    return this.services.call(contract as never, authorize(await gql.session(), operation), withoutNulls(input) as never) as Promise<unknown>;
  }

  @Query('parts')
  parts(@Context() gql: GqlContext, @Args() args: Args) {
    return this.call(gql, 'parts', 'partsRead', args);
  }

  @Query('part')
  part(@Context() gql: GqlContext, @Args('id') id: string) {
    return this.call(gql, 'part', 'partsRead', { id });
  }

  @Query('stockLocations')
  locations(@Context() gql: GqlContext) {
    return this.call(gql, 'locations', 'partsRead', {});
  }

  @Query('stockLevels')
  stock(@Context() gql: GqlContext, @Args() args: Args) {
    return this.call(gql, 'stock', 'partsRead', args);
  }

  @Query('partReservations')
  reservations(@Context() gql: GqlContext, @Args() args: Args) {
    return this.call(gql, 'reservations', 'partsRead', args);
  }

  @Query('defects')
  defects(@Context() gql: GqlContext, @Args() args: Args) {
    return this.call(gql, 'defects', 'partsRead', args);
  }

  @Query('defectAnalysis')
  analysis(@Context() gql: GqlContext, @Args() args: Args) {
    return this.call(gql, 'defectAnalysis', 'defectAnalysis', args);
  }

  @Query('transfers')
  transfers(@Context() gql: GqlContext, @Args() args: Args) {
    return this.call(gql, 'transfers', 'partsRead', args);
  }

  @Query('stocktakes')
  stocktakes(@Context() gql: GqlContext, @Args() args: Args) {
    return this.call(gql, 'stocktakes', 'partsRead', args);
  }

  @Query('stocktake')
  stocktake(@Context() gql: GqlContext, @Args('id') id: string) {
    return this.call(gql, 'stocktake', 'partsRead', { id });
  }

  @Query('partsImport')
  importJob(@Context() gql: GqlContext, @Args('id') id: string) {
    return this.call(gql, 'importJob', 'partsWrite', { id });
  }

  @Mutation('savePart')
  savePart(@Context() gql: GqlContext, @Args('input') input: Args) {
    return this.call(gql, 'savePart', 'partsWrite', input);
  }

  @Mutation('saveStockLocation')
  saveLocation(@Context() gql: GqlContext, @Args('input') input: Args) {
    return this.call(gql, 'saveLocation', 'partsWrite', input);
  }

  @Mutation('setReorderLevel')
  async reorderLevel(@Context() gql: GqlContext, @Args() args: Args) {
    // Null clears the level: passed on, not dropped like other absent arguments.
    const input = { locationId: args.locationId, sku: args.sku, reorderPoint: args.reorderPoint ?? null, reorderQuantity: args.reorderQuantity ?? null };
    return this.services.call(PartsRpc.setReorderLevel, authorize(await gql.session(), 'partsWrite'), input as never);
  }

  @Mutation('receiveStock')
  receive(@Context() gql: GqlContext, @Args() args: Args) {
    return this.call(gql, 'receive', 'partsWrite', args);
  }

  @Mutation('adjustStock')
  adjust(@Context() gql: GqlContext, @Args() args: Args) {
    return this.call(gql, 'adjust', 'partsWrite', args);
  }

  @Mutation('scrapStock')
  scrap(@Context() gql: GqlContext, @Args() args: Args) {
    return this.call(gql, 'scrap', 'partsWrite', args);
  }

  @Mutation('returnDefectivePart')
  returnDefective(@Context() gql: GqlContext, @Args() args: Args) {
    return this.call(gql, 'returnDefective', 'returnDefectivePart', args);
  }

  @Mutation('requestTransfer')
  requestTransfer(@Context() gql: GqlContext, @Args() args: Args) {
    return this.call(gql, 'requestTransfer', 'partsWrite', args);
  }

  @Mutation('shipTransfer')
  ship(@Context() gql: GqlContext, @Args('id') id: string) {
    return this.call(gql, 'shipTransfer', 'partsWrite', { id });
  }

  @Mutation('receiveTransfer')
  receiveTransfer(@Context() gql: GqlContext, @Args('id') id: string) {
    return this.call(gql, 'receiveTransfer', 'partsWrite', { id });
  }

  @Mutation('cancelTransfer')
  cancelTransfer(@Context() gql: GqlContext, @Args('id') id: string) {
    return this.call(gql, 'cancelTransfer', 'partsWrite', { id });
  }

  @Mutation('startStocktake')
  startStocktake(@Context() gql: GqlContext, @Args() args: Args) {
    return this.call(gql, 'startStocktake', 'partsWrite', args);
  }

  @Mutation('recordCount')
  recordCount(@Context() gql: GqlContext, @Args() args: Args) {
    return this.call(gql, 'recordCount', 'partsWrite', args);
  }

  @Mutation('submitStocktake')
  submit(@Context() gql: GqlContext, @Args('id') id: string) {
    return this.call(gql, 'submitStocktake', 'partsWrite', { id });
  }

  @Mutation('approveStocktake')
  approve(@Context() gql: GqlContext, @Args() args: Args) {
    return this.call(gql, 'approveStocktake', 'partsWrite', args);
  }

  @Mutation('cancelStocktake')
  cancelStocktake(@Context() gql: GqlContext, @Args('id') id: string) {
    return this.call(gql, 'cancelStocktake', 'partsWrite', { id });
  }

  @Mutation('startPartsImport')
  startImport(@Context() gql: GqlContext, @Args() args: Args) {
    return this.call(gql, 'startImport', 'partsWrite', args);
  }
}

@Resolver('Part')
export class PartResolver {
  constructor(@Inject(ServiceClient) private readonly services: ServiceClient) {}

  @ResolveField('stock')
  async stock(@Parent() part: { sku: string }, @Context() gql: GqlContext) {
    const page = await this.services.call(PartsRpc.stock, authorize(await gql.session(), 'partsRead'), { search: part.sku, first: 100 } as never);
    return page.edges.map((e) => e.node).filter((s) => s.sku === part.sku);
  }

  @ResolveField('movements')
  async movements(@Parent() part: { id: string }, @Context() gql: GqlContext, @Args() args: Args) {
    return this.services.call(PartsRpc.movements, authorize(await gql.session(), 'partsRead'), withoutNulls({ ...args, partId: part.id }) as never);
  }
}
