import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import { MikroORM } from '@mikro-orm/postgresql';
import { PartsRpc, type TenantContext } from '@shouhou/contracts';
import { inTenantWrite, OutboxRelay, RpcResponder } from '@shouhou/messaging';
import { inTenantTransaction, type TenantEntityManager } from '@shouhou/persistence';
import { listParts, partById, savePart } from './catalog/parts-catalog';
import { defectAnalysis, defects, returnDefective } from './defect/defects';
import { PartsImports } from './import/parts-import';
import { listLocations, saveLocation } from './location/locations';
import { listReservations } from './reservation/reservations';
import { adjust, listStock, movements, receive, scrap, setReorderLevel } from './stock/stock';
import { approveStocktake, cancelStocktake, listStocktakes, recordCount, startStocktake, stocktakeById, submitStocktake } from './stocktake/stocktakes';
import { cancelTransfer, listTransfers, receiveTransfer, requestTransfer, shipTransfer } from './transfer/transfers';

/** NATS entry of the parts service: each handler is one call into the domain, in the tenant's transaction. */
@Controller()
export class PartsHandler {
  constructor(
    private readonly rpc: RpcResponder,
    private readonly orm: MikroORM,
    private readonly relay: OutboxRelay,
    private readonly imports: PartsImports,
  ) {}

  private read<T>(ctx: TenantContext, work: (em: TenantEntityManager) => Promise<T>) {
    return inTenantTransaction(this.orm, ctx.tenantId, work);
  }

  /** A change may promise events (low stock, reservations): the relay is woken after the commit. */
  private write<T>(ctx: TenantContext, work: (em: TenantEntityManager) => Promise<T>) {
    return inTenantWrite(this.orm, this.relay, ctx, work);
  }

  @MessagePattern(PartsRpc.parts.subject)
  parts(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.parts, p, n, (ctx, input) => this.read(ctx, (em) => listParts(em, input)));
  }

  @MessagePattern(PartsRpc.part.subject)
  part(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.part, p, n, (ctx, input) => this.read(ctx, (em) => partById(em, input.id)));
  }

  @MessagePattern(PartsRpc.savePart.subject)
  savePart(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.savePart, p, n, (ctx, input) => this.write(ctx, (em) => savePart(em, ctx, input)));
  }

  @MessagePattern(PartsRpc.locations.subject)
  locations(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.locations, p, n, (ctx) => this.read(ctx, (em) => listLocations(em)));
  }

  @MessagePattern(PartsRpc.saveLocation.subject)
  saveLocation(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.saveLocation, p, n, (ctx, input) => this.write(ctx, (em) => saveLocation(em, ctx, input)));
  }

  @MessagePattern(PartsRpc.stock.subject)
  stock(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.stock, p, n, (ctx, input) => this.read(ctx, (em) => listStock(em, input)));
  }

  @MessagePattern(PartsRpc.movements.subject)
  movements(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.movements, p, n, (ctx, input) => this.read(ctx, (em) => movements(em, input)));
  }

  @MessagePattern(PartsRpc.setReorderLevel.subject)
  reorderLevel(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.setReorderLevel, p, n, (ctx, input) => this.write(ctx, (em) => setReorderLevel(em, ctx, input)));
  }

  @MessagePattern(PartsRpc.receive.subject)
  receive(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.receive, p, n, (ctx, input) => this.write(ctx, (em) => receive(em, ctx, input)));
  }

  @MessagePattern(PartsRpc.adjust.subject)
  adjust(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.adjust, p, n, (ctx, input) => this.write(ctx, (em) => adjust(em, ctx, input)));
  }

  @MessagePattern(PartsRpc.scrap.subject)
  scrap(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.scrap, p, n, (ctx, input) => this.write(ctx, (em) => scrap(em, ctx, input)));
  }

  @MessagePattern(PartsRpc.reservations.subject)
  reservations(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.reservations, p, n, (ctx, input) => this.read(ctx, (em) => listReservations(em, input)));
  }

  @MessagePattern(PartsRpc.returnDefective.subject)
  returnDefective(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.returnDefective, p, n, (ctx, input) => this.write(ctx, (em) => returnDefective(em, ctx, input)));
  }

  @MessagePattern(PartsRpc.defects.subject)
  defects(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.defects, p, n, (ctx, input) => this.read(ctx, (em) => defects(em, input)));
  }

  @MessagePattern(PartsRpc.defectAnalysis.subject)
  analysis(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.defectAnalysis, p, n, (ctx, input) => this.read(ctx, (em) => defectAnalysis(em, input)));
  }

  @MessagePattern(PartsRpc.requestTransfer.subject)
  requestTransfer(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.requestTransfer, p, n, (ctx, input) => this.write(ctx, (em) => requestTransfer(em, ctx, input)));
  }

  @MessagePattern(PartsRpc.shipTransfer.subject)
  shipTransfer(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.shipTransfer, p, n, (ctx, input) => this.write(ctx, (em) => shipTransfer(em, ctx, input.id)));
  }

  @MessagePattern(PartsRpc.receiveTransfer.subject)
  receiveTransfer(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.receiveTransfer, p, n, (ctx, input) => this.write(ctx, (em) => receiveTransfer(em, ctx, input.id)));
  }

  @MessagePattern(PartsRpc.cancelTransfer.subject)
  cancelTransfer(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.cancelTransfer, p, n, (ctx, input) => this.write(ctx, (em) => cancelTransfer(em, input.id)));
  }

  @MessagePattern(PartsRpc.transfers.subject)
  transfers(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.transfers, p, n, (ctx, input) => this.read(ctx, (em) => listTransfers(em, input)));
  }

  @MessagePattern(PartsRpc.startStocktake.subject)
  startStocktake(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.startStocktake, p, n, (ctx, input) => this.write(ctx, (em) => startStocktake(em, ctx, input)));
  }

  @MessagePattern(PartsRpc.recordCount.subject)
  recordCount(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.recordCount, p, n, (ctx, input) => this.write(ctx, (em) => recordCount(em, ctx, input)));
  }

  @MessagePattern(PartsRpc.submitStocktake.subject)
  submitStocktake(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.submitStocktake, p, n, (ctx, input) => this.write(ctx, (em) => submitStocktake(em, input.id)));
  }

  @MessagePattern(PartsRpc.approveStocktake.subject)
  approveStocktake(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.approveStocktake, p, n, (ctx, input) => this.write(ctx, (em) => approveStocktake(em, ctx, input)));
  }

  @MessagePattern(PartsRpc.cancelStocktake.subject)
  cancelStocktake(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.cancelStocktake, p, n, (ctx, input) => this.write(ctx, (em) => cancelStocktake(em, input.id)));
  }

  @MessagePattern(PartsRpc.stocktake.subject)
  stocktake(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.stocktake, p, n, (ctx, input) => this.read(ctx, (em) => stocktakeById(em, input.id).catch(() => null)));
  }

  @MessagePattern(PartsRpc.stocktakes.subject)
  stocktakes(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.stocktakes, p, n, (ctx, input) => this.read(ctx, (em) => listStocktakes(em, input.locationId)));
  }

  @MessagePattern(PartsRpc.startImport.subject)
  startImport(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.startImport, p, n, (ctx, input) => this.imports.start(ctx, input));
  }

  @MessagePattern(PartsRpc.importJob.subject)
  importJob(@Payload() p: unknown, @Ctx() n: NatsContext) {
    return this.rpc.handle(PartsRpc.importJob, p, n, (ctx, input) => this.imports.get(ctx, input.id));
  }
}
