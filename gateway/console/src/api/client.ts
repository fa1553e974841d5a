import { ApolloClient, from, HttpLink, InMemoryCache, split } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { accessToken } from '../auth/keycloak';
import { idempotencyLink } from './idempotency';

const IMPORT_OPERATIONS = new Set(['StartCustomerImport', 'StartPartsImport']);

/** Queries and mutations over HTTP, subscriptions over graphql-ws; both carry the current token. */
export function createApolloClient() {
  const http = from([
    setContext(async (_op, { headers }) => ({ headers: { ...headers, authorization: `Bearer ${await accessToken()}` } })),
    idempotencyLink,
    // Imports carry a file and go to their own route, with its own body limit (gateway http/body-limits.ts).
    new HttpLink({ uri: (op) => (IMPORT_OPERATIONS.has(op.operationName) ? '/graphql/import' : '/graphql') }),
  ]);
  const ws = new GraphQLWsLink(
    createClient({
      url: `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`,
      connectionParams: async () => ({ authorization: `Bearer ${await accessToken()}` }),
      retryAttempts: Infinity,
      shouldRetry: () => true,
    }),
  );
  return new ApolloClient({
    link: split(({ query }) => {
      const def = getMainDefinition(query);
      return def.kind === 'OperationDefinition' && def.operation === 'subscription';
    }, ws, http),
    cache: new InMemoryCache({
      typePolicies: { Query: { fields: { serviceRequests: { keyArgs: ['filter'] }, dispatchQueue: { keyArgs: false } } } },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
