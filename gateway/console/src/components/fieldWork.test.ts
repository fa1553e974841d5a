import { describe, expect, it } from 'vitest';
import { chargesAgreement, chargesSettled, formatFen, stepButtons, telLink, windowLabel, yuanToFen } from './fieldWork';

describe('money in fen', () => {
  it('shows yuan with two decimals', () => {
    expect(formatFen(4500)).toBe('¥45.00');
    expect(formatFen(12345)).toBe('¥123.45');
    expect(formatFen(0)).toBe('¥0.00');
    expect(formatFen(5)).toBe('¥0.05');
  });

  it('reads a price typed in yuan without floating-point dust', () => {
    expect(yuanToFen(45)).toBe(4500);
    expect(yuanToFen(0.1 + 0.2)).toBe(30);
    expect(yuanToFen(19.99)).toBe(1999);
  });
});

describe('the customer’s agreement to the charges', () => {
  const at = '2026-11-25T06:00:00.000Z';

  it('needs nothing in warranty or while nothing is due', () => {
    expect(chargesAgreement({ chargeable: false, total: 0 })).toBe('FREE');
    expect(chargesAgreement({ chargeable: true, total: 0 })).toBe('NOTHING_DUE');
    expect(chargesSettled({ chargeable: false, total: 0 })).toBe(true);
    expect(chargesSettled({ chargeable: true, total: 0 })).toBe(true);
  });

  it('is pending until the customer agrees, and again when the total changes after', () => {
    expect(chargesAgreement({ chargeable: true, total: 17500 })).toBe('PENDING');
    expect(chargesAgreement({ chargeable: true, total: 17500, acceptedAt: at, acceptedTotal: 17500 })).toBe('ACCEPTED');
    expect(chargesAgreement({ chargeable: true, total: 21300, acceptedAt: at, acceptedTotal: 17500 })).toBe('CHANGED');
    expect(chargesSettled({ chargeable: true, total: 17500 })).toBe(false);
    expect(chargesSettled({ chargeable: true, total: 21300, acceptedAt: at, acceptedTotal: 17500 })).toBe(false);
    expect(chargesSettled({ chargeable: true, total: 17500, acceptedAt: at, acceptedTotal: 17500 })).toBe(true);
  });
});

describe('the technician’s buttons', () => {
  it('come from the service’s list, setbacks last, completion left to its own card', () => {
    expect(stepButtons(['ACCEPT', 'DECLINE'])).toEqual(['ACCEPT', 'DECLINE']);
    expect(stepButtons(['DECLINE', 'START_TRAVEL', 'ARRIVE'])).toEqual(['START_TRAVEL', 'ARRIVE', 'DECLINE']);
    expect(stepButtons(['COMPLETE', 'FAIL'])).toEqual(['FAIL']);
    expect(stepButtons(['QC_PASS', 'QC_FAIL'])).toEqual(['QC_PASS', 'QC_FAIL']);
    expect(stepButtons([])).toEqual([]);
  });

  it('call the customer and name appointment windows', () => {
    expect(telLink('021-6234 5678')).toBe('tel:02162345678');
    expect(telLink('+852 2345 6789')).toBe('tel:+85223456789');
    expect(windowLabel(8)).toBe('08:00–10:00');
    expect(windowLabel(18)).toBe('18:00–20:00');
  });
});
