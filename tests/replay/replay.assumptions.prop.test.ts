import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { procedures } from '../../machines/index.js';
import { fromDayNumber, parseDate, toDayNumber } from '../../src/domain/calendar.js';
import type { BillEvent } from '../../src/domain/events.js';
import { outcomeOf } from '../../src/projections/outcome.js';
import { contextOf, replay } from '../../src/replay/replay.js';
import { createRng } from '../../src/simulate/random.js';
import { randomWalk } from '../../src/simulate/randomHistory.js';

/**
 * Issue 10 §2, "only recorded facts bind": a deadline counted from an assumed start never refuses
 * a recorded event. Take a lawful random history, find a recorded event before which only clocks
 * with assumed starts run, and move it and everything after it past the latest of their due
 * dates: the constitution allows that history too (the start may have been later), so strict
 * replay must still accept it (revising the assumptions it contradicts).
 */
const historyArb = fc.record({
  // An index, not the procedure: a failing counterexample prints small.
  procedureIndex: fc.nat({ max: procedures.length - 1 }),
  seed: fc.integer(),
  position: fc.nat(),
  extra: fc.integer({ min: 1, max: 40 }),
});

describe('assumed clock starts are revisable', () => {
  test.prop([historyArb], { numRuns: 300 })(
    'a recorded event moved past a deadline counted from an assumed start is never refused',
    ({ procedureIndex, seed, position, extra }) => {
      const procedure = procedures[procedureIndex] as (typeof procedures)[number];
      const walk = randomWalk(procedure, createRng(seed));
      if (walk.events.some((e) => parseDate(e.at).precision !== 'day')) return;
      const result = replay(walk.events, { procedure });
      // Recorded events (index k) whose prior position runs only assumed, unsuspended clocks.
      const candidates = result.trace.flatMap((step, t) => {
        const prior = result.trace[t - 1]?.snapshot;
        if (step.index === undefined || step.index === 0 || prior === undefined) return [];
        // A recorded receipt restarts a clock itself: moving it changes what it records.
        if (step.event.type === 'Transmitted') return [];
        const clocks = contextOf(prior).clocks;
        const late = clocks.every((c) => c.startAssumed && c.suspendedOn === undefined);
        return clocks.length > 0 && late
          ? [{ k: step.index, due: Math.max(...clocks.map((c) => toDayNumber(c.dueOn))) }]
          : [];
      });
      if (candidates.length === 0) return;
      const { k, due } = candidates[position % candidates.length] as (typeof candidates)[number];
      const shift = due + extra - parseDate((walk.events[k] as BillEvent).at).earliest;
      if (shift <= 0) return;
      const moved = walk.events.map((e, i) =>
        i < k ? e : { ...e, at: fromDayNumber(toDayNumber(e.at) + shift) },
      );
      // Later events may fall foul of month-long limits (a shift of N days is not N months), so
      // the property is about event k: never refused; and with nothing refused, the same end.
      const later = replay(moved, { procedure, mode: 'conformance' });
      expect(later.anomalies.filter((a) => a.index === k)).toEqual([]);
      if (later.anomalies.length === 0)
        expect(outcomeOf(later.trace).status).toBe(outcomeOf(result.trace).status);
    },
  );
});
