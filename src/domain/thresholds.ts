import { SimulatorError } from './errors.js';
import type { Tally } from './events.js';

/**
 * Constitutions state vote thresholds as fractions of a chamber's members ("of the total number")
 * or of the members present. Two shapes occur: "a majority / more than half" (strictly more than
 * 1/2) and "not less than two-thirds / three-quarters" (at least the fraction). The arithmetic is
 * written once here, in integers, so 98 * 2/3 never meets floating point.
 *
 * A threshold of those present also needs a quorum: more than half of the members present (the
 * rule of every constitution modelled so far, e.g. Hungary's art. 5(5), Bulgaria's art. 81(1)).
 * Present means voting for, against or abstaining: an assumption where a constitution does not
 * define it (the tally's `absent` is not counted).
 */
export const thresholdNames = [
  'majority',
  'twoThirds',
  'threeQuarters',
  'majorityOfPresent',
  'twoThirdsOfPresent',
] as const;
export type ThresholdName = (typeof thresholdNames)[number];

export type Threshold = Readonly<{
  name: ThresholdName;
  numerator: number;
  denominator: number;
  /** true: more than the fraction is needed; false: at least the fraction. */
  strict: boolean;
  /** Whose number the fraction is of: all members, or those present (with a quorum). */
  of: 'members' | 'present';
  wording: string;
}>;

export const thresholds: Readonly<Record<ThresholdName, Threshold>> = {
  majority: {
    name: 'majority',
    numerator: 1,
    denominator: 2,
    strict: true,
    of: 'members',
    wording: 'a majority (more than half) of the total number of members',
  },
  twoThirds: {
    name: 'twoThirds',
    numerator: 2,
    denominator: 3,
    strict: false,
    of: 'members',
    wording: 'at least two-thirds of the total number of members',
  },
  threeQuarters: {
    name: 'threeQuarters',
    numerator: 3,
    denominator: 4,
    strict: false,
    of: 'members',
    wording: 'at least three-quarters of the total number of members',
  },
  majorityOfPresent: {
    name: 'majorityOfPresent',
    numerator: 1,
    denominator: 2,
    strict: true,
    of: 'present',
    wording: 'a majority of the members present, more than half of all members being present',
  },
  twoThirdsOfPresent: {
    name: 'twoThirdsOfPresent',
    numerator: 2,
    denominator: 3,
    strict: false,
    of: 'present',
    wording:
      'at least two-thirds of the members present, more than half of all members being present',
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

/** The members a tally counts as present: those who voted for, against or abstained. */
export const presentIn = (tally: Tally): number =>
  tally.for + (tally.against ?? 0) + (tally.abstained ?? 0);

/**
 * How many members may have been present: exactly the tally's count when it gives the votes
 * against and the abstentions; otherwise from that count up to every member not recorded absent
 * (a source that gives "157 for, 1 against" leaves the abstentions open).
 */
export const presentRange = (tally: Tally, total: number): readonly [number, number] => {
  const counted = presentIn(tally);
  if (tally.against !== undefined && tally.abstained !== undefined) return [counted, counted];
  return [counted, Math.max(counted, total - (tally.absent ?? 0))];
};

/**
 * The votes for a vote needs in a chamber of `total`: of the members, or of those present (the
 * most who may have been present, where the tally leaves it open; every member without a tally).
 */
export const votesNeeded = (threshold: Threshold, total: number, tally?: Tally): number =>
  threshold.of === 'members' || tally === undefined
    ? requiredVotes(total, threshold)
    : requiredVotes(Math.max(1, presentRange(tally, total)[1]), threshold);

/**
 * Whether a tally passes: enough votes for, and for a threshold of those present, a quorum. Where
 * the tally leaves the number present open, it passes only if it passes for every number it
 * allows: a quorum with the fewest present, the threshold with the most.
 */
export const tallyPasses = (tally: Tally, total: number, threshold: Threshold): boolean => {
  if (threshold.of === 'members') return meetsThreshold(tally.for, total, threshold);
  assertSeats(total);
  const [fewest, most] = presentRange(tally, total);
  return fewest * 2 > total && meetsThreshold(tally.for, Math.max(1, most), threshold);
};
