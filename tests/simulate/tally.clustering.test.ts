import { describe, expect, it } from 'vitest';
import type { VoteResult } from '../../src/domain/events.js';
import type { ThresholdName } from '../../src/domain/thresholds.js';
import { meetsThreshold, requiredVotes, thresholds } from '../../src/domain/thresholds.js';
import { createRng } from '../../src/simulate/random.js';
import { NEAR_SPREAD, randomTally, votesForAt } from '../../src/simulate/tally.js';

const cases: readonly (readonly [number, ThresholdName])[] = [
  [98, 'majority'],
  [50, 'majority'],
  [98, 'twoThirds'],
  [450, 'twoThirds'],
  [50, 'threeQuarters'],
  [170, 'threeQuarters'],
  [1, 'majority'],
];
const outcomes: readonly VoteResult[] = ['passed', 'failed'];

describe('randomTally gives the asked outcome against the threshold', () => {
  it.each(cases)(
    'in a chamber of %i under %s, never counting more members than seats',
    (seats, name) => {
      const rng = createRng(seats);
      for (const outcome of outcomes) {
        for (let i = 0; i < 2_000; i++) {
          const t = randomTally(rng, seats, name, outcome);
          expect(meetsThreshold(t.for, seats, thresholds[name])).toBe(outcome === 'passed');
          expect(
            t.for + (t.against ?? 0) + (t.abstained ?? 0) + (t.absent ?? 0),
          ).toBeLessThanOrEqual(seats);
          expect(
            Math.min(t.for, t.against ?? 0, t.abstained ?? 0, t.absent ?? 0),
          ).toBeGreaterThanOrEqual(0);
        }
      }
    },
  );
});

describe('randomTally clusters votes for around the threshold', () => {
  it('puts about a third exactly on the boundary and most within a few votes of it', () => {
    const rng = createRng(2025);
    const seats = 98;
    const required = requiredVotes(seats, thresholds.twoThirds); // 66
    for (const outcome of outcomes) {
      const boundary = outcome === 'passed' ? required : required - 1;
      const votes = Array.from(
        { length: 10_000 },
        () => randomTally(rng, seats, 'twoThirds', outcome).for,
      );
      const exact = votes.filter((v) => v === boundary).length / votes.length;
      const near = votes.filter((v) => Math.abs(v - boundary) <= NEAR_SPREAD).length / votes.length;
      expect(exact).toBeGreaterThan(0.3);
      expect(near).toBeGreaterThan(0.7);
      // …and some far from it: a quarter of tallies land anywhere on the right side.
      expect(votes.some((v) => Math.abs(v - boundary) > 2 * NEAR_SPREAD)).toBe(true);
    }
  });
  it('reaches both boundaries: exactly the required number, and one fewer', () => {
    const rng = createRng(1);
    expect(votesForAt(rng, 50, 26, 'passed', 'exact')).toBe(26);
    expect(votesForAt(rng, 50, 26, 'failed', 'exact')).toBe(25);
  });
  it('stays inside the chamber near its edges', () => {
    const rng = createRng(9);
    for (let i = 0; i < 1_000; i++) {
      expect(votesForAt(rng, 50, 48, 'passed', 'near')).toBeLessThanOrEqual(50);
      expect(votesForAt(rng, 50, 2, 'failed', 'near')).toBeGreaterThanOrEqual(0);
    }
  });
});
