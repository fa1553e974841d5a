import { z } from 'zod';
import { CalendarDate } from './customers';
import { ImportJobProgress } from './imports';
import { connection, event, healthCheck, PageArgs, rpc, streamOf } from './rpc';

/**
 * Parts inventory (配件管理): the catalog, warehouses and van stock, an append-only stock ledger,
 * reservations for work orders, defective parts and their analysis, replenishment and stocktakes.
 * Quantities are whole units; money is integer fen.
 */
export const PARTS = 'parts';

const sku = z.string().trim().min(1, 'sku is required').max(40, 'sku must be at most 40 characters').regex(/^[A-Za-z0-9._\-/]+$/, 'a sku is letters, digits and . _ - /');
const fen = z.number().int('amounts are whole fen').min(0, 'amounts cannot be negative').max(100_000_000, 'amount too large');
const units = z.number().int('quantities are whole units');
const positive = units.min(1, 'the quantity is at least 1').max(1_000_000, 'the quantity is at most 1,000,000');
const note = z.string().trim().max(500);

export const PartInput = z.object({
  sku,
  name: z.string().trim().min(1, 'name is required').max(80),
  unit: z.string().trim().min(1).max(10).default('个'),
  /** Product models the part fits (the catalog's models). */
  compatibleModels: z.array(z.string().trim().min(1).max(100)).max(200).default([]),
  /** Standard (last purchase) cost and selling price. */
  cost: fen,
  price: fen,
  serialised: z.boolean().default(false),
  /** The part's own warranty once fitted. */
  warrantyMonths: z.number().int().min(0).max(120).default(0),
  active: z.boolean().default(true),
});

export const Part = PartInput.extend({
  id: z.string().uuid(),
  /** Moving-average cost of what is in stock, fen (fractional). */
  averageCost: z.number(),
  onHand: z.number().int(),
  available: z.number().int(),
  /** When the catalog entry last changed: copies of it (dispatch's) apply only newer versions. */
  updatedAt: z.string(),
});
export type Part = z.infer<typeof Part>;

export const LocationKind = z.enum(['CENTRAL', 'REGIONAL', 'VAN']);
/**
 * A new location (no id: its code must be new), or changes to one (id: the code never changes, as it
 * is copied onto its balances; a van keeps its kind and its technician's name, only its schedule changes).
 */
export const LocationInput = z.object({
  id: z.string().uuid('id must be a location id').nullish(),
  code: z.string().trim().min(1, 'code is required').max(30).regex(/^[A-Za-z0-9_-]+$/, 'a code is letters, digits, _ and -'),
  name: z.string().trim().min(1, 'name is required').max(60),
  /** CENTRAL or REGIONAL: required for a new location; vans come from the technicians. */
  kind: LocationKind.exclude(['VAN']).nullish(),
  /** Stocktakes are due this often (days); null: ad hoc only. */
  stocktakeEveryDays: z.number().int().min(1).max(366).nullable().default(null),
}).refine((l) => !!l.id || !!l.kind, { path: ['kind'], message: 'choose central or regional warehouse' });
export const Location = z.object({
  id: z.string().uuid(),
  code: z.string(),
  name: z.string(),
  kind: LocationKind,
  technicianId: z.string().uuid().nullable(),
  technicianUserId: z.string().nullable(),
  stocktakeEveryDays: z.number().int().nullable(),
  lastStocktakeAt: z.string().nullable(),
  stocktakeDueAt: z.string().nullable(),
});
export type Location = z.infer<typeof Location>;

export const StockLevel = z.object({
  partId: z.string().uuid(),
  sku: z.string(),
  name: z.string(),
  unit: z.string(),
  locationId: z.string().uuid(),
  locationCode: z.string(),
  locationName: z.string(),
  locationKind: LocationKind,
  onHand: z.number().int(),
  reserved: z.number().int(),
  available: z.number().int(),
  inTransit: z.number().int(),
  reorderPoint: z.number().int().nullable(),
  reorderQuantity: z.number().int().nullable(),
  /** Available at or below the reorder point. */
  low: z.boolean(),
  /** On hand at moving-average cost, fen. */
  value: z.number().int(),
});
export type StockLevel = z.infer<typeof StockLevel>;

export const MovementKind = z.enum(['RECEIPT', 'TRANSFER_OUT', 'TRANSFER_IN', 'RESERVE', 'RELEASE', 'ISSUE', 'RETURN', 'ADJUSTMENT', 'SCRAP', 'DEFECTIVE_RETURN']);
export type MovementKind = z.infer<typeof MovementKind>;

export const Movement = z.object({
  id: z.string().uuid(),
  partId: z.string().uuid(),
  sku: z.string(),
  locationId: z.string().uuid(),
  locationCode: z.string(),
  kind: MovementKind,
  /** Change in on hand (reservations change only `reservedChange`). */
  quantity: z.number().int(),
  reservedChange: z.number().int(),
  unitCost: z.number().nullable(),
  actorId: z.string(),
  reason: z.string().nullable(),
  sourceType: z.string(),
  sourceId: z.string().nullable(),
  at: z.string(),
});

/** NOT_STOCKED: a part outside the catalog, or nowhere to take it from: not stock-managed, nothing waited for. */
export const ReservationState = z.enum(['RESERVED', 'BACKORDERED', 'ISSUED', 'RELEASED', 'NOT_STOCKED']);
export const Reservation = z.object({
  id: z.string().uuid(),
  workOrderId: z.string().uuid(),
  requestNumber: z.string(),
  lineId: z.string().uuid(),
  partId: z.string().uuid().nullable(),
  sku: z.string(),
  quantity: z.number().int(),
  locationId: z.string().uuid().nullable(),
  locationCode: z.string().nullable(),
  state: ReservationState,
  updatedAt: z.string(),
});
export type Reservation = z.infer<typeof Reservation>;

/** Why a replaced part failed: the codes quality analysis groups by. */
export const FailureCause = z.enum(['ELECTRICAL', 'MECHANICAL_WEAR', 'LEAK', 'BURNT', 'DEAD_ON_ARRIVAL', 'WATER_DAMAGE', 'MISUSE', 'OTHER']);

export const DefectInput = z.object({
  workOrderId: z.string().uuid('workOrderId must be a work order id'),
  sku,
  quantity: positive.max(99),
  cause: FailureCause,
  serialNumber: z.string().trim().max(64).nullish(),
  note: note.nullish(),
});
export const Defect = z.object({
  id: z.string().uuid(),
  partId: z.string().uuid(),
  sku: z.string(),
  partName: z.string(),
  workOrderId: z.string().uuid(),
  requestNumber: z.string(),
  productModel: z.string(),
  productSerial: z.string(),
  partSerial: z.string().nullable(),
  cause: FailureCause,
  quantity: z.number().int(),
  note: z.string().nullable(),
  returnedAt: z.string(),
});

export const DefectGrouping = z.enum(['MODEL', 'PART', 'CAUSE']);
export const DefectAnalysisInput = z
  .object({ from: CalendarDate, to: CalendarDate, groupBy: DefectGrouping, productModel: z.string().max(100).nullish() })
  .refine((q) => q.from <= q.to, { message: 'from is on or before to', path: ['from'] })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 <= 366 * 3, { message: 'a period is at most three years', path: ['to'] });
/** Pareto: groups by count, most first, with the running share. */
export const DefectAnalysis = z.object({
  total: z.number().int(),
  rows: z.array(z.object({ key: z.string(), label: z.string(), count: z.number().int(), share: z.number(), cumulativeShare: z.number() })),
});

export const TransferState = z.enum(['REQUESTED', 'IN_TRANSIT', 'RECEIVED', 'CANCELLED']);
export const TransferInput = z.object({
  fromLocationId: z.string().uuid('fromLocationId must be a location id'),
  toLocationId: z.string().uuid('toLocationId must be a location id'),
  lines: z.array(z.object({ sku, quantity: positive })).min(1, 'at least one part').max(200),
  reason: note.nullish(),
});
export const Transfer = z.object({
  id: z.string().uuid(),
  number: z.string(),
  fromLocationId: z.string().uuid(),
  fromCode: z.string(),
  toLocationId: z.string().uuid(),
  toCode: z.string(),
  state: TransferState,
  lines: z.array(z.object({ partId: z.string().uuid(), sku: z.string(), name: z.string(), quantity: z.number().int() })),
  reason: z.string().nullable(),
  requestedBy: z.string(),
  requestedAt: z.string(),
  shippedAt: z.string().nullable(),
  receivedAt: z.string().nullable(),
});
export type Transfer = z.infer<typeof Transfer>;

export const StocktakeState = z.enum(['COUNTING', 'SUBMITTED', 'APPROVED', 'CANCELLED']);
export const StocktakeLine = z.object({
  partId: z.string().uuid(),
  sku: z.string(),
  name: z.string(),
  /** On hand when the count started; hidden (null) from counters in a blind count. */
  expected: z.number().int().nullable(),
  counted: z.number().int().nullable(),
  /** counted − expected; null until counted (and for counters in a blind count). */
  variance: z.number().int().nullable(),
  varianceValue: z.number().int().nullable(),
});
export const Stocktake = z.object({
  id: z.string().uuid(),
  number: z.string(),
  locationId: z.string().uuid(),
  locationCode: z.string(),
  locationName: z.string(),
  state: StocktakeState,
  blind: z.boolean(),
  startedAt: z.string(),
  startedBy: z.string(),
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  lines: z.array(StocktakeLine),
  countedLines: z.number().int(),
  totalVarianceValue: z.number().int().nullable(),
  /** Started within the location's schedule (null: no schedule). */
  onSchedule: z.boolean().nullable(),
});
export type Stocktake = z.infer<typeof Stocktake>;

export const StockChange = z.object({
  locationId: z.string().uuid('locationId must be a location id'),
  sku,
  quantity: positive,
  reason: note.nullish(),
});

export const StockFilter = PageArgs.extend({
  locationId: z.string().uuid().nullish(),
  search: z.string().trim().max(60).nullish(),
  lowOnly: z.boolean().default(false),
});

export const PARTS_IMPORT_COLUMNS = {
  sku: ['配件编码', 'sku'],
  name: ['配件名称', 'name'],
  unit: ['单位', 'unit'],
  compatibleModels: ['适用型号', 'compatible models'],
  cost: ['成本价', 'cost'],
  price: ['销售价', 'price'],
  serialised: ['序列号管理', 'serialised'],
  warrantyMonths: ['保修月数', 'warranty months'],
  location: ['库位编码', 'location'],
  quantity: ['期初数量', 'opening quantity'],
  reorderPoint: ['再订货点', 'reorder point'],
  reorderQuantity: ['再订货量', 'reorder quantity'],
} as const;
export type PartsImportColumn = keyof typeof PARTS_IMPORT_COLUMNS;

export const PartsImportJob = ImportJobProgress;

const id = (what: string) => z.object({ id: z.string().uuid(`id must be a ${what} id`) });

export const PartsRpc = {
  parts: rpc('parts.qry.part.list', 'tenant', PageArgs.extend({ search: z.string().trim().max(60).nullish(), includeInactive: z.boolean().default(false) }), connection(Part)),
  part: rpc('parts.qry.part.get', 'tenant', id('part'), Part.nullable()),
  savePart: rpc('parts.cmd.part.save', 'tenant', PartInput, Part),
  locations: rpc('parts.qry.location.list', 'tenant', z.object({}).default({}), z.array(Location)),
  saveLocation: rpc('parts.cmd.location.save', 'tenant', LocationInput, Location),
  stock: rpc('parts.qry.stock.list', 'tenant', StockFilter, connection(StockLevel)),
  /** The ledger of one part (optionally at one location), newest first. */
  movements: rpc('parts.qry.movement.list', 'tenant', PageArgs.extend({ after: z.string().uuid('this page position is not valid').nullish(), partId: z.string().uuid(), locationId: z.string().uuid().nullish() }), connection(Movement)),
  setReorderLevel: rpc(
    'parts.cmd.stock.reorder-level',
    'tenant',
    z.object({ locationId: z.string().uuid(), sku, reorderPoint: units.min(0, 'the reorder point cannot be negative').nullable(), reorderQuantity: positive.nullable() }),
    StockLevel,
  ),
  receive: rpc('parts.cmd.stock.receive', 'tenant', StockChange.extend({ unitCost: fen }), StockLevel),
  /** A correction found outside a stocktake, up or down, with its reason. */
  adjust: rpc('parts.cmd.stock.adjust', 'tenant', StockChange.extend({ quantity: units.min(-1_000_000).max(1_000_000).refine((q) => q !== 0, 'an adjustment changes the quantity'), reason: note.min(2, 'say why') }), StockLevel),
  scrap: rpc('parts.cmd.stock.scrap', 'tenant', StockChange.extend({ reason: note.min(2, 'say why') }), StockLevel),
  reservations: rpc('parts.qry.reservation.list', 'tenant', z.object({ workOrderId: z.string().uuid().nullish(), state: ReservationState.nullish() }), z.array(Reservation)),
  returnDefective: rpc('parts.cmd.defect.return', 'tenant', DefectInput, Defect),
  defects: rpc('parts.qry.defect.list', 'tenant', PageArgs.extend({ after: z.string().uuid('this page position is not valid').nullish(), workOrderId: z.string().uuid().nullish() }), z.array(Defect)),
  defectAnalysis: rpc('parts.qry.defect.analysis', 'tenant', DefectAnalysisInput, DefectAnalysis),
  requestTransfer: rpc('parts.cmd.transfer.request', 'tenant', TransferInput, Transfer),
  shipTransfer: rpc('parts.cmd.transfer.ship', 'tenant', id('transfer'), Transfer),
  receiveTransfer: rpc('parts.cmd.transfer.receive', 'tenant', id('transfer'), Transfer),
  cancelTransfer: rpc('parts.cmd.transfer.cancel', 'tenant', id('transfer'), Transfer),
  transfers: rpc('parts.qry.transfer.list', 'tenant', z.object({ state: TransferState.nullish(), locationId: z.string().uuid().nullish() }), z.array(Transfer)),
  startStocktake: rpc('parts.cmd.stocktake.start', 'tenant', z.object({ locationId: z.string().uuid('locationId must be a location id'), blind: z.boolean().default(false) }), Stocktake),
  recordCount: rpc('parts.cmd.stocktake.count', 'tenant', z.object({ id: z.string().uuid(), sku, counted: units.min(0, 'a count cannot be negative').max(1_000_000) }), Stocktake),
  submitStocktake: rpc('parts.cmd.stocktake.submit', 'tenant', id('stocktake'), Stocktake),
  approveStocktake: rpc('parts.cmd.stocktake.approve', 'tenant', id('stocktake').extend({ note: note.nullish() }), Stocktake),
  cancelStocktake: rpc('parts.cmd.stocktake.cancel', 'tenant', id('stocktake'), Stocktake),
  stocktake: rpc('parts.qry.stocktake.get', 'tenant', id('stocktake'), Stocktake.nullable()),
  stocktakes: rpc('parts.qry.stocktake.list', 'tenant', z.object({ locationId: z.string().uuid().nullish() }), z.array(Stocktake)),
  startImport: rpc('parts.cmd.import.start', 'tenant', z.object({ fileName: z.string().trim().max(200).default('parts.csv'), csv: z.string().min(1, 'the file is empty').max(900_000, 'the file is larger than 900 kB; split it') }), PartsImportJob),
  importJob: rpc('parts.qry.import.get', 'tenant', id('import'), PartsImportJob.nullable()),
  health: healthCheck(PARTS),
} as const;

export const PartsStream = streamOf(PARTS);
export const PartsConsumers = {
  technicians: 'parts-dispatch-technicians',
  workOrders: 'parts-dispatch-work-orders',
  tenantsCreated: 'parts-tenancy-created',
  tenantSettings: 'parts-tenancy-settings',
} as const;

export const PartsEvents = {
  /** A catalog part was created or changed: dispatch prices the parts technicians use from it. */
  partSaved: event('parts.evt.part.saved', PartsStream.name, Part),
  /** A location's available stock of a part fell to its reorder point: once per crossing. */
  stockLow: event('parts.evt.stock.low', PartsStream.name, StockLevel),
  /** A work order's part line was reserved, back-ordered, issued or released: dispatch follows. */
  reservationChanged: event('parts.evt.reservation.changed', PartsStream.name, Reservation),
  defectRecorded: event('parts.evt.defect.recorded', PartsStream.name, Defect),
} as const;
