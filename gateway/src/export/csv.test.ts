import { describe, expect, it } from 'vitest';
import { csvField, csvLine } from './csv';

describe('CSV export fields', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvLine(['a,b', 'say "hi"', 'two\nlines', null, 3])).toBe('"a,b","say ""hi""","two\nlines",,3\r\n');
  });

  it('defuses spreadsheet formulas typed by customers but keeps negative numbers and phone numbers', () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-5')).toBe('-5');
    expect(csvField('+86 138 0013 8000')).toBe("'+86 138 0013 8000");
  });
});
