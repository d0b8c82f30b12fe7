import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import type { IsoDay } from '../domain/calendar.js';
import { fromDayNumber, toDayNumber } from '../domain/calendar.js';
import type { Seats } from '../domain/chambers.js';
import type { BillEvent } from '../domain/events.js';
import type { Procedure } from '../domain/procedure.js';
import { initialSnapshot, pureTransitionFor } from '../replay/pureTransition.js';
import { contextOf, replay } from '../replay/replay.js';
import { stageOf } from '../replay/stage.js';
import type { Introduction } from './abstraction.js';
import { abstractKey, introductionsOf, representativeEvents } from './abstraction.js';
import { seatsOfProcedure } from '../domain/procedure.js';

/**
 * Every event of a path falls on the procedure's first day, so no clock runs out unless the path
 * says so, and every vote counts the seats of that day, as the path's dated history will.
 */
export const pathDayOf = (procedure: Pick<Procedure, 'validFrom'>): IsoDay => procedure.validFrom;

export type SimplePath = Readonly<{
  introduction: Introduction;
  /** The path's events, all dated `pathDayOf(procedure)`, the end of a clock included as an event. */
  events: readonly BillEvent[];
  /** The abstract states it passes through, the initial one first. */
  states: readonly string[];
  /** It ends in a final stage (otherwise it cannot go on without repeating a state). */
  final: boolean;
}>;

export type SimplePaths = Readonly<{
  /** Complete simple paths: those ending in a final stage, or where no unvisited state is next. */
  total: number;
  paths: readonly SimplePath[];
  /** Why fewer than `total` paths are returned, when they are. */
  cap?: string;
}>;

type GraphOptions = Parameters<typeof getSimplePaths<AnyStateMachine>>[1];

const pathsFrom = (procedure: Procedure, seats: Seats, introduction: Introduction) => {
  const { machine } = procedure;
  const eventsAt = representativeEvents(procedure, seats, pathDayOf(procedure), introduction);
  const terminal = (s: AnyMachineSnapshot): boolean =>
    stageOf(machine, s.value).terminal !== undefined;
  const options: GraphOptions = {
    events: (s: AnyMachineSnapshot) => eventsAt(s),
    serializeState: (s: AnyMachineSnapshot) => abstractKey(s),
    input: { seats },
  };
  const step = pureTransitionFor(machine);
  const successors = new Map<string, string[]>();
  const next = (s: AnyMachineSnapshot, key: string): string[] => {
    const known = successors.get(key) ?? eventsAt(s).map((e) => abstractKey(step(s, e)));
    successors.set(key, known);
    return known;
  };
  return getSimplePaths(machine, options).flatMap((p): SimplePath[] => {
    const states = p.steps.map((s) => abstractKey(s.state as AnyMachineSnapshot));
    const end = p.state as AnyMachineSnapshot;
    const final = terminal(end);
    const seen = new Set(states);
    const complete = final || next(end, states.at(-1) ?? '').every((k) => seen.has(k));
    if (!complete) return [];
    const events = p.steps.slice(1).map((s) => s.event as BillEvent);
    return [{ introduction, events, states, final }];
  });
};

/**
 * The complete simple paths of a procedure's statechart (`getSimplePaths` from xstate/graph)
 * over an abstraction of its context (src/check/abstraction.ts), one search per kind of
 * introduction, with one representative event per transition. When there are more than
 * `maxPaths`, an evenly spaced selection of them is returned and `cap` says so.
 */
export const simplePathsOf = (
  procedure: Procedure,
  options: Readonly<{ seats?: Seats; maxPaths?: number }> = {},
): SimplePaths => {
  const seats = { ...seatsOfProcedure(procedure), ...options.seats };
  const all = introductionsOf(procedure).flatMap((i) => pathsFrom(procedure, seats, i));
  const max = options.maxPaths ?? Infinity;
  if (all.length <= max) return { total: all.length, paths: all };
  const every = Math.ceil(all.length / max);
  const paths = all.filter((_, i) => i % every === 0);
  return {
    total: all.length,
    paths,
    cap: `one in ${every} of ${all.length.toLocaleString('en-US')} complete simple paths, evenly spaced, to keep the run short`,
  };
};

/**
 * A path dated as a real history: events on the procedure's first day, and each clock's end (an
 * event of the path) left to the engine by dating the next events the day after the clock was
 * due. Returns
 * undefined when the dated history does not replay through the same stages.
 */
export const datePath = (
  procedure: Procedure,
  events: readonly BillEvent[],
  seats: Seats,
  start: IsoDay = procedure.validFrom,
): { events: BillEvent[]; asOf?: IsoDay } | undefined => {
  const { machine } = procedure;
  const step = pureTransitionFor(machine);
  let snapshot = initialSnapshot(machine, seats);
  let day = toDayNumber(start);
  let elapsed = false;
  const dated: BillEvent[] = [];
  const stages: string[] = [];
  for (const event of events) {
    if (event.type === 'DeadlineElapsed') {
      const clock = contextOf(snapshot).clocks.find((c) => c.id === event.data.clock);
      if (clock === undefined) return undefined;
      snapshot = step(snapshot, { ...event, at: clock.dueOn });
      day = Math.max(day, toDayNumber(clock.dueOn) + 1);
      elapsed = true;
    } else {
      const at = fromDayNumber(day);
      dated.push({ ...event, at });
      snapshot = step(snapshot, { ...event, at });
      elapsed = false;
    }
    stages.push(stageOf(machine, snapshot.value).path);
  }
  const asOf = elapsed ? fromDayNumber(day) : undefined;
  try {
    const result = replay(dated, { procedure, seats, ...(asOf === undefined ? {} : { asOf }) });
    const replayed = result.trace.map((s) => s.after.path);
    if (JSON.stringify(replayed) !== JSON.stringify(stages)) return undefined;
  } catch {
    return undefined;
  }
  return asOf === undefined ? { events: dated } : { events: dated, asOf };
};
