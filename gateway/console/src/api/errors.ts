import { ApolloError } from '@apollo/client';
import type { TFunction } from 'i18next';
import { SIZE_PROBLEMS, TEXT_PROBLEMS } from '@shouhou/contracts';

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
  // A field name may come qualified by its page (`company.hotline`), as an item of a list
  // (`addresses.0.divisionCode`, `phones.1`), or plain (`customerPhone`).
  const inList = /\.\d+(\.|$)/.test(issue.field);
  const name = inList ? issue.field.split('.').filter((s) => !/^\d+$/.test(s)).pop()! : issue.field;
  const field = !inList && issue.field.includes('.') ? t(issue.field, { defaultValue: issue.field }) : t(`field.${name}`, { defaultValue: name });
  if (/(customerPhone|hotline|phones\.\d+)$/.test(issue.field) && issue.reason !== 'too_small' && issue.reason !== 'taken') return t('errors.phone');
  if (issue.reason === 'taken' && inList) return t('errors.ownedByOther', { field });
  if ((TEXT_PROBLEMS as readonly string[]).includes(issue.reason)) return t('errors.badText', { field });
  if ((SIZE_PROBLEMS as readonly string[]).includes(issue.reason)) return t('errors.tooLarge', { field });
  const key = ['too_big', 'too_small', 'taken', 'invalid_cursor', 'unknown', 'future'].includes(issue.reason) ? issue.reason : 'invalid';
  return t(`errors.${key}`, { field, max: issue.max ?? '' });
}

/** A dotted field path as a form's name path: `addresses.0.divisionCode` → ['addresses', 0, 'divisionCode']. */
export const namePath = (field: string): (string | number)[] => field.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
