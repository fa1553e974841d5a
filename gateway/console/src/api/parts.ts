import { graphql } from '../gql';

/* Parts inventory (配件管理): the operations of the parts pages. Money in fen, quantities in whole units. */

export const StockLocationFields = graphql(`
  fragment StockLocationFields on StockLocation {
    id code name kind technicianId technicianUserId stocktakeEveryDays lastStocktakeAt stocktakeDueAt
  }
`);

export const StockLocationsQuery = graphql(`
  query StockLocations {
    stockLocations { ...StockLocationFields }
  }
`);

export const SaveStockLocationMutation = graphql(`
  mutation SaveStockLocation($input: LocationInput!) {
    saveStockLocation(input: $input) { ...StockLocationFields }
  }
`);

export const StockLevelFields = graphql(`
  fragment StockLevelFields on StockLevel {
    partId sku name unit locationId locationCode locationName locationKind onHand reserved available inTransit reorderPoint reorderQuantity low value
  }
`);

export const StockLevelsQuery = graphql(`
  query StockLevels($first: Int, $after: String, $locationId: ID, $search: String, $lowOnly: Boolean) {
    stockLevels(first: $first, after: $after, locationId: $locationId, search: $search, lowOnly: $lowOnly) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...StockLevelFields } }
    }
  }
`);

export const PartFields = graphql(`
  fragment PartFields on Part {
    id sku name unit compatibleModels cost price serialised warrantyMonths active averageCost onHand available
  }
`);

export const PartsQuery = graphql(`
  query Parts($first: Int, $after: String, $search: String, $includeInactive: Boolean) {
    parts(first: $first, after: $after, search: $search, includeInactive: $includeInactive) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...PartFields } }
    }
  }
`);

export const PartQuery = graphql(`
  query Part($id: ID!, $first: Int, $after: String, $locationId: ID) {
    part(id: $id) {
      ...PartFields
      stock { ...StockLevelFields }
      movements(first: $first, after: $after, locationId: $locationId) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id kind quantity reservedChange unitCost locationId locationCode reason sourceType sourceId at } }
      }
    }
  }
`);

export const SavePartMutation = graphql(`
  mutation SavePart($input: PartInput!) {
    savePart(input: $input) { ...PartFields }
  }
`);

export const ReceiveStockMutation = graphql(`
  mutation ReceiveStock($locationId: ID!, $sku: String!, $quantity: Int!, $unitCost: Int!, $reason: String) {
    receiveStock(locationId: $locationId, sku: $sku, quantity: $quantity, unitCost: $unitCost, reason: $reason) { ...StockLevelFields }
  }
`);

export const AdjustStockMutation = graphql(`
  mutation AdjustStock($locationId: ID!, $sku: String!, $quantity: Int!, $reason: String!) {
    adjustStock(locationId: $locationId, sku: $sku, quantity: $quantity, reason: $reason) { ...StockLevelFields }
  }
`);

export const SetReorderLevelMutation = graphql(`
  mutation SetReorderLevel($locationId: ID!, $sku: String!, $reorderPoint: Int, $reorderQuantity: Int) {
    setReorderLevel(locationId: $locationId, sku: $sku, reorderPoint: $reorderPoint, reorderQuantity: $reorderQuantity) { ...StockLevelFields }
  }
`);

export const TransferFields = graphql(`
  fragment TransferFields on Transfer {
    id number fromLocationId fromCode toLocationId toCode state lines { sku name quantity } reason requestedAt shippedAt receivedAt
  }
`);

export const TransfersQuery = graphql(`
  query Transfers($state: TransferState, $locationId: ID) {
    transfers(state: $state, locationId: $locationId) { ...TransferFields }
  }
`);

export const RequestTransferMutation = graphql(`
  mutation RequestTransfer($fromLocationId: ID!, $toLocationId: ID!, $lines: [TransferLineInput!]!, $reason: String) {
    requestTransfer(fromLocationId: $fromLocationId, toLocationId: $toLocationId, lines: $lines, reason: $reason) { ...TransferFields }
  }
`);

export const ShipTransferMutation = graphql(`
  mutation ShipTransfer($id: ID!) {
    shipTransfer(id: $id) { ...TransferFields }
  }
`);

export const ReceiveTransferMutation = graphql(`
  mutation ReceiveTransfer($id: ID!) {
    receiveTransfer(id: $id) { ...TransferFields }
  }
`);

export const CancelTransferMutation = graphql(`
  mutation CancelTransfer($id: ID!) {
    cancelTransfer(id: $id) { ...TransferFields }
  }
`);

export const StocktakeFields = graphql(`
  fragment StocktakeFields on Stocktake {
    id number locationId locationCode locationName state blind startedAt submittedAt approvedAt
    lines { partId sku name expected counted variance varianceValue }
    countedLines totalVarianceValue onSchedule
  }
`);

export const StocktakesQuery = graphql(`
  query Stocktakes($locationId: ID) {
    stocktakes(locationId: $locationId) { ...StocktakeFields }
  }
`);

export const StocktakeQuery = graphql(`
  query Stocktake($id: ID!) {
    stocktake(id: $id) { ...StocktakeFields }
  }
`);

export const StartStocktakeMutation = graphql(`
  mutation StartStocktake($locationId: ID!, $blind: Boolean) {
    startStocktake(locationId: $locationId, blind: $blind) { ...StocktakeFields }
  }
`);

export const RecordCountMutation = graphql(`
  mutation RecordCount($id: ID!, $sku: String!, $counted: Int!) {
    recordCount(id: $id, sku: $sku, counted: $counted) { ...StocktakeFields }
  }
`);

export const SubmitStocktakeMutation = graphql(`
  mutation SubmitStocktake($id: ID!) {
    submitStocktake(id: $id) { ...StocktakeFields }
  }
`);

export const ApproveStocktakeMutation = graphql(`
  mutation ApproveStocktake($id: ID!, $note: String) {
    approveStocktake(id: $id, note: $note) { ...StocktakeFields }
  }
`);

export const CancelStocktakeMutation = graphql(`
  mutation CancelStocktake($id: ID!) {
    cancelStocktake(id: $id) { ...StocktakeFields }
  }
`);

export const PartsImportFields = graphql(`
  fragment PartsImportFields on PartsImportJob {
    id fileName status totalRows processedRows importedRows failedRows createdAt finishedAt
    errors { line column reason message }
  }
`);

export const StartPartsImportMutation = graphql(`
  mutation StartPartsImport($csv: String!, $fileName: String) {
    startPartsImport(csv: $csv, fileName: $fileName) { ...PartsImportFields }
  }
`);

export const PartsImportQuery = graphql(`
  query PartsImport($id: ID!) {
    partsImport(id: $id) { ...PartsImportFields }
  }
`);

export const DefectAnalysisQuery = graphql(`
  query DefectAnalysis($from: String!, $to: String!, $groupBy: DefectGrouping!, $productModel: String) {
    defectAnalysis(from: $from, to: $to, groupBy: $groupBy, productModel: $productModel) {
      total
      rows { key label count share cumulativeShare }
    }
  }
`);

export const WorkOrderDefectsQuery = graphql(`
  query WorkOrderDefects($workOrderId: ID!) {
    defects(workOrderId: $workOrderId) { id sku partName cause quantity partSerial note returnedAt }
  }
`);

export const ReturnDefectivePartMutation = graphql(`
  mutation ReturnDefectivePart($workOrderId: ID!, $sku: String!, $quantity: Int!, $cause: FailureCause!, $serialNumber: String, $note: String) {
    returnDefectivePart(workOrderId: $workOrderId, sku: $sku, quantity: $quantity, cause: $cause, serialNumber: $serialNumber, note: $note) { id sku partName cause quantity partSerial note returnedAt }
  }
`);

/** The warehouse's home: what is low, and what is on its way. */
export const WarehouseDashboardQuery = graphql(`
  query WarehouseDashboard {
    low: stockLevels(first: 1, lowOnly: true) { totalCount }
    requested: transfers(state: REQUESTED) { id }
    inTransit: transfers(state: IN_TRANSIT) { id }
    locations: stockLocations { id stocktakeDueAt }
  }
`);

export const PartReservationsQuery = graphql(`
  query PartReservations($workOrderId: ID, $state: ReservationState) {
    partReservations(workOrderId: $workOrderId, state: $state) { id workOrderId requestNumber lineId sku quantity locationCode state updatedAt }
  }
`);
