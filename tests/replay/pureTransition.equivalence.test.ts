import { fc, test } from '@fast-check/vitest';
import { initialTransition, transition } from 'xstate';
import { describe, expect } from 'vitest';
import { procedures } from '../../machines/index.js';
import { introduced } from '../helpers/events.js';
import { replay } from '../../src/replay/replay.js';
import { createRng } from '../../src/simulate/random.js';
import { randomWalk } from '../../src/simulate/randomHistory.js';
import {
  createPureTransition,
  createRecordingTransition,
  initialSnapshot,
} from '../../src/replay/pureTransition.js';

describe.each(procedures.map((p) => [p.id, p] as const))('the stepper under %s', (_, procedure) => {
  const stepper = createPureTransition(procedure.machine);
  test.prop([fc.integer()], { numRuns: 50 })(
    'reaches the same value and context as xstate transition() at every step',
    (seed) => {
      const walk = randomWalk(procedure, createRng(seed));
      const { seats, trace } = replay(walk.events, { procedure });
      let [expected] = initialTransition(procedure.machine, { seats });
      let actual = initialSnapshot(procedure.machine, seats);
      expect(actual.value).toEqual(expected.value);
      for (const { event } of trace) {
        [expected] = transition(procedure.machine, expected, event);
        actual = stepper(actual, event);
        expect(actual.value).toEqual(expected.value);
        expect(actual.context).toEqual(expected.context);
        expect(actual.status).toBe(expected.status);
      }
    },
  );
});

describe.each(procedures.map((p) => [p.id, p] as const))(
  'the recording stepper under %s',
  (_, procedure) => {
    const { machine } = procedure;
    const stepper = createPureTransition(machine);
    const recorder = createRecordingTransition(machine);
    test.prop([fc.integer()], { numRuns: 50 })(
      'reports the transitions getTransitionData selects, and steps as the pure stepper does',
      (seed) => {
        const walk = randomWalk(procedure, createRng(seed));
        const { seats, trace } = replay(walk.events, { procedure });
        let snapshot = initialSnapshot(machine, seats);
        for (const { event } of trace) {
          const { snapshot: next, taken } = recorder(snapshot, event);
          // Defined: XState still reports microsteps, so replay never evaluates guards twice.
          expect(taken).toBeDefined();
          expect(taken).toEqual(machine.getTransitionData(snapshot, event));
          expect(taken?.[0]).toBe(machine.getTransitionData(snapshot, event)[0]);
          const expected = stepper(snapshot, event);
          expect(next.value).toEqual(expected.value);
          expect(next.context).toEqual(expected.context);
          expect(next.status).toBe(expected.status);
          snapshot = next;
        }
        // Introducing the bill again is not handled once it is under way: nothing is taken.
        const again = introduced('2100-01-01');
        const { snapshot: after, taken } = recorder(snapshot, again);
        expect(taken).toEqual(machine.getTransitionData(snapshot, again));
        if (trace.length > 0) expect(taken).toEqual([]);
        expect(after.value).toEqual(snapshot.value);
        expect(after.context).toEqual(snapshot.context);
      },
    );
  },
);
