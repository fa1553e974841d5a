import { partsTypeDefs } from './parts.graphql';

/**
 * The public GraphQL schema, written SDL-first: it is the contract the console and API users read.
 * Enum values are UPPER_CASE; lists are Relay connections. Contexts with much schema of their own
 * (parts) keep it in their own file, extending Query and Mutation.
 */
const coreTypeDefs = /* GraphQL */ `
  "An ISO-8601 date-time in UTC, e.g. 2026-11-23T08:00:00.000Z."
  scalar DateTime

  enum Role {
    PLATFORM_ADMIN
    TENANT_ADMIN
    AGENT
    DISPATCHER
    TECHNICIAN
    WAREHOUSE_KEEPER
    QUALITY_MANAGER
  }

  enum TenantStatus {
    ACTIVE
    SUSPENDED
  }

  "A company running its after-sales service on the platform."
  type Tenant {
    id: ID!
    code: String!
    name: String!
    keycloakOrganizationId: String!
    status: TenantStatus!
    timeZone: String!
    createdAt: DateTime!
    suspendedAt: DateTime
    suspensionReason: String
    "The name shown to customers."
    displayName: String
    defaultLocale: String!
    "The after-sales hotline customers call."
    hotline: String
    logoUrl: String
  }

  enum TenantAuditAction {
    CREATED
    SUSPENDED
    REACTIVATED
    SETTINGS_UPDATED
    COMMITMENTS_PUBLISHED
    NATIONAL_CALENDAR_APPLIED
    ROLES_CHANGED
  }

  "A member of the caller's company in the identity provider, with their roles."
  type TenantUser {
    id: ID!
    username: String!
    email: String
    name: String!
    roles: [Role!]!
  }

  "Who did what to a tenant, and when."
  type TenantAuditEntry {
    id: ID!
    action: TenantAuditAction!
    actorId: String!
    at: DateTime!
    "The change, as JSON."
    details: String!
  }

  input TenantSettingsInput {
    displayName: String!
    timeZone: String!
    defaultLocale: String!
    hotline: String
    logoUrl: String
  }

  "The signed-in user."
  type Me {
    id: ID!
    username: String!
    name: String
    email: String
    roles: [Role!]!
    "The user's tenant; null for the platform operator."
    tenant: Tenant
  }

  "How the customer reached the company."
  enum Channel {
    PHONE
    EMAIL
    WEB
    WECHAT
    WALK_IN
  }

  enum ServiceRequestCategory {
    REPAIR
    INSTALLATION
    MAINTENANCE
    CONSULTATION
    RETURN
    EXCHANGE
    REFUND
  }

  enum ServiceRequestStatus {
    NEW
    ACKNOWLEDGED
    IN_PROGRESS
    RESOLVED
    CLOSED
    CANCELLED
  }

  enum RequestAction {
    "The first response to the customer."
    ACKNOWLEDGE
    START
    "A consultation may be resolved straight from NEW."
    RESOLVE
    CLOSE
    "Needs a note."
    CANCEL
    "Needs a note."
    REOPEN
  }

  "A step in a request's timeline."
  type RequestEvent {
    id: ID!
    "CREATED or the action taken."
    action: String!
    fromStatus: ServiceRequestStatus
    toStatus: ServiceRequestStatus!
    actorId: String!
    note: String
    at: DateTime!
  }

  "A customer's request for after-sales service (受理单)."
  type ServiceRequest {
    id: ID!
    "Human number, unique per tenant, e.g. SR-20261123-0001."
    number: String!
    customerName: String!
    customerPhone: String!
    productModel: String!
    serialNumber: String!
    problemDescription: String!
    channel: Channel!
    category: ServiceRequestCategory!
    status: ServiceRequestStatus!
    createdAt: DateTime!
    createdBy: String!
    "When the first response is due under the tenant's commitments (working time, holidays and 调休 counted)."
    firstResponseDueAt: DateTime
    "When the first response was given."
    acknowledgedAt: DateTime
    "The customer the request is linked to (by phone number)."
    customerId: ID
    "What may be done with the request now."
    actions: [RequestAction!]!
    "Who did what and when, oldest first."
    timeline: [RequestEvent!]!
    priority: Priority!
    "A safety risk or a stopped business: the emergency arrival commitment applies."
    emergency: Boolean!
    customerEmail: String
    "GB/T 2260 county code of the service address."
    divisionCode: String
    address: String
    "The address's arrival tier when the request was recorded."
    regionTier: RegionTier
    "YYYY-MM-DD, as stated or as registered for the serial number."
    purchaseDate: String
    "The warranty / 三包 decision; null for requests recorded before decisions existed."
    warranty: WarrantyDecision
    "Mails exchanged with the customer, oldest first."
    messages: [RequestMessage!]!
  }

  type MailAttachment {
    filename: String!
    contentType: String!
    size: Int!
  }

  "A mail from (IN) or to (OUT) the customer about a request."
  type RequestMessage {
    id: ID!
    direction: String!
    messageId: String!
    from: String!
    to: String!
    subject: String!
    text: String!
    attachments: [MailAttachment!]!
    at: DateTime!
  }

  enum Priority {
    LOW
    NORMAL
    HIGH
    URGENT
  }

  enum WarrantyStatus {
    IN_WARRANTY
    OUT_OF_WARRANTY
    UNKNOWN
  }

  "三包 entitlement: return, exchange, free repair; NONE means a paid repair."
  enum Entitlement {
    RETURN
    EXCHANGE
    REPAIR
    NONE
  }

  enum WarrantyReason {
    WITHIN_RETURN_WINDOW
    WITHIN_EXCHANGE_WINDOW
    REPEATED_REPAIRS
    WITHIN_REPAIR_WARRANTY
    WARRANTY_EXPIRED
    NO_PURCHASE_DATE
    MODEL_NOT_IN_CATALOG
    NO_RULE_FOR_CATEGORY
    OVERRIDDEN
  }

  type WarrantySystemDecision {
    status: WarrantyStatus!
    entitlement: Entitlement!
    reason: WarrantyReason!
  }

  type WarrantyOverride {
    by: String!
    at: DateTime!
    reason: String!
    "What the system had decided."
    system: WarrantySystemDecision!
  }

  "In or out of warranty and the 三包 entitlement, with the reason and the figures it was decided on."
  type WarrantyDecision {
    status: WarrantyStatus!
    entitlement: Entitlement!
    reason: WarrantyReason!
    "The reason in the tenant's language, as shown when decided."
    text: String!
    purchaseDate: String
    productCategory: String
    daysSincePurchase: Int
    "Return/exchange days or repair warranty months that applied."
    limit: Int
    priorRepairs: Int!
    override: WarrantyOverride
  }

  type PageInfo {
    hasNextPage: Boolean!
    endCursor: String
  }

  type ServiceRequestEdge {
    cursor: String!
    node: ServiceRequest!
  }

  type ServiceRequestConnection {
    edges: [ServiceRequestEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }

  enum ServiceRequestOrder {
    NEWEST
    "Requests waiting for a first response, the soonest due first (the agent's incoming queue)."
    DUE_SOONEST
  }

  input ServiceRequestFilter {
    channel: Channel
    category: ServiceRequestCategory
    status: ServiceRequestStatus
    priority: Priority
    "One customer's requests."
    customerId: ID
    "Matches number, customer name, phone, product model or serial number."
    search: String
    createdFrom: DateTime
    createdTo: DateTime
  }

  input CreateServiceRequestInput {
    customerName: String!
    customerPhone: String!
    productModel: String!
    serialNumber: String
    problemDescription: String!
    channel: Channel!
    category: ServiceRequestCategory!
    customerEmail: String
    divisionCode: String
    address: String
    "YYYY-MM-DD; when absent, the registered purchase date of the serial number."
    purchaseDate: String
    priority: Priority = NORMAL
    emergency: Boolean = false
  }

  enum QueueState {
    TO_BE_ASSESSED
    "Assessed: a work order carries it on."
    ASSESSED
    "Resolved, closed or cancelled at intake before dispatch."
    WITHDRAWN
  }

  "A request waiting in the dispatch queue."
  type QueueEntry {
    id: ID!
    serviceRequestId: ID!
    requestNumber: String!
    customerName: String!
    productModel: String!
    channel: Channel!
    category: ServiceRequestCategory!
    state: QueueState!
    requestedAt: DateTime!
    queuedAt: DateTime!
  }

  type QueueEntryEdge {
    cursor: String!
    node: QueueEntry!
  }

  type QueueEntryConnection {
    edges: [QueueEntryEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }

  input CreateTenantInput {
    "Short code: lower-case letters, digits and dashes."
    code: String!
    name: String!
    "The Keycloak organization of the tenant's users; defaults to the new tenant's id."
    keycloakOrganizationId: String
    "IANA time zone of the tenant's business calendar; default Asia/Shanghai."
    timeZone: String
  }

  enum TimeBasis {
    "Counted in the tenant's business calendar."
    WORKING
    "Counted around the clock."
    CALENDAR
  }

  enum DurationUnit {
    MINUTES
    HOURS
    "A working day is the length of the calendar's standard day; a calendar day is 24 hours."
    DAYS
  }

  type CommitmentDuration {
    amount: Int!
    unit: DurationUnit!
    basis: TimeBasis!
  }

  type ArrivalCommitments {
    city: CommitmentDuration!
    suburb: CommitmentDuration!
    inProvince: CommitmentDuration!
    outOfProvince: CommitmentDuration!
    remote: CommitmentDuration!
  }

  type RepairCommitments {
    ordinary: CommitmentDuration!
    complex: CommitmentDuration!
  }

  type ComplaintCommitments {
    contact: CommitmentDuration!
    plan: CommitmentDuration!
    verification: CommitmentDuration!
  }

  "Percentages the tenant aims for."
  type KpiTargets {
    satisfaction: Float!
    onTimeArrival: Float!
    firstTimeFix: Float!
    complaintResolution: Float!
  }

  "Warranty and 三包 terms for one product category."
  type WarrantyRule {
    productCategory: String!
    returnDays: Int!
    exchangeDays: Int!
    repairWarrantyMonths: Int!
    partsWarrantyMonths: Int!
  }

  type CommitmentPolicy {
    firstResponse: CommitmentDuration!
    dispatch: CommitmentDuration!
    arrival: ArrivalCommitments!
    emergencyArrival: CommitmentDuration!
    repair: RepairCommitments!
    complaint: ComplaintCommitments!
    followUp: CommitmentDuration!
    targets: KpiTargets!
    warranty: [WarrantyRule!]!
  }

  "Minutes after local midnight: 09:00–12:00 is start 540, end 720."
  type WorkingInterval {
    start: Int!
    end: Int!
  }

  type CalendarSettings {
    timeZone: String!
    "Seven days, Monday first; each a list of working intervals."
    week: [[WorkingInterval!]!]!
    "The country whose statutory holidays and make-up workdays (调休) apply, or null."
    nationalCalendar: String
    closures: [String!]!
    extraWorkdays: [String!]!
  }

  enum RegionTier {
    CITY
    SUBURB
    IN_PROVINCE
    OUT_OF_PROVINCE
    REMOTE
  }

  type RegionOverride {
    "A GB/T 2260 code prefix: province (2 digits), city (4) or county (6)."
    prefix: String!
    tier: RegionTier!
  }

  "Which arrival tier an address falls in."
  type RegionSettings {
    "The 4-digit code of the city the service outlet works from."
    homeCity: String!
    remoteProvinces: [String!]!
    overrides: [RegionOverride!]!
  }

  type RegionTierResult {
    code: String!
    "e.g. 广东省 / 广州市 / 天河区"
    path: String!
    tier: RegionTier!
  }

  input RegionOverrideInput {
    prefix: String!
    tier: RegionTier!
  }

  input RegionSettingsInput {
    homeCity: String!
    remoteProvinces: [String!]!
    overrides: [RegionOverrideInput!]!
  }

  "One version of a tenant's published service commitments (服务承诺)."
  type Commitments {
    version: Int!
    policy: CommitmentPolicy!
    calendar: CalendarSettings!
    regions: RegionSettings!
    createdAt: DateTime!
    createdBy: String!
  }

  type CalendarDay {
    date: String!
    name: String!
  }

  type NationalCalendarYear {
    country: String!
    year: Int!
    source: String!
    holidays: [CalendarDay!]!
    "Weekend days worked instead (调休)."
    workdays: [CalendarDay!]!
  }

  type PublicTenant {
    code: String!
    name: String!
    hotline: String
    logoUrl: String
  }

  "What customers may read on a tenant's public commitments page."
  type PublicCommitments {
    tenant: PublicTenant!
    version: Int!
    policy: CommitmentPolicy!
    calendar: CalendarSettings!
  }

  type DuePreview {
    key: String!
    dueAt: DateTime!
  }

  input CommitmentDurationInput {
    amount: Int!
    unit: DurationUnit!
    basis: TimeBasis!
  }

  input ArrivalCommitmentsInput {
    city: CommitmentDurationInput!
    suburb: CommitmentDurationInput!
    inProvince: CommitmentDurationInput!
    outOfProvince: CommitmentDurationInput!
    remote: CommitmentDurationInput!
  }

  input RepairCommitmentsInput {
    ordinary: CommitmentDurationInput!
    complex: CommitmentDurationInput!
  }

  input ComplaintCommitmentsInput {
    contact: CommitmentDurationInput!
    plan: CommitmentDurationInput!
    verification: CommitmentDurationInput!
  }

  input KpiTargetsInput {
    satisfaction: Float!
    onTimeArrival: Float!
    firstTimeFix: Float!
    complaintResolution: Float!
  }

  input WarrantyRuleInput {
    productCategory: String!
    returnDays: Int!
    exchangeDays: Int!
    repairWarrantyMonths: Int!
    partsWarrantyMonths: Int!
  }

  input CommitmentPolicyInput {
    firstResponse: CommitmentDurationInput!
    dispatch: CommitmentDurationInput!
    arrival: ArrivalCommitmentsInput!
    emergencyArrival: CommitmentDurationInput!
    repair: RepairCommitmentsInput!
    complaint: ComplaintCommitmentsInput!
    followUp: CommitmentDurationInput!
    targets: KpiTargetsInput!
    warranty: [WarrantyRuleInput!]!
  }

  input WorkingIntervalInput {
    start: Int!
    end: Int!
  }

  input CalendarSettingsInput {
    timeZone: String!
    week: [[WorkingIntervalInput!]!]!
    nationalCalendar: String
    closures: [String!]!
    extraWorkdays: [String!]!
  }

  input NamedDurationInput {
    key: String!
    duration: CommitmentDurationInput!
  }

  input CalendarDayInput {
    date: String!
    name: String!
  }

  input NationalCalendarInput {
    country: String!
    year: Int!
    source: String!
    holidays: [CalendarDayInput!]!
    workdays: [CalendarDayInput!]!
  }

  type Query {
    me: Me!
    "Every tenant (platform-admin)."
    tenants: [Tenant!]!
    serviceRequest(id: ID!): ServiceRequest
    serviceRequests(first: Int = 20, after: String, filter: ServiceRequestFilter, order: ServiceRequestOrder = NEWEST): ServiceRequestConnection!
    "Requests waiting for assessment, oldest first (dispatcher)."
    dispatchQueue(first: Int = 20, after: String): QueueEntryConnection!
    "The tenant's current commitments (version 0: the defaults, never saved)."
    commitments: Commitments!
    commitmentHistory: [Commitments!]!
    "When each duration, started at from, falls due in the given calendar (the editor's preview)."
    previewCommitments(calendar: CalendarSettingsInput!, from: DateTime!, durations: [NamedDurationInput!]!): [DuePreview!]!
    nationalCalendar(country: String! = "CN", years: [Int!]!): [NationalCalendarYear!]!
    "The caller's company settings."
    tenantSettings: Tenant!
    "The company's users and their roles (tenant-admin)."
    tenantUsers: [TenantUser!]!
    "The arrival tier of a GB/T 2260 division under the tenant's current regions."
    regionTier(divisionCode: String!): RegionTierResult!
    "A tenant's audit trail (platform-admin)."
    tenantAudit(id: ID!): [TenantAuditEntry!]!
    "Caller lookup: the customer a phone number belongs to, or null (agent, dispatcher, tenant-admin)."
    customerByPhone(phone: String!): CustomerArchive
    customer(id: ID!): CustomerArchive
    "Who owns a serial number and everything that happened to it (agent, dispatcher, tenant-admin)."
    productHistory(serialNumber: String!): ProductHistory!
    "The company's technicians with their load (dispatcher, tenant-admin)."
    technicians: [Technician!]!
    "Work orders, emergencies first; a technician sees only their own."
    workOrders(first: Int = 20, after: String, status: WorkOrderStatus, technicianId: ID): WorkOrderConnection!
    workOrder(id: ID!): WorkOrder
    "The technicians who may take a work order, best first, and why (dispatcher)."
    suggestTechnicians(workOrderId: ID!): Suggestions!
    "Slots to offer the customer, within the arrival commitment where it allows (dispatcher)."
    appointmentOptions(workOrderId: ID!): [SlotOption!]!
    "Lead, late reassignment, depot week and price list (dispatcher, tenant-admin; technicians read the price list)."
    dispatchSettings: DispatchSettings!
    "Breached clocks raised to the dispatcher's lead (dispatcher, tenant-admin)."
    escalations(open: Boolean = true): [Escalation!]!
    "On-time arrival, first-time fix, time to repair, repeat visits, SLA compliance (dispatcher, tenant-admin, quality-manager)."
    dispatchKpis(from: String!, to: String!, technicianId: ID): DispatchKpis!
    "The visit of the request a tracking token names; null before one is planned. Needs no sign-in."
    trackVisit(token: String!): PublicVisit
    "A customer import's progress and row errors (tenant-admin)."
    customerImport(id: ID!): ImportJob
    "The product catalog (agent, dispatcher, tenant-admin)."
    productModels(search: String, includeInactive: Boolean = false): [ProductModel!]!
    "The warranty / 三包 decision a request for this product would get now."
    warrantyPreview(productModel: String!, serialNumber: String, purchaseDate: String): WarrantyDecision!
    "Open requests of the same caller or serial number, to link to instead of recording a duplicate."
    possibleDuplicates(customerPhone: String, serialNumber: String): [PossibleDuplicate!]!
    "A customer's request by its tracking token; needs no sign-in."
    trackServiceRequest(token: String!): PublicTracking!
    "A tenant's published commitments; needs no sign-in. Null for an unknown or suspended tenant."
    publicCommitments(tenantCode: String!): PublicCommitments
  }

  type CustomerRequestSummary {
    id: ID!
    number: String!
    productModel: String!
    serialNumber: String!
    category: ServiceRequestCategory!
    status: ServiceRequestStatus!
    createdAt: DateTime!
  }

  enum DuplicateReason {
    SAME_CUSTOMER
    SAME_SERIAL
  }

  "An open request that a new one may duplicate."
  type PossibleDuplicate {
    id: ID!
    number: String!
    customerName: String!
    productModel: String!
    serialNumber: String!
    status: ServiceRequestStatus!
    createdAt: DateTime!
    reason: DuplicateReason!
  }

  enum CustomerKind {
    PERSON
    ORGANIZATION
  }

  type CustomerAddress {
    label: String!
    divisionCode: String!
    detail: String!
    "省 / 市 / 区县."
    path: String
    "The arrival tier under the tenant's current regions."
    tier: RegionTier
  }

  "A product the customer owns."
  type OwnedProduct {
    productModel: String!
    serialNumber: String!
    purchaseDate: String
    invoiceNumber: String!
    seller: String!
    "From the catalog; null when the model is not in it."
    productCategory: String
  }

  "A model in the tenant's catalog; its category picks the 三包 rule."
  type ProductModel {
    id: ID!
    model: String!
    name: String!
    brand: String!
    productCategory: String!
    active: Boolean!
    updatedAt: DateTime!
    "Whether the tenant's commitments have a 三包 rule for the category."
    hasWarrantyRule: Boolean!
  }

  input ProductModelInput {
    model: String!
    name: String
    brand: String
    productCategory: String!
    active: Boolean = true
  }

  input CustomerAddressInput {
    label: String
    divisionCode: String!
    detail: String!
  }

  input OwnedProductInput {
    productModel: String!
    serialNumber: String
    purchaseDate: String
    invoiceNumber: String
    seller: String
  }

  "A customer's whole profile; lists replace what was there."
  input CustomerInput {
    "Absent for a new customer."
    id: ID
    kind: CustomerKind = PERSON
    name: String!
    contactPerson: String
    phones: [String!]!
    email: String
    addresses: [CustomerAddressInput!] = []
    products: [OwnedProductInput!] = []
    note: String
  }

  "Something that happened to a customer or a product, in any service."
  type ArchiveEntry {
    at: DateTime!
    "intake, dispatch, …"
    source: String!
    "A request step (CREATED, ACKNOWLEDGE, WARRANTY_OVERRIDDEN, EMAIL_RECEIVED, …) or another service's event (QUEUED, …)."
    kind: String!
    requestId: ID
    requestNumber: String
    serialNumber: String!
    summary: String!
  }

  "A serial number's story."
  type ProductHistory {
    serialNumber: String!
    owner: CustomerRef
    productModel: String
    purchaseDate: String
    history: [ArchiveEntry!]!
  }

  type CustomerRef {
    id: ID!
    name: String!
  }

  "A customer's service archive (客户售后服务档案) as intake knows it."
  type CustomerArchive {
    "Everything that happened to the customer and their products across services, newest first (at most 100)."
    history: [ArchiveEntry!]!
    id: ID!
    kind: CustomerKind!
    name: String!
    contactPerson: String!
    phones: [String!]!
    email: String
    addresses: [CustomerAddress!]!
    products: [OwnedProduct!]!
    note: String!
    firstSeenAt: DateTime!
    requestCount: Int!
    openRequestCount: Int!
    "Newest first, at most 20."
    recentRequests: [CustomerRequestSummary!]!
  }

  "A customer's request as submitted on the public form."
  type PublicSubmission {
    number: String!
    "The customer's only credential for following the request; good for 90 days."
    trackingToken: String!
    trackingPath: String!
  }

  type PublicStep {
    status: ServiceRequestStatus!
    at: DateTime!
  }

  "What a customer sees of their request: no staff names, no internal notes."
  type PublicTracking {
    number: String!
    status: ServiceRequestStatus!
    category: ServiceRequestCategory!
    productModel: String!
    createdAt: DateTime!
    firstResponseDueAt: DateTime
    acknowledgedAt: DateTime
    steps: [PublicStep!]!
  }

  input PublicServiceRequestInput {
    customerName: String!
    customerPhone: String!
    productModel: String!
    serialNumber: String
    problemDescription: String!
    category: ServiceRequestCategory!
    customerEmail: String
    divisionCode: String
    address: String
    purchaseDate: String
  }

  "A problem with one line of an imported file."
  type ImportRowError {
    "1-based line in the file; the header is line 1."
    line: Int!
    column: String
    reason: String!
    message: String!
  }

  enum ImportJobStatus {
    RUNNING
    DONE
    FAILED
  }

  "A customer import: its progress, and every row that was left out and why."
  type ImportJob {
    id: ID!
    fileName: String!
    status: ImportJobStatus!
    totalRows: Int!
    processedRows: Int!
    importedRows: Int!
    failedRows: Int!
    customersCreated: Int!
    customersUpdated: Int!
    errors: [ImportRowError!]!
    createdAt: DateTime!
    finishedAt: DateTime
  }

  type GeoPoint {
    lat: Float!
    lng: Float!
  }

  input GeoPointInput {
    lat: Float!
    lng: Float!
  }

  enum TechnicianStatus {
    AVAILABLE
    OFF_DUTY
    ON_LEAVE
  }

  "A technician's profile, linked to their sign-in."
  type Technician {
    id: ID!
    userId: String!
    name: String!
    phone: String!
    "Product categories or lines they are certified for."
    skills: [String!]!
    "GB/T 2260 code prefixes they serve."
    regions: [String!]!
    home: GeoPoint!
    dailyCapacity: Int!
    status: TechnicianStatus!
    calendar: WorkingCalendar!
    "Whether they work today in the company's zone: ON, DAY_OFF by their week, or LEAVE."
    dutyToday: TechnicianDuty!
    "Open jobs assigned to them."
    load: Int!
  }

  enum TechnicianDuty {
    ON
    DAY_OFF
    LEAVE
  }

  "When a technician works. Automatic assignment gives a job only to someone working on its day (the agreed appointment's, else today) and, for an appointment, whose shift covers its start."
  type WorkingCalendar {
    "ISO weekdays worked: 1 Monday … 7 Sunday."
    weekdays: [Int!]!
    hours: ShiftHours!
    leave: [TechnicianLeave!]!
  }

  "The shift, HH:MM in the company's zone."
  type ShiftHours {
    from: String!
    to: String!
  }

  "Planned leave (年假, 病假, 培训); both dates included."
  type TechnicianLeave {
    from: String!
    to: String!
    reason: String!
  }

  input WorkingCalendarInput {
    weekdays: [Int!]!
    hours: ShiftHoursInput!
    leave: [TechnicianLeaveInput!] = []
  }

  input ShiftHoursInput {
    from: String!
    to: String!
  }

  input TechnicianLeaveInput {
    from: String!
    to: String!
    reason: String
  }

  input TechnicianInput {
    userId: String!
    name: String!
    phone: String
    skills: [String!]!
    regions: [String!]!
    home: GeoPointInput!
    dailyCapacity: Int!
    status: TechnicianStatus = AVAILABLE
    "Left out: every day, 08:00–20:00, no leave."
    calendar: WorkingCalendarInput
  }

  enum VisitType {
    ON_SITE
    DEPOT
  }

  enum Complexity {
    SIMPLE
    COMPLEX
  }

  enum WorkOrderStatus {
    UNASSIGNED
    ASSIGNED
    ACCEPTED
    EN_ROUTE
    ON_SITE
    "Depot: the product arrived at the depot."
    RECEIVED
    IN_REPAIR
    "Depot: passed the quality check."
    QC_PASSED
    "Depot: on its way back to the customer."
    SHIPPED
    COMPLETED
    FAILED
    CANCELLED
  }

  enum FieldAction {
    ACCEPT
    "Needs a note."
    DECLINE
    START_TRAVEL
    ARRIVE
    "Depot: the product arrived (details.condition, details.accessories)."
    RECEIVE
    START_REPAIR
    QC_PASS
    "Back to repair; needs a note."
    QC_FAIL
    "Depot: sent back (details.carrier, details.trackingNumber)."
    SHIP
    "With details.signature, the customer signed on the phone; without, they confirm through their link."
    COMPLETE
    "A failed visit; needs a note."
    FAIL
  }

  input FieldActionDetails {
    condition: String
    accessories: [String!]
    carrier: String
    trackingNumber: String
    "A PNG data URL drawn on the phone."
    signature: String
    signerName: String
  }

  enum WarrantyState {
    IN_WARRANTY
    OUT_OF_WARRANTY
    UNKNOWN
  }

  input SlotInput {
    start: DateTime!
    end: DateTime!
  }

  type Slot {
    start: DateTime!
    end: DateTime!
  }

  type SlotOption {
    start: DateTime!
    end: DateTime!
    "Starts before the arrival commitment falls due."
    withinCommitment: Boolean!
  }

  enum DelayCause {
    "The customer asked: the arrival clock pauses for the delay."
    CUSTOMER
    "The company's doing: the clock keeps running."
    COMPANY
  }

  type AppointmentChange {
    at: DateTime!
    by: String!
    from: Slot
    to: Slot!
    cause: DelayCause!
    reason: String!
    pausedMinutes: Int!
  }

  enum AppointmentStatus {
    PROPOSED
    CONFIRMED
  }

  "预约: slots offered to the customer, then the one agreed."
  type Appointment {
    status: AppointmentStatus!
    proposed: [Slot!]!
    confirmed: Slot
    "CUSTOMER (through their link) or STAFF (agreed on the phone)."
    confirmedBy: String
    confirmedAt: DateTime
    withinCommitment: Boolean
    "Whether the assigned technician works at the agreed time by their calendar; false: move the time or reassign."
    technicianWorks: Boolean
    changes: [AppointmentChange!]!
  }

  type ServiceReport {
    diagnosis: String!
    actions: String!
    labourMinutes: Int!
    updatedAt: DateTime!
  }

  enum PartSource {
    VAN
    WAREHOUSE
  }

  enum PartReservation {
    "Recorded; the parts service has not answered yet."
    PENDING
    RESERVED
    "Not in stock where it was asked for: the repair clock waits."
    BACKORDERED
    ISSUED
    RELEASED
    "Not a catalog part, or nowhere to take it from: not stock-managed."
    NOT_STOCKED
  }

  type PartLine {
    id: ID!
    sku: String!
    name: String!
    quantity: Int!
    "Fen."
    unitPrice: Int!
    source: PartSource!
    reservation: PartReservation!
    addedAt: DateTime!
  }

  type ChargeLine {
    "CALL_OUT, DEPOT, LABOUR or PART."
    kind: String!
    description: String!
    quantity: Float!
    unitPrice: Int!
    amount: Int!
  }

  "What the customer pays, in fen: nothing in warranty."
  type Charges {
    chargeable: Boolean!
    lines: [ChargeLine!]!
    total: Int!
    currency: String!
    acceptedAt: DateTime
    acceptedTotal: Int
    "CUSTOMER (their link) or ON_SITE (on the technician's phone)."
    acceptedBy: String
  }

  enum ConfirmationStatus {
    PENDING
    CONFIRMED
    DISPUTED
  }

  "服务确认."
  type Confirmation {
    status: ConfirmationStatus!
    "SIGNATURE or LINK."
    method: String
    signerName: String
    at: DateTime
    comment: String
  }

  type DepotRecord {
    condition: String
    accessories: [String!]!
    receivedAt: DateTime
    qcNote: String
    carrier: String
    trackingNumber: String
    shippedAt: DateTime
  }


  "收费标准 for the visit and labour, in fen; parts are priced by the parts catalog."
  type PriceList {
    callOutFee: Int!
    depotFee: Int!
    labourPerHour: Int!
    labourStepMinutes: Int!
  }

  type DispatchSettings {
    leadUserId: String
    leadName: String
    reassignWhenLate: Boolean!
    "The depot's working week, Monday first."
    depotWeek: [[WorkingInterval!]!]!
    priceList: PriceList!
  }

  input PriceListInput {
    callOutFee: Int!
    depotFee: Int!
    labourPerHour: Int!
    labourStepMinutes: Int!
  }

  input DispatchSettingsInput {
    leadUserId: String
    leadName: String
    reassignWhenLate: Boolean!
    depotWeek: [[WorkingIntervalInput!]!]!
    priceList: PriceListInput!
  }

  type Escalation {
    id: ID!
    workOrderId: ID!
    requestNumber: String!
    customerName: String!
    "The clock breached: dispatch, arrival or repair."
    commitment: String!
    dueAt: DateTime!
    leadUserId: String
    leadName: String
    raisedAt: DateTime!
    acknowledgedAt: DateTime
    acknowledgedBy: String
    note: String
  }

  type KpiFigures {
    completed: Int!
    onTimeArrivalRate: Float
    firstTimeFixRate: Float
    meanTimeToRepairHours: Float
    repeatVisits: Int!
    slaCompliance: Float
  }

  type TechnicianKpis {
    technicianId: ID!
    name: String!
    completed: Int!
    onTimeArrivalRate: Float
    firstTimeFixRate: Float
    meanTimeToRepairHours: Float
    repeatVisits: Int!
    slaCompliance: Float
  }

  type DailyKpis {
    date: String!
    completed: Int!
    onTimeArrivalRate: Float
    firstTimeFixRate: Float
  }

  "Targets as rates 0–1, from the tenant's commitments."
  type FieldKpiTargets {
    onTimeArrival: Float!
    firstTimeFix: Float!
  }

  "Field service KPIs of a period (dates in the tenant's zone), rates 0–1."
  type DispatchKpis {
    from: String!
    to: String!
    totals: KpiFigures!
    byTechnician: [TechnicianKpis!]!
    daily: [DailyKpis!]!
    targets: FieldKpiTargets!
  }

  "A request's visit as its customer sees it through the tracking link."
  type PublicVisit {
    visitType: VisitType!
    status: WorkOrderStatus!
    technicianName: String
    appointment: Appointment
    charges: Charges!
    confirmation: Confirmation!
    shipment: Shipment
  }

  type Shipment {
    carrier: String!
    trackingNumber: String!
  }

  enum CustomerVisitStep {
    "With start: the slot the customer takes."
    CHOOSE_SLOT
    ACCEPT_CHARGES
    CONFIRM_SERVICE
    "Needs a comment."
    DISPUTE_SERVICE
  }

  type LocalizedText {
    zhCN: String!
    enUS: String!
  }

  "Why a technician got the job."
  type AssignmentReason {
    mode: String!
    code: String!
    text: LocalizedText!
    distanceKm: Float
  }

  "The service delivered (服务实施): from assessment to completion."
  type WorkOrder {
    id: ID!
    serviceRequestId: ID!
    requestNumber: String!
    customerName: String!
    productModel: String!
    category: ServiceRequestCategory!
    skill: String!
    divisionCode: String
    regionTier: RegionTier
    location: GeoPoint
    visitType: VisitType!
    complexity: Complexity!
    emergency: Boolean!
    status: WorkOrderStatus!
    technicianId: ID
    technicianName: String
    assignment: AssignmentReason
    excludedTechnicianIds: [ID!]!
    "Send it back with assignWorkOrder: a change by someone else in between is a CONFLICT."
    version: Int!
    assessedAt: DateTime!
    assessedBy: String!
    updatedAt: DateTime!
    "The tenant's commitments running on it: dispatch, arrival (on-site, by tier or emergency), repair."
    clocks: [WorkClock!]!
    timeline: [WorkOrderEvent!]!
    customerPhone: String!
    address: String
    serialNumber: String!
    problemDescription: String!
    warrantyStatus: WarrantyState!
    "Visits made: a failed visit and its revisit count two."
    visits: Int!
    appointment: Appointment
    report: ServiceReport
    parts: [PartLine!]!
    charges: Charges
    confirmation: Confirmation
    depot: DepotRecord
    completedAt: DateTime
    "Since when a part is back-ordered; the repair clock is paused meanwhile."
    waitingForPartsSince: DateTime
    "Parts the assessment expects the repair to need."
    expectedParts: [ExpectedPart!]!
    "The field steps possible now: the buttons to show."
    availableActions: [FieldAction!]!
    "The customer's signature as a PNG data URL, when they signed on the phone."
    signatureImage: String
  }

  enum WorkClockState {
    RUNNING
    AT_RISK
    "Still open and past due."
    BREACHED
    MET
    "Kept, but after the due time."
    MET_LATE
    CANCELLED
  }

  type WorkClock {
    "dispatch, arrival or repair."
    commitment: String!
    startedAt: DateTime!
    dueAt: DateTime!
    state: WorkClockState!
    closedAt: DateTime
  }

  type WorkOrderEvent {
    id: ID!
    action: String!
    fromStatus: WorkOrderStatus
    toStatus: WorkOrderStatus!
    actorId: String!
    technicianId: ID
    note: String
    at: DateTime!
  }

  type WorkOrderEdge {
    cursor: String!
    node: WorkOrder!
  }

  type WorkOrderConnection {
    edges: [WorkOrderEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type TechnicianSuggestion {
    technician: Technician!
    score: Float!
    distanceKm: Float
    reason: AssignmentReason!
  }

  "How many technicians were left out, and for what."
  type Exclusions {
    skill: Int!
    region: Int!
    unavailable: Int!
    capacity: Int!
    excluded: Int!
  }

  type Suggestions {
    candidates: [TechnicianSuggestion!]!
    excluded: Exclusions!
  }

  type UnassignedWorkOrder {
    workOrderId: ID!
    requestNumber: String!
    excluded: Exclusions!
  }

  type AutoDispatchResult {
    assigned: Int!
    unassigned: [UnassignedWorkOrder!]!
  }

  input AssessInput {
    serviceRequestId: ID!
    visitType: VisitType!
    complexity: Complexity!
    emergency: Boolean = false
    skill: String
    location: GeoPointInput
    note: String
    "Parts the repair will likely need: the technician loads them before leaving."
    expectedParts: [ExpectedPartInput!]
  }

  input ExpectedPartInput {
    sku: String!
    quantity: Int!
  }

  type ExpectedPart {
    sku: String!
    quantity: Int!
  }

  type Subscription {
    "Requests created in the caller's tenant, as they are created (agents, dispatchers)."
    serviceRequestCreated: ServiceRequest!
    "Requests entering the caller's tenant's dispatch queue (dispatchers)."
    queueEntryAdded: QueueEntry!
    "A breached clock escalated to the dispatch lead, as it happens (dispatchers)."
    workOrderEscalated: Escalation!
  }

  type Mutation {
    createTenant(input: CreateTenantInput!): Tenant!
    suspendTenant(id: ID!, reason: String!): Tenant!
    reactivateTenant(id: ID!): Tenant!
    "Replaces a user's roles in the company (tenant-admin); PLATFORM_ADMIN cannot be given."
    setUserRoles(userId: ID!, roles: [Role!]!): TenantUser!
    "Company settings (tenant-admin)."
    updateTenantSettings(input: TenantSettingsInput!): Tenant!
    createServiceRequest(input: CreateServiceRequestInput!): ServiceRequest!
    "A customer submits a request on the company's public form; needs no sign-in, rate-limited."
    submitServiceRequest(tenantCode: String!, input: PublicServiceRequestInput!): PublicSubmission!
    "Moves a request through its lifecycle (agent, dispatcher, tenant-admin)."
    transitionServiceRequest(id: ID!, action: RequestAction!, note: String): ServiceRequest!
    "Changes a request's warranty decision with a reason, kept in its timeline (agent, tenant-admin)."
    overrideWarranty(id: ID!, status: WarrantyStatus!, entitlement: Entitlement!, reason: String!): ServiceRequest!
    "Creates or updates a customer's profile (agent, tenant-admin)."
    saveCustomer(input: CustomerInput!): CustomerArchive!
    "Adds or updates a model in the catalog (tenant-admin)."
    saveProductModel(input: ProductModelInput!): ProductModel!
    "Creates or updates a technician's profile (dispatcher, tenant-admin)."
    saveTechnician(input: TechnicianInput!): Technician!
    "评估: makes a queued request a work order (dispatcher)."
    assessWorkOrder(input: AssessInput!): WorkOrder!
    "Assigns a work order: to the engine's best technician, or to one chosen with a reason (dispatcher)."
    assignWorkOrder(workOrderId: ID!, version: Int!, technicianId: ID, reason: String): WorkOrder!
    "Assigns every unassigned work order, the most urgent first (dispatcher)."
    autoDispatch: AutoDispatchResult!
    "A technician's step on their job: accept, decline, travel, arrive, complete, fail."
    workOrderAction(workOrderId: ID!, action: FieldAction!, note: String, location: GeoPointInput, details: FieldActionDetails): WorkOrder!
    "Offers slots to the customer (PROPOSE) or records the one agreed on the phone (CONFIRM, first slot) (dispatcher)."
    setAppointment(workOrderId: ID!, mode: String!, slots: [SlotInput!]!): WorkOrder!
    "Moves an agreed appointment; CUSTOMER-caused delays pause the arrival clock (dispatcher, technician)."
    rescheduleAppointment(workOrderId: ID!, slot: SlotInput!, cause: DelayCause!, reason: String!): WorkOrder!
    "The service report: diagnosis, actions, labour minutes (technician on their job)."
    saveServiceReport(workOrderId: ID!, diagnosis: String!, actions: String!, labourMinutes: Int!): WorkOrder!
    "Records a part used; unitPrice (fen) defaults to the price list's."
    addPartLine(workOrderId: ID!, sku: String!, name: String, quantity: Int!, unitPrice: Int, source: PartSource = VAN): WorkOrder!
    removePartLine(workOrderId: ID!, lineId: ID!): WorkOrder!
    "The customer agreed, on the technician's phone, to the charges shown (total in fen: a different amount now is a CONFLICT)."
    acceptCharges(workOrderId: ID!, total: Int!): WorkOrder!
    "Saves the dispatch settings (tenant-admin)."
    saveDispatchSettings(input: DispatchSettingsInput!): DispatchSettings!
    acknowledgeEscalation(id: ID!, note: String): Escalation!
    "The customer's step through their tracking link: choose a slot, accept charges, confirm or dispute the service. Needs no sign-in."
    customerVisitAction(token: String!, step: CustomerVisitStep!, start: DateTime, comment: String, total: Int): PublicVisit!
    "Starts importing a CSV of customers and their products (tenant-admin); follow it with customerImport."
    startCustomerImport(fileName: String, csv: String!): ImportJob!
    "Publishes a new version of the tenant's commitments (tenant-admin)."
    updateCommitments(policy: CommitmentPolicyInput!, calendar: CalendarSettingsInput!, regions: RegionSettingsInput): Commitments!
    "Enters a year's State Council holiday notice (platform-admin); replaces that year."
    importNationalCalendar(input: NationalCalendarInput!): NationalCalendarYear!
  }
`;

export const typeDefs = coreTypeDefs + partsTypeDefs;
