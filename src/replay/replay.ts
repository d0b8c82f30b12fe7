import type { AnyMachineSnapshot } from 'xstate';
import { getProcedure, procedureInForce } from '../../machines/index.js';
import type { BillContext, Clock } from '../../machines/shared/context.js';
import type { ParsedDate } from '../domain/calendar.js';
import { earliestDay, fromDayNumber, parseDate } from '../domain/calendar.js';
import type { Seats } from '../domain/chambers.js';
import { seatsOn } from '../domain/chambers.js';
import { describeEvent } from '../domain/describeEvent.js';
import { membersCounted } from '../domain/tally.js';
import { assertNever, SimulatorError } from '../domain/errors.js';
import type { ErrorCode } from '../domain/errors.js';
import type { BillEvent, VoteHeld } from '../domain/events.js';
import type { Citation, Jurisdiction, Procedure } from '../domain/procedure.js';
import type { ClockRevision, ClocksAdvanced, Elapsed, NextRecorded } from './clocks.js';
import { advanceClocks } from './clocks.js';
import type { Taken, TransitionMeta } from './machineStep.js';
import { machineStepFor, metaOf } from './machineStep.js';
import { allowedMoves, describeMovesBriefly, ruleOfTransition } from './moves.js';
import { initialSnapshot } from './pureTransition.js';
import { chooseRecovery, lateReading, ruleAtStake } from './recovery.js';
import type { Stage } from './stage.js';
import { stageOf } from './stage.js';
import type { VoteRecord } from './votes.js';
import { isVoteGuard, voteRecordOf } from './votes.js';
import { ruleLookup, traceStep } from './traceStep.js';
import { seatsOfProcedure } from '../domain/procedure.js';

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
  /**
   * Seats over the procedure's sizes by date: a number a record fixes for the whole bill (a
   * scenario's `seats`), or sizes by date.
   */
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

/**
 * A rule broken by the history, recorded in conformance mode (strict mode throws instead): the
 * event's index, the error code, one sentence, the rule at stake where one is, and the steps the
 * replay assumed to go on (recovery, src/replay/recovery.ts).
 */
export type Anomaly = Readonly<{
  index: number;
  code: ErrorCode;
  message: string;
  rule?: string;
  assumed?: readonly string[];
}>;

export type TraceStep = Readonly<{
  /** Position in the input log; absent for a derived or assumed event. */
  index?: number;
  event: BillEvent;
  /** Made by the engine, not recorded: a deadline that ran out, or a step recovery assumed. */
  derived: boolean;
  /** A step nobody recorded, assumed by conformance mode to reach where the record goes on. */
  assumed?: true;
  before: Stage;
  after: Stage;
  rule?: AppliedRule;
  /** The guard that selected the transition taken, with its parameters (e.g. a vote's outcome). */
  guard?: Readonly<{ type: string; params?: Readonly<Record<string, unknown>> }>;
  vote?: VoteRecord;
  /** The outcome reason the transition decides (its `meta.reason`). */
  reason?: string;
  /** Steps of the chambers' rules the transition passed over, not recorded (`meta.notRecorded`). */
  notRecorded?: string;
  /** Clocks this step started on an assumed (latest allowed) day, because no event records it. */
  assumedClocks: readonly Clock[];
  /** Assumed clock starts this recorded event contradicted, revised before it applied. */
  revisedClocks?: readonly ClockRevision[];
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

type Start = Readonly<{ seats: Seats; snapshot: AnyMachineSnapshot }>;
const defaultStarts = new WeakMap<Procedure, Start>();

const isSeatCount = (n: unknown): n is number =>
  typeof n === 'number' && Number.isSafeInteger(n) && n > 0;

/** A whole number above 0, or sizes by date in date order (what `seatsOfProcedure` gives). */
const isChamberSize = (size: unknown): boolean =>
  isSeatCount(size) ||
  (Array.isArray(size) &&
    size.length > 0 &&
    size.every(
      (s: { from?: unknown; seats?: unknown }, i) =>
        typeof s.from === 'string' &&
        isSeatCount(s.seats) &&
        (i === 0 || (size[i - 1] as { from: string }).from < s.from),
    ));

/** Seats given by the caller: whole positive numbers (or sizes by date), for chambers the procedure has. */
const checkSeats = (procedure: Procedure, custom: Seats): void => {
  const chambers = procedure.chambers.map((c) => c.id);
  for (const [chamber, size] of Object.entries(custom) as [string, unknown][]) {
    if (size === undefined) continue;
    if (!chambers.includes(chamber))
      throw new SimulatorError(
        'input.invalidOption',
        `seats names the ${chamber}, which ${procedure.id} does not have (its chambers: ${chambers.join(', ')})`,
        { chamber, procedure: procedure.id },
      );
    if (!isChamberSize(size))
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
    const seats = { ...seatsOfProcedure(procedure), ...custom };
    return { seats, snapshot: initialSnapshot(procedure.machine, seats) };
  }
  let start = defaultStarts.get(procedure);
  if (start === undefined) {
    const seats = seatsOfProcedure(procedure);
    start = { seats, snapshot: initialSnapshot(procedure.machine, seats) };
    defaultStarts.set(procedure, start);
  }
  // A copy: the result's seats are the caller's.
  return { seats: { ...start.seats }, snapshot: start.snapshot };
};

/**
 * Folds a bill's dated events through its procedure with XState's pure `transition()`. Before
 * each event it derives a `DeadlineElapsed` event for every clock that ran out in between, so
 * "deemed approved after 14 days" happens in replay exactly as the constitution says; a clock
 * whose start was only assumed is revised rather than let refuse a recorded event. Returns the
 * trace (each step with its rule and citation) and the final snapshot. Deterministic.
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
  const step = machineStepFor(machine);
  let snapshot = start.snapshot;

  const ruleFor = ruleLookup(procedure);
  const keepTrace = options.trace !== false;
  let stage = stageOf(machine, snapshot.value);
  // The last step's rule and vote, which error messages and the tally check read.
  let lastRule: AppliedRule | undefined;
  let lastVote: VoteRecord | undefined;

  const record = (
    event: BillEvent,
    index: number | undefined,
    from: AnyMachineSnapshot,
    { next, chosen }: Taken,
    extra?: Readonly<{ assumed?: boolean; revisions?: readonly ClockRevision[] }>,
  ): void => {
    const guard = chosen.guard as TraceStep['guard'];
    const vote = isVoteGuard(guard)
      ? voteRecordOf(event as VoteHeld, seats, guard.params.threshold)
      : undefined;
    lastRule = ruleFor(ruleOfTransition(chosen));
    lastVote = vote;
    if (keepTrace) {
      const before = stage;
      stage = stageOf(machine, next.value);
      const made = traceStep(index, event, before, stage, lastRule, guard, vote, from, next);
      const meta = metaOf(chosen);
      const plain =
        meta.reason === undefined &&
        meta.notRecorded === undefined &&
        extra?.assumed !== true &&
        (extra?.revisions === undefined || extra.revisions.length === 0);
      trace.push(plain ? made : withExtras(made, meta, extra));
    }
    snapshot = next;
  };

  const advanceTo = (day: number, next?: NextRecorded): ClocksAdvanced => {
    const advanced = advanceClocks(procedure.id, machine, step, snapshot, day, next);
    for (const e of advanced.elapsed) record(e.event, undefined, e.before, e.taken);
    snapshot = advanced.snapshot; // also where only a revision changed the clocks
    return advanced;
  };

  const fail = (
    index: number,
    code: ErrorCode,
    message: string,
    details: Record<string, unknown>,
    extra?: Readonly<{ rule?: string | undefined; assumed?: readonly string[] }>,
  ): void => {
    if (mode === 'strict') throw new SimulatorError(code, message, { index, ...details });
    anomalies.push({
      index,
      code,
      message,
      ...(extra?.rule === undefined ? {} : { rule: extra.rule }),
      ...(extra?.assumed === undefined ? {} : { assumed: extra.assumed }),
    });
  };

  /** Strict mode: the one error; conformance: the anomaly, and the reading recovery chose. */
  const refuse = (
    index: number,
    event: BillEvent,
    marked: AnyMachineSnapshot,
    markedTrace: number,
    markedStage: Stage,
    advanced: ClocksAdvanced,
  ): boolean => {
    const where = whereOf(index, event);
    if (mode === 'strict') {
      const lateBy = lateReading({ step, advanced }, event)?.deadline;
      const late = lateBy === undefined ? undefined : clockRule(lateBy);
      const atStake = late ?? ruleAtStake(procedure, event);
      const because =
        lateBy === undefined
          ? ''
          : `; it is late: ${describeLate(procedure, late ?? lateBy.event.data.clock, lateBy.event.at)}`;
      fail(
        index,
        late === undefined ? 'replay.eventNotAllowed' : 'replay.late',
        `${notAllowedMessage(where, procedure, advanced.snapshot, lastRule)}${because}`,
        {
          at: event.at,
          type: event.type,
          stage: stageOf(machine, advanced.snapshot.value).path,
          allowed: describeMovesBriefly(allowedMoves(advanced.snapshot)),
          ...(atStake === undefined ? {} : { rule: atStake }),
        },
      );
      return false;
    }
    const recovery = chooseRecovery({ procedure, step, events, index, marked, advanced });
    const details = { at: event.at, type: event.type };
    const lateBy = lateReading({ step, advanced }, event)?.deadline;
    // Undo the deadlines derived for this event (each reading re-derives what it keeps), but for
    // an act left out as late: its date is real, and the time limit's consequence stands.
    if (recovery.kind !== 'skip' || lateBy === undefined) {
      trace.length = markedTrace;
      stage = markedStage;
      snapshot = marked;
    }
    switch (recovery.kind) {
      case 'skip': {
        // An act after its time limit breaks that limit, whose consequence stands.
        const late = lateBy === undefined ? undefined : clockRule(lateBy);
        const rule = late ?? ruleAtStake(procedure, event);
        const message =
          lateBy === undefined
            ? `${notAllowedMessage(where, procedure, advanced.snapshot, lastRule)}; the replay leaves it out`
            : `${where} is late: ${describeLate(procedure, late ?? lateBy.event.data.clock, lateBy.event.at)}, and its consequence stands; the replay leaves the act out`;
        fail(
          index,
          lateBy === undefined ? 'replay.eventNotAllowed' : 'replay.late',
          message,
          details,
          { rule },
        );
        return false;
      }
      case 'late': {
        for (const e of recovery.kept) record(e.event, undefined, e.before, e.taken);
        const clock = recovery.deadline.event.data.clock;
        const rule = clockRule(recovery.deadline);
        fail(
          index,
          'replay.late',
          `${where} is late: ${describeLate(procedure, rule ?? clock, recovery.deadline.event.at)}; the replay takes it as if in time`,
          details,
          { rule },
        );
        record(event, index, recovery.deadline.before, recovery.taken);
        return true;
      }
      case 'forward': {
        advanceTo(parseDate(event.at).earliest, { event, index });
        const assumed = recovery.path.map((s) => describeEvent(s.event));
        const first = recovery.path[0];
        const rule = first === undefined ? undefined : ruleOfTransition(first.taken.chosen);
        fail(
          index,
          'replay.eventNotAllowed',
          `${notAllowedMessage(where, procedure, advanced.snapshot, lastRule)}; not recorded before it: ${assumed.join(', ')}, which the replay assumes`,
          details,
          { rule, assumed },
        );
        for (const s of recovery.path)
          record(s.event, undefined, s.before, s.taken, { assumed: true });
        record(event, index, recovery.path.at(-1)?.taken.next ?? snapshot, recovery.taken);
        return true;
      }
      default:
        return assertNever(recovery, 'replay.refuse');
    }
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
    const outOfOrder = previous !== undefined && date.latest < previous.earliest;
    if (outOfOrder) {
      fail(
        index,
        'replay.dateOutOfOrder',
        `${whereOf(index, event)}: dated before the previous event (${previous?.text ?? ''})`,
        { at: event.at, previous: previous?.text },
      );
    }
    const [marked, markedTrace, markedStage] = [snapshot, trace.length, stage];
    const notBefore = previous === undefined ? undefined : fromDayNumber(previous.earliest);
    const advanced = advanceTo(date.earliest, {
      event,
      index,
      ...(notBefore === undefined ? {} : { notBefore }),
    });
    if (event.type === 'VoteHeld' && !checkVote(event, index, seats, fail)) {
      [snapshot, trace.length, stage] = [marked, markedTrace, markedStage];
      continue;
    }
    const taken = step(snapshot, event);
    if (taken === undefined) {
      // An event out of date order is one anomaly, not two: it is left out.
      if (outOfOrder) [snapshot, trace.length, stage] = [marked, markedTrace, markedStage];
      else if (refuse(index, event, marked, markedTrace, markedStage, advanced)) previous = date;
      continue;
    }
    const meta = metaOf(taken.chosen);
    if (meta.breach === true) {
      const rule = ruleFor(meta.rule);
      fail(
        index,
        'replay.breach',
        `${whereOf(index, event)} breaks ${rule === undefined ? 'the procedure' : `${rule.id} (${rule.article})`}: ${rule?.text ?? 'not a step the constitution provides'}`,
        { at: event.at, type: event.type, rule: meta.rule },
        { rule: meta.rule },
      );
    }
    record(event, index, snapshot, taken, { revisions: advanced.revisions });
    if (!outOfOrder) previous = date;
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
  if (asOf !== undefined) advanceTo(asOf.latest);
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

const withExtras = (
  made: TraceStep,
  meta: TransitionMeta,
  extra: Readonly<{ assumed?: boolean; revisions?: readonly ClockRevision[] }> | undefined,
): TraceStep => {
  const step = { ...made };
  if (extra?.assumed === true) step.assumed = true;
  if (meta.reason !== undefined) step.reason = meta.reason;
  if (meta.notRecorded !== undefined) step.notRecorded = meta.notRecorded;
  if (extra?.revisions !== undefined && extra.revisions.length > 0)
    step.revisedClocks = extra.revisions;
  return step;
};

const clockRule = (e: Elapsed): string | undefined => {
  const clock = (e.before.context as BillContext).clocks.find((c) => c.id === e.event.data.clock);
  return clock?.rule;
};

const describeLate = (procedure: Procedure, rule: string, dueOn?: string): string => {
  const citation = procedure.citations[rule];
  const what = citation === undefined ? rule : `${rule}, ${citation.article}`;
  return dueOn === undefined ? `time limit ${what}` : `the time limit ${what} ran out on ${dueOn}`;
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
  const n = seatsOn(seats, chamber, event.at);
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
