import { ApolloLink, Observable } from '@apollo/client';
import { getMainDefinition } from '@apollo/client/utilities';

/**
 * Every mutation carries an `Idempotency-Key` (ADR 21). The key belongs to one submission of one
 * form: the same operation with the same input keeps its key until the server has answered it, so a
 * double click or a retry after a network error creates one thing; once answered, the next submission
 * — even with identical input, a second identical stock receipt say — is a new one with a new key.
 */
const pending = new Map<string, string>();

export const idempotencyLink = new ApolloLink((operation, forward) => {
  const def = getMainDefinition(operation.query);
  if (def.kind !== 'OperationDefinition' || def.operation !== 'mutation') return forward(operation);
  const submission = `${operation.operationName}\n${JSON.stringify(operation.variables ?? {})}`;
  const key = pending.get(submission) ?? newKey();
  pending.set(submission, key);
  operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({ headers: { ...headers, 'Idempotency-Key': key } }));
  return new Observable((observer) =>
    forward(operation).subscribe({
      next: (result) => {
        // An answer, refusal or not, settles the submission; a service that did not answer in time may
        // still have done the work, so that one keeps its key for the retry, as a network error does.
        if (!result.errors?.some((e) => UNSETTLED.has(String(e.extensions?.code)))) pending.delete(submission);
        observer.next(result);
      },
      error: (error) => observer.error(error),
      complete: () => observer.complete(),
    }),
  );
});

const UNSETTLED = new Set(['UNAVAILABLE', 'INTERNAL_SERVER_ERROR']);

/** A random UUID; `crypto.randomUUID` exists only on https or localhost, a phone on the LAN has neither. */
function newKey(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
