import { describe, expect, it } from 'vitest';
import { CreateServiceRequestInput, ListServiceRequestsInput } from './intake';
import { badUserInput } from './errors';

const valid = {
  customerName: '张伟',
  customerPhone: '13800138000',
  productModel: 'KFR-35GW',
  problemDescription: '不制冷',
  channel: 'PHONE',
  category: 'REPAIR',
};

describe('CreateServiceRequestInput', () => {
  it.each(['13800138000', '010-12345678', '021-62345678-801', '+852 2345 6789', '400 800 8888'])(
    'accepts the phone number %s',
    (customerPhone) => {
      expect(CreateServiceRequestInput.safeParse({ ...valid, customerPhone }).success).toBe(true);
    },
  );

  it.each(['', 'abc', '12', '1380013800a', '+'])('rejects the phone number "%s"', (customerPhone) => {
    expect(CreateServiceRequestInput.safeParse({ ...valid, customerPhone }).success).toBe(false);
  });

  it('trims text and defaults the serial number to empty', () => {
    const parsed = CreateServiceRequestInput.parse({ ...valid, customerName: '  张伟 ' });
    expect(parsed.customerName).toBe('张伟');
    expect(parsed.serialNumber).toBe('');
  });

  it('names every failing field so a form can show each message next to its field', () => {
    const result = CreateServiceRequestInput.safeParse({ ...valid, customerName: '   ', problemDescription: 'x'.repeat(2001), channel: 'FAX' });
    expect(result.success).toBe(false);
    const error = badUserInput(result.error!);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details?.issues?.map((i) => i.field).sort()).toEqual(['input.channel', 'input.customerName', 'input.problemDescription']);
  });
});

describe('ListServiceRequestsInput', () => {
  it('defaults to a page of 20 and refuses pages over 100', () => {
    expect(ListServiceRequestsInput.parse({}).first).toBe(20);
    expect(ListServiceRequestsInput.safeParse({ first: 101 }).success).toBe(false);
    expect(ListServiceRequestsInput.safeParse({ first: 0 }).success).toBe(false);
  });

  it('accepts date-times with an offset only', () => {
    expect(ListServiceRequestsInput.safeParse({ filter: { createdFrom: '2026-11-23T00:00:00+08:00' } }).success).toBe(true);
    expect(ListServiceRequestsInput.safeParse({ filter: { createdFrom: 'yesterday' } }).success).toBe(false);
  });
});
