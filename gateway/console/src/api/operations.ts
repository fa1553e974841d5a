import { graphql } from '../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      username
      name
      email
      roles
      tenant { id code name status }
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
        node { id number customerName customerPhone productModel serialNumber problemDescription channel category status createdAt createdBy }
      }
    }
  }
`);

export const ServiceRequestQuery = graphql(`
  query ServiceRequest($id: ID!) {
    serviceRequest(id: $id) { id number customerName customerPhone productModel serialNumber problemDescription channel category status createdAt createdBy }
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
    tenants { id code name keycloakOrganizationId status timeZone createdAt suspendedAt suspensionReason }
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
