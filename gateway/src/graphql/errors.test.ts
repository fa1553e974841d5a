import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { DomainError, ErrorCode } from '@shouhou/contracts';
import { formatError, graphqlCode } from './errors';

describe('error mapping', () => {
  it('gives every domain error code a GraphQL code', () => {
    for (const code of ErrorCode.options) expect(graphqlCode(code)).toMatch(/^[A-Z_]+$/);
  });

  it('keeps the code and field issues of a domain error', () => {
    const domain = new DomainError('BAD_USER_INPUT', 'input.customerPhone: not a phone number', {
      issues: [{ field: 'input.customerPhone', reason: 'invalid_string', message: 'not a phone number' }],
    });
    const out = formatError({ message: 'x' }, new GraphQLError('x', { originalError: domain }));
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', issues: domain.details!.issues });
  });

  it('names the gateway’s own limit when a query is refused for its shape', () => {
    const rule = new GraphQLError('query depth 12 exceeds the limit of 10', { extensions: { code: 'QUERY_TOO_DEEP' } });
    const wrapped = new GraphQLError(rule.message, { originalError: rule, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(formatError({ message: rule.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, wrapped).extensions).toEqual({ code: 'QUERY_TOO_DEEP' });
    // graphql's own rules keep Apollo's code.
    const unknownField = new GraphQLError('Cannot query field "nope" on type "Query".');
    const apollo = new GraphQLError(unknownField.message, { originalError: unknownField, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(formatError({ message: unknownField.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, apollo).extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('hides the message and stack of an unexpected error', () => {
    const out = formatError(
      { message: 'connection refused at 10.0.0.3', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      new GraphQLError('boom', { originalError: new Error('connection refused at 10.0.0.3') }),
    );
    expect(out).toEqual({ message: 'internal error', locations: undefined, path: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});
