import { initialTransition } from 'xstate';
import { daysBetween, describeLength, latestDay } from '../domain/calendar.js';
import type { BillEvent } from '../domain/events.js';
import type { Procedure } from '../domain/procedure.js';
import type { Outcome } from '../projections/outcome.js';
import { outcomeOf } from '../projections/outcome.js';
import { nextStepsOf } from '../projections/nextSteps.js';
import type { VoteRow } from '../projections/votes.js';
import { votesOf } from '../projections/votes.js';
import type { AppliedRule, ReplayResult, TraceStep } from '../replay/replay.js';
import { contextOf, replay } from '../replay/replay.js';
import { stageOf } from '../replay/stage.js';
import type { Stage } from '../replay/stage.js';
import type { Origin, Session } from './session.js';
import { departureOf, firstPosition, originOf, replayOptionsOf } from './session.js';
import type { MoveChoice } from './stepMoves.js';
import { moveChoicesOf } from './stepMoves.js';
import { seatsOfProcedure } from '../domain/procedure.js';

/** A running clock as the stepper shows it: "Senate consideration: day 22 of 60, due 2026-01-11". */
export type ClockView = Readonly<{
  label: string;
  length: string;
  startedOn: string;
  dueOn: string;
  /** Days since the start (day 1 is the day after it), as of the date shown. */
  day: number;
  /** Days from the start to the due date. */
  of: number;
  daysLeft: number;
  startAssumed: boolean;
  suspended: boolean;
  article?: string;
}>;

/** A deadline that ran out at this position, derived from the dates. */
export type ElapsedView = Readonly<{ at: string; clock: string; to: string; rule?: AppliedRule }>;

/** Everything the screen at one position shows: pure data, rendered by render.ts. */
export type View = Readonly<{
  caseName: string;
  procedure: Procedure;
  position: number;
  first: number;
  total: number;
  asOf?: string;
  /** The date shown: the view's `asOf`, or the date of the event just applied. */
  date?: string;
  /** The event just applied, where it comes from, and its trace step. */
  event?: Readonly<{ index: number; event: BillEvent; origin: Origin; step: TraceStep }>;
  /** Deadlines derived from the dates that ran out at this position (before the event, or up to `asOf`). */
  elapsed: readonly ElapsedView[];
  stage: Stage;
  /** The step that brought the bill to its stage: when, and under which rule. */
  since?: Readonly<{ at: string; rule?: AppliedRule }>;
  clocks: readonly ClockView[];
  votes: readonly VoteRow[];
  moves: readonly MoveChoice[];
  outcome: Outcome;
  /** The branch being built departs after this main-history event; unset while unchanged. */
  departure?: number;
  edited: boolean;
}>;

/** The blank bill before its introduction: the procedure's initial state. */
const initialResult = (s: Session): ReplayResult => {
  if (s.source.kind !== 'blank') throw new Error('only a blank bill has no event');
  const procedure = s.source.procedure;
  const seats = seatsOfProcedure(procedure);
  const [snapshot] = initialTransition(procedure.machine, { seats });
  return {
    procedure,
    seats,
    trace: [],
    anomalies: [],
    snapshot,
    stage: stageOf(procedure.machine, snapshot.value),
    applied: 0,
  };
};

/**
 * The replay as of the session's position: what `replay` gives for the first `position` events
 * (or as of the view's date). Read off the whole history's trace, which is the same fold.
 */
export const resultAt = (s: Session): ReplayResult => {
  if (s.asOf !== undefined) return replay(s.events, { ...replayOptionsOf(s.source), asOf: s.asOf });
  if (s.full === undefined || s.position === 0) return initialResult(s);
  const full = s.full;
  const end = full.trace.findIndex((step) => step.index === s.position - 1);
  const trace = full.trace.slice(0, end + 1);
  const snapshot = trace.at(-1)?.snapshot ?? full.snapshot;
  return {
    ...full,
    trace,
    snapshot,
    stage: stageOf(full.procedure.machine, snapshot.value),
    applied: s.position,
  };
};

const caseNameOf = (s: Session): string => {
  if (s.source.kind === 'blank') return `a blank bill under ${s.source.procedure.id}`;
  const { scenario, branch } = s.source;
  const what = branch === undefined ? 'main history' : `branch ${branch.name}`;
  return `${scenario.id}, ${what}${s.changedFrom === undefined ? '' : ' + your alternatives (unsaved)'}`;
};

const clocksOf = (result: ReplayResult, today: string | undefined): ClockView[] => {
  const steps = nextStepsOf(result, today);
  return contextOf(result.snapshot).clocks.map((c, i) => {
    const next = steps.clocks[i];
    const end = c.suspendedOn ?? steps.asOf;
    return {
      label: c.label,
      length: describeLength(c.length),
      startedOn: c.startedOn,
      dueOn: c.dueOn,
      day: daysBetween(c.startedOn, end),
      of: daysBetween(c.startedOn, c.dueOn),
      daysLeft: c.suspendedOn === undefined ? daysBetween(end, c.dueOn) : (c.remainingDays ?? 0),
      startAssumed: c.startAssumed,
      suspended: c.suspendedOn !== undefined,
      ...(next?.article === undefined ? {} : { article: next.article }),
    };
  });
};

const elapsedOf = (step: TraceStep, previous: TraceStep | undefined): ElapsedView => {
  const id = step.event.type === 'DeadlineElapsed' ? step.event.data.clock : step.event.type;
  const clock =
    previous === undefined
      ? undefined
      : contextOf(previous.snapshot).clocks.find((c) => c.id === id);
  return {
    at: step.event.at,
    clock: clock === undefined ? id : `${clock.label} (${describeLength(clock.length)})`,
    to: step.after.label,
    ...(step.rule === undefined ? {} : { rule: step.rule }),
  };
};

/** The last step that moved the bill to another stage (or its first step). */
const entryOf = (trace: readonly TraceStep[]): TraceStep | undefined =>
  trace.findLast((step) => step.before.path !== step.after.path) ?? trace[0];

/** The screen at the session's position. */
export const viewOf = (s: Session): View => {
  const result = resultAt(s);
  const { trace } = result;
  const eventAt = trace.findLastIndex((step) => step.index !== undefined);
  const step = trace[eventAt];
  const before = trace.findLastIndex((st, i) => i < eventAt && st.index !== undefined);
  const elapsed = trace.flatMap((st, i) =>
    st.derived && i > before ? [elapsedOf(st, trace[i - 1])] : [],
  );
  const entry = entryOf(trace);
  const last = s.events[s.position - 1];
  const date = s.asOf ?? last?.at;
  const departure = departureOf(s);
  return {
    caseName: caseNameOf(s),
    procedure: result.procedure,
    position: s.position,
    first: firstPosition(s),
    total: s.events.length,
    ...(s.asOf === undefined ? {} : { asOf: s.asOf }),
    ...(date === undefined ? {} : { date }),
    ...(step?.index === undefined
      ? {}
      : { event: { index: step.index, event: step.event, origin: originOf(s, step.index), step } }),
    elapsed,
    stage: result.stage,
    ...(entry === undefined
      ? {}
      : {
          since: {
            at: entry.event.at,
            ...(entry.rule === undefined ? {} : { rule: entry.rule }),
          },
        }),
    clocks: clocksOf(result, date === undefined ? undefined : latestDay(date)),
    votes: votesOf(trace),
    moves: moveChoicesOf(result.procedure, result.snapshot),
    outcome: outcomeOf(trace),
    ...(departure === undefined ? {} : { departure }),
    edited: s.changedFrom !== undefined,
  };
};
