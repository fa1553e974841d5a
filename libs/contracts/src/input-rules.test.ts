import { describe, expect, it } from 'vitest';
import { cleanText, IMPORT_MAX_BYTES, InputBounds, inputIssues, textProblem } from './index';

describe('the input rules every door applies', () => {
  it('refuses NUL and lone surrogates but keeps Chinese text and emoji', () => {
    expect(textProblem('空调漏水 😀')).toBeUndefined();
    expect(textProblem('a\u0000b')).toBe('NUL');
    expect(textProblem('broken \ud800 text')).toBe('LONE_SURROGATE');
    expect(textProblem('\udc00 first')).toBe('LONE_SURROGATE');
    expect(textProblem('第一行\n\t第二行\r\n')).toBeUndefined();
    expect(textProblem('esc \u001b[31m red')).toBe('CONTROL_CHARACTER');
    expect(inputIssues({ text: 'a mail\fwith a form feed' })).toEqual([]);
    expect(inputIssues({ note: 'a note\fwith a form feed' })[0].reason).toBe('CONTROL_CHARACTER');
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

  it('lets the few long fields be as long as their own contracts allow, wherever they stand', () => {
    const csv = 'a,b\n'.repeat(100_000);
    expect(inputIssues({ csv })).toEqual([]);
    expect(inputIssues({ csv: csv + 'x'.repeat(IMPORT_MAX_BYTES) })[0].reason).toBe('TOO_LONG');
    expect(inputIssues({ details: { signature: `data:image/png;base64,${'A'.repeat(100_000)}` } })).toEqual([]);
    expect(inputIssues({ notes: 'x'.repeat(100_000) })[0]).toMatchObject({ field: 'input.notes', reason: 'TOO_LONG' });
    // A field named after a property of every object is an ordinary field.
    expect(inputIssues(JSON.parse(`{"__proto__": "${'x'.repeat(30_000)}", "constructor": "${'x'.repeat(30_000)}"}`)).map((i) => i.reason)).toEqual(['TOO_LONG', 'TOO_LONG']);
  });

  it('stops early on garbage: bounded issues for any size of input', () => {
    const garbage = Array.from({ length: 900 }, () => ({ a: '\u0000', b: '\u0000' }));
    expect(inputIssues({ garbage })).toHaveLength(InputBounds.maxIssues);
    const wide = Object.fromEntries(Array.from({ length: 30_000 }, (_, i) => [`k${i}`, i]));
    expect(inputIssues(wide).map((i) => i.reason)).toEqual(['TOO_LARGE']);
  });
});
