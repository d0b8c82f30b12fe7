import type { IsoDay } from '../domain/calendar.js';
import type { Seats } from '../domain/chambers.js';
import type { BillEvent } from '../domain/events.js';
import type { Procedure } from '../domain/procedure.js';
import type { ReplayResult } from '../replay/replay.js';
import { replay } from '../replay/replay.js';
import type { InvariantInput } from './invariant.js';

/** A generated history of one bill under a procedure: what invariants are checked against. */
export type History = Readonly<{
  procedure: Procedure;
  events: readonly BillEvent[];
  /** Replay as of this date: clocks that ran out after the last event, as the walk let them. */
  asOf?: IsoDay;
  seats?: Seats;
  /** Where prefix and time-travel invariants cut the history, and mutations apply (0..length). */
  cut: number;
  /** Set when walking the machine itself failed (a clock it starts and does not handle). */
  walkError?: string;
}>;

const replays = new WeakMap<History, ReplayResult>();

/** The strict replay of a history (memoised: generation and checking share it). */
export const replayHistory = (history: History): ReplayResult => {
  const known = replays.get(history);
  if (known !== undefined) return known;
  const result = replay(history.events, {
    procedure: history.procedure,
    mode: 'strict',
    ...(history.asOf === undefined ? {} : { asOf: history.asOf }),
    ...(history.seats === undefined ? {} : { seats: history.seats }),
  });
  replays.set(history, result);
  return result;
};

export const inputOf = (history: History, result: ReplayResult): InvariantInput => ({
  procedure: history.procedure,
  events: history.events,
  ...(history.asOf === undefined ? {} : { asOf: history.asOf }),
  ...(history.seats === undefined ? {} : { seats: history.seats }),
  result,
  cut: Math.min(Math.max(history.cut, 0), history.events.length),
});
