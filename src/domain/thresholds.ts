import { SimulatorError } from './errors.js';

/**
 * Constitutions state vote thresholds as fractions "of the total number" of a chamber's
 * members. Two shapes occur: "a majority / more than half" (strictly more than 1/2) and
 * "not less than two-thirds / three-quarters" (at least the fraction). The arithmetic is written
 * once here, in integers, so 98 * 2/3 never meets floating point.
 */
export const thresholdNames = ['majority', 'twoThirds', 'threeQuarters'] as const;
export type ThresholdName = (typeof thresholdNames)[number];

export type Threshold = Readonly<{
  name: ThresholdName;
  numerator: number;
  denominator: number;
  /** true: more than the fraction is needed; false: at least the fraction. */
  strict: boolean;
  wording: string;
}>;

export const thresholds: Readonly<Record<ThresholdName, Threshold>> = {
  majority: {
    name: 'majority',
    numerator: 1,
    denominator: 2,
    strict: true,
    wording: 'a majority (more than half) of the total number of members',
  },
  twoThirds: {
    name: 'twoThirds',
    numerator: 2,
    denominator: 3,
    strict: false,
    wording: 'at least two-thirds of the total number of members',
  },
  threeQuarters: {
    name: 'threeQuarters',
    numerator: 3,
    denominator: 4,
    strict: false,
    wording: 'at least three-quarters of the total number of members',
  },
};

const assertSeats = (total: number): void => {
  if (!Number.isInteger(total) || total <= 0) {
    throw new SimulatorError('input.invalidTally', `A chamber of ${total} members cannot vote`, {
      total,
    });
  }
};

/** Whether `votesFor` out of `total` members meets the threshold. */
export const meetsThreshold = (votesFor: number, total: number, threshold: Threshold): boolean => {
  assertSeats(total);
  const lhs = votesFor * threshold.denominator;
  const rhs = total * threshold.numerator;
  return threshold.strict ? lhs > rhs : lhs >= rhs;
};

/** The smallest number of votes for that meets the threshold in a chamber of `total`. */
export const requiredVotes = (total: number, threshold: Threshold): number => {
  assertSeats(total);
  const exact = Math.floor((total * threshold.numerator) / threshold.denominator);
  // `exact` meets a non-strict threshold only when the fraction divides evenly; otherwise, and
  // always for "more than", the next integer is the first that meets it.
  return meetsThreshold(exact, total, threshold) ? exact : exact + 1;
};
