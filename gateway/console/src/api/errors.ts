import { ApolloError } from '@apollo/client';
import type { TFunction } from 'i18next';

export interface FieldIssue {
  field: string;
  reason: string;
  message: string;
}

/** The GraphQL error code of a failed operation, or NETWORK when the server was not reached. */
export function errorCode(error: unknown): string {
  if (error instanceof ApolloError) {
    const code = error.graphQLErrors[0]?.extensions?.code;
    if (typeof code === 'string') return code;
    if (error.networkError) {
      const result = (error.networkError as { result?: { errors?: { extensions?: { code?: string } }[] } }).result;
      return result?.errors?.[0]?.extensions?.code ?? 'NETWORK';
    }
  }
  return 'INTERNAL_SERVER_ERROR';
}

/** A sentence in the user's language for a failed operation. */
export function errorMessage(t: TFunction, error: unknown): string {
  const code = errorCode(error);
  return t(`errors.${code}`, { defaultValue: t('errors.INTERNAL_SERVER_ERROR') });
}

/** The server's per-field issues (`input.customerPhone` → `customerPhone`). */
export function fieldIssues(error: unknown): FieldIssue[] {
  if (!(error instanceof ApolloError)) return [];
  const issues = error.graphQLErrors.flatMap((e) => (e.extensions?.issues as FieldIssue[] | undefined) ?? []);
  return issues.map((i) => ({ ...i, field: i.field.replace(/^input\./, '') }));
}

/** A field issue as a sentence in the user's language. */
export function issueMessage(t: TFunction, issue: { field: string; reason: string; max?: number }): string {
  // A field name may come qualified by its page (`company.hotline`) or plain (`customerPhone`).
  const field = issue.field.includes('.') ? t(issue.field, { defaultValue: issue.field }) : t(`field.${issue.field}`, { defaultValue: issue.field });
  if (/(customerPhone|hotline)$/.test(issue.field) && issue.reason !== 'too_small') return t('errors.phone');
  const key = ['too_big', 'too_small', 'taken', 'invalid_cursor'].includes(issue.reason) ? issue.reason : 'invalid';
  return t(`errors.${key}`, { field, max: issue.max ?? '' });
}
