/** Parts inventory (配件管理): catalog, locations, stock and its ledger, reservations, defects, transfers, stocktakes. */
export const partsTypeDefs = /* GraphQL */ `
  "A spare part in the catalog; money in fen."
  type Part {
    id: ID!
    sku: String!
    name: String!
    unit: String!
    compatibleModels: [String!]!
    cost: Int!
    price: Int!
    serialised: Boolean!
    warrantyMonths: Int!
    active: Boolean!
    "Moving-average cost of stock held, fen."
    averageCost: Float!
    onHand: Int!
    available: Int!
    "Stock by location."
    stock: [StockLevel!]!
    "The ledger, newest first."
    movements(first: Int = 20, after: String, locationId: ID): MovementConnection!
  }

  input PartInput {
    sku: String!
    name: String!
    unit: String
    compatibleModels: [String!]
    cost: Int!
    price: Int!
    serialised: Boolean
    warrantyMonths: Int
    active: Boolean
  }

  type PartEdge {
    cursor: String!
    node: Part!
  }

  type PartConnection {
    edges: [PartEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }

  enum LocationKind {
    CENTRAL
    REGIONAL
    "A technician's van stock (车载库存)."
    VAN
  }

  type StockLocation {
    id: ID!
    code: String!
    name: String!
    kind: LocationKind!
    technicianId: ID
    technicianUserId: String
    stocktakeEveryDays: Int
    lastStocktakeAt: DateTime
    stocktakeDueAt: DateTime
  }

  "A new location (no id; its code must be new), or changes to one (its code never changes; a van's schedule only)."
  input LocationInput {
    id: ID
    code: String!
    name: String!
    "CENTRAL or REGIONAL, required for a new location; vans come from the technicians."
    kind: LocationKind
    "A stocktake is due this often (days); null: counted ad hoc."
    stocktakeEveryDays: Int
  }

  type StockLevel {
    partId: ID!
    sku: String!
    name: String!
    unit: String!
    locationId: ID!
    locationCode: String!
    locationName: String!
    locationKind: LocationKind!
    onHand: Int!
    reserved: Int!
    available: Int!
    inTransit: Int!
    reorderPoint: Int
    reorderQuantity: Int
    "Available at or below the reorder point."
    low: Boolean!
    "On hand at moving-average cost, fen."
    value: Int!
  }

  type StockLevelEdge {
    cursor: String!
    node: StockLevel!
  }

  type StockLevelConnection {
    edges: [StockLevelEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }

  enum MovementKind {
    RECEIPT
    TRANSFER_OUT
    TRANSFER_IN
    RESERVE
    RELEASE
    ISSUE
    RETURN
    ADJUSTMENT
    SCRAP
    DEFECTIVE_RETURN
  }

  "One line of the append-only stock ledger."
  type Movement {
    id: ID!
    partId: ID!
    sku: String!
    locationId: ID!
    locationCode: String!
    kind: MovementKind!
    "Change in on hand."
    quantity: Int!
    reservedChange: Int!
    unitCost: Float
    actorId: String!
    reason: String
    "WORK_ORDER, TRANSFER, STOCKTAKE, IMPORT or MANUAL."
    sourceType: String!
    sourceId: String
    at: DateTime!
  }

  type MovementEdge {
    cursor: String!
    node: Movement!
  }

  type MovementConnection {
    edges: [MovementEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }

  enum ReservationState {
    RESERVED
    "Not in stock where asked for: served when stock arrives."
    BACKORDERED
    ISSUED
    RELEASED
    "Not a catalog part, or nowhere to take it from: not stock-managed."
    NOT_STOCKED
  }

  type PartReservationLine {
    id: ID!
    workOrderId: ID!
    requestNumber: String!
    lineId: ID!
    partId: ID
    sku: String!
    quantity: Int!
    locationId: ID
    locationCode: String
    state: ReservationState!
    updatedAt: DateTime!
  }

  enum FailureCause {
    ELECTRICAL
    MECHANICAL_WEAR
    LEAK
    BURNT
    DEAD_ON_ARRIVAL
    WATER_DAMAGE
    MISUSE
    OTHER
  }

  "A replaced part returned with why it failed (旧件返还)."
  type Defect {
    id: ID!
    partId: ID!
    sku: String!
    partName: String!
    workOrderId: ID!
    requestNumber: String!
    productModel: String!
    productSerial: String!
    partSerial: String
    cause: FailureCause!
    quantity: Int!
    note: String
    returnedAt: DateTime!
  }

  enum DefectGrouping {
    MODEL
    PART
    CAUSE
  }

  type DefectGroup {
    key: String!
    label: String!
    count: Int!
    share: Float!
    cumulativeShare: Float!
  }

  "Pareto of returned defective parts: most frequent first, with the running share."
  type DefectAnalysis {
    total: Int!
    rows: [DefectGroup!]!
  }

  enum TransferState {
    REQUESTED
    IN_TRANSIT
    RECEIVED
    CANCELLED
  }

  type TransferLine {
    partId: ID!
    sku: String!
    name: String!
    quantity: Int!
  }

  type Transfer {
    id: ID!
    number: String!
    fromLocationId: ID!
    fromCode: String!
    toLocationId: ID!
    toCode: String!
    state: TransferState!
    lines: [TransferLine!]!
    reason: String
    requestedBy: String!
    requestedAt: DateTime!
    shippedAt: DateTime
    receivedAt: DateTime
  }

  input TransferLineInput {
    sku: String!
    quantity: Int!
  }

  enum StocktakeState {
    COUNTING
    SUBMITTED
    APPROVED
    CANCELLED
  }

  type StocktakeLine {
    partId: ID!
    sku: String!
    name: String!
    "The books' figure at the start; null while a blind count is being counted."
    expected: Int
    counted: Int
    variance: Int
    "Variance at the snapshot's moving-average cost, fen."
    varianceValue: Int
  }

  "盘点 of one location."
  type Stocktake {
    id: ID!
    number: String!
    locationId: ID!
    locationCode: String!
    locationName: String!
    state: StocktakeState!
    blind: Boolean!
    startedAt: DateTime!
    startedBy: String!
    submittedAt: DateTime
    approvedAt: DateTime
    approvedBy: String
    lines: [StocktakeLine!]!
    countedLines: Int!
    totalVarianceValue: Int
    "Started within the location's stocktake schedule; null without one."
    onSchedule: Boolean
  }

  type PartsImportJob {
    id: ID!
    fileName: String!
    status: ImportJobStatus!
    totalRows: Int!
    processedRows: Int!
    importedRows: Int!
    failedRows: Int!
    errors: [ImportRowError!]!
    createdAt: DateTime!
    finishedAt: DateTime
  }

  extend type Subscription {
    "A location's available stock of a part fell to its reorder point, once per crossing (warehouse)."
    stockLow: StockLevel!
  }

  extend type Query {
    "The parts catalog (everyone at work on service; warehouse keepers edit it)."
    parts(first: Int = 20, after: String, search: String, includeInactive: Boolean = false): PartConnection!
    part(id: ID!): Part
    stockLocations: [StockLocation!]!
    "Stock by part and location; lowOnly: at or below the reorder point."
    stockLevels(first: Int = 50, after: String, locationId: ID, search: String, lowOnly: Boolean = false): StockLevelConnection!
    "A work order's part reservations, or all in a state."
    partReservations(workOrderId: ID, state: ReservationState): [PartReservationLine!]!
    defects(first: Int = 50, after: String, workOrderId: ID): [Defect!]!
    "Pareto of defective parts in a period (quality manager)."
    defectAnalysis(from: String!, to: String!, groupBy: DefectGrouping!, productModel: String): DefectAnalysis!
    transfers(state: TransferState, locationId: ID): [Transfer!]!
    stocktakes(locationId: ID): [Stocktake!]!
    stocktake(id: ID!): Stocktake
    partsImport(id: ID!): PartsImportJob
  }

  extend type Mutation {
    savePart(input: PartInput!): Part!
    saveStockLocation(input: LocationInput!): StockLocation!
    setReorderLevel(locationId: ID!, sku: String!, reorderPoint: Int, reorderQuantity: Int): StockLevel!
    "入库 at a unit cost (fen), blended into the moving average."
    receiveStock(locationId: ID!, sku: String!, quantity: Int!, unitCost: Int!, reason: String): StockLevel!
    "A correction up (+) or down (−) with its reason."
    adjustStock(locationId: ID!, sku: String!, quantity: Int!, reason: String!): StockLevel!
    scrapStock(locationId: ID!, sku: String!, quantity: Int!, reason: String!): StockLevel!
    "旧件返还: a replaced part with its failure cause (the technician of the work order, or the warehouse)."
    returnDefectivePart(workOrderId: ID!, sku: String!, quantity: Int!, cause: FailureCause!, serialNumber: String, note: String): Defect!
    requestTransfer(fromLocationId: ID!, toLocationId: ID!, lines: [TransferLineInput!]!, reason: String): Transfer!
    shipTransfer(id: ID!): Transfer!
    receiveTransfer(id: ID!): Transfer!
    cancelTransfer(id: ID!): Transfer!
    startStocktake(locationId: ID!, blind: Boolean = false): Stocktake!
    recordCount(id: ID!, sku: String!, counted: Int!): Stocktake!
    submitStocktake(id: ID!): Stocktake!
    approveStocktake(id: ID!, note: String): Stocktake!
    cancelStocktake(id: ID!): Stocktake!
    "Starts importing a CSV of parts with opening balances and reorder levels; follow it with partsImport."
    startPartsImport(fileName: String, csv: String!): PartsImportJob!
  }
`;
