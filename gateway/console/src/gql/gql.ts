/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      username\n      name\n      email\n      roles\n      tenant { id code name displayName status }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query ServiceRequests($first: Int, $after: String, $filter: ServiceRequestFilter) {\n    serviceRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node { id number customerName customerPhone productModel serialNumber problemDescription channel category status createdAt createdBy firstResponseDueAt priority emergency }\n      }\n    }\n  }\n": typeof types.ServiceRequestsDocument,
    "\n  fragment WarrantyFields on WarrantyDecision {\n    status entitlement reason text purchaseDate productCategory daysSincePurchase limit priorRepairs\n    override { by at reason system { status entitlement reason } }\n  }\n": typeof types.WarrantyFieldsFragmentDoc,
    "\n  fragment ServiceRequestDetailFields on ServiceRequest {\n    id number customerName customerPhone productModel serialNumber problemDescription channel category status createdAt createdBy\n    firstResponseDueAt acknowledgedAt actions customerId\n    priority emergency customerEmail divisionCode address regionTier purchaseDate\n    warranty { ...WarrantyFields }\n    timeline { id action fromStatus toStatus actorId note at }\n  }\n": typeof types.ServiceRequestDetailFieldsFragmentDoc,
    "\n  query ServiceRequest($id: ID!) {\n    serviceRequest(id: $id) { ...ServiceRequestDetailFields }\n  }\n": typeof types.ServiceRequestDocument,
    "\n  mutation OverrideWarranty($id: ID!, $status: WarrantyStatus!, $entitlement: Entitlement!, $reason: String!) {\n    overrideWarranty(id: $id, status: $status, entitlement: $entitlement, reason: $reason) { ...ServiceRequestDetailFields }\n  }\n": typeof types.OverrideWarrantyDocument,
    "\n  query WarrantyPreview($productModel: String!, $serialNumber: String, $purchaseDate: String) {\n    warrantyPreview(productModel: $productModel, serialNumber: $serialNumber, purchaseDate: $purchaseDate) { ...WarrantyFields }\n  }\n": typeof types.WarrantyPreviewDocument,
    "\n  query ProductModels($search: String, $includeInactive: Boolean) {\n    productModels(search: $search, includeInactive: $includeInactive) { id model name brand productCategory active updatedAt hasWarrantyRule }\n  }\n": typeof types.ProductModelsDocument,
    "\n  mutation SaveProductModel($input: ProductModelInput!) {\n    saveProductModel(input: $input) { id model name brand productCategory active updatedAt hasWarrantyRule }\n  }\n": typeof types.SaveProductModelDocument,
    "\n  query EmergencyCommitment {\n    commitments { version policy { emergencyArrival { amount unit basis } } }\n  }\n": typeof types.EmergencyCommitmentDocument,
    "\n  query WarrantyCategories {\n    commitments { version policy { warranty { productCategory } } }\n  }\n": typeof types.WarrantyCategoriesDocument,
    "\n  mutation CreateServiceRequest($input: CreateServiceRequestInput!) {\n    createServiceRequest(input: $input) { id number }\n  }\n": typeof types.CreateServiceRequestDocument,
    "\n  subscription ServiceRequestCreated {\n    serviceRequestCreated { id number customerName }\n  }\n": typeof types.ServiceRequestCreatedDocument,
    "\n  query DispatchQueue($first: Int, $after: String) {\n    dispatchQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id serviceRequestId requestNumber customerName productModel channel category state requestedAt queuedAt } }\n    }\n  }\n": typeof types.DispatchQueueDocument,
    "\n  subscription QueueEntryAdded {\n    queueEntryAdded { id serviceRequestId requestNumber customerName productModel channel category state requestedAt queuedAt }\n  }\n": typeof types.QueueEntryAddedDocument,
    "\n  query Dashboard($withQueue: Boolean!, $withRequests: Boolean!) {\n    open: serviceRequests(first: 1, filter: { status: NEW }) @include(if: $withRequests) { totalCount }\n    repair: serviceRequests(first: 1, filter: { category: REPAIR }) @include(if: $withRequests) { totalCount }\n    installation: serviceRequests(first: 1, filter: { category: INSTALLATION }) @include(if: $withRequests) { totalCount }\n    maintenance: serviceRequests(first: 1, filter: { category: MAINTENANCE }) @include(if: $withRequests) { totalCount }\n    consultation: serviceRequests(first: 1, filter: { category: CONSULTATION }) @include(if: $withRequests) { totalCount }\n    returns: serviceRequests(first: 1, filter: { category: RETURN }) @include(if: $withRequests) { totalCount }\n    exchange: serviceRequests(first: 1, filter: { category: EXCHANGE }) @include(if: $withRequests) { totalCount }\n    refund: serviceRequests(first: 1, filter: { category: REFUND }) @include(if: $withRequests) { totalCount }\n    queue: dispatchQueue(first: 1) @include(if: $withQueue) { totalCount }\n  }\n": typeof types.DashboardDocument,
    "\n  query Tenants {\n    tenants { id code name displayName keycloakOrganizationId status timeZone createdAt suspendedAt suspensionReason }\n  }\n": typeof types.TenantsDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) { id code name status }\n  }\n": typeof types.CreateTenantDocument,
    "\n  mutation SuspendTenant($id: ID!, $reason: String!) {\n    suspendTenant(id: $id, reason: $reason) { id status suspendedAt suspensionReason }\n  }\n": typeof types.SuspendTenantDocument,
    "\n  fragment PolicyFields on CommitmentPolicy {\n    firstResponse { amount unit basis }\n    dispatch { amount unit basis }\n    arrival {\n      city { amount unit basis }\n      suburb { amount unit basis }\n      inProvince { amount unit basis }\n      outOfProvince { amount unit basis }\n      remote { amount unit basis }\n    }\n    emergencyArrival { amount unit basis }\n    repair { ordinary { amount unit basis } complex { amount unit basis } }\n    complaint { contact { amount unit basis } plan { amount unit basis } verification { amount unit basis } }\n    followUp { amount unit basis }\n    targets { satisfaction onTimeArrival firstTimeFix complaintResolution }\n    warranty { productCategory returnDays exchangeDays repairWarrantyMonths partsWarrantyMonths }\n  }\n": typeof types.PolicyFieldsFragmentDoc,
    "\n  fragment CalendarFields on CalendarSettings {\n    timeZone\n    week { start end }\n    nationalCalendar\n    closures\n    extraWorkdays\n  }\n": typeof types.CalendarFieldsFragmentDoc,
    "\n  query Commitments {\n    commitments {\n      version\n      createdAt\n      createdBy\n      policy { ...PolicyFields }\n      calendar { ...CalendarFields }\n      regions { homeCity remoteProvinces overrides { prefix tier } }\n    }\n  }\n": typeof types.CommitmentsDocument,
    "\n  mutation UpdateCommitments($policy: CommitmentPolicyInput!, $calendar: CalendarSettingsInput!, $regions: RegionSettingsInput) {\n    updateCommitments(policy: $policy, calendar: $calendar, regions: $regions) { version createdAt }\n  }\n": typeof types.UpdateCommitmentsDocument,
    "\n  query PreviewCommitments($calendar: CalendarSettingsInput!, $from: DateTime!, $durations: [NamedDurationInput!]!) {\n    previewCommitments(calendar: $calendar, from: $from, durations: $durations) { key dueAt }\n  }\n": typeof types.PreviewCommitmentsDocument,
    "\n  query NationalCalendar($years: [Int!]!) {\n    nationalCalendar(years: $years) { year source holidays { date name } workdays { date name } }\n  }\n": typeof types.NationalCalendarDocument,
    "\n  query PublicCommitments($tenantCode: String!) {\n    publicCommitments(tenantCode: $tenantCode) {\n      tenant { code name hotline logoUrl }\n      version\n      policy { ...PolicyFields }\n      calendar { ...CalendarFields }\n    }\n  }\n": typeof types.PublicCommitmentsDocument,
    "\n  query TenantSettings {\n    tenantSettings { id code name displayName timeZone defaultLocale hotline logoUrl }\n  }\n": typeof types.TenantSettingsDocument,
    "\n  mutation UpdateTenantSettings($input: TenantSettingsInput!) {\n    updateTenantSettings(input: $input) { id displayName timeZone defaultLocale hotline logoUrl }\n  }\n": typeof types.UpdateTenantSettingsDocument,
    "\n  mutation ReactivateTenant($id: ID!) {\n    reactivateTenant(id: $id) { id status suspendedAt suspensionReason }\n  }\n": typeof types.ReactivateTenantDocument,
    "\n  query TenantAudit($id: ID!) {\n    tenantAudit(id: $id) { id action actorId at details }\n  }\n": typeof types.TenantAuditDocument,
    "\n  query TenantUsers {\n    tenantUsers { id username email name roles }\n  }\n": typeof types.TenantUsersDocument,
    "\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) { id roles }\n  }\n": typeof types.SetUserRolesDocument,
    "\n  fragment DispatchSettingsFields on DispatchSettings {\n    leadUserId leadName reassignWhenLate\n    depotWeek { start end }\n    priceList { callOutFee depotFee labourPerHour labourStepMinutes }\n  }\n": typeof types.DispatchSettingsFieldsFragmentDoc,
    "\n  query DispatchSettings {\n    dispatchSettings { ...DispatchSettingsFields }\n  }\n": typeof types.DispatchSettingsDocument,
    "\n  mutation SaveDispatchSettings($input: DispatchSettingsInput!) {\n    saveDispatchSettings(input: $input) { ...DispatchSettingsFields }\n  }\n": typeof types.SaveDispatchSettingsDocument,
    "\n  query Escalations($open: Boolean) {\n    escalations(open: $open) { id workOrderId requestNumber customerName commitment dueAt leadUserId leadName raisedAt acknowledgedAt acknowledgedBy note }\n  }\n": typeof types.EscalationsDocument,
    "\n  mutation AcknowledgeEscalation($id: ID!, $note: String) {\n    acknowledgeEscalation(id: $id, note: $note) { id acknowledgedAt acknowledgedBy note }\n  }\n": typeof types.AcknowledgeEscalationDocument,
    "\n  query DispatchKpis($from: String!, $to: String!, $technicianId: ID) {\n    dispatchKpis(from: $from, to: $to, technicianId: $technicianId) {\n      from to\n      totals { completed onTimeArrivalRate firstTimeFixRate meanTimeToRepairHours repeatVisits slaCompliance }\n      byTechnician { technicianId name completed onTimeArrivalRate firstTimeFixRate meanTimeToRepairHours repeatVisits slaCompliance }\n      daily { date completed onTimeArrivalRate firstTimeFixRate }\n      targets { onTimeArrival firstTimeFix }\n    }\n  }\n": typeof types.DispatchKpisDocument,
    "\n  query TenantTimeZone {\n    tenantSettings { id timeZone }\n  }\n": typeof types.TenantTimeZoneDocument,
    "\n  mutation TransitionServiceRequest($id: ID!, $action: RequestAction!, $note: String) {\n    transitionServiceRequest(id: $id, action: $action, note: $note) { id status acknowledgedAt actions }\n  }\n": typeof types.TransitionServiceRequestDocument,
    "\n  mutation SubmitServiceRequest($tenantCode: String!, $input: PublicServiceRequestInput!) {\n    submitServiceRequest(tenantCode: $tenantCode, input: $input) { number trackingToken trackingPath }\n  }\n": typeof types.SubmitServiceRequestDocument,
    "\n  query TrackServiceRequest($token: String!) {\n    trackServiceRequest(token: $token) { number status category productModel createdAt firstResponseDueAt acknowledgedAt steps { status at } }\n  }\n": typeof types.TrackServiceRequestDocument,
    "\n  fragment CustomerArchiveFields on CustomerArchive {\n    id\n    kind\n    name\n    contactPerson\n    phones\n    email\n    note\n    addresses { label divisionCode detail path tier }\n    products { productModel serialNumber purchaseDate invoiceNumber seller productCategory }\n    firstSeenAt\n    requestCount\n    openRequestCount\n    recentRequests { id number productModel serialNumber category status createdAt }\n  }\n": typeof types.CustomerArchiveFieldsFragmentDoc,
    "\n  mutation SaveCustomer($input: CustomerInput!) {\n    saveCustomer(input: $input) { ...CustomerArchiveFields }\n  }\n": typeof types.SaveCustomerDocument,
    "\n  query CustomerByPhone($phone: String!) {\n    customerByPhone(phone: $phone) { ...CustomerArchiveFields }\n  }\n": typeof types.CustomerByPhoneDocument,
    "\n  query Customer($id: ID!) {\n    customer(id: $id) { ...CustomerArchiveFields }\n  }\n": typeof types.CustomerDocument,
    "\n  query PossibleDuplicates($customerPhone: String, $serialNumber: String) {\n    possibleDuplicates(customerPhone: $customerPhone, serialNumber: $serialNumber) { id number customerName productModel serialNumber status createdAt reason }\n  }\n": typeof types.PossibleDuplicatesDocument,
    "\n  query Incoming {\n    serviceRequests(first: 8, order: DUE_SOONEST) {\n      totalCount\n      edges { node { id number customerName productModel category firstResponseDueAt } }\n    }\n  }\n": typeof types.IncomingDocument,
    "\n  fragment ImportJobFields on ImportJob {\n    id fileName status totalRows processedRows importedRows failedRows customersCreated customersUpdated createdAt finishedAt\n    errors { line column reason message }\n  }\n": typeof types.ImportJobFieldsFragmentDoc,
    "\n  mutation StartCustomerImport($csv: String!, $fileName: String) {\n    startCustomerImport(csv: $csv, fileName: $fileName) { ...ImportJobFields }\n  }\n": typeof types.StartCustomerImportDocument,
    "\n  query CustomerImport($id: ID!) {\n    customerImport(id: $id) { ...ImportJobFields }\n  }\n": typeof types.CustomerImportDocument,
    "\n  query RequestMessages($id: ID!) {\n    serviceRequest(id: $id) { id messages { id direction from to subject text at attachments { filename contentType size } } }\n  }\n": typeof types.RequestMessagesDocument,
    "\n  query CustomerHistory($id: ID!) {\n    customer(id: $id) { id history { at source kind requestId requestNumber serialNumber summary } }\n  }\n": typeof types.CustomerHistoryDocument,
    "\n  fragment WorkOrderFields on WorkOrder {\n    id serviceRequestId requestNumber customerName productModel category skill divisionCode regionTier\n    location { lat lng } visitType complexity emergency status technicianId technicianName\n    assignment { mode code text { zhCN enUS } distanceKm }\n    version assessedAt updatedAt\n    clocks { commitment startedAt dueAt state closedAt }\n  }\n": typeof types.WorkOrderFieldsFragmentDoc,
    "\n  fragment TechnicianFields on Technician {\n    id userId name phone skills regions home { lat lng } dailyCapacity status load\n    calendar { weekdays hours { from to } leave { from to reason } } dutyToday\n  }\n": typeof types.TechnicianFieldsFragmentDoc,
    "\n  query DispatchBoard {\n    unassigned: workOrders(first: 50, status: UNASSIGNED) { totalCount edges { node { ...WorkOrderFields } } }\n    failed: workOrders(first: 30, status: FAILED) { totalCount edges { node { ...WorkOrderFields } } }\n    technicians { ...TechnicianFields }\n  }\n": typeof types.DispatchBoardDocument,
    "\n  fragment JobLineFields on WorkOrder {\n    id requestNumber customerName status emergency technicianId updatedAt assignment { mode text { zhCN enUS } }\n  }\n": typeof types.JobLineFieldsFragmentDoc,
    "\n  query TechnicianJobs {\n    assigned: workOrders(first: 40, status: ASSIGNED) { edges { node { ...JobLineFields } } }\n    accepted: workOrders(first: 40, status: ACCEPTED) { edges { node { ...JobLineFields } } }\n    enRoute: workOrders(first: 40, status: EN_ROUTE) { edges { node { ...JobLineFields } } }\n    onSite: workOrders(first: 40, status: ON_SITE) { edges { node { ...JobLineFields } } }\n    completed: workOrders(first: 40, status: COMPLETED) { edges { node { id technicianId updatedAt } } }\n  }\n": typeof types.TechnicianJobsDocument,
    "\n  query Technicians {\n    technicians { ...TechnicianFields }\n  }\n": typeof types.TechniciansDocument,
    "\n  mutation SaveTechnician($input: TechnicianInput!) {\n    saveTechnician(input: $input) { ...TechnicianFields }\n  }\n": typeof types.SaveTechnicianDocument,
    "\n  mutation AssessWorkOrder($input: AssessInput!) {\n    assessWorkOrder(input: $input) { ...WorkOrderFields }\n  }\n": typeof types.AssessWorkOrderDocument,
    "\n  query SuggestTechnicians($workOrderId: ID!) {\n    suggestTechnicians(workOrderId: $workOrderId) {\n      candidates { technician { ...TechnicianFields } score distanceKm reason { mode code text { zhCN enUS } distanceKm } }\n      excluded { skill region unavailable capacity excluded }\n    }\n  }\n": typeof types.SuggestTechniciansDocument,
    "\n  mutation AssignWorkOrder($workOrderId: ID!, $version: Int!, $technicianId: ID, $reason: String) {\n    assignWorkOrder(workOrderId: $workOrderId, version: $version, technicianId: $technicianId, reason: $reason) { ...WorkOrderFields }\n  }\n": typeof types.AssignWorkOrderDocument,
    "\n  mutation AutoDispatch {\n    autoDispatch { assigned unassigned { workOrderId requestNumber excluded { skill region unavailable capacity excluded } } }\n  }\n": typeof types.AutoDispatchDocument,
    "\n  fragment AppointmentFields on Appointment {\n    status proposed { start end } confirmed { start end } confirmedBy confirmedAt withinCommitment technicianWorks\n    changes { at by from { start end } to { start end } cause reason pausedMinutes }\n  }\n": typeof types.AppointmentFieldsFragmentDoc,
    "\n  fragment ChargesFields on Charges {\n    chargeable lines { kind description quantity unitPrice amount } total currency acceptedAt acceptedTotal acceptedBy\n  }\n": typeof types.ChargesFieldsFragmentDoc,
    "\n  fragment WorkOrderDetailFields on WorkOrder {\n    ...WorkOrderFields\n    excludedTechnicianIds assessedBy\n    customerPhone address serialNumber problemDescription warrantyStatus visits completedAt waitingForPartsSince availableActions\n    expectedParts { sku quantity }\n    appointment { ...AppointmentFields }\n    report { diagnosis actions labourMinutes updatedAt }\n    parts { id sku name quantity unitPrice source reservation addedAt }\n    charges { ...ChargesFields }\n    confirmation { status method signerName at comment }\n    depot { condition accessories receivedAt qcNote carrier trackingNumber shippedAt }\n    timeline { id action fromStatus toStatus actorId technicianId note at }\n  }\n": typeof types.WorkOrderDetailFieldsFragmentDoc,
    "\n  query WorkOrder($id: ID!, $withSignature: Boolean! = false) {\n    workOrder(id: $id) {\n      ...WorkOrderDetailFields\n      signatureImage @include(if: $withSignature)\n    }\n  }\n": typeof types.WorkOrderDocument,
    "\n  query MyJobs {\n    workOrders(first: 50) {\n      totalCount\n      edges { node { ...WorkOrderFields customerPhone address problemDescription warrantyStatus availableActions appointment { status confirmed { start end } } } }\n    }\n  }\n": typeof types.MyJobsDocument,
    "\n  mutation WorkOrderAction($workOrderId: ID!, $action: FieldAction!, $note: String, $location: GeoPointInput, $details: FieldActionDetails) {\n    workOrderAction(workOrderId: $workOrderId, action: $action, note: $note, location: $location, details: $details) { ...WorkOrderDetailFields }\n  }\n": typeof types.WorkOrderActionDocument,
    "\n  query AppointmentOptions($workOrderId: ID!) {\n    appointmentOptions(workOrderId: $workOrderId) { start end withinCommitment }\n  }\n": typeof types.AppointmentOptionsDocument,
    "\n  mutation SetAppointment($workOrderId: ID!, $mode: String!, $slots: [SlotInput!]!) {\n    setAppointment(workOrderId: $workOrderId, mode: $mode, slots: $slots) { ...WorkOrderDetailFields }\n  }\n": typeof types.SetAppointmentDocument,
    "\n  mutation RescheduleAppointment($workOrderId: ID!, $slot: SlotInput!, $cause: DelayCause!, $reason: String!) {\n    rescheduleAppointment(workOrderId: $workOrderId, slot: $slot, cause: $cause, reason: $reason) { ...WorkOrderDetailFields }\n  }\n": typeof types.RescheduleAppointmentDocument,
    "\n  mutation SaveServiceReport($workOrderId: ID!, $diagnosis: String!, $actions: String!, $labourMinutes: Int!) {\n    saveServiceReport(workOrderId: $workOrderId, diagnosis: $diagnosis, actions: $actions, labourMinutes: $labourMinutes) { ...WorkOrderDetailFields }\n  }\n": typeof types.SaveServiceReportDocument,
    "\n  mutation AddPartLine($workOrderId: ID!, $sku: String!, $name: String, $quantity: Int!, $unitPrice: Int, $source: PartSource) {\n    addPartLine(workOrderId: $workOrderId, sku: $sku, name: $name, quantity: $quantity, unitPrice: $unitPrice, source: $source) { ...WorkOrderDetailFields }\n  }\n": typeof types.AddPartLineDocument,
    "\n  mutation RemovePartLine($workOrderId: ID!, $lineId: ID!) {\n    removePartLine(workOrderId: $workOrderId, lineId: $lineId) { ...WorkOrderDetailFields }\n  }\n": typeof types.RemovePartLineDocument,
    "\n  mutation AcceptCharges($workOrderId: ID!, $total: Int!) {\n    acceptCharges(workOrderId: $workOrderId, total: $total) { ...WorkOrderDetailFields }\n  }\n": typeof types.AcceptChargesDocument,
    "\n  query PriceList {\n    dispatchSettings { priceList { labourStepMinutes } }\n  }\n": typeof types.PriceListDocument,
    "\n  query CatalogParts($search: String) {\n    parts(first: 50, search: $search) { edges { node { id sku name unit price compatibleModels } } }\n  }\n": typeof types.CatalogPartsDocument,
    "\n  fragment PublicVisitFields on PublicVisit {\n    visitType status technicianName\n    appointment { status proposed { start end } confirmed { start end } confirmedBy confirmedAt }\n    charges { ...ChargesFields }\n    confirmation { status method signerName at comment }\n    shipment { carrier trackingNumber }\n  }\n": typeof types.PublicVisitFieldsFragmentDoc,
    "\n  query TrackVisit($token: String!) {\n    trackVisit(token: $token) { ...PublicVisitFields }\n  }\n": typeof types.TrackVisitDocument,
    "\n  mutation CustomerVisitAction($token: String!, $step: CustomerVisitStep!, $start: DateTime, $comment: String, $total: Int) {\n    customerVisitAction(token: $token, step: $step, start: $start, comment: $comment, total: $total) { ...PublicVisitFields }\n  }\n": typeof types.CustomerVisitActionDocument,
    "\n  subscription StockLow {\n    stockLow { partId sku name unit locationId locationCode locationName locationKind available reorderPoint reorderQuantity }\n  }\n": typeof types.StockLowDocument,
    "\n  subscription WorkOrderEscalated {\n    workOrderEscalated { id workOrderId requestNumber customerName commitment dueAt leadName }\n  }\n": typeof types.WorkOrderEscalatedDocument,
    "\n  fragment StockLocationFields on StockLocation {\n    id code name kind technicianId technicianUserId stocktakeEveryDays lastStocktakeAt stocktakeDueAt\n  }\n": typeof types.StockLocationFieldsFragmentDoc,
    "\n  query StockLocations {\n    stockLocations { ...StockLocationFields }\n  }\n": typeof types.StockLocationsDocument,
    "\n  mutation SaveStockLocation($input: LocationInput!) {\n    saveStockLocation(input: $input) { ...StockLocationFields }\n  }\n": typeof types.SaveStockLocationDocument,
    "\n  fragment StockLevelFields on StockLevel {\n    partId sku name unit locationId locationCode locationName locationKind onHand reserved available inTransit reorderPoint reorderQuantity low value\n  }\n": typeof types.StockLevelFieldsFragmentDoc,
    "\n  query StockLevels($first: Int, $after: String, $locationId: ID, $search: String, $lowOnly: Boolean) {\n    stockLevels(first: $first, after: $after, locationId: $locationId, search: $search, lowOnly: $lowOnly) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...StockLevelFields } }\n    }\n  }\n": typeof types.StockLevelsDocument,
    "\n  fragment PartFields on Part {\n    id sku name unit compatibleModels cost price serialised warrantyMonths active averageCost onHand available\n  }\n": typeof types.PartFieldsFragmentDoc,
    "\n  query Parts($first: Int, $after: String, $search: String, $includeInactive: Boolean) {\n    parts(first: $first, after: $after, search: $search, includeInactive: $includeInactive) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...PartFields } }\n    }\n  }\n": typeof types.PartsDocument,
    "\n  query Part($id: ID!, $first: Int, $after: String, $locationId: ID) {\n    part(id: $id) {\n      ...PartFields\n      stock { ...StockLevelFields }\n      movements(first: $first, after: $after, locationId: $locationId) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id kind quantity reservedChange unitCost locationId locationCode reason sourceType sourceId at } }\n      }\n    }\n  }\n": typeof types.PartDocument,
    "\n  mutation SavePart($input: PartInput!) {\n    savePart(input: $input) { ...PartFields }\n  }\n": typeof types.SavePartDocument,
    "\n  mutation ReceiveStock($locationId: ID!, $sku: String!, $quantity: Int!, $unitCost: Int!, $reason: String) {\n    receiveStock(locationId: $locationId, sku: $sku, quantity: $quantity, unitCost: $unitCost, reason: $reason) { ...StockLevelFields }\n  }\n": typeof types.ReceiveStockDocument,
    "\n  mutation AdjustStock($locationId: ID!, $sku: String!, $quantity: Int!, $reason: String!) {\n    adjustStock(locationId: $locationId, sku: $sku, quantity: $quantity, reason: $reason) { ...StockLevelFields }\n  }\n": typeof types.AdjustStockDocument,
    "\n  mutation SetReorderLevel($locationId: ID!, $sku: String!, $reorderPoint: Int, $reorderQuantity: Int) {\n    setReorderLevel(locationId: $locationId, sku: $sku, reorderPoint: $reorderPoint, reorderQuantity: $reorderQuantity) { ...StockLevelFields }\n  }\n": typeof types.SetReorderLevelDocument,
    "\n  fragment TransferFields on Transfer {\n    id number fromLocationId fromCode toLocationId toCode state lines { sku name quantity } reason requestedAt shippedAt receivedAt\n  }\n": typeof types.TransferFieldsFragmentDoc,
    "\n  query Transfers($state: TransferState, $locationId: ID) {\n    transfers(state: $state, locationId: $locationId) { ...TransferFields }\n  }\n": typeof types.TransfersDocument,
    "\n  mutation RequestTransfer($fromLocationId: ID!, $toLocationId: ID!, $lines: [TransferLineInput!]!, $reason: String) {\n    requestTransfer(fromLocationId: $fromLocationId, toLocationId: $toLocationId, lines: $lines, reason: $reason) { ...TransferFields }\n  }\n": typeof types.RequestTransferDocument,
    "\n  mutation ShipTransfer($id: ID!) {\n    shipTransfer(id: $id) { ...TransferFields }\n  }\n": typeof types.ShipTransferDocument,
    "\n  mutation ReceiveTransfer($id: ID!) {\n    receiveTransfer(id: $id) { ...TransferFields }\n  }\n": typeof types.ReceiveTransferDocument,
    "\n  mutation CancelTransfer($id: ID!) {\n    cancelTransfer(id: $id) { ...TransferFields }\n  }\n": typeof types.CancelTransferDocument,
    "\n  fragment StocktakeFields on Stocktake {\n    id number locationId locationCode locationName state blind startedAt submittedAt approvedAt\n    lines { partId sku name expected counted variance varianceValue }\n    countedLines totalVarianceValue onSchedule\n  }\n": typeof types.StocktakeFieldsFragmentDoc,
    "\n  query Stocktakes($locationId: ID) {\n    stocktakes(locationId: $locationId) { ...StocktakeFields }\n  }\n": typeof types.StocktakesDocument,
    "\n  query Stocktake($id: ID!) {\n    stocktake(id: $id) { ...StocktakeFields }\n  }\n": typeof types.StocktakeDocument,
    "\n  mutation StartStocktake($locationId: ID!, $blind: Boolean) {\n    startStocktake(locationId: $locationId, blind: $blind) { ...StocktakeFields }\n  }\n": typeof types.StartStocktakeDocument,
    "\n  mutation RecordCount($id: ID!, $sku: String!, $counted: Int!) {\n    recordCount(id: $id, sku: $sku, counted: $counted) { ...StocktakeFields }\n  }\n": typeof types.RecordCountDocument,
    "\n  mutation SubmitStocktake($id: ID!) {\n    submitStocktake(id: $id) { ...StocktakeFields }\n  }\n": typeof types.SubmitStocktakeDocument,
    "\n  mutation ApproveStocktake($id: ID!, $note: String) {\n    approveStocktake(id: $id, note: $note) { ...StocktakeFields }\n  }\n": typeof types.ApproveStocktakeDocument,
    "\n  mutation CancelStocktake($id: ID!) {\n    cancelStocktake(id: $id) { ...StocktakeFields }\n  }\n": typeof types.CancelStocktakeDocument,
    "\n  fragment PartsImportFields on PartsImportJob {\n    id fileName status totalRows processedRows importedRows failedRows createdAt finishedAt\n    errors { line column reason message }\n  }\n": typeof types.PartsImportFieldsFragmentDoc,
    "\n  mutation StartPartsImport($csv: String!, $fileName: String) {\n    startPartsImport(csv: $csv, fileName: $fileName) { ...PartsImportFields }\n  }\n": typeof types.StartPartsImportDocument,
    "\n  query PartsImport($id: ID!) {\n    partsImport(id: $id) { ...PartsImportFields }\n  }\n": typeof types.PartsImportDocument,
    "\n  query DefectAnalysis($from: String!, $to: String!, $groupBy: DefectGrouping!, $productModel: String) {\n    defectAnalysis(from: $from, to: $to, groupBy: $groupBy, productModel: $productModel) {\n      total\n      rows { key label count share cumulativeShare }\n    }\n  }\n": typeof types.DefectAnalysisDocument,
    "\n  query WorkOrderDefects($workOrderId: ID!) {\n    defects(workOrderId: $workOrderId) { id sku partName cause quantity partSerial note returnedAt }\n  }\n": typeof types.WorkOrderDefectsDocument,
    "\n  mutation ReturnDefectivePart($workOrderId: ID!, $sku: String!, $quantity: Int!, $cause: FailureCause!, $serialNumber: String, $note: String) {\n    returnDefectivePart(workOrderId: $workOrderId, sku: $sku, quantity: $quantity, cause: $cause, serialNumber: $serialNumber, note: $note) { id sku partName cause quantity partSerial note returnedAt }\n  }\n": typeof types.ReturnDefectivePartDocument,
    "\n  query WarehouseDashboard {\n    low: stockLevels(first: 1, lowOnly: true) { totalCount }\n    requested: transfers(state: REQUESTED) { id }\n    inTransit: transfers(state: IN_TRANSIT) { id }\n    locations: stockLocations { id stocktakeDueAt }\n  }\n": typeof types.WarehouseDashboardDocument,
    "\n  query PartReservations($workOrderId: ID, $state: ReservationState) {\n    partReservations(workOrderId: $workOrderId, state: $state) { id workOrderId requestNumber lineId sku quantity locationCode state updatedAt }\n  }\n": typeof types.PartReservationsDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      username\n      name\n      email\n      roles\n      tenant { id code name displayName status }\n    }\n  }\n": types.MeDocument,
    "\n  query ServiceRequests($first: Int, $after: String, $filter: ServiceRequestFilter) {\n    serviceRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node { id number customerName customerPhone productModel serialNumber problemDescription channel category status createdAt createdBy firstResponseDueAt priority emergency }\n      }\n    }\n  }\n": types.ServiceRequestsDocument,
    "\n  fragment WarrantyFields on WarrantyDecision {\n    status entitlement reason text purchaseDate productCategory daysSincePurchase limit priorRepairs\n    override { by at reason system { status entitlement reason } }\n  }\n": types.WarrantyFieldsFragmentDoc,
    "\n  fragment ServiceRequestDetailFields on ServiceRequest {\n    id number customerName customerPhone productModel serialNumber problemDescription channel category status createdAt createdBy\n    firstResponseDueAt acknowledgedAt actions customerId\n    priority emergency customerEmail divisionCode address regionTier purchaseDate\n    warranty { ...WarrantyFields }\n    timeline { id action fromStatus toStatus actorId note at }\n  }\n": types.ServiceRequestDetailFieldsFragmentDoc,
    "\n  query ServiceRequest($id: ID!) {\n    serviceRequest(id: $id) { ...ServiceRequestDetailFields }\n  }\n": types.ServiceRequestDocument,
    "\n  mutation OverrideWarranty($id: ID!, $status: WarrantyStatus!, $entitlement: Entitlement!, $reason: String!) {\n    overrideWarranty(id: $id, status: $status, entitlement: $entitlement, reason: $reason) { ...ServiceRequestDetailFields }\n  }\n": types.OverrideWarrantyDocument,
    "\n  query WarrantyPreview($productModel: String!, $serialNumber: String, $purchaseDate: String) {\n    warrantyPreview(productModel: $productModel, serialNumber: $serialNumber, purchaseDate: $purchaseDate) { ...WarrantyFields }\n  }\n": types.WarrantyPreviewDocument,
    "\n  query ProductModels($search: String, $includeInactive: Boolean) {\n    productModels(search: $search, includeInactive: $includeInactive) { id model name brand productCategory active updatedAt hasWarrantyRule }\n  }\n": types.ProductModelsDocument,
    "\n  mutation SaveProductModel($input: ProductModelInput!) {\n    saveProductModel(input: $input) { id model name brand productCategory active updatedAt hasWarrantyRule }\n  }\n": types.SaveProductModelDocument,
    "\n  query EmergencyCommitment {\n    commitments { version policy { emergencyArrival { amount unit basis } } }\n  }\n": types.EmergencyCommitmentDocument,
    "\n  query WarrantyCategories {\n    commitments { version policy { warranty { productCategory } } }\n  }\n": types.WarrantyCategoriesDocument,
    "\n  mutation CreateServiceRequest($input: CreateServiceRequestInput!) {\n    createServiceRequest(input: $input) { id number }\n  }\n": types.CreateServiceRequestDocument,
    "\n  subscription ServiceRequestCreated {\n    serviceRequestCreated { id number customerName }\n  }\n": types.ServiceRequestCreatedDocument,
    "\n  query DispatchQueue($first: Int, $after: String) {\n    dispatchQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id serviceRequestId requestNumber customerName productModel channel category state requestedAt queuedAt } }\n    }\n  }\n": types.DispatchQueueDocument,
    "\n  subscription QueueEntryAdded {\n    queueEntryAdded { id serviceRequestId requestNumber customerName productModel channel category state requestedAt queuedAt }\n  }\n": types.QueueEntryAddedDocument,
    "\n  query Dashboard($withQueue: Boolean!, $withRequests: Boolean!) {\n    open: serviceRequests(first: 1, filter: { status: NEW }) @include(if: $withRequests) { totalCount }\n    repair: serviceRequests(first: 1, filter: { category: REPAIR }) @include(if: $withRequests) { totalCount }\n    installation: serviceRequests(first: 1, filter: { category: INSTALLATION }) @include(if: $withRequests) { totalCount }\n    maintenance: serviceRequests(first: 1, filter: { category: MAINTENANCE }) @include(if: $withRequests) { totalCount }\n    consultation: serviceRequests(first: 1, filter: { category: CONSULTATION }) @include(if: $withRequests) { totalCount }\n    returns: serviceRequests(first: 1, filter: { category: RETURN }) @include(if: $withRequests) { totalCount }\n    exchange: serviceRequests(first: 1, filter: { category: EXCHANGE }) @include(if: $withRequests) { totalCount }\n    refund: serviceRequests(first: 1, filter: { category: REFUND }) @include(if: $withRequests) { totalCount }\n    queue: dispatchQueue(first: 1) @include(if: $withQueue) { totalCount }\n  }\n": types.DashboardDocument,
    "\n  query Tenants {\n    tenants { id code name displayName keycloakOrganizationId status timeZone createdAt suspendedAt suspensionReason }\n  }\n": types.TenantsDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) { id code name status }\n  }\n": types.CreateTenantDocument,
    "\n  mutation SuspendTenant($id: ID!, $reason: String!) {\n    suspendTenant(id: $id, reason: $reason) { id status suspendedAt suspensionReason }\n  }\n": types.SuspendTenantDocument,
    "\n  fragment PolicyFields on CommitmentPolicy {\n    firstResponse { amount unit basis }\n    dispatch { amount unit basis }\n    arrival {\n      city { amount unit basis }\n      suburb { amount unit basis }\n      inProvince { amount unit basis }\n      outOfProvince { amount unit basis }\n      remote { amount unit basis }\n    }\n    emergencyArrival { amount unit basis }\n    repair { ordinary { amount unit basis } complex { amount unit basis } }\n    complaint { contact { amount unit basis } plan { amount unit basis } verification { amount unit basis } }\n    followUp { amount unit basis }\n    targets { satisfaction onTimeArrival firstTimeFix complaintResolution }\n    warranty { productCategory returnDays exchangeDays repairWarrantyMonths partsWarrantyMonths }\n  }\n": types.PolicyFieldsFragmentDoc,
    "\n  fragment CalendarFields on CalendarSettings {\n    timeZone\n    week { start end }\n    nationalCalendar\n    closures\n    extraWorkdays\n  }\n": types.CalendarFieldsFragmentDoc,
    "\n  query Commitments {\n    commitments {\n      version\n      createdAt\n      createdBy\n      policy { ...PolicyFields }\n      calendar { ...CalendarFields }\n      regions { homeCity remoteProvinces overrides { prefix tier } }\n    }\n  }\n": types.CommitmentsDocument,
    "\n  mutation UpdateCommitments($policy: CommitmentPolicyInput!, $calendar: CalendarSettingsInput!, $regions: RegionSettingsInput) {\n    updateCommitments(policy: $policy, calendar: $calendar, regions: $regions) { version createdAt }\n  }\n": types.UpdateCommitmentsDocument,
    "\n  query PreviewCommitments($calendar: CalendarSettingsInput!, $from: DateTime!, $durations: [NamedDurationInput!]!) {\n    previewCommitments(calendar: $calendar, from: $from, durations: $durations) { key dueAt }\n  }\n": types.PreviewCommitmentsDocument,
    "\n  query NationalCalendar($years: [Int!]!) {\n    nationalCalendar(years: $years) { year source holidays { date name } workdays { date name } }\n  }\n": types.NationalCalendarDocument,
    "\n  query PublicCommitments($tenantCode: String!) {\n    publicCommitments(tenantCode: $tenantCode) {\n      tenant { code name hotline logoUrl }\n      version\n      policy { ...PolicyFields }\n      calendar { ...CalendarFields }\n    }\n  }\n": types.PublicCommitmentsDocument,
    "\n  query TenantSettings {\n    tenantSettings { id code name displayName timeZone defaultLocale hotline logoUrl }\n  }\n": types.TenantSettingsDocument,
    "\n  mutation UpdateTenantSettings($input: TenantSettingsInput!) {\n    updateTenantSettings(input: $input) { id displayName timeZone defaultLocale hotline logoUrl }\n  }\n": types.UpdateTenantSettingsDocument,
    "\n  mutation ReactivateTenant($id: ID!) {\n    reactivateTenant(id: $id) { id status suspendedAt suspensionReason }\n  }\n": types.ReactivateTenantDocument,
    "\n  query TenantAudit($id: ID!) {\n    tenantAudit(id: $id) { id action actorId at details }\n  }\n": types.TenantAuditDocument,
    "\n  query TenantUsers {\n    tenantUsers { id username email name roles }\n  }\n": types.TenantUsersDocument,
    "\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) { id roles }\n  }\n": types.SetUserRolesDocument,
    "\n  fragment DispatchSettingsFields on DispatchSettings {\n    leadUserId leadName reassignWhenLate\n    depotWeek { start end }\n    priceList { callOutFee depotFee labourPerHour labourStepMinutes }\n  }\n": types.DispatchSettingsFieldsFragmentDoc,
    "\n  query DispatchSettings {\n    dispatchSettings { ...DispatchSettingsFields }\n  }\n": types.DispatchSettingsDocument,
    "\n  mutation SaveDispatchSettings($input: DispatchSettingsInput!) {\n    saveDispatchSettings(input: $input) { ...DispatchSettingsFields }\n  }\n": types.SaveDispatchSettingsDocument,
    "\n  query Escalations($open: Boolean) {\n    escalations(open: $open) { id workOrderId requestNumber customerName commitment dueAt leadUserId leadName raisedAt acknowledgedAt acknowledgedBy note }\n  }\n": types.EscalationsDocument,
    "\n  mutation AcknowledgeEscalation($id: ID!, $note: String) {\n    acknowledgeEscalation(id: $id, note: $note) { id acknowledgedAt acknowledgedBy note }\n  }\n": types.AcknowledgeEscalationDocument,
    "\n  query DispatchKpis($from: String!, $to: String!, $technicianId: ID) {\n    dispatchKpis(from: $from, to: $to, technicianId: $technicianId) {\n      from to\n      totals { completed onTimeArrivalRate firstTimeFixRate meanTimeToRepairHours repeatVisits slaCompliance }\n      byTechnician { technicianId name completed onTimeArrivalRate firstTimeFixRate meanTimeToRepairHours repeatVisits slaCompliance }\n      daily { date completed onTimeArrivalRate firstTimeFixRate }\n      targets { onTimeArrival firstTimeFix }\n    }\n  }\n": types.DispatchKpisDocument,
    "\n  query TenantTimeZone {\n    tenantSettings { id timeZone }\n  }\n": types.TenantTimeZoneDocument,
    "\n  mutation TransitionServiceRequest($id: ID!, $action: RequestAction!, $note: String) {\n    transitionServiceRequest(id: $id, action: $action, note: $note) { id status acknowledgedAt actions }\n  }\n": types.TransitionServiceRequestDocument,
    "\n  mutation SubmitServiceRequest($tenantCode: String!, $input: PublicServiceRequestInput!) {\n    submitServiceRequest(tenantCode: $tenantCode, input: $input) { number trackingToken trackingPath }\n  }\n": types.SubmitServiceRequestDocument,
    "\n  query TrackServiceRequest($token: String!) {\n    trackServiceRequest(token: $token) { number status category productModel createdAt firstResponseDueAt acknowledgedAt steps { status at } }\n  }\n": types.TrackServiceRequestDocument,
    "\n  fragment CustomerArchiveFields on CustomerArchive {\n    id\n    kind\n    name\n    contactPerson\n    phones\n    email\n    note\n    addresses { label divisionCode detail path tier }\n    products { productModel serialNumber purchaseDate invoiceNumber seller productCategory }\n    firstSeenAt\n    requestCount\n    openRequestCount\n    recentRequests { id number productModel serialNumber category status createdAt }\n  }\n": types.CustomerArchiveFieldsFragmentDoc,
    "\n  mutation SaveCustomer($input: CustomerInput!) {\n    saveCustomer(input: $input) { ...CustomerArchiveFields }\n  }\n": types.SaveCustomerDocument,
    "\n  query CustomerByPhone($phone: String!) {\n    customerByPhone(phone: $phone) { ...CustomerArchiveFields }\n  }\n": types.CustomerByPhoneDocument,
    "\n  query Customer($id: ID!) {\n    customer(id: $id) { ...CustomerArchiveFields }\n  }\n": types.CustomerDocument,
    "\n  query PossibleDuplicates($customerPhone: String, $serialNumber: String) {\n    possibleDuplicates(customerPhone: $customerPhone, serialNumber: $serialNumber) { id number customerName productModel serialNumber status createdAt reason }\n  }\n": types.PossibleDuplicatesDocument,
    "\n  query Incoming {\n    serviceRequests(first: 8, order: DUE_SOONEST) {\n      totalCount\n      edges { node { id number customerName productModel category firstResponseDueAt } }\n    }\n  }\n": types.IncomingDocument,
    "\n  fragment ImportJobFields on ImportJob {\n    id fileName status totalRows processedRows importedRows failedRows customersCreated customersUpdated createdAt finishedAt\n    errors { line column reason message }\n  }\n": types.ImportJobFieldsFragmentDoc,
    "\n  mutation StartCustomerImport($csv: String!, $fileName: String) {\n    startCustomerImport(csv: $csv, fileName: $fileName) { ...ImportJobFields }\n  }\n": types.StartCustomerImportDocument,
    "\n  query CustomerImport($id: ID!) {\n    customerImport(id: $id) { ...ImportJobFields }\n  }\n": types.CustomerImportDocument,
    "\n  query RequestMessages($id: ID!) {\n    serviceRequest(id: $id) { id messages { id direction from to subject text at attachments { filename contentType size } } }\n  }\n": types.RequestMessagesDocument,
    "\n  query CustomerHistory($id: ID!) {\n    customer(id: $id) { id history { at source kind requestId requestNumber serialNumber summary } }\n  }\n": types.CustomerHistoryDocument,
    "\n  fragment WorkOrderFields on WorkOrder {\n    id serviceRequestId requestNumber customerName productModel category skill divisionCode regionTier\n    location { lat lng } visitType complexity emergency status technicianId technicianName\n    assignment { mode code text { zhCN enUS } distanceKm }\n    version assessedAt updatedAt\n    clocks { commitment startedAt dueAt state closedAt }\n  }\n": types.WorkOrderFieldsFragmentDoc,
    "\n  fragment TechnicianFields on Technician {\n    id userId name phone skills regions home { lat lng } dailyCapacity status load\n    calendar { weekdays hours { from to } leave { from to reason } } dutyToday\n  }\n": types.TechnicianFieldsFragmentDoc,
    "\n  query DispatchBoard {\n    unassigned: workOrders(first: 50, status: UNASSIGNED) { totalCount edges { node { ...WorkOrderFields } } }\n    failed: workOrders(first: 30, status: FAILED) { totalCount edges { node { ...WorkOrderFields } } }\n    technicians { ...TechnicianFields }\n  }\n": types.DispatchBoardDocument,
    "\n  fragment JobLineFields on WorkOrder {\n    id requestNumber customerName status emergency technicianId updatedAt assignment { mode text { zhCN enUS } }\n  }\n": types.JobLineFieldsFragmentDoc,
    "\n  query TechnicianJobs {\n    assigned: workOrders(first: 40, status: ASSIGNED) { edges { node { ...JobLineFields } } }\n    accepted: workOrders(first: 40, status: ACCEPTED) { edges { node { ...JobLineFields } } }\n    enRoute: workOrders(first: 40, status: EN_ROUTE) { edges { node { ...JobLineFields } } }\n    onSite: workOrders(first: 40, status: ON_SITE) { edges { node { ...JobLineFields } } }\n    completed: workOrders(first: 40, status: COMPLETED) { edges { node { id technicianId updatedAt } } }\n  }\n": types.TechnicianJobsDocument,
    "\n  query Technicians {\n    technicians { ...TechnicianFields }\n  }\n": types.TechniciansDocument,
    "\n  mutation SaveTechnician($input: TechnicianInput!) {\n    saveTechnician(input: $input) { ...TechnicianFields }\n  }\n": types.SaveTechnicianDocument,
    "\n  mutation AssessWorkOrder($input: AssessInput!) {\n    assessWorkOrder(input: $input) { ...WorkOrderFields }\n  }\n": types.AssessWorkOrderDocument,
    "\n  query SuggestTechnicians($workOrderId: ID!) {\n    suggestTechnicians(workOrderId: $workOrderId) {\n      candidates { technician { ...TechnicianFields } score distanceKm reason { mode code text { zhCN enUS } distanceKm } }\n      excluded { skill region unavailable capacity excluded }\n    }\n  }\n": types.SuggestTechniciansDocument,
    "\n  mutation AssignWorkOrder($workOrderId: ID!, $version: Int!, $technicianId: ID, $reason: String) {\n    assignWorkOrder(workOrderId: $workOrderId, version: $version, technicianId: $technicianId, reason: $reason) { ...WorkOrderFields }\n  }\n": types.AssignWorkOrderDocument,
    "\n  mutation AutoDispatch {\n    autoDispatch { assigned unassigned { workOrderId requestNumber excluded { skill region unavailable capacity excluded } } }\n  }\n": types.AutoDispatchDocument,
    "\n  fragment AppointmentFields on Appointment {\n    status proposed { start end } confirmed { start end } confirmedBy confirmedAt withinCommitment technicianWorks\n    changes { at by from { start end } to { start end } cause reason pausedMinutes }\n  }\n": types.AppointmentFieldsFragmentDoc,
    "\n  fragment ChargesFields on Charges {\n    chargeable lines { kind description quantity unitPrice amount } total currency acceptedAt acceptedTotal acceptedBy\n  }\n": types.ChargesFieldsFragmentDoc,
    "\n  fragment WorkOrderDetailFields on WorkOrder {\n    ...WorkOrderFields\n    excludedTechnicianIds assessedBy\n    customerPhone address serialNumber problemDescription warrantyStatus visits completedAt waitingForPartsSince availableActions\n    expectedParts { sku quantity }\n    appointment { ...AppointmentFields }\n    report { diagnosis actions labourMinutes updatedAt }\n    parts { id sku name quantity unitPrice source reservation addedAt }\n    charges { ...ChargesFields }\n    confirmation { status method signerName at comment }\n    depot { condition accessories receivedAt qcNote carrier trackingNumber shippedAt }\n    timeline { id action fromStatus toStatus actorId technicianId note at }\n  }\n": types.WorkOrderDetailFieldsFragmentDoc,
    "\n  query WorkOrder($id: ID!, $withSignature: Boolean! = false) {\n    workOrder(id: $id) {\n      ...WorkOrderDetailFields\n      signatureImage @include(if: $withSignature)\n    }\n  }\n": types.WorkOrderDocument,
    "\n  query MyJobs {\n    workOrders(first: 50) {\n      totalCount\n      edges { node { ...WorkOrderFields customerPhone address problemDescription warrantyStatus availableActions appointment { status confirmed { start end } } } }\n    }\n  }\n": types.MyJobsDocument,
    "\n  mutation WorkOrderAction($workOrderId: ID!, $action: FieldAction!, $note: String, $location: GeoPointInput, $details: FieldActionDetails) {\n    workOrderAction(workOrderId: $workOrderId, action: $action, note: $note, location: $location, details: $details) { ...WorkOrderDetailFields }\n  }\n": types.WorkOrderActionDocument,
    "\n  query AppointmentOptions($workOrderId: ID!) {\n    appointmentOptions(workOrderId: $workOrderId) { start end withinCommitment }\n  }\n": types.AppointmentOptionsDocument,
    "\n  mutation SetAppointment($workOrderId: ID!, $mode: String!, $slots: [SlotInput!]!) {\n    setAppointment(workOrderId: $workOrderId, mode: $mode, slots: $slots) { ...WorkOrderDetailFields }\n  }\n": types.SetAppointmentDocument,
    "\n  mutation RescheduleAppointment($workOrderId: ID!, $slot: SlotInput!, $cause: DelayCause!, $reason: String!) {\n    rescheduleAppointment(workOrderId: $workOrderId, slot: $slot, cause: $cause, reason: $reason) { ...WorkOrderDetailFields }\n  }\n": types.RescheduleAppointmentDocument,
    "\n  mutation SaveServiceReport($workOrderId: ID!, $diagnosis: String!, $actions: String!, $labourMinutes: Int!) {\n    saveServiceReport(workOrderId: $workOrderId, diagnosis: $diagnosis, actions: $actions, labourMinutes: $labourMinutes) { ...WorkOrderDetailFields }\n  }\n": types.SaveServiceReportDocument,
    "\n  mutation AddPartLine($workOrderId: ID!, $sku: String!, $name: String, $quantity: Int!, $unitPrice: Int, $source: PartSource) {\n    addPartLine(workOrderId: $workOrderId, sku: $sku, name: $name, quantity: $quantity, unitPrice: $unitPrice, source: $source) { ...WorkOrderDetailFields }\n  }\n": types.AddPartLineDocument,
    "\n  mutation RemovePartLine($workOrderId: ID!, $lineId: ID!) {\n    removePartLine(workOrderId: $workOrderId, lineId: $lineId) { ...WorkOrderDetailFields }\n  }\n": types.RemovePartLineDocument,
    "\n  mutation AcceptCharges($workOrderId: ID!, $total: Int!) {\n    acceptCharges(workOrderId: $workOrderId, total: $total) { ...WorkOrderDetailFields }\n  }\n": types.AcceptChargesDocument,
    "\n  query PriceList {\n    dispatchSettings { priceList { labourStepMinutes } }\n  }\n": types.PriceListDocument,
    "\n  query CatalogParts($search: String) {\n    parts(first: 50, search: $search) { edges { node { id sku name unit price compatibleModels } } }\n  }\n": types.CatalogPartsDocument,
    "\n  fragment PublicVisitFields on PublicVisit {\n    visitType status technicianName\n    appointment { status proposed { start end } confirmed { start end } confirmedBy confirmedAt }\n    charges { ...ChargesFields }\n    confirmation { status method signerName at comment }\n    shipment { carrier trackingNumber }\n  }\n": types.PublicVisitFieldsFragmentDoc,
    "\n  query TrackVisit($token: String!) {\n    trackVisit(token: $token) { ...PublicVisitFields }\n  }\n": types.TrackVisitDocument,
    "\n  mutation CustomerVisitAction($token: String!, $step: CustomerVisitStep!, $start: DateTime, $comment: String, $total: Int) {\n    customerVisitAction(token: $token, step: $step, start: $start, comment: $comment, total: $total) { ...PublicVisitFields }\n  }\n": types.CustomerVisitActionDocument,
    "\n  subscription StockLow {\n    stockLow { partId sku name unit locationId locationCode locationName locationKind available reorderPoint reorderQuantity }\n  }\n": types.StockLowDocument,
    "\n  subscription WorkOrderEscalated {\n    workOrderEscalated { id workOrderId requestNumber customerName commitment dueAt leadName }\n  }\n": types.WorkOrderEscalatedDocument,
    "\n  fragment StockLocationFields on StockLocation {\n    id code name kind technicianId technicianUserId stocktakeEveryDays lastStocktakeAt stocktakeDueAt\n  }\n": types.StockLocationFieldsFragmentDoc,
    "\n  query StockLocations {\n    stockLocations { ...StockLocationFields }\n  }\n": types.StockLocationsDocument,
    "\n  mutation SaveStockLocation($input: LocationInput!) {\n    saveStockLocation(input: $input) { ...StockLocationFields }\n  }\n": types.SaveStockLocationDocument,
    "\n  fragment StockLevelFields on StockLevel {\n    partId sku name unit locationId locationCode locationName locationKind onHand reserved available inTransit reorderPoint reorderQuantity low value\n  }\n": types.StockLevelFieldsFragmentDoc,
    "\n  query StockLevels($first: Int, $after: String, $locationId: ID, $search: String, $lowOnly: Boolean) {\n    stockLevels(first: $first, after: $after, locationId: $locationId, search: $search, lowOnly: $lowOnly) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...StockLevelFields } }\n    }\n  }\n": types.StockLevelsDocument,
    "\n  fragment PartFields on Part {\n    id sku name unit compatibleModels cost price serialised warrantyMonths active averageCost onHand available\n  }\n": types.PartFieldsFragmentDoc,
    "\n  query Parts($first: Int, $after: String, $search: String, $includeInactive: Boolean) {\n    parts(first: $first, after: $after, search: $search, includeInactive: $includeInactive) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...PartFields } }\n    }\n  }\n": types.PartsDocument,
    "\n  query Part($id: ID!, $first: Int, $after: String, $locationId: ID) {\n    part(id: $id) {\n      ...PartFields\n      stock { ...StockLevelFields }\n      movements(first: $first, after: $after, locationId: $locationId) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id kind quantity reservedChange unitCost locationId locationCode reason sourceType sourceId at } }\n      }\n    }\n  }\n": types.PartDocument,
    "\n  mutation SavePart($input: PartInput!) {\n    savePart(input: $input) { ...PartFields }\n  }\n": types.SavePartDocument,
    "\n  mutation ReceiveStock($locationId: ID!, $sku: String!, $quantity: Int!, $unitCost: Int!, $reason: String) {\n    receiveStock(locationId: $locationId, sku: $sku, quantity: $quantity, unitCost: $unitCost, reason: $reason) { ...StockLevelFields }\n  }\n": types.ReceiveStockDocument,
    "\n  mutation AdjustStock($locationId: ID!, $sku: String!, $quantity: Int!, $reason: String!) {\n    adjustStock(locationId: $locationId, sku: $sku, quantity: $quantity, reason: $reason) { ...StockLevelFields }\n  }\n": types.AdjustStockDocument,
    "\n  mutation SetReorderLevel($locationId: ID!, $sku: String!, $reorderPoint: Int, $reorderQuantity: Int) {\n    setReorderLevel(locationId: $locationId, sku: $sku, reorderPoint: $reorderPoint, reorderQuantity: $reorderQuantity) { ...StockLevelFields }\n  }\n": types.SetReorderLevelDocument,
    "\n  fragment TransferFields on Transfer {\n    id number fromLocationId fromCode toLocationId toCode state lines { sku name quantity } reason requestedAt shippedAt receivedAt\n  }\n": types.TransferFieldsFragmentDoc,
    "\n  query Transfers($state: TransferState, $locationId: ID) {\n    transfers(state: $state, locationId: $locationId) { ...TransferFields }\n  }\n": types.TransfersDocument,
    "\n  mutation RequestTransfer($fromLocationId: ID!, $toLocationId: ID!, $lines: [TransferLineInput!]!, $reason: String) {\n    requestTransfer(fromLocationId: $fromLocationId, toLocationId: $toLocationId, lines: $lines, reason: $reason) { ...TransferFields }\n  }\n": types.RequestTransferDocument,
    "\n  mutation ShipTransfer($id: ID!) {\n    shipTransfer(id: $id) { ...TransferFields }\n  }\n": types.ShipTransferDocument,
    "\n  mutation ReceiveTransfer($id: ID!) {\n    receiveTransfer(id: $id) { ...TransferFields }\n  }\n": types.ReceiveTransferDocument,
    "\n  mutation CancelTransfer($id: ID!) {\n    cancelTransfer(id: $id) { ...TransferFields }\n  }\n": types.CancelTransferDocument,
    "\n  fragment StocktakeFields on Stocktake {\n    id number locationId locationCode locationName state blind startedAt submittedAt approvedAt\n    lines { partId sku name expected counted variance varianceValue }\n    countedLines totalVarianceValue onSchedule\n  }\n": types.StocktakeFieldsFragmentDoc,
    "\n  query Stocktakes($locationId: ID) {\n    stocktakes(locationId: $locationId) { ...StocktakeFields }\n  }\n": types.StocktakesDocument,
    "\n  query Stocktake($id: ID!) {\n    stocktake(id: $id) { ...StocktakeFields }\n  }\n": types.StocktakeDocument,
    "\n  mutation StartStocktake($locationId: ID!, $blind: Boolean) {\n    startStocktake(locationId: $locationId, blind: $blind) { ...StocktakeFields }\n  }\n": types.StartStocktakeDocument,
    "\n  mutation RecordCount($id: ID!, $sku: String!, $counted: Int!) {\n    recordCount(id: $id, sku: $sku, counted: $counted) { ...StocktakeFields }\n  }\n": types.RecordCountDocument,
    "\n  mutation SubmitStocktake($id: ID!) {\n    submitStocktake(id: $id) { ...StocktakeFields }\n  }\n": types.SubmitStocktakeDocument,
    "\n  mutation ApproveStocktake($id: ID!, $note: String) {\n    approveStocktake(id: $id, note: $note) { ...StocktakeFields }\n  }\n": types.ApproveStocktakeDocument,
    "\n  mutation CancelStocktake($id: ID!) {\n    cancelStocktake(id: $id) { ...StocktakeFields }\n  }\n": types.CancelStocktakeDocument,
    "\n  fragment PartsImportFields on PartsImportJob {\n    id fileName status totalRows processedRows importedRows failedRows createdAt finishedAt\n    errors { line column reason message }\n  }\n": types.PartsImportFieldsFragmentDoc,
    "\n  mutation StartPartsImport($csv: String!, $fileName: String) {\n    startPartsImport(csv: $csv, fileName: $fileName) { ...PartsImportFields }\n  }\n": types.StartPartsImportDocument,
    "\n  query PartsImport($id: ID!) {\n    partsImport(id: $id) { ...PartsImportFields }\n  }\n": types.PartsImportDocument,
    "\n  query DefectAnalysis($from: String!, $to: String!, $groupBy: DefectGrouping!, $productModel: String) {\n    defectAnalysis(from: $from, to: $to, groupBy: $groupBy, productModel: $productModel) {\n      total\n      rows { key label count share cumulativeShare }\n    }\n  }\n": types.DefectAnalysisDocument,
    "\n  query WorkOrderDefects($workOrderId: ID!) {\n    defects(workOrderId: $workOrderId) { id sku partName cause quantity partSerial note returnedAt }\n  }\n": types.WorkOrderDefectsDocument,
    "\n  mutation ReturnDefectivePart($workOrderId: ID!, $sku: String!, $quantity: Int!, $cause: FailureCause!, $serialNumber: String, $note: String) {\n    returnDefectivePart(workOrderId: $workOrderId, sku: $sku, quantity: $quantity, cause: $cause, serialNumber: $serialNumber, note: $note) { id sku partName cause quantity partSerial note returnedAt }\n  }\n": types.ReturnDefectivePartDocument,
    "\n  query WarehouseDashboard {\n    low: stockLevels(first: 1, lowOnly: true) { totalCount }\n    requested: transfers(state: REQUESTED) { id }\n    inTransit: transfers(state: IN_TRANSIT) { id }\n    locations: stockLocations { id stocktakeDueAt }\n  }\n": types.WarehouseDashboardDocument,
    "\n  query PartReservations($workOrderId: ID, $state: ReservationState) {\n    partReservations(workOrderId: $workOrderId, state: $state) { id workOrderId requestNumber lineId sku quantity locationCode state updatedAt }\n  }\n": types.PartReservationsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      name\n      email\n      roles\n      tenant { id code name displayName status }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      name\n      email\n      roles\n      tenant { id code name displayName status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceRequests($first: Int, $after: String, $filter: ServiceRequestFilter) {\n    serviceRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node { id number customerName customerPhone productModel serialNumber problemDescription channel category status createdAt createdBy firstResponseDueAt priority emergency }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceRequests($first: Int, $after: String, $filter: ServiceRequestFilter) {\n    serviceRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node { id number customerName customerPhone productModel serialNumber problemDescription channel category status createdAt createdBy firstResponseDueAt priority emergency }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WarrantyFields on WarrantyDecision {\n    status entitlement reason text purchaseDate productCategory daysSincePurchase limit priorRepairs\n    override { by at reason system { status entitlement reason } }\n  }\n"): (typeof documents)["\n  fragment WarrantyFields on WarrantyDecision {\n    status entitlement reason text purchaseDate productCategory daysSincePurchase limit priorRepairs\n    override { by at reason system { status entitlement reason } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceRequestDetailFields on ServiceRequest {\n    id number customerName customerPhone productModel serialNumber problemDescription channel category status createdAt createdBy\n    firstResponseDueAt acknowledgedAt actions customerId\n    priority emergency customerEmail divisionCode address regionTier purchaseDate\n    warranty { ...WarrantyFields }\n    timeline { id action fromStatus toStatus actorId note at }\n  }\n"): (typeof documents)["\n  fragment ServiceRequestDetailFields on ServiceRequest {\n    id number customerName customerPhone productModel serialNumber problemDescription channel category status createdAt createdBy\n    firstResponseDueAt acknowledgedAt actions customerId\n    priority emergency customerEmail divisionCode address regionTier purchaseDate\n    warranty { ...WarrantyFields }\n    timeline { id action fromStatus toStatus actorId note at }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceRequest($id: ID!) {\n    serviceRequest(id: $id) { ...ServiceRequestDetailFields }\n  }\n"): (typeof documents)["\n  query ServiceRequest($id: ID!) {\n    serviceRequest(id: $id) { ...ServiceRequestDetailFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OverrideWarranty($id: ID!, $status: WarrantyStatus!, $entitlement: Entitlement!, $reason: String!) {\n    overrideWarranty(id: $id, status: $status, entitlement: $entitlement, reason: $reason) { ...ServiceRequestDetailFields }\n  }\n"): (typeof documents)["\n  mutation OverrideWarranty($id: ID!, $status: WarrantyStatus!, $entitlement: Entitlement!, $reason: String!) {\n    overrideWarranty(id: $id, status: $status, entitlement: $entitlement, reason: $reason) { ...ServiceRequestDetailFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarrantyPreview($productModel: String!, $serialNumber: String, $purchaseDate: String) {\n    warrantyPreview(productModel: $productModel, serialNumber: $serialNumber, purchaseDate: $purchaseDate) { ...WarrantyFields }\n  }\n"): (typeof documents)["\n  query WarrantyPreview($productModel: String!, $serialNumber: String, $purchaseDate: String) {\n    warrantyPreview(productModel: $productModel, serialNumber: $serialNumber, purchaseDate: $purchaseDate) { ...WarrantyFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductModels($search: String, $includeInactive: Boolean) {\n    productModels(search: $search, includeInactive: $includeInactive) { id model name brand productCategory active updatedAt hasWarrantyRule }\n  }\n"): (typeof documents)["\n  query ProductModels($search: String, $includeInactive: Boolean) {\n    productModels(search: $search, includeInactive: $includeInactive) { id model name brand productCategory active updatedAt hasWarrantyRule }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveProductModel($input: ProductModelInput!) {\n    saveProductModel(input: $input) { id model name brand productCategory active updatedAt hasWarrantyRule }\n  }\n"): (typeof documents)["\n  mutation SaveProductModel($input: ProductModelInput!) {\n    saveProductModel(input: $input) { id model name brand productCategory active updatedAt hasWarrantyRule }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmergencyCommitment {\n    commitments { version policy { emergencyArrival { amount unit basis } } }\n  }\n"): (typeof documents)["\n  query EmergencyCommitment {\n    commitments { version policy { emergencyArrival { amount unit basis } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarrantyCategories {\n    commitments { version policy { warranty { productCategory } } }\n  }\n"): (typeof documents)["\n  query WarrantyCategories {\n    commitments { version policy { warranty { productCategory } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateServiceRequest($input: CreateServiceRequestInput!) {\n    createServiceRequest(input: $input) { id number }\n  }\n"): (typeof documents)["\n  mutation CreateServiceRequest($input: CreateServiceRequestInput!) {\n    createServiceRequest(input: $input) { id number }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ServiceRequestCreated {\n    serviceRequestCreated { id number customerName }\n  }\n"): (typeof documents)["\n  subscription ServiceRequestCreated {\n    serviceRequestCreated { id number customerName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchQueue($first: Int, $after: String) {\n    dispatchQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id serviceRequestId requestNumber customerName productModel channel category state requestedAt queuedAt } }\n    }\n  }\n"): (typeof documents)["\n  query DispatchQueue($first: Int, $after: String) {\n    dispatchQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id serviceRequestId requestNumber customerName productModel channel category state requestedAt queuedAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueueEntryAdded {\n    queueEntryAdded { id serviceRequestId requestNumber customerName productModel channel category state requestedAt queuedAt }\n  }\n"): (typeof documents)["\n  subscription QueueEntryAdded {\n    queueEntryAdded { id serviceRequestId requestNumber customerName productModel channel category state requestedAt queuedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($withQueue: Boolean!, $withRequests: Boolean!) {\n    open: serviceRequests(first: 1, filter: { status: NEW }) @include(if: $withRequests) { totalCount }\n    repair: serviceRequests(first: 1, filter: { category: REPAIR }) @include(if: $withRequests) { totalCount }\n    installation: serviceRequests(first: 1, filter: { category: INSTALLATION }) @include(if: $withRequests) { totalCount }\n    maintenance: serviceRequests(first: 1, filter: { category: MAINTENANCE }) @include(if: $withRequests) { totalCount }\n    consultation: serviceRequests(first: 1, filter: { category: CONSULTATION }) @include(if: $withRequests) { totalCount }\n    returns: serviceRequests(first: 1, filter: { category: RETURN }) @include(if: $withRequests) { totalCount }\n    exchange: serviceRequests(first: 1, filter: { category: EXCHANGE }) @include(if: $withRequests) { totalCount }\n    refund: serviceRequests(first: 1, filter: { category: REFUND }) @include(if: $withRequests) { totalCount }\n    queue: dispatchQueue(first: 1) @include(if: $withQueue) { totalCount }\n  }\n"): (typeof documents)["\n  query Dashboard($withQueue: Boolean!, $withRequests: Boolean!) {\n    open: serviceRequests(first: 1, filter: { status: NEW }) @include(if: $withRequests) { totalCount }\n    repair: serviceRequests(first: 1, filter: { category: REPAIR }) @include(if: $withRequests) { totalCount }\n    installation: serviceRequests(first: 1, filter: { category: INSTALLATION }) @include(if: $withRequests) { totalCount }\n    maintenance: serviceRequests(first: 1, filter: { category: MAINTENANCE }) @include(if: $withRequests) { totalCount }\n    consultation: serviceRequests(first: 1, filter: { category: CONSULTATION }) @include(if: $withRequests) { totalCount }\n    returns: serviceRequests(first: 1, filter: { category: RETURN }) @include(if: $withRequests) { totalCount }\n    exchange: serviceRequests(first: 1, filter: { category: EXCHANGE }) @include(if: $withRequests) { totalCount }\n    refund: serviceRequests(first: 1, filter: { category: REFUND }) @include(if: $withRequests) { totalCount }\n    queue: dispatchQueue(first: 1) @include(if: $withQueue) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tenants {\n    tenants { id code name displayName keycloakOrganizationId status timeZone createdAt suspendedAt suspensionReason }\n  }\n"): (typeof documents)["\n  query Tenants {\n    tenants { id code name displayName keycloakOrganizationId status timeZone createdAt suspendedAt suspensionReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) { id code name status }\n  }\n"): (typeof documents)["\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) { id code name status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendTenant($id: ID!, $reason: String!) {\n    suspendTenant(id: $id, reason: $reason) { id status suspendedAt suspensionReason }\n  }\n"): (typeof documents)["\n  mutation SuspendTenant($id: ID!, $reason: String!) {\n    suspendTenant(id: $id, reason: $reason) { id status suspendedAt suspensionReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyFields on CommitmentPolicy {\n    firstResponse { amount unit basis }\n    dispatch { amount unit basis }\n    arrival {\n      city { amount unit basis }\n      suburb { amount unit basis }\n      inProvince { amount unit basis }\n      outOfProvince { amount unit basis }\n      remote { amount unit basis }\n    }\n    emergencyArrival { amount unit basis }\n    repair { ordinary { amount unit basis } complex { amount unit basis } }\n    complaint { contact { amount unit basis } plan { amount unit basis } verification { amount unit basis } }\n    followUp { amount unit basis }\n    targets { satisfaction onTimeArrival firstTimeFix complaintResolution }\n    warranty { productCategory returnDays exchangeDays repairWarrantyMonths partsWarrantyMonths }\n  }\n"): (typeof documents)["\n  fragment PolicyFields on CommitmentPolicy {\n    firstResponse { amount unit basis }\n    dispatch { amount unit basis }\n    arrival {\n      city { amount unit basis }\n      suburb { amount unit basis }\n      inProvince { amount unit basis }\n      outOfProvince { amount unit basis }\n      remote { amount unit basis }\n    }\n    emergencyArrival { amount unit basis }\n    repair { ordinary { amount unit basis } complex { amount unit basis } }\n    complaint { contact { amount unit basis } plan { amount unit basis } verification { amount unit basis } }\n    followUp { amount unit basis }\n    targets { satisfaction onTimeArrival firstTimeFix complaintResolution }\n    warranty { productCategory returnDays exchangeDays repairWarrantyMonths partsWarrantyMonths }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarFields on CalendarSettings {\n    timeZone\n    week { start end }\n    nationalCalendar\n    closures\n    extraWorkdays\n  }\n"): (typeof documents)["\n  fragment CalendarFields on CalendarSettings {\n    timeZone\n    week { start end }\n    nationalCalendar\n    closures\n    extraWorkdays\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Commitments {\n    commitments {\n      version\n      createdAt\n      createdBy\n      policy { ...PolicyFields }\n      calendar { ...CalendarFields }\n      regions { homeCity remoteProvinces overrides { prefix tier } }\n    }\n  }\n"): (typeof documents)["\n  query Commitments {\n    commitments {\n      version\n      createdAt\n      createdBy\n      policy { ...PolicyFields }\n      calendar { ...CalendarFields }\n      regions { homeCity remoteProvinces overrides { prefix tier } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCommitments($policy: CommitmentPolicyInput!, $calendar: CalendarSettingsInput!, $regions: RegionSettingsInput) {\n    updateCommitments(policy: $policy, calendar: $calendar, regions: $regions) { version createdAt }\n  }\n"): (typeof documents)["\n  mutation UpdateCommitments($policy: CommitmentPolicyInput!, $calendar: CalendarSettingsInput!, $regions: RegionSettingsInput) {\n    updateCommitments(policy: $policy, calendar: $calendar, regions: $regions) { version createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewCommitments($calendar: CalendarSettingsInput!, $from: DateTime!, $durations: [NamedDurationInput!]!) {\n    previewCommitments(calendar: $calendar, from: $from, durations: $durations) { key dueAt }\n  }\n"): (typeof documents)["\n  query PreviewCommitments($calendar: CalendarSettingsInput!, $from: DateTime!, $durations: [NamedDurationInput!]!) {\n    previewCommitments(calendar: $calendar, from: $from, durations: $durations) { key dueAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalCalendar($years: [Int!]!) {\n    nationalCalendar(years: $years) { year source holidays { date name } workdays { date name } }\n  }\n"): (typeof documents)["\n  query NationalCalendar($years: [Int!]!) {\n    nationalCalendar(years: $years) { year source holidays { date name } workdays { date name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicCommitments($tenantCode: String!) {\n    publicCommitments(tenantCode: $tenantCode) {\n      tenant { code name hotline logoUrl }\n      version\n      policy { ...PolicyFields }\n      calendar { ...CalendarFields }\n    }\n  }\n"): (typeof documents)["\n  query PublicCommitments($tenantCode: String!) {\n    publicCommitments(tenantCode: $tenantCode) {\n      tenant { code name hotline logoUrl }\n      version\n      policy { ...PolicyFields }\n      calendar { ...CalendarFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantSettings {\n    tenantSettings { id code name displayName timeZone defaultLocale hotline logoUrl }\n  }\n"): (typeof documents)["\n  query TenantSettings {\n    tenantSettings { id code name displayName timeZone defaultLocale hotline logoUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTenantSettings($input: TenantSettingsInput!) {\n    updateTenantSettings(input: $input) { id displayName timeZone defaultLocale hotline logoUrl }\n  }\n"): (typeof documents)["\n  mutation UpdateTenantSettings($input: TenantSettingsInput!) {\n    updateTenantSettings(input: $input) { id displayName timeZone defaultLocale hotline logoUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateTenant($id: ID!) {\n    reactivateTenant(id: $id) { id status suspendedAt suspensionReason }\n  }\n"): (typeof documents)["\n  mutation ReactivateTenant($id: ID!) {\n    reactivateTenant(id: $id) { id status suspendedAt suspensionReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantAudit($id: ID!) {\n    tenantAudit(id: $id) { id action actorId at details }\n  }\n"): (typeof documents)["\n  query TenantAudit($id: ID!) {\n    tenantAudit(id: $id) { id action actorId at details }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantUsers {\n    tenantUsers { id username email name roles }\n  }\n"): (typeof documents)["\n  query TenantUsers {\n    tenantUsers { id username email name roles }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) { id roles }\n  }\n"): (typeof documents)["\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) { id roles }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DispatchSettingsFields on DispatchSettings {\n    leadUserId leadName reassignWhenLate\n    depotWeek { start end }\n    priceList { callOutFee depotFee labourPerHour labourStepMinutes }\n  }\n"): (typeof documents)["\n  fragment DispatchSettingsFields on DispatchSettings {\n    leadUserId leadName reassignWhenLate\n    depotWeek { start end }\n    priceList { callOutFee depotFee labourPerHour labourStepMinutes }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchSettings {\n    dispatchSettings { ...DispatchSettingsFields }\n  }\n"): (typeof documents)["\n  query DispatchSettings {\n    dispatchSettings { ...DispatchSettingsFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDispatchSettings($input: DispatchSettingsInput!) {\n    saveDispatchSettings(input: $input) { ...DispatchSettingsFields }\n  }\n"): (typeof documents)["\n  mutation SaveDispatchSettings($input: DispatchSettingsInput!) {\n    saveDispatchSettings(input: $input) { ...DispatchSettingsFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Escalations($open: Boolean) {\n    escalations(open: $open) { id workOrderId requestNumber customerName commitment dueAt leadUserId leadName raisedAt acknowledgedAt acknowledgedBy note }\n  }\n"): (typeof documents)["\n  query Escalations($open: Boolean) {\n    escalations(open: $open) { id workOrderId requestNumber customerName commitment dueAt leadUserId leadName raisedAt acknowledgedAt acknowledgedBy note }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeEscalation($id: ID!, $note: String) {\n    acknowledgeEscalation(id: $id, note: $note) { id acknowledgedAt acknowledgedBy note }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeEscalation($id: ID!, $note: String) {\n    acknowledgeEscalation(id: $id, note: $note) { id acknowledgedAt acknowledgedBy note }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchKpis($from: String!, $to: String!, $technicianId: ID) {\n    dispatchKpis(from: $from, to: $to, technicianId: $technicianId) {\n      from to\n      totals { completed onTimeArrivalRate firstTimeFixRate meanTimeToRepairHours repeatVisits slaCompliance }\n      byTechnician { technicianId name completed onTimeArrivalRate firstTimeFixRate meanTimeToRepairHours repeatVisits slaCompliance }\n      daily { date completed onTimeArrivalRate firstTimeFixRate }\n      targets { onTimeArrival firstTimeFix }\n    }\n  }\n"): (typeof documents)["\n  query DispatchKpis($from: String!, $to: String!, $technicianId: ID) {\n    dispatchKpis(from: $from, to: $to, technicianId: $technicianId) {\n      from to\n      totals { completed onTimeArrivalRate firstTimeFixRate meanTimeToRepairHours repeatVisits slaCompliance }\n      byTechnician { technicianId name completed onTimeArrivalRate firstTimeFixRate meanTimeToRepairHours repeatVisits slaCompliance }\n      daily { date completed onTimeArrivalRate firstTimeFixRate }\n      targets { onTimeArrival firstTimeFix }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantTimeZone {\n    tenantSettings { id timeZone }\n  }\n"): (typeof documents)["\n  query TenantTimeZone {\n    tenantSettings { id timeZone }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionServiceRequest($id: ID!, $action: RequestAction!, $note: String) {\n    transitionServiceRequest(id: $id, action: $action, note: $note) { id status acknowledgedAt actions }\n  }\n"): (typeof documents)["\n  mutation TransitionServiceRequest($id: ID!, $action: RequestAction!, $note: String) {\n    transitionServiceRequest(id: $id, action: $action, note: $note) { id status acknowledgedAt actions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitServiceRequest($tenantCode: String!, $input: PublicServiceRequestInput!) {\n    submitServiceRequest(tenantCode: $tenantCode, input: $input) { number trackingToken trackingPath }\n  }\n"): (typeof documents)["\n  mutation SubmitServiceRequest($tenantCode: String!, $input: PublicServiceRequestInput!) {\n    submitServiceRequest(tenantCode: $tenantCode, input: $input) { number trackingToken trackingPath }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackServiceRequest($token: String!) {\n    trackServiceRequest(token: $token) { number status category productModel createdAt firstResponseDueAt acknowledgedAt steps { status at } }\n  }\n"): (typeof documents)["\n  query TrackServiceRequest($token: String!) {\n    trackServiceRequest(token: $token) { number status category productModel createdAt firstResponseDueAt acknowledgedAt steps { status at } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerArchiveFields on CustomerArchive {\n    id\n    kind\n    name\n    contactPerson\n    phones\n    email\n    note\n    addresses { label divisionCode detail path tier }\n    products { productModel serialNumber purchaseDate invoiceNumber seller productCategory }\n    firstSeenAt\n    requestCount\n    openRequestCount\n    recentRequests { id number productModel serialNumber category status createdAt }\n  }\n"): (typeof documents)["\n  fragment CustomerArchiveFields on CustomerArchive {\n    id\n    kind\n    name\n    contactPerson\n    phones\n    email\n    note\n    addresses { label divisionCode detail path tier }\n    products { productModel serialNumber purchaseDate invoiceNumber seller productCategory }\n    firstSeenAt\n    requestCount\n    openRequestCount\n    recentRequests { id number productModel serialNumber category status createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCustomer($input: CustomerInput!) {\n    saveCustomer(input: $input) { ...CustomerArchiveFields }\n  }\n"): (typeof documents)["\n  mutation SaveCustomer($input: CustomerInput!) {\n    saveCustomer(input: $input) { ...CustomerArchiveFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerByPhone($phone: String!) {\n    customerByPhone(phone: $phone) { ...CustomerArchiveFields }\n  }\n"): (typeof documents)["\n  query CustomerByPhone($phone: String!) {\n    customerByPhone(phone: $phone) { ...CustomerArchiveFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customer($id: ID!) {\n    customer(id: $id) { ...CustomerArchiveFields }\n  }\n"): (typeof documents)["\n  query Customer($id: ID!) {\n    customer(id: $id) { ...CustomerArchiveFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PossibleDuplicates($customerPhone: String, $serialNumber: String) {\n    possibleDuplicates(customerPhone: $customerPhone, serialNumber: $serialNumber) { id number customerName productModel serialNumber status createdAt reason }\n  }\n"): (typeof documents)["\n  query PossibleDuplicates($customerPhone: String, $serialNumber: String) {\n    possibleDuplicates(customerPhone: $customerPhone, serialNumber: $serialNumber) { id number customerName productModel serialNumber status createdAt reason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Incoming {\n    serviceRequests(first: 8, order: DUE_SOONEST) {\n      totalCount\n      edges { node { id number customerName productModel category firstResponseDueAt } }\n    }\n  }\n"): (typeof documents)["\n  query Incoming {\n    serviceRequests(first: 8, order: DUE_SOONEST) {\n      totalCount\n      edges { node { id number customerName productModel category firstResponseDueAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportJobFields on ImportJob {\n    id fileName status totalRows processedRows importedRows failedRows customersCreated customersUpdated createdAt finishedAt\n    errors { line column reason message }\n  }\n"): (typeof documents)["\n  fragment ImportJobFields on ImportJob {\n    id fileName status totalRows processedRows importedRows failedRows customersCreated customersUpdated createdAt finishedAt\n    errors { line column reason message }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCustomerImport($csv: String!, $fileName: String) {\n    startCustomerImport(csv: $csv, fileName: $fileName) { ...ImportJobFields }\n  }\n"): (typeof documents)["\n  mutation StartCustomerImport($csv: String!, $fileName: String) {\n    startCustomerImport(csv: $csv, fileName: $fileName) { ...ImportJobFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerImport($id: ID!) {\n    customerImport(id: $id) { ...ImportJobFields }\n  }\n"): (typeof documents)["\n  query CustomerImport($id: ID!) {\n    customerImport(id: $id) { ...ImportJobFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestMessages($id: ID!) {\n    serviceRequest(id: $id) { id messages { id direction from to subject text at attachments { filename contentType size } } }\n  }\n"): (typeof documents)["\n  query RequestMessages($id: ID!) {\n    serviceRequest(id: $id) { id messages { id direction from to subject text at attachments { filename contentType size } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerHistory($id: ID!) {\n    customer(id: $id) { id history { at source kind requestId requestNumber serialNumber summary } }\n  }\n"): (typeof documents)["\n  query CustomerHistory($id: ID!) {\n    customer(id: $id) { id history { at source kind requestId requestNumber serialNumber summary } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkOrderFields on WorkOrder {\n    id serviceRequestId requestNumber customerName productModel category skill divisionCode regionTier\n    location { lat lng } visitType complexity emergency status technicianId technicianName\n    assignment { mode code text { zhCN enUS } distanceKm }\n    version assessedAt updatedAt\n    clocks { commitment startedAt dueAt state closedAt }\n  }\n"): (typeof documents)["\n  fragment WorkOrderFields on WorkOrder {\n    id serviceRequestId requestNumber customerName productModel category skill divisionCode regionTier\n    location { lat lng } visitType complexity emergency status technicianId technicianName\n    assignment { mode code text { zhCN enUS } distanceKm }\n    version assessedAt updatedAt\n    clocks { commitment startedAt dueAt state closedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TechnicianFields on Technician {\n    id userId name phone skills regions home { lat lng } dailyCapacity status load\n    calendar { weekdays hours { from to } leave { from to reason } } dutyToday\n  }\n"): (typeof documents)["\n  fragment TechnicianFields on Technician {\n    id userId name phone skills regions home { lat lng } dailyCapacity status load\n    calendar { weekdays hours { from to } leave { from to reason } } dutyToday\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchBoard {\n    unassigned: workOrders(first: 50, status: UNASSIGNED) { totalCount edges { node { ...WorkOrderFields } } }\n    failed: workOrders(first: 30, status: FAILED) { totalCount edges { node { ...WorkOrderFields } } }\n    technicians { ...TechnicianFields }\n  }\n"): (typeof documents)["\n  query DispatchBoard {\n    unassigned: workOrders(first: 50, status: UNASSIGNED) { totalCount edges { node { ...WorkOrderFields } } }\n    failed: workOrders(first: 30, status: FAILED) { totalCount edges { node { ...WorkOrderFields } } }\n    technicians { ...TechnicianFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobLineFields on WorkOrder {\n    id requestNumber customerName status emergency technicianId updatedAt assignment { mode text { zhCN enUS } }\n  }\n"): (typeof documents)["\n  fragment JobLineFields on WorkOrder {\n    id requestNumber customerName status emergency technicianId updatedAt assignment { mode text { zhCN enUS } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TechnicianJobs {\n    assigned: workOrders(first: 40, status: ASSIGNED) { edges { node { ...JobLineFields } } }\n    accepted: workOrders(first: 40, status: ACCEPTED) { edges { node { ...JobLineFields } } }\n    enRoute: workOrders(first: 40, status: EN_ROUTE) { edges { node { ...JobLineFields } } }\n    onSite: workOrders(first: 40, status: ON_SITE) { edges { node { ...JobLineFields } } }\n    completed: workOrders(first: 40, status: COMPLETED) { edges { node { id technicianId updatedAt } } }\n  }\n"): (typeof documents)["\n  query TechnicianJobs {\n    assigned: workOrders(first: 40, status: ASSIGNED) { edges { node { ...JobLineFields } } }\n    accepted: workOrders(first: 40, status: ACCEPTED) { edges { node { ...JobLineFields } } }\n    enRoute: workOrders(first: 40, status: EN_ROUTE) { edges { node { ...JobLineFields } } }\n    onSite: workOrders(first: 40, status: ON_SITE) { edges { node { ...JobLineFields } } }\n    completed: workOrders(first: 40, status: COMPLETED) { edges { node { id technicianId updatedAt } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Technicians {\n    technicians { ...TechnicianFields }\n  }\n"): (typeof documents)["\n  query Technicians {\n    technicians { ...TechnicianFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveTechnician($input: TechnicianInput!) {\n    saveTechnician(input: $input) { ...TechnicianFields }\n  }\n"): (typeof documents)["\n  mutation SaveTechnician($input: TechnicianInput!) {\n    saveTechnician(input: $input) { ...TechnicianFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssessWorkOrder($input: AssessInput!) {\n    assessWorkOrder(input: $input) { ...WorkOrderFields }\n  }\n"): (typeof documents)["\n  mutation AssessWorkOrder($input: AssessInput!) {\n    assessWorkOrder(input: $input) { ...WorkOrderFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestTechnicians($workOrderId: ID!) {\n    suggestTechnicians(workOrderId: $workOrderId) {\n      candidates { technician { ...TechnicianFields } score distanceKm reason { mode code text { zhCN enUS } distanceKm } }\n      excluded { skill region unavailable capacity excluded }\n    }\n  }\n"): (typeof documents)["\n  query SuggestTechnicians($workOrderId: ID!) {\n    suggestTechnicians(workOrderId: $workOrderId) {\n      candidates { technician { ...TechnicianFields } score distanceKm reason { mode code text { zhCN enUS } distanceKm } }\n      excluded { skill region unavailable capacity excluded }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignWorkOrder($workOrderId: ID!, $version: Int!, $technicianId: ID, $reason: String) {\n    assignWorkOrder(workOrderId: $workOrderId, version: $version, technicianId: $technicianId, reason: $reason) { ...WorkOrderFields }\n  }\n"): (typeof documents)["\n  mutation AssignWorkOrder($workOrderId: ID!, $version: Int!, $technicianId: ID, $reason: String) {\n    assignWorkOrder(workOrderId: $workOrderId, version: $version, technicianId: $technicianId, reason: $reason) { ...WorkOrderFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AutoDispatch {\n    autoDispatch { assigned unassigned { workOrderId requestNumber excluded { skill region unavailable capacity excluded } } }\n  }\n"): (typeof documents)["\n  mutation AutoDispatch {\n    autoDispatch { assigned unassigned { workOrderId requestNumber excluded { skill region unavailable capacity excluded } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppointmentFields on Appointment {\n    status proposed { start end } confirmed { start end } confirmedBy confirmedAt withinCommitment technicianWorks\n    changes { at by from { start end } to { start end } cause reason pausedMinutes }\n  }\n"): (typeof documents)["\n  fragment AppointmentFields on Appointment {\n    status proposed { start end } confirmed { start end } confirmedBy confirmedAt withinCommitment technicianWorks\n    changes { at by from { start end } to { start end } cause reason pausedMinutes }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChargesFields on Charges {\n    chargeable lines { kind description quantity unitPrice amount } total currency acceptedAt acceptedTotal acceptedBy\n  }\n"): (typeof documents)["\n  fragment ChargesFields on Charges {\n    chargeable lines { kind description quantity unitPrice amount } total currency acceptedAt acceptedTotal acceptedBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkOrderDetailFields on WorkOrder {\n    ...WorkOrderFields\n    excludedTechnicianIds assessedBy\n    customerPhone address serialNumber problemDescription warrantyStatus visits completedAt waitingForPartsSince availableActions\n    expectedParts { sku quantity }\n    appointment { ...AppointmentFields }\n    report { diagnosis actions labourMinutes updatedAt }\n    parts { id sku name quantity unitPrice source reservation addedAt }\n    charges { ...ChargesFields }\n    confirmation { status method signerName at comment }\n    depot { condition accessories receivedAt qcNote carrier trackingNumber shippedAt }\n    timeline { id action fromStatus toStatus actorId technicianId note at }\n  }\n"): (typeof documents)["\n  fragment WorkOrderDetailFields on WorkOrder {\n    ...WorkOrderFields\n    excludedTechnicianIds assessedBy\n    customerPhone address serialNumber problemDescription warrantyStatus visits completedAt waitingForPartsSince availableActions\n    expectedParts { sku quantity }\n    appointment { ...AppointmentFields }\n    report { diagnosis actions labourMinutes updatedAt }\n    parts { id sku name quantity unitPrice source reservation addedAt }\n    charges { ...ChargesFields }\n    confirmation { status method signerName at comment }\n    depot { condition accessories receivedAt qcNote carrier trackingNumber shippedAt }\n    timeline { id action fromStatus toStatus actorId technicianId note at }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkOrder($id: ID!, $withSignature: Boolean! = false) {\n    workOrder(id: $id) {\n      ...WorkOrderDetailFields\n      signatureImage @include(if: $withSignature)\n    }\n  }\n"): (typeof documents)["\n  query WorkOrder($id: ID!, $withSignature: Boolean! = false) {\n    workOrder(id: $id) {\n      ...WorkOrderDetailFields\n      signatureImage @include(if: $withSignature)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyJobs {\n    workOrders(first: 50) {\n      totalCount\n      edges { node { ...WorkOrderFields customerPhone address problemDescription warrantyStatus availableActions appointment { status confirmed { start end } } } }\n    }\n  }\n"): (typeof documents)["\n  query MyJobs {\n    workOrders(first: 50) {\n      totalCount\n      edges { node { ...WorkOrderFields customerPhone address problemDescription warrantyStatus availableActions appointment { status confirmed { start end } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkOrderAction($workOrderId: ID!, $action: FieldAction!, $note: String, $location: GeoPointInput, $details: FieldActionDetails) {\n    workOrderAction(workOrderId: $workOrderId, action: $action, note: $note, location: $location, details: $details) { ...WorkOrderDetailFields }\n  }\n"): (typeof documents)["\n  mutation WorkOrderAction($workOrderId: ID!, $action: FieldAction!, $note: String, $location: GeoPointInput, $details: FieldActionDetails) {\n    workOrderAction(workOrderId: $workOrderId, action: $action, note: $note, location: $location, details: $details) { ...WorkOrderDetailFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppointmentOptions($workOrderId: ID!) {\n    appointmentOptions(workOrderId: $workOrderId) { start end withinCommitment }\n  }\n"): (typeof documents)["\n  query AppointmentOptions($workOrderId: ID!) {\n    appointmentOptions(workOrderId: $workOrderId) { start end withinCommitment }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAppointment($workOrderId: ID!, $mode: String!, $slots: [SlotInput!]!) {\n    setAppointment(workOrderId: $workOrderId, mode: $mode, slots: $slots) { ...WorkOrderDetailFields }\n  }\n"): (typeof documents)["\n  mutation SetAppointment($workOrderId: ID!, $mode: String!, $slots: [SlotInput!]!) {\n    setAppointment(workOrderId: $workOrderId, mode: $mode, slots: $slots) { ...WorkOrderDetailFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleAppointment($workOrderId: ID!, $slot: SlotInput!, $cause: DelayCause!, $reason: String!) {\n    rescheduleAppointment(workOrderId: $workOrderId, slot: $slot, cause: $cause, reason: $reason) { ...WorkOrderDetailFields }\n  }\n"): (typeof documents)["\n  mutation RescheduleAppointment($workOrderId: ID!, $slot: SlotInput!, $cause: DelayCause!, $reason: String!) {\n    rescheduleAppointment(workOrderId: $workOrderId, slot: $slot, cause: $cause, reason: $reason) { ...WorkOrderDetailFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveServiceReport($workOrderId: ID!, $diagnosis: String!, $actions: String!, $labourMinutes: Int!) {\n    saveServiceReport(workOrderId: $workOrderId, diagnosis: $diagnosis, actions: $actions, labourMinutes: $labourMinutes) { ...WorkOrderDetailFields }\n  }\n"): (typeof documents)["\n  mutation SaveServiceReport($workOrderId: ID!, $diagnosis: String!, $actions: String!, $labourMinutes: Int!) {\n    saveServiceReport(workOrderId: $workOrderId, diagnosis: $diagnosis, actions: $actions, labourMinutes: $labourMinutes) { ...WorkOrderDetailFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPartLine($workOrderId: ID!, $sku: String!, $name: String, $quantity: Int!, $unitPrice: Int, $source: PartSource) {\n    addPartLine(workOrderId: $workOrderId, sku: $sku, name: $name, quantity: $quantity, unitPrice: $unitPrice, source: $source) { ...WorkOrderDetailFields }\n  }\n"): (typeof documents)["\n  mutation AddPartLine($workOrderId: ID!, $sku: String!, $name: String, $quantity: Int!, $unitPrice: Int, $source: PartSource) {\n    addPartLine(workOrderId: $workOrderId, sku: $sku, name: $name, quantity: $quantity, unitPrice: $unitPrice, source: $source) { ...WorkOrderDetailFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePartLine($workOrderId: ID!, $lineId: ID!) {\n    removePartLine(workOrderId: $workOrderId, lineId: $lineId) { ...WorkOrderDetailFields }\n  }\n"): (typeof documents)["\n  mutation RemovePartLine($workOrderId: ID!, $lineId: ID!) {\n    removePartLine(workOrderId: $workOrderId, lineId: $lineId) { ...WorkOrderDetailFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCharges($workOrderId: ID!, $total: Int!) {\n    acceptCharges(workOrderId: $workOrderId, total: $total) { ...WorkOrderDetailFields }\n  }\n"): (typeof documents)["\n  mutation AcceptCharges($workOrderId: ID!, $total: Int!) {\n    acceptCharges(workOrderId: $workOrderId, total: $total) { ...WorkOrderDetailFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceList {\n    dispatchSettings { priceList { labourStepMinutes } }\n  }\n"): (typeof documents)["\n  query PriceList {\n    dispatchSettings { priceList { labourStepMinutes } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogParts($search: String) {\n    parts(first: 50, search: $search) { edges { node { id sku name unit price compatibleModels } } }\n  }\n"): (typeof documents)["\n  query CatalogParts($search: String) {\n    parts(first: 50, search: $search) { edges { node { id sku name unit price compatibleModels } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicVisitFields on PublicVisit {\n    visitType status technicianName\n    appointment { status proposed { start end } confirmed { start end } confirmedBy confirmedAt }\n    charges { ...ChargesFields }\n    confirmation { status method signerName at comment }\n    shipment { carrier trackingNumber }\n  }\n"): (typeof documents)["\n  fragment PublicVisitFields on PublicVisit {\n    visitType status technicianName\n    appointment { status proposed { start end } confirmed { start end } confirmedBy confirmedAt }\n    charges { ...ChargesFields }\n    confirmation { status method signerName at comment }\n    shipment { carrier trackingNumber }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackVisit($token: String!) {\n    trackVisit(token: $token) { ...PublicVisitFields }\n  }\n"): (typeof documents)["\n  query TrackVisit($token: String!) {\n    trackVisit(token: $token) { ...PublicVisitFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerVisitAction($token: String!, $step: CustomerVisitStep!, $start: DateTime, $comment: String, $total: Int) {\n    customerVisitAction(token: $token, step: $step, start: $start, comment: $comment, total: $total) { ...PublicVisitFields }\n  }\n"): (typeof documents)["\n  mutation CustomerVisitAction($token: String!, $step: CustomerVisitStep!, $start: DateTime, $comment: String, $total: Int) {\n    customerVisitAction(token: $token, step: $step, start: $start, comment: $comment, total: $total) { ...PublicVisitFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StockLow {\n    stockLow { partId sku name unit locationId locationCode locationName locationKind available reorderPoint reorderQuantity }\n  }\n"): (typeof documents)["\n  subscription StockLow {\n    stockLow { partId sku name unit locationId locationCode locationName locationKind available reorderPoint reorderQuantity }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WorkOrderEscalated {\n    workOrderEscalated { id workOrderId requestNumber customerName commitment dueAt leadName }\n  }\n"): (typeof documents)["\n  subscription WorkOrderEscalated {\n    workOrderEscalated { id workOrderId requestNumber customerName commitment dueAt leadName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StockLocationFields on StockLocation {\n    id code name kind technicianId technicianUserId stocktakeEveryDays lastStocktakeAt stocktakeDueAt\n  }\n"): (typeof documents)["\n  fragment StockLocationFields on StockLocation {\n    id code name kind technicianId technicianUserId stocktakeEveryDays lastStocktakeAt stocktakeDueAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StockLocations {\n    stockLocations { ...StockLocationFields }\n  }\n"): (typeof documents)["\n  query StockLocations {\n    stockLocations { ...StockLocationFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveStockLocation($input: LocationInput!) {\n    saveStockLocation(input: $input) { ...StockLocationFields }\n  }\n"): (typeof documents)["\n  mutation SaveStockLocation($input: LocationInput!) {\n    saveStockLocation(input: $input) { ...StockLocationFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StockLevelFields on StockLevel {\n    partId sku name unit locationId locationCode locationName locationKind onHand reserved available inTransit reorderPoint reorderQuantity low value\n  }\n"): (typeof documents)["\n  fragment StockLevelFields on StockLevel {\n    partId sku name unit locationId locationCode locationName locationKind onHand reserved available inTransit reorderPoint reorderQuantity low value\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StockLevels($first: Int, $after: String, $locationId: ID, $search: String, $lowOnly: Boolean) {\n    stockLevels(first: $first, after: $after, locationId: $locationId, search: $search, lowOnly: $lowOnly) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...StockLevelFields } }\n    }\n  }\n"): (typeof documents)["\n  query StockLevels($first: Int, $after: String, $locationId: ID, $search: String, $lowOnly: Boolean) {\n    stockLevels(first: $first, after: $after, locationId: $locationId, search: $search, lowOnly: $lowOnly) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...StockLevelFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartFields on Part {\n    id sku name unit compatibleModels cost price serialised warrantyMonths active averageCost onHand available\n  }\n"): (typeof documents)["\n  fragment PartFields on Part {\n    id sku name unit compatibleModels cost price serialised warrantyMonths active averageCost onHand available\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Parts($first: Int, $after: String, $search: String, $includeInactive: Boolean) {\n    parts(first: $first, after: $after, search: $search, includeInactive: $includeInactive) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...PartFields } }\n    }\n  }\n"): (typeof documents)["\n  query Parts($first: Int, $after: String, $search: String, $includeInactive: Boolean) {\n    parts(first: $first, after: $after, search: $search, includeInactive: $includeInactive) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...PartFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Part($id: ID!, $first: Int, $after: String, $locationId: ID) {\n    part(id: $id) {\n      ...PartFields\n      stock { ...StockLevelFields }\n      movements(first: $first, after: $after, locationId: $locationId) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id kind quantity reservedChange unitCost locationId locationCode reason sourceType sourceId at } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Part($id: ID!, $first: Int, $after: String, $locationId: ID) {\n    part(id: $id) {\n      ...PartFields\n      stock { ...StockLevelFields }\n      movements(first: $first, after: $after, locationId: $locationId) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id kind quantity reservedChange unitCost locationId locationCode reason sourceType sourceId at } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePart($input: PartInput!) {\n    savePart(input: $input) { ...PartFields }\n  }\n"): (typeof documents)["\n  mutation SavePart($input: PartInput!) {\n    savePart(input: $input) { ...PartFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceiveStock($locationId: ID!, $sku: String!, $quantity: Int!, $unitCost: Int!, $reason: String) {\n    receiveStock(locationId: $locationId, sku: $sku, quantity: $quantity, unitCost: $unitCost, reason: $reason) { ...StockLevelFields }\n  }\n"): (typeof documents)["\n  mutation ReceiveStock($locationId: ID!, $sku: String!, $quantity: Int!, $unitCost: Int!, $reason: String) {\n    receiveStock(locationId: $locationId, sku: $sku, quantity: $quantity, unitCost: $unitCost, reason: $reason) { ...StockLevelFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustStock($locationId: ID!, $sku: String!, $quantity: Int!, $reason: String!) {\n    adjustStock(locationId: $locationId, sku: $sku, quantity: $quantity, reason: $reason) { ...StockLevelFields }\n  }\n"): (typeof documents)["\n  mutation AdjustStock($locationId: ID!, $sku: String!, $quantity: Int!, $reason: String!) {\n    adjustStock(locationId: $locationId, sku: $sku, quantity: $quantity, reason: $reason) { ...StockLevelFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReorderLevel($locationId: ID!, $sku: String!, $reorderPoint: Int, $reorderQuantity: Int) {\n    setReorderLevel(locationId: $locationId, sku: $sku, reorderPoint: $reorderPoint, reorderQuantity: $reorderQuantity) { ...StockLevelFields }\n  }\n"): (typeof documents)["\n  mutation SetReorderLevel($locationId: ID!, $sku: String!, $reorderPoint: Int, $reorderQuantity: Int) {\n    setReorderLevel(locationId: $locationId, sku: $sku, reorderPoint: $reorderPoint, reorderQuantity: $reorderQuantity) { ...StockLevelFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransferFields on Transfer {\n    id number fromLocationId fromCode toLocationId toCode state lines { sku name quantity } reason requestedAt shippedAt receivedAt\n  }\n"): (typeof documents)["\n  fragment TransferFields on Transfer {\n    id number fromLocationId fromCode toLocationId toCode state lines { sku name quantity } reason requestedAt shippedAt receivedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Transfers($state: TransferState, $locationId: ID) {\n    transfers(state: $state, locationId: $locationId) { ...TransferFields }\n  }\n"): (typeof documents)["\n  query Transfers($state: TransferState, $locationId: ID) {\n    transfers(state: $state, locationId: $locationId) { ...TransferFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestTransfer($fromLocationId: ID!, $toLocationId: ID!, $lines: [TransferLineInput!]!, $reason: String) {\n    requestTransfer(fromLocationId: $fromLocationId, toLocationId: $toLocationId, lines: $lines, reason: $reason) { ...TransferFields }\n  }\n"): (typeof documents)["\n  mutation RequestTransfer($fromLocationId: ID!, $toLocationId: ID!, $lines: [TransferLineInput!]!, $reason: String) {\n    requestTransfer(fromLocationId: $fromLocationId, toLocationId: $toLocationId, lines: $lines, reason: $reason) { ...TransferFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShipTransfer($id: ID!) {\n    shipTransfer(id: $id) { ...TransferFields }\n  }\n"): (typeof documents)["\n  mutation ShipTransfer($id: ID!) {\n    shipTransfer(id: $id) { ...TransferFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceiveTransfer($id: ID!) {\n    receiveTransfer(id: $id) { ...TransferFields }\n  }\n"): (typeof documents)["\n  mutation ReceiveTransfer($id: ID!) {\n    receiveTransfer(id: $id) { ...TransferFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTransfer($id: ID!) {\n    cancelTransfer(id: $id) { ...TransferFields }\n  }\n"): (typeof documents)["\n  mutation CancelTransfer($id: ID!) {\n    cancelTransfer(id: $id) { ...TransferFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StocktakeFields on Stocktake {\n    id number locationId locationCode locationName state blind startedAt submittedAt approvedAt\n    lines { partId sku name expected counted variance varianceValue }\n    countedLines totalVarianceValue onSchedule\n  }\n"): (typeof documents)["\n  fragment StocktakeFields on Stocktake {\n    id number locationId locationCode locationName state blind startedAt submittedAt approvedAt\n    lines { partId sku name expected counted variance varianceValue }\n    countedLines totalVarianceValue onSchedule\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Stocktakes($locationId: ID) {\n    stocktakes(locationId: $locationId) { ...StocktakeFields }\n  }\n"): (typeof documents)["\n  query Stocktakes($locationId: ID) {\n    stocktakes(locationId: $locationId) { ...StocktakeFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Stocktake($id: ID!) {\n    stocktake(id: $id) { ...StocktakeFields }\n  }\n"): (typeof documents)["\n  query Stocktake($id: ID!) {\n    stocktake(id: $id) { ...StocktakeFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartStocktake($locationId: ID!, $blind: Boolean) {\n    startStocktake(locationId: $locationId, blind: $blind) { ...StocktakeFields }\n  }\n"): (typeof documents)["\n  mutation StartStocktake($locationId: ID!, $blind: Boolean) {\n    startStocktake(locationId: $locationId, blind: $blind) { ...StocktakeFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCount($id: ID!, $sku: String!, $counted: Int!) {\n    recordCount(id: $id, sku: $sku, counted: $counted) { ...StocktakeFields }\n  }\n"): (typeof documents)["\n  mutation RecordCount($id: ID!, $sku: String!, $counted: Int!) {\n    recordCount(id: $id, sku: $sku, counted: $counted) { ...StocktakeFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitStocktake($id: ID!) {\n    submitStocktake(id: $id) { ...StocktakeFields }\n  }\n"): (typeof documents)["\n  mutation SubmitStocktake($id: ID!) {\n    submitStocktake(id: $id) { ...StocktakeFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveStocktake($id: ID!, $note: String) {\n    approveStocktake(id: $id, note: $note) { ...StocktakeFields }\n  }\n"): (typeof documents)["\n  mutation ApproveStocktake($id: ID!, $note: String) {\n    approveStocktake(id: $id, note: $note) { ...StocktakeFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelStocktake($id: ID!) {\n    cancelStocktake(id: $id) { ...StocktakeFields }\n  }\n"): (typeof documents)["\n  mutation CancelStocktake($id: ID!) {\n    cancelStocktake(id: $id) { ...StocktakeFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartsImportFields on PartsImportJob {\n    id fileName status totalRows processedRows importedRows failedRows createdAt finishedAt\n    errors { line column reason message }\n  }\n"): (typeof documents)["\n  fragment PartsImportFields on PartsImportJob {\n    id fileName status totalRows processedRows importedRows failedRows createdAt finishedAt\n    errors { line column reason message }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPartsImport($csv: String!, $fileName: String) {\n    startPartsImport(csv: $csv, fileName: $fileName) { ...PartsImportFields }\n  }\n"): (typeof documents)["\n  mutation StartPartsImport($csv: String!, $fileName: String) {\n    startPartsImport(csv: $csv, fileName: $fileName) { ...PartsImportFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartsImport($id: ID!) {\n    partsImport(id: $id) { ...PartsImportFields }\n  }\n"): (typeof documents)["\n  query PartsImport($id: ID!) {\n    partsImport(id: $id) { ...PartsImportFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DefectAnalysis($from: String!, $to: String!, $groupBy: DefectGrouping!, $productModel: String) {\n    defectAnalysis(from: $from, to: $to, groupBy: $groupBy, productModel: $productModel) {\n      total\n      rows { key label count share cumulativeShare }\n    }\n  }\n"): (typeof documents)["\n  query DefectAnalysis($from: String!, $to: String!, $groupBy: DefectGrouping!, $productModel: String) {\n    defectAnalysis(from: $from, to: $to, groupBy: $groupBy, productModel: $productModel) {\n      total\n      rows { key label count share cumulativeShare }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkOrderDefects($workOrderId: ID!) {\n    defects(workOrderId: $workOrderId) { id sku partName cause quantity partSerial note returnedAt }\n  }\n"): (typeof documents)["\n  query WorkOrderDefects($workOrderId: ID!) {\n    defects(workOrderId: $workOrderId) { id sku partName cause quantity partSerial note returnedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnDefectivePart($workOrderId: ID!, $sku: String!, $quantity: Int!, $cause: FailureCause!, $serialNumber: String, $note: String) {\n    returnDefectivePart(workOrderId: $workOrderId, sku: $sku, quantity: $quantity, cause: $cause, serialNumber: $serialNumber, note: $note) { id sku partName cause quantity partSerial note returnedAt }\n  }\n"): (typeof documents)["\n  mutation ReturnDefectivePart($workOrderId: ID!, $sku: String!, $quantity: Int!, $cause: FailureCause!, $serialNumber: String, $note: String) {\n    returnDefectivePart(workOrderId: $workOrderId, sku: $sku, quantity: $quantity, cause: $cause, serialNumber: $serialNumber, note: $note) { id sku partName cause quantity partSerial note returnedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarehouseDashboard {\n    low: stockLevels(first: 1, lowOnly: true) { totalCount }\n    requested: transfers(state: REQUESTED) { id }\n    inTransit: transfers(state: IN_TRANSIT) { id }\n    locations: stockLocations { id stocktakeDueAt }\n  }\n"): (typeof documents)["\n  query WarehouseDashboard {\n    low: stockLevels(first: 1, lowOnly: true) { totalCount }\n    requested: transfers(state: REQUESTED) { id }\n    inTransit: transfers(state: IN_TRANSIT) { id }\n    locations: stockLocations { id stocktakeDueAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartReservations($workOrderId: ID, $state: ReservationState) {\n    partReservations(workOrderId: $workOrderId, state: $state) { id workOrderId requestNumber lineId sku quantity locationCode state updatedAt }\n  }\n"): (typeof documents)["\n  query PartReservations($workOrderId: ID, $state: ReservationState) {\n    partReservations(workOrderId: $workOrderId, state: $state) { id workOrderId requestNumber lineId sku quantity locationCode state updatedAt }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;