/**
 * The public GraphQL schema, written SDL-first: it is the contract the console and API users read.
 * Enum values are UPPER_CASE; lists are Relay connections.
 */
export const typeDefs = /* GraphQL */ `
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

  input ServiceRequestFilter {
    channel: Channel
    category: ServiceRequestCategory
    status: ServiceRequestStatus
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
  }

  enum QueueState {
    TO_BE_ASSESSED
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

  type Query {
    me: Me!
    "Every tenant (platform-admin)."
    tenants: [Tenant!]!
    serviceRequest(id: ID!): ServiceRequest
    serviceRequests(first: Int = 20, after: String, filter: ServiceRequestFilter): ServiceRequestConnection!
    "Requests waiting for assessment, oldest first (dispatcher)."
    dispatchQueue(first: Int = 20, after: String): QueueEntryConnection!
  }

  type Subscription {
    "Requests created in the caller's tenant, as they are created (agents, dispatchers)."
    serviceRequestCreated: ServiceRequest!
    "Requests entering the caller's tenant's dispatch queue (dispatchers)."
    queueEntryAdded: QueueEntry!
  }

  type Mutation {
    createTenant(input: CreateTenantInput!): Tenant!
    suspendTenant(id: ID!, reason: String!): Tenant!
    createServiceRequest(input: CreateServiceRequestInput!): ServiceRequest!
  }
`;
