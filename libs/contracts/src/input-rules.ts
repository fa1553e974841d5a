import { z } from 'zod';
import type { FieldIssue } from './errors';

/**
 * What any input may hold, whatever the operation: the one rule the gateway applies at the edge and
 * every service's responder applies again before its contract runs. Strings may not carry NUL (which
 * PostgreSQL cannot store) or lone UTF-16 surrogates (not text, and not encodable as UTF-8); numbers
 * must be finite and within what a column can hold. Operation-specific limits stay in the contracts.
 */
export const InputBounds = {
  /** Longest string anywhere in an input; longer fields (a CSV file) are named in `longStrings`. */
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

export type TextProblem = 'NUL' | 'LONE_SURROGATE';

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored as text, if it cannot. */
export function textProblem(value: string): TextProblem | undefined {
  if (value.includes('\u0000')) return 'NUL';
  if (LONE_SURROGATE.test(value)) return 'LONE_SURROGATE';
  return undefined;
}

const TEXT_MESSAGES: Record<TextProblem, string> = {
  NUL: 'must not contain the NUL character (\\u0000)',
  LONE_SURROGATE: 'is not valid text (it holds a lone UTF-16 surrogate)',
};

/** A zod string that refuses what `textProblem` refuses, for contracts that want the rule on one field. */
export const cleanText = () =>
  z.string().superRefine((value, ctx) => {
    const problem = textProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: TEXT_MESSAGES[problem], params: { reason: problem } });
  });

export interface InputLimits {
  /** Dotted paths (list indexes left out) whose strings may be longer, e.g. `csv` for an import. */
  longStrings?: Readonly<Record<string, number>>;
}

/**
 * Walks a decoded input (JSON-like) once and returns every breach of the rules above, up to
 * `maxIssues`. Cost is linear in the input and stops at the first node past `maxNodes`. Fields are
 * named `<prefix>.<path>`, or by their path alone when the prefix is empty (GraphQL variables).
 */
export function inputIssues(value: unknown, prefix = 'input', limits: InputLimits = {}): FieldIssue[] {
  const issues: FieldIssue[] = [];
  let nodes = 0;
  const add = (field: string, reason: string, message: string) => {
    issues.push({ field, reason, message: `${field} ${message}` });
  };
  const visit = (v: unknown, path: string, shape: string, depth: number): boolean => {
    if (issues.length >= InputBounds.maxIssues) return false;
    if (++nodes > InputBounds.maxNodes) {
      add(prefix || 'input', 'TOO_LARGE', `holds more than ${InputBounds.maxNodes} values`);
      return false;
    }
    if (typeof v === 'string') {
      const max = limits.longStrings?.[shape] ?? InputBounds.maxString;
      if (v.length > max) add(path, 'TOO_LONG', `is longer than ${max} characters`);
      else {
        const problem = textProblem(v);
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
      for (let i = 0; i < v.length; i++) if (!visit(v[i], `${path}.${i}`, shape, depth + 1)) return false;
      return true;
    }
    for (const [key, child] of Object.entries(v)) {
      const keyProblem = key.length > 200 ? 'TOO_LONG' : textProblem(key);
      if (keyProblem) {
        add(path || 'input', keyProblem, 'has a field name that is not valid');
        continue;
      }
      if (!visit(child, path ? `${path}.${key}` : key, shape ? `${shape}.${key}` : key, depth + 1)) return false;
    }
    return true;
  };
  visit(value, prefix, '', 0);
  return issues;
}
