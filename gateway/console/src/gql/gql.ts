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
    "\n  fragment TechnicianFields on Technician {\n    id userId name phone skills regions home { lat lng } dailyCapacity status load\n  }\n": typeof types.TechnicianFieldsFragmentDoc,
    "\n  query DispatchBoard {\n    unassigned: workOrders(first: 50, status: UNASSIGNED) { totalCount edges { node { ...WorkOrderFields } } }\n    failed: workOrders(first: 30, status: FAILED) { totalCount edges { node { ...WorkOrderFields } } }\n    technicians { ...TechnicianFields }\n  }\n": typeof types.DispatchBoardDocument,
    "\n  fragment JobLineFields on WorkOrder {\n    id requestNumber customerName status emergency technicianId updatedAt assignment { mode text { zhCN enUS } }\n  }\n": typeof types.JobLineFieldsFragmentDoc,
    "\n  query TechnicianJobs {\n    assigned: workOrders(first: 40, status: ASSIGNED) { edges { node { ...JobLineFields } } }\n    accepted: workOrders(first: 40, status: ACCEPTED) { edges { node { ...JobLineFields } } }\n    enRoute: workOrders(first: 40, status: EN_ROUTE) { edges { node { ...JobLineFields } } }\n    onSite: workOrders(first: 40, status: ON_SITE) { edges { node { ...JobLineFields } } }\n    completed: workOrders(first: 40, status: COMPLETED) { edges { node { id technicianId updatedAt } } }\n  }\n": typeof types.TechnicianJobsDocument,
    "\n  query Technicians {\n    technicians { ...TechnicianFields }\n  }\n": typeof types.TechniciansDocument,
    "\n  mutation SaveTechnician($input: TechnicianInput!) {\n    saveTechnician(input: $input) { ...TechnicianFields }\n  }\n": typeof types.SaveTechnicianDocument,
    "\n  mutation AssessWorkOrder($input: AssessInput!) {\n    assessWorkOrder(input: $input) { ...WorkOrderFields }\n  }\n": typeof types.AssessWorkOrderDocument,
    "\n  query SuggestTechnicians($workOrderId: ID!) {\n    suggestTechnicians(workOrderId: $workOrderId) {\n      candidates { technician { ...TechnicianFields } score distanceKm reason { mode code text { zhCN enUS } distanceKm } }\n      excluded { skill region unavailable capacity excluded }\n    }\n  }\n": typeof types.SuggestTechniciansDocument,
    "\n  mutation AssignWorkOrder($workOrderId: ID!, $version: Int!, $technicianId: ID, $reason: String) {\n    assignWorkOrder(workOrderId: $workOrderId, version: $version, technicianId: $technicianId, reason: $reason) { ...WorkOrderFields }\n  }\n": typeof types.AssignWorkOrderDocument,
    "\n  mutation AutoDispatch {\n    autoDispatch { assigned unassigned { workOrderId requestNumber excluded { skill region unavailable capacity excluded } } }\n  }\n": typeof types.AutoDispatchDocument,
    "\n  query WorkOrder($id: ID!) {\n    workOrder(id: $id) {\n      ...WorkOrderFields\n      excludedTechnicianIds assessedBy\n      timeline { id action fromStatus toStatus actorId technicianId note at }\n    }\n  }\n": typeof types.WorkOrderDocument,
    "\n  query MyJobs {\n    workOrders(first: 50) { totalCount edges { node { ...WorkOrderFields } } }\n  }\n": typeof types.MyJobsDocument,
    "\n  mutation WorkOrderAction($workOrderId: ID!, $action: FieldAction!, $note: String, $location: GeoPointInput) {\n    workOrderAction(workOrderId: $workOrderId, action: $action, note: $note, location: $location) {\n      ...WorkOrderFields\n      timeline { id action fromStatus toStatus actorId technicianId note at }\n    }\n  }\n": typeof types.WorkOrderActionDocument,
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
    "\n  fragment TechnicianFields on Technician {\n    id userId name phone skills regions home { lat lng } dailyCapacity status load\n  }\n": types.TechnicianFieldsFragmentDoc,
    "\n  query DispatchBoard {\n    unassigned: workOrders(first: 50, status: UNASSIGNED) { totalCount edges { node { ...WorkOrderFields } } }\n    failed: workOrders(first: 30, status: FAILED) { totalCount edges { node { ...WorkOrderFields } } }\n    technicians { ...TechnicianFields }\n  }\n": types.DispatchBoardDocument,
    "\n  fragment JobLineFields on WorkOrder {\n    id requestNumber customerName status emergency technicianId updatedAt assignment { mode text { zhCN enUS } }\n  }\n": types.JobLineFieldsFragmentDoc,
    "\n  query TechnicianJobs {\n    assigned: workOrders(first: 40, status: ASSIGNED) { edges { node { ...JobLineFields } } }\n    accepted: workOrders(first: 40, status: ACCEPTED) { edges { node { ...JobLineFields } } }\n    enRoute: workOrders(first: 40, status: EN_ROUTE) { edges { node { ...JobLineFields } } }\n    onSite: workOrders(first: 40, status: ON_SITE) { edges { node { ...JobLineFields } } }\n    completed: workOrders(first: 40, status: COMPLETED) { edges { node { id technicianId updatedAt } } }\n  }\n": types.TechnicianJobsDocument,
    "\n  query Technicians {\n    technicians { ...TechnicianFields }\n  }\n": types.TechniciansDocument,
    "\n  mutation SaveTechnician($input: TechnicianInput!) {\n    saveTechnician(input: $input) { ...TechnicianFields }\n  }\n": types.SaveTechnicianDocument,
    "\n  mutation AssessWorkOrder($input: AssessInput!) {\n    assessWorkOrder(input: $input) { ...WorkOrderFields }\n  }\n": types.AssessWorkOrderDocument,
    "\n  query SuggestTechnicians($workOrderId: ID!) {\n    suggestTechnicians(workOrderId: $workOrderId) {\n      candidates { technician { ...TechnicianFields } score distanceKm reason { mode code text { zhCN enUS } distanceKm } }\n      excluded { skill region unavailable capacity excluded }\n    }\n  }\n": types.SuggestTechniciansDocument,
    "\n  mutation AssignWorkOrder($workOrderId: ID!, $version: Int!, $technicianId: ID, $reason: String) {\n    assignWorkOrder(workOrderId: $workOrderId, version: $version, technicianId: $technicianId, reason: $reason) { ...WorkOrderFields }\n  }\n": types.AssignWorkOrderDocument,
    "\n  mutation AutoDispatch {\n    autoDispatch { assigned unassigned { workOrderId requestNumber excluded { skill region unavailable capacity excluded } } }\n  }\n": types.AutoDispatchDocument,
    "\n  query WorkOrder($id: ID!) {\n    workOrder(id: $id) {\n      ...WorkOrderFields\n      excludedTechnicianIds assessedBy\n      timeline { id action fromStatus toStatus actorId technicianId note at }\n    }\n  }\n": types.WorkOrderDocument,
    "\n  query MyJobs {\n    workOrders(first: 50) { totalCount edges { node { ...WorkOrderFields } } }\n  }\n": types.MyJobsDocument,
    "\n  mutation WorkOrderAction($workOrderId: ID!, $action: FieldAction!, $note: String, $location: GeoPointInput) {\n    workOrderAction(workOrderId: $workOrderId, action: $action, note: $note, location: $location) {\n      ...WorkOrderFields\n      timeline { id action fromStatus toStatus actorId technicianId note at }\n    }\n  }\n": types.WorkOrderActionDocument,
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
export function graphql(source: "\n  fragment TechnicianFields on Technician {\n    id userId name phone skills regions home { lat lng } dailyCapacity status load\n  }\n"): (typeof documents)["\n  fragment TechnicianFields on Technician {\n    id userId name phone skills regions home { lat lng } dailyCapacity status load\n  }\n"];
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
export function graphql(source: "\n  query WorkOrder($id: ID!) {\n    workOrder(id: $id) {\n      ...WorkOrderFields\n      excludedTechnicianIds assessedBy\n      timeline { id action fromStatus toStatus actorId technicianId note at }\n    }\n  }\n"): (typeof documents)["\n  query WorkOrder($id: ID!) {\n    workOrder(id: $id) {\n      ...WorkOrderFields\n      excludedTechnicianIds assessedBy\n      timeline { id action fromStatus toStatus actorId technicianId note at }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyJobs {\n    workOrders(first: 50) { totalCount edges { node { ...WorkOrderFields } } }\n  }\n"): (typeof documents)["\n  query MyJobs {\n    workOrders(first: 50) { totalCount edges { node { ...WorkOrderFields } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkOrderAction($workOrderId: ID!, $action: FieldAction!, $note: String, $location: GeoPointInput) {\n    workOrderAction(workOrderId: $workOrderId, action: $action, note: $note, location: $location) {\n      ...WorkOrderFields\n      timeline { id action fromStatus toStatus actorId technicianId note at }\n    }\n  }\n"): (typeof documents)["\n  mutation WorkOrderAction($workOrderId: ID!, $action: FieldAction!, $note: String, $location: GeoPointInput) {\n    workOrderAction(workOrderId: $workOrderId, action: $action, note: $note, location: $location) {\n      ...WorkOrderFields\n      timeline { id action fromStatus toStatus actorId technicianId note at }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;