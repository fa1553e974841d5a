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
    "\n  query Me {\n    me {\n      id\n      username\n      name\n      email\n      roles\n      tenant { id code name status }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query ServiceRequests($first: Int, $after: String, $filter: ServiceRequestFilter) {\n    serviceRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node { id number customerName customerPhone productModel serialNumber problemDescription channel category status createdAt createdBy }\n      }\n    }\n  }\n": typeof types.ServiceRequestsDocument,
    "\n  query ServiceRequest($id: ID!) {\n    serviceRequest(id: $id) { id number customerName customerPhone productModel serialNumber problemDescription channel category status createdAt createdBy }\n  }\n": typeof types.ServiceRequestDocument,
    "\n  mutation CreateServiceRequest($input: CreateServiceRequestInput!) {\n    createServiceRequest(input: $input) { id number }\n  }\n": typeof types.CreateServiceRequestDocument,
    "\n  subscription ServiceRequestCreated {\n    serviceRequestCreated { id number customerName }\n  }\n": typeof types.ServiceRequestCreatedDocument,
    "\n  query DispatchQueue($first: Int, $after: String) {\n    dispatchQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id serviceRequestId requestNumber customerName productModel channel category state requestedAt queuedAt } }\n    }\n  }\n": typeof types.DispatchQueueDocument,
    "\n  subscription QueueEntryAdded {\n    queueEntryAdded { id serviceRequestId requestNumber customerName productModel channel category state requestedAt queuedAt }\n  }\n": typeof types.QueueEntryAddedDocument,
    "\n  query Dashboard($withQueue: Boolean!, $withRequests: Boolean!) {\n    open: serviceRequests(first: 1, filter: { status: NEW }) @include(if: $withRequests) { totalCount }\n    repair: serviceRequests(first: 1, filter: { category: REPAIR }) @include(if: $withRequests) { totalCount }\n    installation: serviceRequests(first: 1, filter: { category: INSTALLATION }) @include(if: $withRequests) { totalCount }\n    maintenance: serviceRequests(first: 1, filter: { category: MAINTENANCE }) @include(if: $withRequests) { totalCount }\n    consultation: serviceRequests(first: 1, filter: { category: CONSULTATION }) @include(if: $withRequests) { totalCount }\n    returns: serviceRequests(first: 1, filter: { category: RETURN }) @include(if: $withRequests) { totalCount }\n    exchange: serviceRequests(first: 1, filter: { category: EXCHANGE }) @include(if: $withRequests) { totalCount }\n    refund: serviceRequests(first: 1, filter: { category: REFUND }) @include(if: $withRequests) { totalCount }\n    queue: dispatchQueue(first: 1) @include(if: $withQueue) { totalCount }\n  }\n": typeof types.DashboardDocument,
    "\n  query Tenants {\n    tenants { id code name keycloakOrganizationId status timeZone createdAt suspendedAt suspensionReason }\n  }\n": typeof types.TenantsDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) { id code name status }\n  }\n": typeof types.CreateTenantDocument,
    "\n  mutation SuspendTenant($id: ID!, $reason: String!) {\n    suspendTenant(id: $id, reason: $reason) { id status suspendedAt suspensionReason }\n  }\n": typeof types.SuspendTenantDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      username\n      name\n      email\n      roles\n      tenant { id code name status }\n    }\n  }\n": types.MeDocument,
    "\n  query ServiceRequests($first: Int, $after: String, $filter: ServiceRequestFilter) {\n    serviceRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node { id number customerName customerPhone productModel serialNumber problemDescription channel category status createdAt createdBy }\n      }\n    }\n  }\n": types.ServiceRequestsDocument,
    "\n  query ServiceRequest($id: ID!) {\n    serviceRequest(id: $id) { id number customerName customerPhone productModel serialNumber problemDescription channel category status createdAt createdBy }\n  }\n": types.ServiceRequestDocument,
    "\n  mutation CreateServiceRequest($input: CreateServiceRequestInput!) {\n    createServiceRequest(input: $input) { id number }\n  }\n": types.CreateServiceRequestDocument,
    "\n  subscription ServiceRequestCreated {\n    serviceRequestCreated { id number customerName }\n  }\n": types.ServiceRequestCreatedDocument,
    "\n  query DispatchQueue($first: Int, $after: String) {\n    dispatchQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id serviceRequestId requestNumber customerName productModel channel category state requestedAt queuedAt } }\n    }\n  }\n": types.DispatchQueueDocument,
    "\n  subscription QueueEntryAdded {\n    queueEntryAdded { id serviceRequestId requestNumber customerName productModel channel category state requestedAt queuedAt }\n  }\n": types.QueueEntryAddedDocument,
    "\n  query Dashboard($withQueue: Boolean!, $withRequests: Boolean!) {\n    open: serviceRequests(first: 1, filter: { status: NEW }) @include(if: $withRequests) { totalCount }\n    repair: serviceRequests(first: 1, filter: { category: REPAIR }) @include(if: $withRequests) { totalCount }\n    installation: serviceRequests(first: 1, filter: { category: INSTALLATION }) @include(if: $withRequests) { totalCount }\n    maintenance: serviceRequests(first: 1, filter: { category: MAINTENANCE }) @include(if: $withRequests) { totalCount }\n    consultation: serviceRequests(first: 1, filter: { category: CONSULTATION }) @include(if: $withRequests) { totalCount }\n    returns: serviceRequests(first: 1, filter: { category: RETURN }) @include(if: $withRequests) { totalCount }\n    exchange: serviceRequests(first: 1, filter: { category: EXCHANGE }) @include(if: $withRequests) { totalCount }\n    refund: serviceRequests(first: 1, filter: { category: REFUND }) @include(if: $withRequests) { totalCount }\n    queue: dispatchQueue(first: 1) @include(if: $withQueue) { totalCount }\n  }\n": types.DashboardDocument,
    "\n  query Tenants {\n    tenants { id code name keycloakOrganizationId status timeZone createdAt suspendedAt suspensionReason }\n  }\n": types.TenantsDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) { id code name status }\n  }\n": types.CreateTenantDocument,
    "\n  mutation SuspendTenant($id: ID!, $reason: String!) {\n    suspendTenant(id: $id, reason: $reason) { id status suspendedAt suspensionReason }\n  }\n": types.SuspendTenantDocument,
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
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      name\n      email\n      roles\n      tenant { id code name status }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      name\n      email\n      roles\n      tenant { id code name status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceRequests($first: Int, $after: String, $filter: ServiceRequestFilter) {\n    serviceRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node { id number customerName customerPhone productModel serialNumber problemDescription channel category status createdAt createdBy }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceRequests($first: Int, $after: String, $filter: ServiceRequestFilter) {\n    serviceRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node { id number customerName customerPhone productModel serialNumber problemDescription channel category status createdAt createdBy }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceRequest($id: ID!) {\n    serviceRequest(id: $id) { id number customerName customerPhone productModel serialNumber problemDescription channel category status createdAt createdBy }\n  }\n"): (typeof documents)["\n  query ServiceRequest($id: ID!) {\n    serviceRequest(id: $id) { id number customerName customerPhone productModel serialNumber problemDescription channel category status createdAt createdBy }\n  }\n"];
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
export function graphql(source: "\n  query Tenants {\n    tenants { id code name keycloakOrganizationId status timeZone createdAt suspendedAt suspensionReason }\n  }\n"): (typeof documents)["\n  query Tenants {\n    tenants { id code name keycloakOrganizationId status timeZone createdAt suspendedAt suspensionReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) { id code name status }\n  }\n"): (typeof documents)["\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) { id code name status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendTenant($id: ID!, $reason: String!) {\n    suspendTenant(id: $id, reason: $reason) { id status suspendedAt suspensionReason }\n  }\n"): (typeof documents)["\n  mutation SuspendTenant($id: ID!, $reason: String!) {\n    suspendTenant(id: $id, reason: $reason) { id status suspendedAt suspensionReason }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;