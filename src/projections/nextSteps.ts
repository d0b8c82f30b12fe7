import { daysBetween, latestDay } from '../domain/calendar.js';
import type { Procedure } from '../domain/procedure.js';
import type { ReplayResult } from '../replay/replay.js';
import { contextOf } from '../replay/replay.js';
import { allowedMoves, describeMove } from '../replay/moves.js';

export type NextMove = Readonly<{
  event: string;
  leadsTo?: string;
  rule?: string;
  article?: string;
}>;
export type RunningClock = Readonly<{
  clock: string;
  label: string;
  startedOn: string;
  dueOn: string;
  /** The start is assumed on the latest day allowed: no event records it. */
  startAssumed: boolean;
  suspended: boolean;
  /** Days left after `asOf` (negative when overdue). */
  daysLeft: number;
  article?: string;
}>;
export type NextSteps = Readonly<{
  asOf: string;
  moves: readonly NextMove[];
  clocks: readonly RunningClock[];
}>;

const articleOf = (procedure: Procedure, rule: string | undefined): string | undefined =>
  rule === undefined ? undefined : procedure.citations[rule]?.article;

/** At the replay's last position: what the procedure allows next, and the clocks running. */
export const nextStepsOf = (result: ReplayResult, asOf?: string): NextSteps => {
  const day = latestDay(asOf ?? result.trace.at(-1)?.event.at ?? result.procedure.validFrom);
  const moves = allowedMoves(result.snapshot).map((m) => {
    const article = articleOf(result.procedure, m.rule);
    return {
      event: describeMove(m),
      ...(m.target === undefined ? {} : { leadsTo: m.target }),
      ...(m.rule === undefined ? {} : { rule: m.rule }),
      ...(article === undefined ? {} : { article }),
    };
  });
  const clocks = contextOf(result.snapshot).clocks.map((c) => {
    const article = articleOf(result.procedure, c.rule);
    return {
      clock: c.id,
      label: c.label,
      startedOn: c.startedOn,
      dueOn: c.dueOn,
      startAssumed: c.startAssumed,
      suspended: c.suspendedOn !== undefined,
      daysLeft: daysBetween(day, c.dueOn),
      ...(article === undefined ? {} : { article }),
    };
  });
  return { asOf: day, moves, clocks };
};
