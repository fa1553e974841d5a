import { describe, expect, it } from 'vitest';
import { groupByCustomer, readCustomerCsv } from './csv-rows';

const HEADER = '客户名称,类型,联系人,电话,邮箱,区划代码,详细地址,产品型号,序列号,购买日期,发票号,销售商';

describe('customer import file', () => {
  it('reads Excel-style UTF-8 with a BOM, quoted commas and line breaks, and groups rows by customer', () => {
    const csv = `\uFEFF${HEADER}\r\n张伟,个人,,13800138000,,310115,"张江路 88 弄, 6 号",KFR-35GW,AC1,2026-11-14,FP1,旗舰店\r\n张伟,,,13800138000,,,,BCD-450,RF1,2024-01-02,,\r\n"绿叶酒店",企业,王经理,021-62345678;13900001111,hotel@example.test,310106,"南京西路
1266 号",,,,,\r\n`;
    const { rows, errors, total } = readCustomerCsv(csv);
    expect(errors).toEqual([]);
    expect(total).toBe(3);
    expect(rows[0].customer.address).toEqual({ label: '', divisionCode: '310115', detail: '张江路 88 弄, 6 号' });
    expect(rows[2].customer).toMatchObject({ kind: 'ORGANIZATION', phones: ['021-62345678', '13900001111'], address: { detail: '南京西路\n1266 号' } });
    expect(rows[2].line).toBe(4);
    const groups = groupByCustomer(rows);
    expect(groups.map((g) => g.rows.length)).toEqual([2, 1]);
  });

  it('accepts English headers in any order', () => {
    const { rows } = readCustomerCsv('phones,name,serial number,product model\n13800138000,Zhang Wei,AC1,KFR-35GW\n');
    expect(rows[0]).toMatchObject({ customer: { name: 'Zhang Wei' }, product: { productModel: 'KFR-35GW', serialNumber: 'AC1' } });
  });

  it('reports every problem of a row by line and column, and keeps the row out', () => {
    const csv = `${HEADER}\n,外星人,,12,bad@,999999,x,,SN,2026-02-30,,\n李娜,个人,,13912345678,,,,XQG100,,,,\n`;
    const { rows, errors } = readCustomerCsv(csv);
    expect(rows.map((r) => r.line)).toEqual([3]);
    expect(errors.map((e) => [e.line, e.column, e.reason])).toEqual([
      [2, '客户名称', 'required'],
      [2, '类型', 'invalid'],
      [2, '电话', 'phone'],
      [2, '邮箱', 'invalid'],
      [2, '区划代码', 'unknown'],
      [2, '产品型号', 'too_small'],
      [2, '购买日期', 'custom'],
    ]);
  });

  it('refuses a file without the name or phone column, or that is not CSV', () => {
    expect(() => readCustomerCsv('产品型号,序列号\nA,B\n')).toThrow(/客户名称、电话/);
    expect(() => readCustomerCsv('name,phones\n"unclosed,13800138000\n')).toThrow(/not valid CSV/);
  });
});
