import type { AnyMachineSnapshot } from 'xstate';
import { getProcedure, procedureInForce } from '../../machines/index.js';
import type { BillContext, Clock } from '../../machines/shared/context.js';
import type { ParsedDate } from '../domain/calendar.js';
import { earliestDay, parseDate } from '../domain/calendar.js';
import type { ChamberId, Seats } from '../domain/chambers.js';
import { describeEvent } from '../domain/describeEvent.js';
import { membersCounted } from '../domain/tally.js';
import { SimulatorError } from '../domain/errors.js';
import type { ErrorCode } from '../domain/errors.js';
import type { BillEvent, DeadlineElapsed, VoteHeld } from '../domain/events.js';
import type { Citation, Jurisdiction, Procedure } from '../domain/procedure.js';
import { allowedMoves, describeMovesBriefly, ruleOfTransition } from './moves.js';
import { initialSnapshot, recordingTransitionFor } from './pureTransition.js';
import type { Stage } from './stage.js';
import { stageOf } from './stage.js';
import type { VoteRecord } from './votes.js';
import { isVoteGuard, voteRecordOf } from './votes.js';
import { nextExpired, ruleLookup, traceStep } from './traceStep.js';

export type ReplayMode = 'strict' | 'conformance';

export type ReplayOptions = Readonly<{
  /** A procedure or its id; otherwise the one of `jurisdiction` in force on the introduction date. */
  procedure?: Procedure | string;
  jurisdiction?: Jurisdiction;
  /**
   * `strict` stops at the first event the procedure does not allow; `conformance` records it as
   * an anomaly and goes on, so a history that broke the rules can still be read to its end.
   * @defaultValue 'strict'
   */
  mode?: ReplayMode;
  /** Seats in force where they vary (the Federation Council), over the procedure's defaults. */
  seats?: Seats;
  /** Replay only events up to this date, and let clocks run out up to it. */
  asOf?: string;
  /** Replay only the first `upTo` events (the state as of event k). */
  upTo?: number;
  /**
   * `false` keeps no trace (the result's `trace` is empty), for callers that need only the final
   * state, such as Monte Carlo runs: the rest of the result, the anomalies and the errors are
   * the same, and no step or stage is built on the way.
   * @defaultValue true
   */
  trace?: boolean;
}>;

export type AppliedRule = Readonly<{ id: string } & Citation>;

/** A rule broken by the history, recorded in conformance mode (strict mode throws instead). */
export type Anomaly = Readonly<{ index: number; code: ErrorCode; message: string }>;

export type TraceStep = Readonly<{
  /** Position in the input log; absent for a derived event. */
  index?: number;
  event: BillEvent;
  derived: boolean;
  before: Stage;
  after: Stage;
  rule?: AppliedRule;
  /** The guard that selected the transition taken, with its parameters (e.g. a vote's outcome). */
  guard?: Readonly<{ type: string; params?: Readonly<Record<string, unknown>> }>;
  vote?: VoteRecord;
  /** Clocks this step started on an assumed (latest allowed) day, because no event records it. */
  assumedClocks: readonly Clock[];
  snapshot: AnyMachineSnapshot;
}>;

export type ReplayResult = Readonly<{
  procedure: Procedure;
  seats: Seats;
  trace: readonly TraceStep[];
  anomalies: readonly Anomaly[];
  snapshot: AnyMachineSnapshot;
  stage: Stage;
  /** How many input events were consumed (fewer than given with `asOf` or `upTo`). */
  applied: number;
}>;

export const contextOf = (snapshot: AnyMachineSnapshot): BillContext =>
  snapshot.context as BillContext;

const resolveProcedure = (events: readonly BillEvent[], options: ReplayOptions): Procedure => {
  if (typeof options.procedure === 'string') return getProcedure(options.procedure);
  if (options.procedure !== undefined) return options.procedure;
  const first = events[0];
  if (options.jurisdiction === undefined || first === undefined) {
    throw new SimulatorError(
      'input.invalidOption',
      'Name a procedure or a jurisdiction to replay under',
    );
  }
  return procedureInForce(options.jurisdiction, earliestDay(first.at));
};

const defaultSeats = (procedure: Procedure): Seats =>
  Object.fromEntries(procedure.chambers.map((c) => [c.id, c.seats]));

type Start = Readonly<{ seats: Seats; snapshot: AnyMachineSnapshot }>;
const defaultStarts = new WeakMap<Procedure, Start>();

/** Seats given by the caller: whole positive numbers, for chambers the procedure has. */
const checkSeats = (procedure: Procedure, custom: Seats): void => {
  const chambers = procedure.chambers.map((c) => c.id);
  for (const [chamber, size] of Object.entries(custom) as [string, unknown][]) {
    if (size === undefined) continue;
    if (!chambers.includes(chamber as ChamberId))
      throw new SimulatorError(
        'input.invalidOption',
        `seats names the ${chamber}, which ${procedure.id} does not have (its chambers: ${chambers.join(', ')})`,
        { chamber, procedure: procedure.id },
      );
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size <= 0)
      throw new SimulatorError(
        'input.invalidOption',
        `seats of the ${chamber} must be a whole number above 0, not ${typeof size === 'number' ? String(size) : (JSON.stringify(size) ?? typeof size)}`,
        { chamber, seats: typeof size === 'number' ? size : typeof size },
      );
  }
};

/** The seats in force and the initial snapshot; those of the defaults are kept per procedure. */
const startOf = (procedure: Procedure, custom: Seats | undefined): Start => {
  if (custom !== undefined) {
    checkSeats(procedure, custom);
    const seats = { ...defaultSeats(procedure), ...custom };
    return { seats, snapshot: initialSnapshot(procedure.machine, seats) };
  }
  let start = defaultStarts.get(procedure);
  if (start === undefined) {
    const seats = defaultSeats(procedure);
    start = { seats, snapshot: initialSnapshot(procedure.machine, seats) };
    defaultStarts.set(procedure, start);
  }
  // A copy: the result's seats are the caller's.
  return { seats: { ...start.seats }, snapshot: start.snapshot };
};

/**
 * Folds a bill's dated events through its procedure with XState's pure `transition()`. Before
 * each event it derives a `DeadlineElapsed` event for every clock that ran out in between, so
 * "deemed approved after 14 days" happens in replay exactly as the constitution says. Returns
 * the trace (each step with its rule and citation) and the final snapshot. Deterministic.
 */
export const replay = (events: readonly BillEvent[], options: ReplayOptions = {}): ReplayResult => {
  if (events.length === 0)
    throw new SimulatorError('replay.emptyHistory', 'There are no events to replay');
  const procedure = resolveProcedure(events, options);
  const { machine } = procedure;
  const start = startOf(procedure, options.seats);
  const { seats } = start;
  const mode = options.mode ?? 'strict';
  const trace: TraceStep[] = [];
  const anomalies: Anomaly[] = [];
  const transition = recordingTransitionFor(machine);
  let snapshot = start.snapshot;

  const ruleFor = ruleLookup(procedure);
  const keepTrace = options.trace !== false;
  let stage = stageOf(machine, snapshot.value);
  // The last step's rule and vote, which error messages and the tally check read.
  let lastRule: AppliedRule | undefined;
  let lastVote: VoteRecord | undefined;

  const apply = (event: BillEvent, index: number | undefined): boolean => {
    // One transition applies the event and reports the transition taken (for the rule, the
    // guard and the vote); an event the machine does not handle leaves the snapshot as it was.
    const { snapshot: next, taken } = transition(snapshot, event);
    const chosen = (taken ?? machine.getTransitionData(snapshot, event))[0];
    if (chosen === undefined) return false;
    const guard = chosen.guard as TraceStep['guard'];
    const vote = isVoteGuard(guard)
      ? voteRecordOf(event as VoteHeld, seats, guard.params.threshold)
      : undefined;
    lastRule = ruleFor(ruleOfTransition(chosen));
    lastVote = vote;
    if (keepTrace) {
      const before = stage;
      stage = stageOf(machine, next.value);
      trace.push(traceStep(index, event, before, stage, lastRule, guard, vote, snapshot, next));
    }
    snapshot = next;
    return true;
  };

  const deriveDeadlines = (beforeDay: number): void => {
    for (
      let clock = nextExpired(snapshot, beforeDay);
      clock !== undefined;
      clock = nextExpired(snapshot, beforeDay)
    ) {
      const elapsed: DeadlineElapsed = {
        type: 'DeadlineElapsed',
        at: clock.dueOn,
        data: { clock: clock.id },
      };
      const due = clock;
      if (
        !apply(elapsed, undefined) ||
        contextOf(snapshot).clocks.some((c) => c.id === due.id && c.dueOn === due.dueOn)
      ) {
        throw new SimulatorError(
          'procedure.unhandledDeadline',
          `Procedure ${procedure.id} does not handle the end of clock "${due.id}" at ${stageOf(machine, snapshot.value).path}`,
          { procedure: procedure.id, clock: due.id },
        );
      }
    }
  };

  const fail = (
    index: number,
    code: ErrorCode,
    message: string,
    details: Record<string, unknown>,
  ): void => {
    if (mode === 'strict') throw new SimulatorError(code, message, { index, ...details });
    anomalies.push({ index, code, message });
  };

  const limit = Math.min(options.upTo ?? events.length, events.length);
  const asOf = options.asOf === undefined ? undefined : parseDate(options.asOf);
  let previous: ParsedDate | undefined;
  let applied = 0;
  for (let index = 0; index < limit; index++) {
    const event = events[index] as BillEvent;
    const date = parseDate(event.at);
    if (asOf !== undefined && date.earliest > asOf.latest) break;
    applied = index + 1;
    if (previous !== undefined && date.latest < previous.earliest) {
      fail(
        index,
        'replay.dateOutOfOrder',
        `${whereOf(index, event)}: dated before the previous event (${previous.text})`,
        {
          at: event.at,
          previous: previous.text,
        },
      );
    }
    previous = date;
    deriveDeadlines(date.earliest);
    if (event.type === 'VoteHeld' && !checkVote(event, index, seats, fail)) continue;
    const before = snapshot;
    if (!apply(event, index)) {
      fail(
        index,
        'replay.eventNotAllowed',
        notAllowedMessage(whereOf(index, event), procedure, before, lastRule),
        {
          at: event.at,
          type: event.type,
          stage: stageOf(machine, before.value).path,
          allowed: describeMovesBriefly(allowedMoves(before)),
        },
      );
      continue;
    }
    const vote = lastVote;
    if (vote?.verified === true && vote.declared !== undefined && vote.declared !== vote.result) {
      fail(
        index,
        'replay.tallyContradictsResult',
        `${whereOf(index, event)}: the tally ${vote.tally?.for ?? 0} for (${vote.required} of ${vote.seats} needed) means ${vote.result}, but the result is declared ${vote.declared}`,
        { tally: vote.tally, declared: vote.declared },
      );
    }
  }
  // As of a date a clock due that very day is still running, as it is for an event on that day.
  if (asOf !== undefined) deriveDeadlines(asOf.latest);
  return {
    procedure,
    seats,
    trace,
    anomalies,
    snapshot,
    stage: keepTrace ? stage : stageOf(machine, snapshot.value),
    applied,
  };
};

/** Where an event is, for error messages only (built on failure: replay is a hot path). */
const whereOf = (index: number, event: BillEvent): string =>
  `event ${index} (${event.at}, ${describeEvent(event)})`;

type Fail = (
  index: number,
  code: ErrorCode,
  message: string,
  details: Record<string, unknown>,
) => void;

/** A tally larger than the chamber is impossible; the vote is skipped in conformance mode. */
const checkVote = (event: VoteHeld, index: number, seats: Seats, fail: Fail): boolean => {
  const { tally, chamber } = event.data;
  const n = seats[chamber];
  if (tally === undefined || n === undefined) return true;
  const cast = membersCounted(tally);
  if (cast <= n) return true;
  fail(
    index,
    'input.invalidTally',
    `${whereOf(index, event)}: the tally counts ${cast} members but the ${chamber} has ${n}`,
    { cast, seats: n },
  );
  return false;
};

const notAllowedMessage = (
  where: string,
  procedure: Procedure,
  snapshot: AnyMachineSnapshot,
  rule: AppliedRule | undefined,
): string => {
  const stage = stageOf(procedure.machine, snapshot.value);
  const because = rule === undefined ? '' : ` (there under rule ${rule.id}, ${rule.article})`;
  const allowed = describeMovesBriefly(allowedMoves(snapshot));
  const next = allowed.length === 0 ? 'nothing: the process has ended' : allowed.join(', ');
  return `${where} is not allowed by ${procedure.id} while the bill is at "${stage.label}"${because}; allowed there: ${next}`;
};
