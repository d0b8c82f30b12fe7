import { SimulatorError } from './errors.js';

/**
 * Calendar dates without time zones. Every date in legisim is a civil date as the sources give
 * it; arithmetic runs on day numbers (days since 1970-01-01), computed in integers, which is
 * deterministic and reads no clock.
 *
 * Deadline convention (written down here and tested in tests/domain/calendar.deadline.test.ts):
 * - "within N days" of an act on day D: the period starts the next day (day 1 = D + 1) and ends
 *   at the end of day D + N. An act on D + N is in time; on D + N + 1 it is late.
 * - "within N months" of day D ends on the day with the same number N months later, or on the
 *   last day of that month when it has no such day (31 Jan + 1 month = 28 or 29 Feb).
 * This is the general rule of civil law for periods (Civil Code of the Russian Federation,
 * arts. 191–192); Kazakhstan's Constitutional Council resolution No. 2 of 13 Apr 2012 on
 * constitutional time limits was not read (research/procedures.md §1.8, [U]).
 */

/** A calendar day `YYYY-MM-DD`. */
export type IsoDay = string;
/** Days since 1970-01-01. */
export type DayNumber = number;

/** `range`: only bounds are known (`1996-03/1996-05`, `2013-06-25/2013-06-27`). */
export type DatePrecision = 'day' | 'month' | 'range';

/**
 * An event date as sources give it: a day, only a month (`2012-03`), or a range of days or
 * months `FROM/TO` where only a season or a few days' window is known (`1996-03/1996-05`).
 */
export type ParsedDate = Readonly<{
  text: string;
  precision: DatePrecision;
  /** First day the date can denote. */
  earliest: DayNumber;
  /** Last day the date can denote (the month's last day for a month-only date). */
  latest: DayNumber;
}>;

/** The accepted shapes, for error messages. */
export const DATE_SHAPES =
  'YYYY-MM-DD, YYYY-MM when the day is unknown, or a range FROM/TO of those (e.g. 1996-03/1996-05)';

export type PeriodLength = Readonly<{ days: number }> | Readonly<{ months: number }>;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

// Civil-calendar arithmetic in integers (proleptic Gregorian, H. Hinnant's days_from_civil and
// civil_from_days): replay converts dates on every event, and Date objects cost more.
const dayNumberOf = (year: number, month: number, day: number): DayNumber => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
};

const civilOf = (n: DayNumber): [year: number, month: number, day: number] => {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
};

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export const daysInMonth = (year: number, month: number): number =>
  month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 30);

const invalid = (raw: unknown, why: string): SimulatorError =>
  new SimulatorError(
    'input.invalidDate',
    `"${String(raw)}" is not a calendar date: ${why} (expected ${DATE_SHAPES})`,
    { raw },
  );

/**
 * Parses `YYYY-MM-DD`, `YYYY-MM` or a range `FROM/TO` of those, rejecting impossible dates such
 * as 2025-02-30 and ranges that end before they start.
 */
export const parseDate = (raw: string): ParsedDate => {
  const slash = raw.indexOf('/');
  if (slash < 0) return parseSingle(raw, raw);
  const from = parseSingle(raw.slice(0, slash), raw);
  const to = parseSingle(raw.slice(slash + 1), raw);
  if (to.latest < from.earliest) throw invalid(raw, 'the range ends before it starts');
  if (from.earliest === to.earliest && from.latest === to.latest) return { ...from, text: raw };
  return { text: raw, precision: 'range', earliest: from.earliest, latest: to.latest };
};

const parseSingle = (part: string, raw: string): ParsedDate => {
  const day = DAY_PATTERN.exec(part);
  if (day !== null) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    if (m < 1 || m > 12) throw invalid(raw, `there is no month ${m}`);
    if (d < 1 || d > daysInMonth(y, m)) throw invalid(raw, `month ${m} of ${y} has no day ${d}`);
    const n = dayNumberOf(y, m, d);
    return { text: part, precision: 'day', earliest: n, latest: n };
  }
  const month = MONTH_PATTERN.exec(part);
  if (month !== null) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    if (m < 1 || m > 12) throw invalid(raw, `there is no month ${m}`);
    return {
      text: part,
      precision: 'month',
      earliest: dayNumberOf(y, m, 1),
      latest: dayNumberOf(y, m, daysInMonth(y, m)),
    };
  }
  throw invalid(raw, 'wrong shape');
};

export const isValidDate = (raw: string): boolean => {
  try {
    parseDate(raw);
    return true;
  } catch {
    return false;
  }
};

export const toDayNumber = (iso: IsoDay): DayNumber => {
  const parsed = parseDate(iso);
  if (parsed.precision !== 'day') throw invalid(iso, 'a full day is needed here');
  return parsed.earliest;
};

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export const fromDayNumber = (n: DayNumber): IsoDay => {
  const [y, m, d] = civilOf(n);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
};

export const addDays = (iso: IsoDay, days: number): IsoDay =>
  fromDayNumber(toDayNumber(iso) + days);

/** Same day number `months` later, clamped to the last day of a shorter month. */
export const addMonths = (iso: IsoDay, months: number): IsoDay => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return fromDayNumber(dayNumberOf(year, month, Math.min(d, daysInMonth(year, month))));
};

/** The last day on which an act is still in time, for a period that starts after `start`. */
export const dueDate = (start: IsoDay, length: PeriodLength): IsoDay =>
  'days' in length ? addDays(start, length.days) : addMonths(start, length.months);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDay, to: IsoDay): number =>
  toDayNumber(to) - toDayNumber(from);

/** The last day a possibly month-only date can denote: used for the latest start of a clock. */
export const latestDay = (raw: string): IsoDay => fromDayNumber(parseDate(raw).latest);

/** The first day a possibly month-only date can denote. */
export const earliestDay = (raw: string): IsoDay => fromDayNumber(parseDate(raw).earliest);

export const describeLength = (length: PeriodLength): string =>
  'days' in length
    ? `${length.days} day${length.days === 1 ? '' : 's'}`
    : `${length.months} month${length.months === 1 ? '' : 's'}`;
