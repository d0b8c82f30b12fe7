import { fc, test } from '@fast-check/vitest';
import { initialTransition, transition } from 'xstate';
import { describe, expect } from 'vitest';
import { procedures } from '../../machines/index.js';
import { replay } from '../../src/replay/replay.js';
import { createRng } from '../../src/simulate/random.js';
import { randomWalk } from '../../src/simulate/randomHistory.js';
import { createPureTransition, initialSnapshot } from '../../src/replay/pureTransition.js';

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
