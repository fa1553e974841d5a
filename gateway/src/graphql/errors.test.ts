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

  it('hides the message and stack of an unexpected error', () => {
    const out = formatError(
      { message: 'connection refused at 10.0.0.3', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      new GraphQLError('boom', { originalError: new Error('connection refused at 10.0.0.3') }),
    );
    expect(out).toEqual({ message: 'internal error', locations: undefined, path: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});
