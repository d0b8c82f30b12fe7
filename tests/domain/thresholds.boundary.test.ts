import { describe, expect, it } from 'vitest';
import { test as propTest, fc } from '@fast-check/vitest';
import { meetsThreshold, requiredVotes, thresholds } from '../../src/domain/thresholds.js';

const { majority, twoThirds, threeQuarters } = thresholds;

describe('thresholds against the total number of members', () => {
  it.each([
    [50, 98, majority, true],
    [49, 98, majority, false],
    [26, 50, majority, true],
    [25, 50, majority, false],
    [226, 450, majority, true],
    [225, 450, majority, false],
    [66, 98, twoThirds, true],
    [65, 98, twoThirds, false],
    [34, 50, twoThirds, true],
    [33, 50, twoThirds, false],
    [300, 450, twoThirds, true],
    [299, 450, twoThirds, false],
    [74, 98, threeQuarters, true],
    [73, 98, threeQuarters, false],
    [38, 50, threeQuarters, true],
    [37, 50, threeQuarters, false],
    [73, 145, majority, true],
    [72, 145, majority, false],
    [97, 145, twoThirds, true],
    [96, 145, twoThirds, false],
    [109, 145, threeQuarters, true],
    [108, 145, threeQuarters, false],
  ])('%i of %i for %o: %s', (votes, total, threshold, passes) => {
    expect(meetsThreshold(votes, total, threshold)).toBe(passes);
  });

  it.each([
    [98, majority, 50],
    [450, majority, 226],
    [98, twoThirds, 66],
    [450, twoThirds, 300],
    [50, threeQuarters, 38],
    [145, twoThirds, 97],
    [170, majority, 86],
  ])('a chamber of %i needs %o → %i', (total, threshold, required) => {
    expect(requiredVotes(total, threshold)).toBe(required);
  });

  it('rejects an empty chamber', () => {
    expect(() => requiredVotes(0, majority)).toThrow(
      expect.objectContaining({ code: 'input.invalidTally' }),
    );
  });

  propTest.prop([
    fc.integer({ min: 1, max: 1000 }),
    fc.constantFrom(majority, twoThirds, threeQuarters),
  ])('requiredVotes is the least count that meets the threshold', (total, threshold) => {
    const n = requiredVotes(total, threshold);
    expect(meetsThreshold(n, total, threshold)).toBe(true);
    expect(meetsThreshold(n - 1, total, threshold)).toBe(false);
  });
});
