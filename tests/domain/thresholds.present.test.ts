import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  meetsThreshold,
  presentIn,
  presentRange,
  requiredVotes,
  tallyPasses,
  thresholds,
  votesNeeded,
} from '../../src/domain/thresholds.js';

const { majorityOfPresent, twoThirdsOfPresent, majority } = thresholds;

describe('thresholds of the members present', () => {
  it('counts as present those who voted for, against or abstained, not the absent', () => {
    expect(presentIn({ for: 157, against: 1, abstained: 0, absent: 41 })).toBe(158);
    expect(presentIn({ for: 10 })).toBe(10);
  });

  it('Hungary 2021 (199 seats): 157–1 passes two-thirds of those present', () => {
    const tally = { for: 157, against: 1, abstained: 0 };
    expect(tallyPasses(tally, 199, twoThirdsOfPresent)).toBe(true);
    expect(votesNeeded(twoThirdsOfPresent, 199, tally)).toBe(106);
  });

  it('at the boundary: 120 of 180 present is two-thirds, 119 is not', () => {
    expect(tallyPasses({ for: 120, against: 60, abstained: 0 }, 199, twoThirdsOfPresent)).toBe(
      true,
    );
    expect(tallyPasses({ for: 119, against: 61, abstained: 0 }, 199, twoThirdsOfPresent)).toBe(
      false,
    );
  });

  it('needs a quorum: more than half of all members present', () => {
    // Bulgaria (240 seats): 120 present is not a quorum, 121 is.
    expect(tallyPasses({ for: 100, against: 20, abstained: 0 }, 240, majorityOfPresent)).toBe(
      false,
    );
    expect(tallyPasses({ for: 100, against: 20, abstained: 1 }, 240, majorityOfPresent)).toBe(true);
  });

  it('a majority of those present is strictly more than half of them', () => {
    expect(tallyPasses({ for: 70, against: 70, abstained: 0 }, 240, majorityOfPresent)).toBe(false);
    expect(tallyPasses({ for: 71, against: 70, abstained: 0 }, 240, majorityOfPresent)).toBe(true);
  });

  it('where a source leaves the abstentions open, the vote passes only if it passes however many abstained', () => {
    // Hungary 2021 as reported: 157 for, 1 against, abstentions unknown (up to 41 more present).
    expect(presentRange({ for: 157, against: 1 }, 199)).toEqual([158, 199]);
    expect(votesNeeded(twoThirdsOfPresent, 199, { for: 157, against: 1 })).toBe(133);
    expect(tallyPasses({ for: 157, against: 1 }, 199, twoThirdsOfPresent)).toBe(true);
    // 120 of 180 counted is two-thirds, but not if the 19 others were present and abstained.
    expect(tallyPasses({ for: 120, against: 60 }, 199, twoThirdsOfPresent)).toBe(false);
    expect(tallyPasses({ for: 120, against: 60, absent: 19 }, 199, twoThirdsOfPresent)).toBe(true);
  });

  it('a threshold of the members ignores who was present', () => {
    expect(votesNeeded(majority, 240, { for: 1 })).toBe(121);
    expect(tallyPasses({ for: 121, against: 0, abstained: 0 }, 240, majority)).toBe(true);
  });

  prop.prop([
    fc.integer({ min: 1, max: 500 }).chain((seats) =>
      fc.record({
        seats: fc.constant(seats),
        for: fc.integer({ min: 0, max: seats }),
        against: fc.integer({ min: 0, max: seats }),
        abstained: fc.integer({ min: 0, max: seats }),
      }),
    ),
    fc.constantFrom(majorityOfPresent, twoThirdsOfPresent),
  ])(
    'passes exactly when a quorum is present and the votes for reach the votes needed',
    ({ seats, ...tally }, threshold) => {
      fc.pre(presentIn(tally) <= seats);
      const present = presentIn(tally);
      const expected =
        present * 2 > seats && tally.for >= requiredVotes(Math.max(1, present), threshold);
      expect(tallyPasses(tally, seats, threshold)).toBe(expected);
      if (present > 0)
        expect(meetsThreshold(votesNeeded(threshold, seats, tally), present, threshold)).toBe(true);
    },
  );
});
