import { describe, expect, it } from 'vitest';
import { test as propTest, fc } from '@fast-check/vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  dueDate,
  fromDayNumber,
  latestDay,
  parseDate,
  toDayNumber,
} from '../../src/domain/calendar.js';

describe('parseDate', () => {
  it('reads a day and a month-only date', () => {
    expect(parseDate('2025-12-30')).toMatchObject({ precision: 'day' });
    const march = parseDate('2012-03');
    expect(march.precision).toBe('month');
    expect(fromDayNumber(march.earliest)).toBe('2012-03-01');
    expect(fromDayNumber(march.latest)).toBe('2012-03-31');
  });

  it.each([
    '2025-02-29',
    '2025-13-01',
    '2025-00',
    '2025-04-31',
    '25-01-01',
    '2025-1-1',
    'yesterday',
    '',
  ])('rejects %j with input.invalidDate', (raw) => {
    expect(() => parseDate(raw)).toThrow(expect.objectContaining({ code: 'input.invalidDate' }));
  });

  it('accepts 29 February in a leap year only', () => {
    expect(parseDate('2024-02-29').precision).toBe('day');
    expect(() => parseDate('2100-02-29')).toThrow(
      expect.objectContaining({ code: 'input.invalidDate' }),
    );
    expect(parseDate('2000-02-29').precision).toBe('day');
  });
});

describe('within N days: day 1 is the day after the act, day N is the last day in time', () => {
  it('14 days from 11 June end on 25 June', () => {
    expect(dueDate('2013-06-11', { days: 14 })).toBe('2013-06-25');
  });
  it('60 days cross a year end', () => {
    expect(dueDate('2025-11-12', { days: 60 })).toBe('2026-01-11');
  });
  it('counts 29 February in a leap year', () => {
    expect(addDays('2024-02-20', 10)).toBe('2024-03-01');
    expect(addDays('2023-02-20', 10)).toBe('2023-03-02');
  });
});

describe('within one month: the same day number a month later, or the month end', () => {
  it.each([
    ['2025-12-30', '2026-01-30'],
    ['2026-01-31', '2026-02-28'],
    ['2024-01-31', '2024-02-29'],
    ['2026-03-31', '2026-04-30'],
    ['2026-02-28', '2026-03-28'],
    ['2025-12-31', '2026-01-31'],
  ])('%s + 1 month = %s', (from, to) => {
    expect(dueDate(from, { months: 1 })).toBe(to);
  });
  it('adds twelve months as a year', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });
});

describe('month-only dates', () => {
  it('start a clock on the last day of the month (the latest start)', () => {
    expect(latestDay('2012-03')).toBe('2012-03-31');
    expect(latestDay('2024-02')).toBe('2024-02-29');
  });
});

describe('day arithmetic properties', () => {
  const day = fc.integer({ min: 0, max: 60_000 }).map(fromDayNumber);
  propTest.prop([day, fc.integer({ min: -2000, max: 2000 })])(
    'addDays and daysBetween agree',
    (d, n) => {
      expect(daysBetween(d, addDays(d, n))).toBe(n);
      expect(toDayNumber(addDays(d, n))).toBe(toDayNumber(d) + n);
    },
  );
  propTest.prop([day, fc.integer({ min: 1, max: 24 })])(
    'a month period never ends before 28 days nor after 31 per month',
    (d, months) => {
      const length = daysBetween(d, addMonths(d, months));
      expect(length).toBeGreaterThanOrEqual(28 * months - 3);
      expect(length).toBeLessThanOrEqual(31 * months);
      expect(addMonths(d, months) > d).toBe(true);
    },
  );
});

describe('integer calendar arithmetic agrees with Date.UTC', () => {
  propTest.prop([fc.integer({ min: -200_000, max: 200_000 })])('for any day number', (n) => {
    expect(fromDayNumber(n)).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
    expect(toDayNumber(fromDayNumber(n))).toBe(n);
  });
});
