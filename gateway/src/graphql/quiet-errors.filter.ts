import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * Nest logs every exception a resolver throws as an ERROR with its stack, refusals included. GraphQL
 * errors are handed back to Apollo unlogged instead; the error-log plugin writes one line for each at
 * its level. HTTP controllers keep Nest's handling.
 */
@Catch()
export class QuietGraphQLErrors extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
