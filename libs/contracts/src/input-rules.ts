import { z } from 'zod';
import type { FieldIssue } from './errors';
import { EMAIL_TEXT_MAX_CHARS } from './email';
import { SIGNATURE_MAX_CHARS } from './field-work';
import { IMPORT_MAX_BYTES } from './imports';

/**
 * What any input may hold, whatever the operation: the one rule the gateway applies at the edge and
 * every service's responder applies again before its contract runs. Strings may not carry NUL (which
 * PostgreSQL cannot store) or lone UTF-16 surrogates (not text, and not encodable as UTF-8); numbers
 * must be finite and within what a column can hold. Operation-specific limits stay in the contracts.
 */
export const InputBounds = {
  /** Longest string anywhere in an input; the few longer fields are named in `LONG_TEXT_FIELDS`. */
  maxString: 20_000,
  /** Longest list anywhere in an input. */
  maxList: 1_000,
  /** Deepest nesting of lists and objects. */
  maxDepth: 12,
  /** All values in one input together. */
  maxNodes: 20_000,
  /** Largest magnitude of a number: beyond it integer columns overflow and money makes no sense. */
  maxNumber: 1e12,
  /** Issues reported for one input before the walk stops: a garbage input costs bounded work. */
  maxIssues: 20,
} as const;

/** The reasons a field issue gives when a string is not text a person wrote. */
export const TEXT_PROBLEMS = ['NUL', 'LONE_SURROGATE', 'CONTROL_CHARACTER'] as const;
export type TextProblem = (typeof TEXT_PROBLEMS)[number];
/** The reasons a field issue gives when an input is past the platform's bounds. */
export const SIZE_PROBLEMS = ['TOO_LONG', 'TOO_MANY', 'TOO_DEEP', 'TOO_LARGE', 'OUT_OF_RANGE'] as const;

// Control characters nobody types into a form (tab, line feed and carriage return are text).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a string is not text a person wrote, if it is not. Files and mail bodies (`LONG_TEXT_FIELDS`)
 * may carry other control characters (a form feed in a mail); no string may carry NUL or a lone
 * surrogate, which PostgreSQL and UTF-8 cannot hold.
 */
export function textProblem(value: string, { controls = true } = {}): TextProblem | undefined {
  if (value.includes('\u0000')) return 'NUL';
  if (LONE_SURROGATE.test(value)) return 'LONE_SURROGATE';
  if (controls && CONTROL.test(value)) return 'CONTROL_CHARACTER';
  return undefined;
}

const TEXT_MESSAGES: Record<TextProblem, string> = {
  NUL: 'must not contain the NUL character (\\u0000)',
  LONE_SURROGATE: 'is not valid text (it holds a lone UTF-16 surrogate)',
  CONTROL_CHARACTER: 'must not contain control characters',
};

/** A zod string that refuses what `textProblem` refuses, for contracts that want the rule on one field. */
export const cleanText = () =>
  z.string().superRefine((value, ctx) => {
    const problem = textProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: TEXT_MESSAGES[problem], params: { reason: problem } });
  });

/**
 * Fields, by their own name wherever they stand, that carry more than ordinary text: an import's file,
 * a signature drawn on a phone, a mail's body. Their contracts set the same limits on the field itself.
 */
export const LONG_TEXT_FIELDS: Readonly<Record<string, number>> = {
  csv: IMPORT_MAX_BYTES,
  signature: SIGNATURE_MAX_CHARS,
  text: EMAIL_TEXT_MAX_CHARS,
};

/**
 * Walks a decoded input (JSON-like) once and returns every breach of the rules above, up to
 * `maxIssues`. Cost is linear in the input and stops at the first node past `maxNodes`. Fields are
 * named `<prefix>.<path>`, or by their path alone when the prefix is empty (GraphQL variables).
 */
export function inputIssues(value: unknown, prefix = 'input'): FieldIssue[] {
  const issues: FieldIssue[] = [];
  let nodes = 0;
  const add = (field: string, reason: string, message: string) => {
    issues.push({ field, reason, message: `${field} ${message}` });
  };
  const visit = (v: unknown, path: string, field: string, depth: number): boolean => {
    if (issues.length >= InputBounds.maxIssues) return false;
    if (++nodes > InputBounds.maxNodes) {
      add(prefix || 'input', 'TOO_LARGE', `holds more than ${InputBounds.maxNodes} values`);
      return false;
    }
    if (typeof v === 'string') {
      const long = Object.hasOwn(LONG_TEXT_FIELDS, field);
      const max = long ? LONG_TEXT_FIELDS[field] : InputBounds.maxString;
      if (v.length > max) add(path, 'TOO_LONG', `is longer than ${max} characters`);
      else {
        const problem = textProblem(v, { controls: !long });
        if (problem) add(path, problem, TEXT_MESSAGES[problem]);
      }
      return true;
    }
    if (typeof v === 'number') {
      if (!Number.isFinite(v) || Math.abs(v) > InputBounds.maxNumber) add(path, 'OUT_OF_RANGE', `must be a number between -${InputBounds.maxNumber} and ${InputBounds.maxNumber}`);
      return true;
    }
    if (v === null || typeof v !== 'object') return true;
    if (depth >= InputBounds.maxDepth) {
      add(path, 'TOO_DEEP', `is nested deeper than ${InputBounds.maxDepth} levels`);
      return true;
    }
    if (Array.isArray(v)) {
      if (v.length > InputBounds.maxList) {
        add(path, 'TOO_MANY', `has more than ${InputBounds.maxList} items`);
        return true;
      }
      for (let i = 0; i < v.length; i++) if (!visit(v[i], `${path}.${i}`, field, depth + 1)) return false;
      return true;
    }
    for (const [key, child] of Object.entries(v)) {
      const keyProblem = key.length > 200 ? 'TOO_LONG' : textProblem(key);
      if (keyProblem) {
        add(path || 'input', keyProblem, 'has a field name that is not valid');
        continue;
      }
      if (!visit(child, path ? `${path}.${key}` : key, key, depth + 1)) return false;
    }
    return true;
  };
  visit(value, prefix, '', 0);
  return issues;
}
