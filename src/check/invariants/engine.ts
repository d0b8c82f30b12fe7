import { parseDate } from '../../domain/calendar.js';
import type { ReplayOptions, ReplayResult, TraceStep } from '../../replay/replay.js';
import { replay } from '../../replay/replay.js';
import type { Invariant, InvariantInput } from '../invariant.js';
import { describeStep } from './describe.js';

/** Everything a step records, as text: equal texts mean equal steps. */
const printStep = (s: TraceStep): string =>
  JSON.stringify([
    s.index,
    s.event,
    s.derived,
    s.before.path,
    s.after.path,
    s.rule?.id,
    s.guard,
    s.vote,
    s.assumedClocks,
    s.snapshot.value,
    s.snapshot.context,
  ]);

const printState = (r: Pick<ReplayResult, 'snapshot' | 'stage'>): string =>
  JSON.stringify([r.snapshot.value, r.snapshot.context, r.stage.path]);

/** Where two traces first differ, described; undefined when they are equal. */
const compareTraces = (
  actual: readonly TraceStep[],
  expected: readonly TraceStep[],
): string | undefined => {
  const n = Math.max(actual.length, expected.length);
  for (let i = 0; i < n; i++) {
    const a = actual[i];
    const e = expected[i];
    if (a === undefined || e === undefined) {
      const extra = (a ?? e) as TraceStep;
      return `${a === undefined ? 'is missing' : 'has an extra'} step ${i}, ${describeStep(extra)}`;
    }
    if (printStep(a) !== printStep(e)) return `differs at step ${i}, ${describeStep(e)}`;
  }
  return undefined;
};

const optionsOf = (input: InvariantInput, extra: ReplayOptions): ReplayOptions => ({
  procedure: input.procedure,
  mode: 'strict',
  ...(input.seats === undefined ? {} : { seats: input.seats }),
  ...extra,
});

/** The whole trace up to and including the step of input event `k - 1`. */
const traceThrough = (trace: readonly TraceStep[], k: number): readonly TraceStep[] =>
  trace.slice(0, trace.findIndex((s) => s.index === k - 1) + 1);

const clampCut = (input: InvariantInput): number =>
  Math.min(Math.max(input.cut, 0), input.events.length);

export const replayDeterministic: Invariant = {
  name: 'replay-deterministic',
  onPaths: false,
  sentence:
    'Replaying a history twice gives the same trace and state, leaves the events unchanged, and the replay of a prefix is the beginning of the replay of the whole.',
  article: 'DESIGN.md, Data flow (replay is a pure fold)',
  procedures: 'all',
  check: (input) => {
    const { events, result } = input;
    const text = JSON.stringify(events);
    const again = replay(
      events,
      optionsOf(input, input.asOf === undefined ? {} : { asOf: input.asOf }),
    );
    if (JSON.stringify(events) !== text) return 'replay changed the events it was given';
    const twice = compareTraces(again.trace, result.trace);
    if (twice !== undefined) return `a second replay ${twice}`;
    if (printState(again) !== printState(result)) return 'a second replay ends in another state';
    const k = clampCut(input);
    if (k === 0 || k === events.length) return undefined;
    const prefix = replay(events.slice(0, k), optionsOf(input, {}));
    const problem = compareTraces(prefix.trace, traceThrough(result.trace, k));
    return problem === undefined
      ? undefined
      : `the replay of the first ${k} events ${problem} of the whole replay`;
  },
};

/** The steps a replay as of `day` must give: the whole trace cut where the day ends. */
const traceAsOf = (trace: readonly TraceStep[], day: string): readonly TraceStep[] => {
  const end = parseDate(day).latest;
  const stop = trace.findIndex((s) =>
    s.derived ? parseDate(s.event.at).earliest >= end : parseDate(s.event.at).earliest > end,
  );
  return stop < 0 ? trace : trace.slice(0, stop);
};

export const timeTravelHonest: Invariant = {
  name: 'time-travel-honest',
  onPaths: false,
  sentence:
    'The state as of event k (or as of a date) is the state the whole replay passed through there: looking back never rewrites history.',
  article: 'DESIGN.md, Data flow (read stream as of version/date)',
  procedures: 'all',
  check: (input) => {
    const { events, result } = input;
    const k = clampCut(input);
    if (k === 0 || k === events.length) return undefined;
    const upTo = replay(events, optionsOf(input, { upTo: k }));
    const expected = traceThrough(result.trace, k);
    const last = expected.at(-1);
    const problem = compareTraces(upTo.trace, expected);
    if (problem !== undefined) return `the replay up to event ${k} ${problem} of the whole replay`;
    const reached =
      last === undefined ? '' : printState({ snapshot: last.snapshot, stage: last.after });
    if (upTo.applied !== k || printState(upTo) !== reached)
      return `the state as of event ${k} is not the state the whole replay reached there`;
    const day = (events[k - 1] as (typeof events)[number]).at;
    const asOf = replay(events, optionsOf(input, { asOf: day }));
    const dated = compareTraces(asOf.trace, traceAsOf(result.trace, day));
    return dated === undefined ? undefined : `the replay as of ${day} ${dated} of the whole replay`;
  },
};
