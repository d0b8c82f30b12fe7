import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { procedures } from '../../machines/index.js';
import { kzKurultai2026 } from '../../machines/kz/kurultai2026.procedure.js';
import { historyArbitrary } from '../../src/check/arbitraries.js';
import { CHOICE_MAX, choiceRng } from '../../src/check/choiceRng.js';
import { replayHistory } from '../../src/check/history.js';
import { probeTallies } from '../../src/check/probe.js';
import { randomWalk } from '../../src/simulate/randomHistory.js';

describe('choiceRng', () => {
  it('draws the choices in order, then 0 once they run out', () => {
    const rng = choiceRng([CHOICE_MAX, 128]);
    expect(rng.next()).toBeCloseTo(CHOICE_MAX / (CHOICE_MAX + 1));
    expect(rng.next()).toBe(0.5);
    expect([rng.next(), rng.int(3, 9), rng.chance(0.01), rng.weighted([0, 2, 1])]).toEqual([
      0,
      3,
      true,
      1,
    ]);
    expect(rng.consumed()).toBe(6);
  });
  test.prop([fc.array(fc.integer({ min: 0, max: CHOICE_MAX })), fc.integer({ min: -50, max: 50 })])(
    'stays within bounds',
    (choices, min) => {
      const rng = choiceRng(choices);
      for (let i = 0; i < choices.length + 2; i++) {
        const n = rng.int(min, min + 10);
        expect(n >= min && n <= min + 10).toBe(true);
      }
    },
  );
  it('walks deterministically: the same choices give the same history', () => {
    const choices = [9, 200, 31, 4, 77, 150, 2, 250, 18, 60, 99, 140];
    const walk = () => randomWalk(kzKurultai2026, choiceRng(choices)).events;
    expect(walk()).toEqual(walk());
  });
});

describe('historyArbitrary', () => {
  it('shrinks a failing history to a short, simple one', () => {
    // A property that fails once a bill is enacted: the shrunk history is the shortest way there.
    const details = fc.check(
      fc.property(
        historyArbitrary(kzKurultai2026),
        (h) => replayHistory(h).stage.top !== 'enacted',
      ),
      { seed: 1, numRuns: 1000 },
    );
    expect(details.failed).toBe(true);
    const events = details.counterexample?.[0].events.map((e) => e.type);
    expect(events).toEqual(['BillIntroduced', 'VoteHeld', 'PresidentSigned']);
  });

  describe.each(procedures.map((p) => [p.id, p] as const))('under %s', (_id, procedure) => {
    test.prop([historyArbitrary(procedure)], { numRuns: 200 })(
      'gives valid histories, cut within them, whose tallies a correct machine never lets probe',
      (history) => {
        const result = replayHistory(history);
        expect(result.applied).toBe(history.events.length);
        expect(history.cut).toBeLessThanOrEqual(history.events.length);
        expect(
          probeTallies(
            history.events,
            result,
            history.events.map(() => true),
          ),
        ).toBeUndefined();
      },
    );
  });

  it('clusters tallies at the threshold', () => {
    const votes = fc
      .sample(historyArbitrary(kzKurultai2026), { numRuns: 300, seed: 1 })
      .flatMap((h) =>
        replayHistory(h).trace.flatMap((s) =>
          s.vote?.margin === undefined ? [] : [s.vote.margin],
        ),
      );
    const atBoundary = votes.filter((m) => m === 0 || m === -1).length;
    expect(atBoundary / votes.length).toBeGreaterThan(0.2);
  });
});
