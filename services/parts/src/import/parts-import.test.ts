import { describe, expect, it } from 'vitest';
import { readPartsCsv } from './parts-import';

describe('reading a parts CSV', () => {
  it('takes Chinese headers, prices in yuan and models separated by semicolons', () => {
    const csv = '\uFEFF配件编码,配件名称,单位,适用型号,成本价,销售价,序列号管理,保修月数,库位编码,期初数量,再订货点,再订货量\nCAP-35,压缩机启动电容,个,KFR-35GW;BCD-450,28.50,45,否,6,WH-SH,40,10,20\n';
    const { units, errors, total } = readPartsCsv(csv);
    expect(errors).toEqual([]);
    expect(total).toBe(1);
    expect(units[0]).toMatchObject({ line: 2, location: 'WH-SH', quantity: 40, reorderPoint: 10, reorderQuantity: 20, part: { sku: 'CAP-35', cost: 2850, price: 4500, compatibleModels: ['KFR-35GW', 'BCD-450'], warrantyMonths: 6, serialised: false } });
  });

  it('reports each bad row by line and column and keeps the good ones', () => {
    const csv = 'sku,name,cost,location,opening quantity,reorder point,reorder quantity\nOK-1,Good part,10,WH,5,,\n,No sku,10,,,,\nBAD-2,Negative,10,WH,-3,,\nBAD-3,Half a level,10,WH,,4,\nBAD-4,No location,10,,7,,';
    const { units, errors } = readPartsCsv(csv);
    expect(units.map((u) => u.part.sku)).toEqual(['OK-1']);
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [3, '配件编码'],
      [4, '期初数量'],
      [5, '再订货量'],
      [6, '库位编码'],
    ]);
  });

  it('refuses a file without the sku or name column as a whole', () => {
    expect(() => readPartsCsv('name,price\nA,1')).toThrow(/配件编码/);
  });
});
