import type { AnyMachineSnapshot } from 'xstate';
import type { BillContext, Clock } from '../../machines/shared/context.js';
import { toDayNumber } from '../domain/calendar.js';
import type { BillEvent } from '../domain/events.js';
import type { Procedure } from '../domain/procedure.js';
import type { AppliedRule, TraceStep } from './replay.js';
import type { Stage } from './stage.js';
import type { VoteRecord } from './votes.js';

/**
 * The pieces of a replay step that run at every event, kept cheap: replay is a hot path
 * (bench/replay.bench.ts). Each returns what the straightforward version did, key order included.
 */

const clocksOf = (snapshot: AnyMachineSnapshot): readonly Clock[] =>
  (snapshot.context as BillContext).clocks;

const ruleTables = new WeakMap<Procedure, (id: string | undefined) => AppliedRule | undefined>();

/** Rules by id with their citations, built once per procedure (replay asks at every step). */
export const ruleLookup = (
  procedure: Procedure,
): ((id: string | undefined) => AppliedRule | undefined) => {
  const found = ruleTables.get(procedure);
  if (found !== undefined) return found;
  const rules = new Map<string, AppliedRule>();
  const lookup = (id: string | undefined): AppliedRule | undefined => {
    if (id === undefined) return undefined;
    const known = rules.get(id);
    if (known !== undefined) return known;
    const citation = procedure.citations[id];
    if (citation === undefined) return undefined;
    const rule = { id, ...citation };
    rules.set(id, rule);
    return rule;
  };
  ruleTables.set(procedure, lookup);
  return lookup;
};

/** Most steps start no clock: they share one empty list. */
const NO_CLOCKS: readonly Clock[] = Object.freeze([]);

const newAssumedClocks = (
  before: AnyMachineSnapshot,
  after: AnyMachineSnapshot,
): readonly Clock[] => {
  const old = clocksOf(before);
  const clocks = clocksOf(after);
  if (clocks === old) return NO_CLOCKS;
  return clocks.filter(
    (c) => c.startAssumed && !old.some((o) => o.id === c.id && o.startedOn === c.startedOn),
  );
};

type MutableStep = { -readonly [K in keyof TraceStep]: TraceStep[K] };

/**
 * A trace step, its keys in a fixed order (index, event, derived, before, after, rule, guard,
 * vote, assumedClocks, snapshot) and absent rather than undefined when unknown. Built by
 * assignment: conditional spreads cost most of a step's time (profiled).
 */
export const traceStep = (
  index: number | undefined,
  event: BillEvent,
  before: Stage,
  after: Stage,
  rule: AppliedRule | undefined,
  guard: TraceStep['guard'],
  vote: VoteRecord | undefined,
  from: AnyMachineSnapshot,
  to: AnyMachineSnapshot,
): TraceStep => {
  const step = (
    index === undefined
      ? { event, derived: true, before, after }
      : { index, event, derived: false, before, after }
  ) as MutableStep;
  if (rule !== undefined) step.rule = rule;
  if (guard !== undefined) step.guard = guard;
  if (vote !== undefined) step.vote = vote;
  step.assumedClocks = newAssumedClocks(from, to);
  step.snapshot = to;
  return step;
};

const earliestDues = new WeakMap<readonly Clock[], number>();

/**
 * The least due day of the running clocks (Infinity when none runs). Memoised per list: a
 * context keeps its list of clocks until a clock starts, stops or pauses, so most steps ask
 * about a list already seen.
 */
const earliestDue = (clocks: readonly Clock[]): number => {
  let due = earliestDues.get(clocks);
  if (due === undefined) {
    due = Infinity;
    for (const c of clocks)
      if (c.suspendedOn === undefined) due = Math.min(due, toDayNumber(c.dueOn));
    earliestDues.set(clocks, due);
  }
  return due;
};

/**
 * The earliest running (not suspended) clock due strictly before `day`: the first such clock
 * with the least `dueOn`, as a stable sort by `dueOn` would give, without building arrays at
 * every step.
 */
export const nextExpired = (snapshot: AnyMachineSnapshot, day: number): Clock | undefined => {
  const clocks = clocksOf(snapshot);
  if (clocks.length === 0 || earliestDue(clocks) >= day) return undefined;
  let earliest: Clock | undefined;
  for (const c of clocks) {
    if (c.suspendedOn !== undefined || toDayNumber(c.dueOn) >= day) continue;
    if (earliest === undefined || c.dueOn.localeCompare(earliest.dueOn) < 0) earliest = c;
  }
  return earliest;
};
