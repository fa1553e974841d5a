import { z } from 'zod';

/**
 * Every error that may cross a service boundary. The gateway maps each code to a GraphQL
 * `extensions.code` with an exhaustive switch, so adding a code here fails the build until it is mapped.
 */
export const ErrorCode = z.enum([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'TENANT_SUSPENDED',
  'NOT_FOUND',
  'CONFLICT',
  'UNAVAILABLE',
  'RATE_LIMITED',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** One problem with one input field; `field` is a dotted path such as `input.customerPhone`. */
export const FieldIssue = z.object({ field: z.string(), reason: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof FieldIssue>;

export const ErrorEnvelope = z.object({
  code: ErrorCode,
  message: z.string(),
  details: z.object({ issues: z.array(FieldIssue).optional() }).catchall(z.unknown()).optional(),
});
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>;

/** A reply over NATS request/reply: data or an error envelope, never a stack trace. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: ErrorEnvelope };

/** A failure the caller can act on. Services throw it; the messaging glue turns it into an envelope. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorEnvelope['details'],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  toEnvelope(): ErrorEnvelope {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }

  static fromEnvelope(envelope: ErrorEnvelope): DomainError {
    return new DomainError(envelope.code, envelope.message, envelope.details);
  }
}

/** Turns a zod failure into field issues a form can show next to its fields. */
export function issuesFromZod(error: z.ZodError, prefix = 'input'): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path].join('.'),
    reason: issue.code,
    message: issue.message,
  }));
}

export function badUserInput(error: z.ZodError, prefix?: string): DomainError {
  const issues = issuesFromZod(error, prefix);
  return new DomainError('BAD_USER_INPUT', issues.map((i) => `${i.field}: ${i.message}`).join('; '), {
    issues,
  });
}
