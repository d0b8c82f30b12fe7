import { fc, test } from '@fast-check/vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { Clock } from '../../machines/shared/context.js';
import { procedures } from '../../machines/index.js';
import { fromDayNumber, toDayNumber } from '../../src/domain/calendar.js';
import type { Seats } from '../../src/domain/chambers.js';
import { isSimulatorError } from '../../src/domain/errors.js';
import type { VoteHeld } from '../../src/domain/events.js';
import type { Procedure } from '../../src/domain/procedure.js';
import { metaOf } from '../../src/replay/machineStep.js';
import { ruleOfTransition } from '../../src/replay/moves.js';
import { initialSnapshot } from '../../src/replay/pureTransition.js';
import { contextOf, replay } from '../../src/replay/replay.js';
import type { ReplayResult, TraceStep } from '../../src/replay/replay.js';
import { stageOf } from '../../src/replay/stage.js';
import { nextExpired } from '../../src/replay/traceStep.js';
import { isVoteGuard, voteRecordOf } from '../../src/replay/votes.js';
import { createRng } from '../../src/simulate/random.js';
import { randomWalk } from '../../src/simulate/randomHistory.js';

// Replay builds its steps for speed (one transition reporting what it took, objects built by
// assignment, memoised stages and rules). These properties rebuild every step the plain way and
// compare, key order included, since reports print steps as JSON.

/** A step as the first engine built it: getTransitionData, then conditional spreads. */
const referenceStep = (
  procedure: Procedure,
  seats: Seats,
  from: AnyMachineSnapshot,
  step: TraceStep,
): TraceStep => {
  const chosen = procedure.machine.getTransitionData(from, step.event)[0];
  if (chosen === undefined) throw new Error(`no transition for ${step.event.type}`);
  const id = ruleOfTransition(chosen);
  const citation = id === undefined ? undefined : procedure.citations[id];
  const rule = id === undefined || citation === undefined ? undefined : { id, ...citation };
  const guard = chosen.guard as TraceStep['guard'];
  const vote = isVoteGuard(guard)
    ? voteRecordOf(step.event as VoteHeld, seats, guard.params.threshold)
    : undefined;
  // A revised clock start changed the context the event applied to (src/replay/clocks.ts).
  const revisions = step.revisedClocks ?? [];
  const unrevised = contextOf(from).clocks;
  const old =
    revisions.length === 0
      ? unrevised
      : unrevised.map((c) => {
          const r = revisions.find((x) => x.clock === c.id);
          return r === undefined ? c : { ...c, startedOn: r.to, dueOn: r.dueOn };
        });
  const clocks = contextOf(step.snapshot).clocks;
  const meta = metaOf(chosen);
  return {
    ...(step.derived ? {} : { index: step.index as number }),
    event: step.event,
    derived: step.derived,
    before: stageOf(procedure.machine, from.value),
    after: stageOf(procedure.machine, step.snapshot.value),
    ...(rule === undefined ? {} : { rule }),
    ...(guard === undefined ? {} : { guard }),
    ...(vote === undefined ? {} : { vote }),
    assumedClocks:
      clocks === old
        ? []
        : clocks.filter(
            (c) => c.startAssumed && !old.some((o) => o.id === c.id && o.startedOn === c.startedOn),
          ),
    snapshot: step.snapshot,
    ...(step.assumed === true ? { assumed: true as const } : {}),
    ...(meta.reason === undefined ? {} : { reason: meta.reason }),
    ...(meta.notRecorded === undefined ? {} : { notRecorded: meta.notRecorded }),
    ...(revisions.length === 0 ? {} : { revisedClocks: revisions }),
  };
};

/** The history of a random walk, perturbed so conformance mode records anomalies. */
const historyArb = fc
  .record({
    procedure: fc.constantFrom(...procedures),
    seed: fc.integer(),
    drop: fc.nat(),
    swap: fc.nat(),
    perturb: fc.boolean(),
  })
  .map(({ procedure, seed, drop, swap, perturb }) => {
    const walk = randomWalk(procedure, createRng(seed));
    const events = [...walk.events];
    if (perturb && events.length > 2) {
      const i = 1 + (swap % (events.length - 1));
      const j = 1 + (drop % (events.length - 1));
      [events[i], events[j]] = [events[j] as never, events[i] as never];
      events.splice(1 + ((drop + swap) % (events.length - 1)), 1);
    }
    return { procedure, events, asOf: perturb ? undefined : walk.asOf };
  });

describe('replay builds each trace step as the plain construction does', () => {
  test.prop([historyArb], { numRuns: 300, endOnFailure: true })(
    'same keys in the same order and same values, on valid and perturbed histories',
    ({ procedure, events, asOf }) => {
      const result = replay(events, {
        procedure,
        mode: 'conformance',
        ...(asOf === undefined ? {} : { asOf }),
      });
      let from = initialSnapshot(procedure.machine, result.seats);
      for (const step of result.trace) {
        const expected = referenceStep(procedure, result.seats, from, step);
        expect(Object.keys(step)).toEqual(Object.keys(expected));
        expect(step).toStrictEqual(expected);
        expect(JSON.stringify({ ...step, snapshot: undefined })).toBe(
          JSON.stringify({ ...expected, snapshot: undefined }),
        );
        from = step.snapshot;
      }
      expect(result.stage).toBe(stageOf(procedure.machine, result.snapshot.value));
    },
  );
});

describe('stages are memoised by state value', () => {
  it('returns the same stage for equal values built apart, nested or not', () => {
    for (const procedure of procedures) {
      const walk = randomWalk(procedure, createRng(7));
      for (const { snapshot, after } of replay(walk.events, { procedure }).trace) {
        const copy: unknown = JSON.parse(JSON.stringify(snapshot.value));
        expect(stageOf(procedure.machine, copy)).toBe(after);
      }
    }
  });
  it('keeps a value with several keys at one level apart from its single-key prefixes', () => {
    const { machine } = procedures[0] as Procedure;
    const [a = 'a', b = 'b'] = Object.keys((machine.root as { states: object }).states);
    const parallel = stageOf(machine, { [a]: 'x', [b]: 'y' });
    expect(parallel).toBe(stageOf(machine, { [a]: 'x', [b]: 'y' }));
    expect(parallel).not.toBe(stageOf(machine, { [a]: 'x' }));
    expect(stageOf(machine, a)).not.toBe(stageOf(machine, { [a]: 'x' }));
  });
});

const clockArb = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd'),
  due: fc.integer({ min: 19_000, max: 19_040 }),
  suspended: fc.boolean(),
});

describe('the next clock to run out', () => {
  test.prop([fc.array(clockArb, { maxLength: 6 }), fc.integer({ min: 18_990, max: 19_050 })])(
    'is the first running clock with the least due day before `day`, as filter and sort give',
    (specs, day) => {
      const clocks: Clock[] = specs.map(({ id, due, suspended }) => ({
        id,
        label: id,
        rule: 'r',
        length: { days: 1 },
        startedOn: fromDayNumber(due - 1),
        dueOn: fromDayNumber(due),
        startAssumed: false,
        ...(suspended ? { suspendedOn: fromDayNumber(due - 1), remainingDays: 1 } : {}),
      }));
      const snapshot = { context: { clocks } } as unknown as AnyMachineSnapshot;
      const expected = clocks
        .filter((c) => c.suspendedOn === undefined && toDayNumber(c.dueOn) < day)
        .sort((x, y) => x.dueOn.localeCompare(y.dueOn))[0];
      expect(nextExpired(snapshot, day)).toBe(expected);
    },
  );
});

/** A replay's outcome without its trace, or the error it threw (code, message and details). */
const outcome = (run: () => ReplayResult) => {
  try {
    const { snapshot, trace: _trace, ...rest } = run();
    return { ...rest, value: snapshot.value as unknown, context: snapshot.context as unknown };
  } catch (e) {
    if (!isSimulatorError(e)) throw e;
    return { code: e.code, message: e.message, details: e.details };
  }
};

describe('replay without a trace', () => {
  test.prop([historyArb, fc.constantFrom('strict', 'conformance' as const)], { numRuns: 300 })(
    'ends in the same state with the same anomalies, or throws the same error, and keeps no trace',
    ({ procedure, events, asOf }, mode) => {
      const options = { procedure, mode, ...(asOf === undefined ? {} : { asOf }) };
      const traced = outcome(() => replay(events, options));
      expect(outcome(() => replay(events, { ...options, trace: false }))).toEqual(traced);
      if (!('code' in traced))
        expect(replay(events, { ...options, trace: false }).trace).toEqual([]);
    },
  );
});
