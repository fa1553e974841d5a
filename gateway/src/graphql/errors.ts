import { GraphQLError } from 'graphql';
import { DomainError, type ErrorCode } from '@shouhou/contracts';

/** GraphQL `extensions.code` for each domain error code; the switch fails to compile if one is missing. */
export function graphqlCode(code: ErrorCode): string {
  switch (code) {
    case 'BAD_USER_INPUT':
      return 'BAD_USER_INPUT';
    case 'UNAUTHENTICATED':
      return 'UNAUTHENTICATED';
    case 'FORBIDDEN':
      return 'FORBIDDEN';
    case 'TENANT_SUSPENDED':
      return 'TENANT_SUSPENDED';
    case 'NOT_FOUND':
      return 'NOT_FOUND';
    case 'CONFLICT':
      return 'CONFLICT';
    case 'UNAVAILABLE':
      return 'UNAVAILABLE';
    case 'RATE_LIMITED':
      return 'RATE_LIMITED';
    case 'INTERNAL':
      return 'INTERNAL_SERVER_ERROR';
    default: {
      const unmapped: never = code;
      return unmapped;
    }
  }
}

export function toGraphQLError(error: DomainError): GraphQLError {
  return new GraphQLError(error.code === 'INTERNAL' ? 'internal error' : error.message, {
    extensions: {
      code: graphqlCode(error.code),
      ...(error.details?.issues ? { issues: error.details.issues } : {}),
    },
  });
}

const SHAPE_CODES = new Set(['QUERY_TOO_DEEP', 'QUERY_TOO_COMPLEX']);

/**
 * The last word on every error leaving the gateway: domain errors keep their code and field issues;
 * GraphQL's own errors (syntax, validation, variable coercion) keep theirs; anything else is reported
 * as an internal error with no message or stack from inside.
 */
export function formatError(formatted: { message: string; extensions?: Record<string, unknown>; locations?: unknown; path?: unknown }, error: unknown) {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof DomainError) {
    const mapped = toGraphQLError(original);
    return { ...formatted, message: mapped.message, extensions: mapped.extensions };
  }
  // Apollo files every validation rule's refusal under GRAPHQL_VALIDATION_FAILED; the gateway's own
  // shape rules (depth, size, writes) say which limit it was.
  const ruleCode = original instanceof GraphQLError ? original.extensions?.code : undefined;
  if (formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && typeof ruleCode === 'string' && SHAPE_CODES.has(ruleCode)) {
    return { ...formatted, extensions: { code: ruleCode } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return { message: 'internal error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
