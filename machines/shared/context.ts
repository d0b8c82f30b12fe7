import type { IsoDay, PeriodLength } from '../../src/domain/calendar.js';
import type { Seats } from '../../src/domain/chambers.js';
import type { BillKind, MandatorySubject } from '../../src/domain/events.js';

/**
 * A running constitutional time limit. Clocks are plain data in the machine's context: the
 * replay engine reads them and derives a `DeadlineElapsed` event when the next event's date is
 * past `dueOn` (DESIGN.md, Procedures: no wall-clock timers).
 */
export type Clock = Readonly<{
  id: string;
  label: string;
  /** The rule that sets the time limit. */
  rule: string;
  length: PeriodLength;
  startedOn: IsoDay;
  /** Last day on which the act is in time (src/domain/calendar.ts). */
  dueOn: IsoDay;
  /** The start was not recorded and is assumed at the latest day the constitution allows. */
  startAssumed: boolean;
  /** How the start was assumed, where it is not "the latest day allowed". */
  assumption?: string;
  /** Set while the clock is stopped (e.g. during constitutional review). */
  suspendedOn?: IsoDay;
  remainingDays?: number;
}>;

/** A time limit that ran out with no consequence the constitution states. */
export type Overdue = Readonly<{ clock: string; label: string; dueOn: IsoDay; rule: string }>;

export type BillContext = Readonly<{
  seats: Seats;
  kind: BillKind;
  subjects: readonly MandatorySubject[];
  clocks: readonly Clock[];
  /** Intermediate readings passed in the current stage (reset on leaving it). */
  readings: number;
  overdue: readonly Overdue[];
}>;

export type BillInput = Readonly<{ seats: Seats }>;
