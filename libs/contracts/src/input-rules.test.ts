import { describe, expect, it } from 'vitest';
import { cleanText, IMPORT_MAX_BYTES, InputBounds, inputIssues, textProblem } from './index';

describe('the input rules every door applies', () => {
  it('refuses NUL and lone surrogates but keeps Chinese text and emoji', () => {
    expect(textProblem('空调漏水 😀')).toBeUndefined();
    expect(textProblem('a\u0000b')).toBe('NUL');
    expect(textProblem('broken \ud800 text')).toBe('LONE_SURROGATE');
    expect(textProblem('\udc00 first')).toBe('LONE_SURROGATE');
    expect(cleanText().safeParse('ok').success).toBe(true);
    expect(cleanText().safeParse('x\u0000').success).toBe(false);
  });

  it('names the field of each problem, as a form would show it', () => {
    const issues = inputIssues({ customerName: '张\u0000伟', lines: [{ note: 'fine' }, { note: '\ud83d' }] });
    expect(issues.map((i) => [i.field, i.reason])).toEqual([
      ['input.customerName', 'NUL'],
      ['input.lines.1.note', 'LONE_SURROGATE'],
    ]);
  });

  it('bounds strings, lists, depth and numbers', () => {
    expect(inputIssues({ s: 'x'.repeat(InputBounds.maxString + 1) })[0].reason).toBe('TOO_LONG');
    expect(inputIssues({ l: Array.from({ length: InputBounds.maxList + 1 }, () => 1) })[0].reason).toBe('TOO_MANY');
    let deep: unknown = 1;
    for (let i = 0; i < InputBounds.maxDepth + 2; i++) deep = [deep];
    expect(inputIssues({ deep })[0].reason).toBe('TOO_DEEP');
    expect(inputIssues({ n: 1e308 })[0].reason).toBe('OUT_OF_RANGE');
    expect(inputIssues({ n: 12_345, price: -500 })).toEqual([]);
  });

  it('lets a named field be as long as its own limit', () => {
    const csv = 'a,b\n'.repeat(100_000);
    expect(inputIssues({ csv })[0].reason).toBe('TOO_LONG');
    expect(inputIssues({ csv }, 'input', { longStrings: { csv: IMPORT_MAX_BYTES } })).toEqual([]);
  });

  it('stops early on garbage: bounded issues for any size of input', () => {
    const garbage = Array.from({ length: 900 }, () => ({ a: '\u0000', b: '\u0000' }));
    expect(inputIssues({ garbage })).toHaveLength(InputBounds.maxIssues);
    const wide = Object.fromEntries(Array.from({ length: 30_000 }, (_, i) => [`k${i}`, i]));
    expect(inputIssues(wide).map((i) => i.reason)).toEqual(['TOO_LARGE']);
  });
});
