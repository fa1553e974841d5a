import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { DomainError } from '@shouhou/contracts';
import { createLogger } from '@shouhou/observability';
import type { GqlContext } from './context';

const log = createLogger('gateway');

/** Codes that are answers, not failures: the caller asked for something the rules refuse. */
const EXPECTED = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'TENANT_SUSPENDED',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'QUERY_TOO_DEEP',
]);

/**
 * One structured line per error of an operation: the expected ones at info (code, operation, tenant,
 * request id, no stack), a service being down at warn, anything else at error with its stack. Nothing
 * else in the gateway logs resolver errors (see QuietGraphQLErrors).
 */
export function errorLog(): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart({ request }) {
      return {
        async didEncounterErrors({ errors, operationName, contextValue }) {
          const who = contextValue.caller?.() ?? {};
          for (const error of errors) {
            const original = error.originalError;
            const code = original instanceof DomainError ? original.code : String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
            const line = { code, operation: operationName ?? request.operationName ?? null, path: error.path?.join('.'), ...who };
            if (EXPECTED.has(code)) log.info({ ...line, message: error.message.slice(0, 300) }, 'operation refused');
            else if (code === 'UNAVAILABLE') log.warn({ ...line, message: error.message }, 'a service is unavailable');
            else log.error({ ...line, err: unwrap(error) }, 'operation failed');
          }
        },
      };
    },
  };
}

function unwrap(error: GraphQLError): unknown {
  return error.originalError ?? error;
}
