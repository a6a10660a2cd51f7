import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../../renderer/src/analysis/format';

describe('formatNumber', () => {
  it('shows a measure with the Dutch decimal comma, or the English point, and fixed digits', () => {
    expect(formatNumber(0.5, 'nl')).toBe('0,500');
    expect(formatNumber(0.5, 'en')).toBe('0.500');
    expect(formatNumber(1234.56, 'nl', 1)).toBe('1.234,6');
    expect(formatNumber(1234.56, 'en', 1)).toBe('1,234.6');
  });

  it('gives the same text every time, also for many rows', () => {
    const first = formatNumber(0.123_456, 'nl');
    for (let i = 0; i < 1000; i++) expect(formatNumber(0.123_456, 'nl')).toBe(first);
    expect(formatNumber(0.123_456, 'nl', 2)).toBe('0,12');
  });

  it('shows a dash for a measure that does not apply', () => {
    expect(formatNumber(null, 'nl')).toBe('–');
  });
});
