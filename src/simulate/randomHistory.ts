import type { AnyMachineSnapshot } from 'xstate';
import type { Clock } from '../../machines/shared/context.js';
import type { DayNumber, IsoDay } from '../domain/calendar.js';
import { addMonths, fromDayNumber, toDayNumber } from '../domain/calendar.js';
import type { Seats } from '../domain/chambers.js';
import { SimulatorError } from '../domain/errors.js';
import type { BillEvent, DeadlineElapsed } from '../domain/events.js';
import { billEventTypes } from '../domain/events.js';
import type { Procedure } from '../domain/procedure.js';
import type { Move } from '../replay/moves.js';
import { movesAt, ruleOfTransition } from '../replay/moves.js';
import { contextOf } from '../replay/replay.js';
import type { Stage } from '../replay/stage.js';
import { stageOf } from '../replay/stage.js';
import type { Rng } from './random.js';
import { transitionKey } from './coverage.js';
import type { MoveWeights } from './moveChoice.js';
import { DEFAULT_WEIGHTS, takeOne } from './moveChoice.js';
import { initialSnapshot, pureTransitionFor } from '../replay/pureTransition.js';
import { synthesise } from './synthesise.js';
import { seatsOfProcedure } from '../domain/procedure.js';

export type { MoveWeights };

export type RandomHistoryOptions = Readonly<{
  /** Stop after this many recorded events even if the process has not ended. @defaultValue 40 */
  maxEvents?: number;
  weights?: MoveWeights;
  /** Seats over the procedure's defaults. */
  seats?: Seats;
  /** Chance of recording what still happens after the end (publication of an enacted law). @defaultValue 0.5 */
  epilogue?: number;
}>;

/** One random walk through a procedure: the events to record and where the walk ended. */
export type Walk = Readonly<{
  procedure: Procedure;
  events: BillEvent[];
  /**
   * Set when deadlines ran out after the last event: the day after the last of them. Replaying
   * with this `asOf` lets the engine derive them too and reach `stage`.
   */
  asOf?: IsoDay;
  stage: Stage;
  /** The stage path after every step, derived deadlines included, starting with the initial one. */
  stages: string[];
  /** Each transition taken, by `transitionKey`, for coverage counts. */
  transitions: string[];
  /** How many `DeadlineElapsed` events the engine will derive when it replays `events`. */
  derived: number;
}>;

const knownTypes: ReadonlySet<string> = new Set(billEventTypes);

/** The engine's order (src/replay/replay.ts): the earliest running clock, ties in context order. */
const earliestRunning = (snapshot: AnyMachineSnapshot): Clock | undefined =>
  contextOf(snapshot)
    .clocks.filter((c) => c.suspendedOn === undefined)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];

/**
 * The transition `event` takes at this position if it is exactly `move` (same guard, rule and
 * target), by `transitionKey`; otherwise undefined.
 */
const selected = (
  snapshot: AnyMachineSnapshot,
  event: BillEvent,
  move: Move,
): string | undefined => {
  const chosen = snapshot.machine.getTransitionData(snapshot, event)[0];
  if (chosen === undefined) return undefined;
  const guard: unknown = chosen.guard;
  const same =
    chosen.eventType === move.type &&
    guard === move.guard &&
    ruleOfTransition(chosen) === move.rule &&
    chosen.target?.[0]?.id.replace(/^bill\./, '') === move.target;
  return same ? transitionKey(chosen) : undefined;
};

/**
 * A day for the next event, from `from` (the previous event's day, or the day after a deadline
 * ran out) up to `due` (the earliest running clock's last day in time), so the engine derives no
 * deadline the walk did not choose. Days cluster on the boundaries: the same day, the last day.
 */
const nextDay = (rng: Rng, from: DayNumber, due: DayNumber | undefined): DayNumber => {
  const r = rng.next();
  if (due !== undefined) {
    if (r < 0.15) return from;
    if (r < 0.5) return due;
    return rng.int(from, due);
  }
  if (r < 0.2) return from;
  if (r < 0.7) return from + rng.int(1, 14);
  if (r < 0.95) return from + rng.int(15, 120);
  return from + rng.int(121, 400);
};

const startDay = (rng: Rng, procedure: Procedure): DayNumber =>
  rng.int(
    toDayNumber(procedure.validFrom),
    toDayNumber(procedure.validTo ?? addMonths(procedure.validFrom, 36)),
  );

/**
 * Walks a procedure's statechart at random and returns a valid history: at each position it
 * reads the possible moves off the machine (`movesAt`), picks one by weight, synthesises a dated
 * event that selects it, and applies it with the machine's pure transition. Deadlines are never
 * written: the walk lets a clock run out by dating the next event after it, as the engine does.
 * Stops at a terminal stage, at a dead end, or after `maxEvents` events. Deterministic in `rng`.
 */
export const randomWalk = (
  procedure: Procedure,
  rng: Rng,
  options: RandomHistoryOptions = {},
): Walk => {
  const { machine } = procedure;
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const maxEvents = options.maxEvents ?? 40;
  const seats = { ...seatsOfProcedure(procedure), ...options.seats };
  let snapshot = initialSnapshot(machine, seats);
  const apply = pureTransitionFor(machine);
  const events: BillEvent[] = [];
  let stage = stageOf(machine, snapshot.value);
  const stages = [stage.path];
  const transitions: string[] = [];
  let from = startDay(rng, procedure);
  let endedOnElapse = false;
  let derived = 0;
  let epilogue: number | undefined;

  const step = (event: BillEvent, key: string): void => {
    snapshot = apply(snapshot, event);
    stage = stageOf(machine, snapshot.value);
    stages.push(stage.path);
    transitions.push(key);
  };

  /** Lets the earliest running clock run out, as the engine will when it replays. */
  const elapse = (move: Move, clock: Clock): boolean => {
    const event: DeadlineElapsed = {
      type: 'DeadlineElapsed',
      at: clock.dueOn,
      data: { clock: clock.id },
    };
    const key = selected(snapshot, event, move);
    if (key === undefined) return false;
    step(event, key);
    if (contextOf(snapshot).clocks.some((c) => c.id === clock.id && c.dueOn === clock.dueOn)) {
      throw unhandled(procedure, clock, snapshot, events);
    }
    from = toDayNumber(clock.dueOn) + 1;
    endedOnElapse = true;
    derived += 1;
    return true;
  };

  const act = (move: Move, due: DayNumber | undefined): boolean => {
    // The introduction falls on the start day, inside the procedure's validity.
    const at = fromDayNumber(events.length === 0 ? from : nextDay(rng, from, due));
    const input = { rng, procedure, seats, context: contextOf(snapshot), at };
    const event = synthesise(input, move);
    const key = event === undefined ? undefined : selected(snapshot, event, move);
    if (event === undefined || key === undefined) return false;
    step(event, key);
    events.push(event);
    from = toDayNumber(at);
    endedOnElapse = false;
    return true;
  };

  for (let steps = 0; events.length < maxEvents && steps < maxEvents * 4 + 16; steps++) {
    if (stage.terminal !== undefined) {
      epilogue ??= rng.chance(options.epilogue ?? 0.5) ? rng.int(1, 2) : 0;
      if (epilogue-- <= 0) break;
    }
    const clock = earliestRunning(snapshot);
    const due = clock === undefined ? undefined : toDayNumber(clock.dueOn);
    // Random histories are lawful: a breach real history took (a refusal to sign) is never drawn.
    const possible = movesAt(snapshot).filter((m) => knownTypes.has(m.type) && m.breach !== true);
    if (clock !== undefined && due !== undefined && due < from) {
      // Overdue already (two clocks due the same day): the engine derives it before anything else.
      const forced = possible.filter((m) => m.type === 'DeadlineElapsed');
      if (!forced.some((m) => elapse(m, clock)))
        throw unhandled(procedure, clock, snapshot, events);
      continue;
    }
    const candidates = possible.filter(
      (m) => m.type !== 'DeadlineElapsed' || (clock !== undefined && stage.terminal === undefined),
    );
    const take = (m: Move): boolean =>
      m.type === 'DeadlineElapsed' && clock !== undefined ? elapse(m, clock) : act(m, due);
    if (!takeOne(rng, candidates, weights, take)) break;
  }
  return {
    procedure,
    events,
    ...(endedOnElapse ? { asOf: fromDayNumber(from) } : {}),
    stage,
    stages,
    transitions,
    derived,
  };
};

const unhandled = (
  procedure: Procedure,
  clock: Clock,
  snapshot: AnyMachineSnapshot,
  events: readonly BillEvent[],
): SimulatorError =>
  new SimulatorError(
    'procedure.unhandledDeadline',
    `Procedure ${procedure.id} does not handle the end of clock "${clock.id}" at ${stageOf(procedure.machine, snapshot.value).path}`,
    { procedure: procedure.id, clock: clock.id, events },
  );

/** A random valid history of one bill under `procedure` (see `randomWalk`). */
export const randomHistory = (
  procedure: Procedure,
  rng: Rng,
  options?: RandomHistoryOptions,
): BillEvent[] => randomWalk(procedure, rng, options).events;

/** `bills` random walks, each under a procedure picked at random from `procedures`. */
export const randomCorpus = (
  procedures: readonly Procedure[],
  rng: Rng,
  bills: number,
  options?: RandomHistoryOptions,
): Walk[] => Array.from({ length: bills }, () => randomWalk(rng.pick(procedures), rng, options));
