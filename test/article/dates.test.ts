import { describe, expect, it } from 'vitest';
import { normaliseDate } from '../../src/article/dates.ts';

describe('normaliseDate', () => {
  it('keeps dates as YYYY-MM-DD', () => {
    expect(normaliseDate('2023-11-07')).toBe('2023-11-07');
    expect(normaliseDate('2023-1-7')).toBe('2023-01-07');
  });
  it('normalises date-times and keeps the written offset', () => {
    expect(normaliseDate('2024-03-01 10:00:00 -0800')).toBe('2024-03-01T10:00:00-08:00');
    expect(normaliseDate('2024-03-01T10:00:00+09:00')).toBe('2024-03-01T10:00:00+09:00');
    expect(normaliseDate('2024-03-01T10:00Z')).toBe('2024-03-01T10:00:00Z');
    expect(normaliseDate('2024-03-01 10:00')).toBe('2024-03-01T10:00:00');
  });
  it('accepts Date objects and rejects what is not a date', () => {
    expect(normaliseDate(new Date(Date.UTC(2022, 1, 7)))).toBe('2022-02-07T00:00:00.000Z');
    expect(normaliseDate('someday')).toBeUndefined();
    expect(normaliseDate(42)).toBeUndefined();
  });
});
