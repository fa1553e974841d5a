import { graphql } from '../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      username
      name
      email
      roles
      tenant { id code name displayName status }
    }
  }
`);


export const ServiceRequestsQuery = graphql(`
  query ServiceRequests($first: Int, $after: String, $filter: ServiceRequestFilter) {
    serviceRequests(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node { id number customerName customerPhone productModel serialNumber problemDescription channel category status createdAt createdBy firstResponseDueAt priority emergency }
      }
    }
  }
`);

/** A warranty / 三包 decision with its figures, as the preview, the request and the override show it. */
export const WarrantyFields = graphql(`
  fragment WarrantyFields on WarrantyDecision {
    status entitlement reason text purchaseDate productCategory daysSincePurchase limit priorRepairs
    override { by at reason system { status entitlement reason } }
  }
`);

/** A request as its detail page shows it; the override returns the same so the page updates in place. */
export const ServiceRequestDetailFields = graphql(`
  fragment ServiceRequestDetailFields on ServiceRequest {
    id number customerName customerPhone productModel serialNumber problemDescription channel category status createdAt createdBy
    firstResponseDueAt acknowledgedAt actions customerId
    priority emergency customerEmail divisionCode address regionTier purchaseDate
    warranty { ...WarrantyFields }
    timeline { id action fromStatus toStatus actorId note at }
  }
`);

export const ServiceRequestQuery = graphql(`
  query ServiceRequest($id: ID!) {
    serviceRequest(id: $id) { ...ServiceRequestDetailFields }
  }
`);

export const OverrideWarrantyMutation = graphql(`
  mutation OverrideWarranty($id: ID!, $status: WarrantyStatus!, $entitlement: Entitlement!, $reason: String!) {
    overrideWarranty(id: $id, status: $status, entitlement: $entitlement, reason: $reason) { ...ServiceRequestDetailFields }
  }
`);

export const WarrantyPreviewQuery = graphql(`
  query WarrantyPreview($productModel: String!, $serialNumber: String, $purchaseDate: String) {
    warrantyPreview(productModel: $productModel, serialNumber: $serialNumber, purchaseDate: $purchaseDate) { ...WarrantyFields }
  }
`);

export const ProductModelsQuery = graphql(`
  query ProductModels($search: String, $includeInactive: Boolean) {
    productModels(search: $search, includeInactive: $includeInactive) { id model name brand productCategory active updatedAt hasWarrantyRule }
  }
`);

export const SaveProductModelMutation = graphql(`
  mutation SaveProductModel($input: ProductModelInput!) {
    saveProductModel(input: $input) { id model name brand productCategory active updatedAt hasWarrantyRule }
  }
`);

/** What the intake form tells the agent about emergencies. */
export const EmergencyCommitmentQuery = graphql(`
  query EmergencyCommitment {
    commitments { version policy { emergencyArrival { amount unit basis } } }
  }
`);

/** The 三包 rules' categories, offered when a model is put in a category. */
export const WarrantyCategoriesQuery = graphql(`
  query WarrantyCategories {
    commitments { version policy { warranty { productCategory } } }
  }
`);

export const CreateServiceRequestMutation = graphql(`
  mutation CreateServiceRequest($input: CreateServiceRequestInput!) {
    createServiceRequest(input: $input) { id number }
  }
`);

export const ServiceRequestCreatedSubscription = graphql(`
  subscription ServiceRequestCreated {
    serviceRequestCreated { id number customerName }
  }
`);

export const DispatchQueueQuery = graphql(`
  query DispatchQueue($first: Int, $after: String) {
    dispatchQueue(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id serviceRequestId requestNumber customerName productModel channel category state requestedAt queuedAt } }
    }
  }
`);

export const QueueEntryAddedSubscription = graphql(`
  subscription QueueEntryAdded {
    queueEntryAdded { id serviceRequestId requestNumber customerName productModel channel category state requestedAt queuedAt }
  }
`);

/** Counts for the home dashboard, one aliased total per category. */
export const DashboardQuery = graphql(`
  query Dashboard($withQueue: Boolean!, $withRequests: Boolean!) {
    open: serviceRequests(first: 1, filter: { status: NEW }) @include(if: $withRequests) { totalCount }
    repair: serviceRequests(first: 1, filter: { category: REPAIR }) @include(if: $withRequests) { totalCount }
    installation: serviceRequests(first: 1, filter: { category: INSTALLATION }) @include(if: $withRequests) { totalCount }
    maintenance: serviceRequests(first: 1, filter: { category: MAINTENANCE }) @include(if: $withRequests) { totalCount }
    consultation: serviceRequests(first: 1, filter: { category: CONSULTATION }) @include(if: $withRequests) { totalCount }
    returns: serviceRequests(first: 1, filter: { category: RETURN }) @include(if: $withRequests) { totalCount }
    exchange: serviceRequests(first: 1, filter: { category: EXCHANGE }) @include(if: $withRequests) { totalCount }
    refund: serviceRequests(first: 1, filter: { category: REFUND }) @include(if: $withRequests) { totalCount }
    queue: dispatchQueue(first: 1) @include(if: $withQueue) { totalCount }
  }
`);

export const TenantsQuery = graphql(`
  query Tenants {
    tenants { id code name displayName keycloakOrganizationId status timeZone createdAt suspendedAt suspensionReason }
  }
`);

export const CreateTenantMutation = graphql(`
  mutation CreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) { id code name status }
  }
`);

export const SuspendTenantMutation = graphql(`
  mutation SuspendTenant($id: ID!, $reason: String!) {
    suspendTenant(id: $id, reason: $reason) { id status suspendedAt suspensionReason }
  }
`);

/** What a commitments version holds; the editor and the public page read the same fields. */
export const PolicyFields = graphql(`
  fragment PolicyFields on CommitmentPolicy {
    firstResponse { amount unit basis }
    dispatch { amount unit basis }
    arrival {
      city { amount unit basis }
      suburb { amount unit basis }
      inProvince { amount unit basis }
      outOfProvince { amount unit basis }
      remote { amount unit basis }
    }
    emergencyArrival { amount unit basis }
    repair { ordinary { amount unit basis } complex { amount unit basis } }
    complaint { contact { amount unit basis } plan { amount unit basis } verification { amount unit basis } }
    followUp { amount unit basis }
    targets { satisfaction onTimeArrival firstTimeFix complaintResolution }
    warranty { productCategory returnDays exchangeDays repairWarrantyMonths partsWarrantyMonths }
  }
`);

export const CalendarFields = graphql(`
  fragment CalendarFields on CalendarSettings {
    timeZone
    week { start end }
    nationalCalendar
    closures
    extraWorkdays
  }
`);

export const CommitmentsQuery = graphql(`
  query Commitments {
    commitments {
      version
      createdAt
      createdBy
      policy { ...PolicyFields }
      calendar { ...CalendarFields }
      regions { homeCity remoteProvinces overrides { prefix tier } }
    }
  }
`);

export const UpdateCommitmentsMutation = graphql(`
  mutation UpdateCommitments($policy: CommitmentPolicyInput!, $calendar: CalendarSettingsInput!, $regions: RegionSettingsInput) {
    updateCommitments(policy: $policy, calendar: $calendar, regions: $regions) { version createdAt }
  }
`);

export const PreviewCommitmentsQuery = graphql(`
  query PreviewCommitments($calendar: CalendarSettingsInput!, $from: DateTime!, $durations: [NamedDurationInput!]!) {
    previewCommitments(calendar: $calendar, from: $from, durations: $durations) { key dueAt }
  }
`);

export const NationalCalendarQuery = graphql(`
  query NationalCalendar($years: [Int!]!) {
    nationalCalendar(years: $years) { year source holidays { date name } workdays { date name } }
  }
`);

export const PublicCommitmentsQuery = graphql(`
  query PublicCommitments($tenantCode: String!) {
    publicCommitments(tenantCode: $tenantCode) {
      tenant { code name hotline logoUrl }
      version
      policy { ...PolicyFields }
      calendar { ...CalendarFields }
    }
  }
`);

export const TenantSettingsQuery = graphql(`
  query TenantSettings {
    tenantSettings { id code name displayName timeZone defaultLocale hotline logoUrl }
  }
`);

export const UpdateTenantSettingsMutation = graphql(`
  mutation UpdateTenantSettings($input: TenantSettingsInput!) {
    updateTenantSettings(input: $input) { id displayName timeZone defaultLocale hotline logoUrl }
  }
`);

export const ReactivateTenantMutation = graphql(`
  mutation ReactivateTenant($id: ID!) {
    reactivateTenant(id: $id) { id status suspendedAt suspensionReason }
  }
`);

export const TenantAuditQuery = graphql(`
  query TenantAudit($id: ID!) {
    tenantAudit(id: $id) { id action actorId at details }
  }
`);

export const TenantUsersQuery = graphql(`
  query TenantUsers {
    tenantUsers { id username email name roles }
  }
`);

export const SetUserRolesMutation = graphql(`
  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {
    setUserRoles(userId: $userId, roles: $roles) { id roles }
  }
`);

/** 派单设置: the lead breaches go to, late reassignment, the depot's week and the fees and labour (fen); parts are priced by the catalog. */
export const DispatchSettingsFields = graphql(`
  fragment DispatchSettingsFields on DispatchSettings {
    leadUserId leadName reassignWhenLate
    depotWeek { start end }
    priceList { callOutFee depotFee labourPerHour labourStepMinutes }
  }
`);

export const DispatchSettingsQuery = graphql(`
  query DispatchSettings {
    dispatchSettings { ...DispatchSettingsFields }
  }
`);

export const SaveDispatchSettingsMutation = graphql(`
  mutation SaveDispatchSettings($input: DispatchSettingsInput!) {
    saveDispatchSettings(input: $input) { ...DispatchSettingsFields }
  }
`);

/** Breached clocks raised to the lead, not yet handled: the alert on the dispatch board. */
export const EscalationsQuery = graphql(`
  query Escalations($open: Boolean) {
    escalations(open: $open) { id workOrderId requestNumber customerName commitment dueAt leadUserId leadName raisedAt acknowledgedAt acknowledgedBy note }
  }
`);

export const AcknowledgeEscalationMutation = graphql(`
  mutation AcknowledgeEscalation($id: ID!, $note: String) {
    acknowledgeEscalation(id: $id, note: $note) { id acknowledgedAt acknowledgedBy note }
  }
`);

/** 服务绩效: a period's field KPIs, per technician and per day, with the targets. */
export const DispatchKpisQuery = graphql(`
  query DispatchKpis($from: String!, $to: String!, $technicianId: ID) {
    dispatchKpis(from: $from, to: $to, technicianId: $technicianId) {
      from to
      totals { completed onTimeArrivalRate firstTimeFixRate meanTimeToRepairHours repeatVisits slaCompliance }
      byTechnician { technicianId name completed onTimeArrivalRate firstTimeFixRate meanTimeToRepairHours repeatVisits slaCompliance }
      daily { date completed onTimeArrivalRate firstTimeFixRate }
      targets { onTimeArrival firstTimeFix }
    }
  }
`);

/** The tenant's time zone: periods and "today" are dates there. */
export const TenantTimeZoneQuery = graphql(`
  query TenantTimeZone {
    tenantSettings { id timeZone }
  }
`);

export const TransitionMutation = graphql(`
  mutation TransitionServiceRequest($id: ID!, $action: RequestAction!, $note: String) {
    transitionServiceRequest(id: $id, action: $action, note: $note) { id status acknowledgedAt actions }
  }
`);

export const SubmitPublicRequestMutation = graphql(`
  mutation SubmitServiceRequest($tenantCode: String!, $input: PublicServiceRequestInput!) {
    submitServiceRequest(tenantCode: $tenantCode, input: $input) { number trackingToken trackingPath }
  }
`);

export const TrackRequestQuery = graphql(`
  query TrackServiceRequest($token: String!) {
    trackServiceRequest(token: $token) { number status category productModel createdAt firstResponseDueAt acknowledgedAt steps { status at } }
  }
`);

/** The archive as both the caller lookup and the customer page show it. */
export const CustomerArchiveFields = graphql(`
  fragment CustomerArchiveFields on CustomerArchive {
    id
    kind
    name
    contactPerson
    phones
    email
    note
    addresses { label divisionCode detail path tier }
    products { productModel serialNumber purchaseDate invoiceNumber seller productCategory }
    firstSeenAt
    requestCount
    openRequestCount
    recentRequests { id number productModel serialNumber category status createdAt }
  }
`);

export const SaveCustomerMutation = graphql(`
  mutation SaveCustomer($input: CustomerInput!) {
    saveCustomer(input: $input) { ...CustomerArchiveFields }
  }
`);

export const CustomerByPhoneQuery = graphql(`
  query CustomerByPhone($phone: String!) {
    customerByPhone(phone: $phone) { ...CustomerArchiveFields }
  }
`);

export const CustomerQuery = graphql(`
  query Customer($id: ID!) {
    customer(id: $id) { ...CustomerArchiveFields }
  }
`);

export const PossibleDuplicatesQuery = graphql(`
  query PossibleDuplicates($customerPhone: String, $serialNumber: String) {
    possibleDuplicates(customerPhone: $customerPhone, serialNumber: $serialNumber) { id number customerName productModel serialNumber status createdAt reason }
  }
`);

export const IncomingQuery = graphql(`
  query Incoming {
    serviceRequests(first: 8, order: DUE_SOONEST) {
      totalCount
      edges { node { id number customerName productModel category firstResponseDueAt } }
    }
  }
`);

export const ImportJobFields = graphql(`
  fragment ImportJobFields on ImportJob {
    id fileName status totalRows processedRows importedRows failedRows customersCreated customersUpdated createdAt finishedAt
    errors { line column reason message }
  }
`);

export const StartCustomerImportMutation = graphql(`
  mutation StartCustomerImport($csv: String!, $fileName: String) {
    startCustomerImport(csv: $csv, fileName: $fileName) { ...ImportJobFields }
  }
`);

export const CustomerImportQuery = graphql(`
  query CustomerImport($id: ID!) {
    customerImport(id: $id) { ...ImportJobFields }
  }
`);

export const RequestMessagesQuery = graphql(`
  query RequestMessages($id: ID!) {
    serviceRequest(id: $id) { id messages { id direction from to subject text at attachments { filename contentType size } } }
  }
`);

export const CustomerHistoryQuery = graphql(`
  query CustomerHistory($id: ID!) {
    customer(id: $id) { id history { at source kind requestId requestNumber serialNumber summary } }
  }
`);

/** A work order as the board, the lists and the technician's cards show it. */
export const WorkOrderFields = graphql(`
  fragment WorkOrderFields on WorkOrder {
    id serviceRequestId requestNumber customerName productModel category skill divisionCode regionTier
    location { lat lng } visitType complexity emergency status technicianId technicianName
    assignment { mode code text { zhCN enUS } distanceKm }
    version assessedAt updatedAt
    clocks { commitment startedAt dueAt state closedAt }
  }
`);

export const TechnicianFields = graphql(`
  fragment TechnicianFields on Technician {
    id userId name phone skills regions home { lat lng } dailyCapacity status load
    calendar { weekdays hours { from to } leave { from to reason } } dutyToday
  }
`);

/** The board's middle column: work orders waiting for a technician (new, declined, or after a failed visit); and the technicians. */
export const DispatchBoardQuery = graphql(`
  query DispatchBoard {
    unassigned: workOrders(first: 50, status: UNASSIGNED) { totalCount edges { node { ...WorkOrderFields } } }
    failed: workOrders(first: 30, status: FAILED) { totalCount edges { node { ...WorkOrderFields } } }
    technicians { ...TechnicianFields }
  }
`);

/** One of a technician's jobs as the board lists it, with why it is theirs. */
export const JobLineFields = graphql(`
  fragment JobLineFields on WorkOrder {
    id requestNumber customerName status emergency technicianId updatedAt assignment { mode text { zhCN enUS } }
  }
`);

/** What each technician is carrying, and what they finished: the right column's job lists. */
export const TechnicianJobsQuery = graphql(`
  query TechnicianJobs {
    assigned: workOrders(first: 40, status: ASSIGNED) { edges { node { ...JobLineFields } } }
    accepted: workOrders(first: 40, status: ACCEPTED) { edges { node { ...JobLineFields } } }
    enRoute: workOrders(first: 40, status: EN_ROUTE) { edges { node { ...JobLineFields } } }
    onSite: workOrders(first: 40, status: ON_SITE) { edges { node { ...JobLineFields } } }
    completed: workOrders(first: 40, status: COMPLETED) { edges { node { id technicianId updatedAt } } }
  }
`);

export const TechniciansQuery = graphql(`
  query Technicians {
    technicians { ...TechnicianFields }
  }
`);

export const SaveTechnicianMutation = graphql(`
  mutation SaveTechnician($input: TechnicianInput!) {
    saveTechnician(input: $input) { ...TechnicianFields }
  }
`);

export const AssessWorkOrderMutation = graphql(`
  mutation AssessWorkOrder($input: AssessInput!) {
    assessWorkOrder(input: $input) { ...WorkOrderFields }
  }
`);

export const SuggestTechniciansQuery = graphql(`
  query SuggestTechnicians($workOrderId: ID!) {
    suggestTechnicians(workOrderId: $workOrderId) {
      candidates { technician { ...TechnicianFields } score distanceKm reason { mode code text { zhCN enUS } distanceKm } }
      excluded { skill region unavailable capacity excluded }
    }
  }
`);

export const AssignWorkOrderMutation = graphql(`
  mutation AssignWorkOrder($workOrderId: ID!, $version: Int!, $technicianId: ID, $reason: String) {
    assignWorkOrder(workOrderId: $workOrderId, version: $version, technicianId: $technicianId, reason: $reason) { ...WorkOrderFields }
  }
`);

export const AutoDispatchMutation = graphql(`
  mutation AutoDispatch {
    autoDispatch { assigned unassigned { workOrderId requestNumber excluded { skill region unavailable capacity excluded } } }
  }
`);

/** The appointment as the dispatcher, the technician and the customer's link show it. */
export const AppointmentFields = graphql(`
  fragment AppointmentFields on Appointment {
    status proposed { start end } confirmed { start end } confirmedBy confirmedAt withinCommitment technicianWorks
    changes { at by from { start end } to { start end } cause reason pausedMinutes }
  }
`);

/** What the customer pays (fen), and whether they agreed to it. */
export const ChargesFields = graphql(`
  fragment ChargesFields on Charges {
    chargeable lines { kind description quantity unitPrice amount } total currency acceptedAt acceptedTotal acceptedBy
  }
`);

/** A work order with everything around the visit: the detail pages, and what each field mutation returns. */
export const WorkOrderDetailFields = graphql(`
  fragment WorkOrderDetailFields on WorkOrder {
    ...WorkOrderFields
    excludedTechnicianIds assessedBy
    customerPhone address serialNumber problemDescription warrantyStatus visits completedAt waitingForPartsSince availableActions
    expectedParts { sku quantity }
    appointment { ...AppointmentFields }
    report { diagnosis actions labourMinutes updatedAt }
    parts { id sku name quantity unitPrice source reservation addedAt }
    charges { ...ChargesFields }
    confirmation { status method signerName at comment }
    depot { condition accessories receivedAt qcNote carrier trackingNumber shippedAt }
    timeline { id action fromStatus toStatus actorId technicianId note at }
  }
`);

/** One work order; the customer's signature (tens of kilobytes) only when the page shows it. */
export const WorkOrderQuery = graphql(`
  query WorkOrder($id: ID!, $withSignature: Boolean! = false) {
    workOrder(id: $id) {
      ...WorkOrderDetailFields
      signatureImage @include(if: $withSignature)
    }
  }
`);

/** The technician's own work orders (the service shows a technician only theirs). */
export const MyJobsQuery = graphql(`
  query MyJobs {
    workOrders(first: 50) {
      totalCount
      edges { node { ...WorkOrderFields customerPhone address problemDescription warrantyStatus availableActions appointment { status confirmed { start end } } } }
    }
  }
`);

export const WorkOrderActionMutation = graphql(`
  mutation WorkOrderAction($workOrderId: ID!, $action: FieldAction!, $note: String, $location: GeoPointInput, $details: FieldActionDetails) {
    workOrderAction(workOrderId: $workOrderId, action: $action, note: $note, location: $location, details: $details) { ...WorkOrderDetailFields }
  }
`);

/** Windows to offer the customer, marked whether they keep the arrival commitment (dispatcher). */
export const AppointmentOptionsQuery = graphql(`
  query AppointmentOptions($workOrderId: ID!) {
    appointmentOptions(workOrderId: $workOrderId) { start end withinCommitment }
  }
`);

export const SetAppointmentMutation = graphql(`
  mutation SetAppointment($workOrderId: ID!, $mode: String!, $slots: [SlotInput!]!) {
    setAppointment(workOrderId: $workOrderId, mode: $mode, slots: $slots) { ...WorkOrderDetailFields }
  }
`);

export const RescheduleAppointmentMutation = graphql(`
  mutation RescheduleAppointment($workOrderId: ID!, $slot: SlotInput!, $cause: DelayCause!, $reason: String!) {
    rescheduleAppointment(workOrderId: $workOrderId, slot: $slot, cause: $cause, reason: $reason) { ...WorkOrderDetailFields }
  }
`);

export const SaveServiceReportMutation = graphql(`
  mutation SaveServiceReport($workOrderId: ID!, $diagnosis: String!, $actions: String!, $labourMinutes: Int!) {
    saveServiceReport(workOrderId: $workOrderId, diagnosis: $diagnosis, actions: $actions, labourMinutes: $labourMinutes) { ...WorkOrderDetailFields }
  }
`);

export const AddPartLineMutation = graphql(`
  mutation AddPartLine($workOrderId: ID!, $sku: String!, $name: String, $quantity: Int!, $unitPrice: Int, $source: PartSource) {
    addPartLine(workOrderId: $workOrderId, sku: $sku, name: $name, quantity: $quantity, unitPrice: $unitPrice, source: $source) { ...WorkOrderDetailFields }
  }
`);

export const RemovePartLineMutation = graphql(`
  mutation RemovePartLine($workOrderId: ID!, $lineId: ID!) {
    removePartLine(workOrderId: $workOrderId, lineId: $lineId) { ...WorkOrderDetailFields }
  }
`);

export const AcceptChargesMutation = graphql(`
  mutation AcceptCharges($workOrderId: ID!, $total: Int!) {
    acceptCharges(workOrderId: $workOrderId, total: $total) { ...WorkOrderDetailFields }
  }
`);

/** The step labour is billed in: the technician's report rounds the minutes worked to it. */
export const PriceListQuery = graphql(`
  query PriceList {
    dispatchSettings { priceList { labourStepMinutes } }
  }
`);

/** The parts catalog as the technician's 添加配件 picks from it: active parts, their price (fen) and the models they fit. */
export const CatalogPartsQuery = graphql(`
  query CatalogParts($search: String) {
    parts(first: 50, search: $search) { edges { node { id sku name unit price compatibleModels } } }
  }
`);

/** The visit as the customer sees it on their tracking link. */
export const PublicVisitFields = graphql(`
  fragment PublicVisitFields on PublicVisit {
    visitType status technicianName
    appointment { status proposed { start end } confirmed { start end } confirmedBy confirmedAt }
    charges { ...ChargesFields }
    confirmation { status method signerName at comment }
    shipment { carrier trackingNumber }
  }
`);

export const TrackVisitQuery = graphql(`
  query TrackVisit($token: String!) {
    trackVisit(token: $token) { ...PublicVisitFields }
  }
`);

export const CustomerVisitActionMutation = graphql(`
  mutation CustomerVisitAction($token: String!, $step: CustomerVisitStep!, $start: DateTime, $comment: String, $total: Int) {
    customerVisitAction(token: $token, step: $step, start: $start, comment: $comment, total: $total) { ...PublicVisitFields }
  }
`);

/** Low stock, as the parts service notices it (warehouse, tenant admin). */
export const StockLowSubscription = graphql(`
  subscription StockLow {
    stockLow { partId sku name unit locationId locationCode locationName locationKind available reorderPoint reorderQuantity }
  }
`);

/** A breached clock raised to the dispatch lead (dispatchers, tenant admin). */
export const WorkOrderEscalatedSubscription = graphql(`
  subscription WorkOrderEscalated {
    workOrderEscalated { id workOrderId requestNumber customerName commitment dueAt leadName }
  }
`);
