import type { Tally, VoteResult } from '../domain/events.js';
import type { ThresholdName } from '../domain/thresholds.js';
import { requiredVotes, thresholds } from '../domain/thresholds.js';
import type { Rng } from './random.js';

/**
 * How far a random tally's votes for lie from the threshold: `exact` is the closest count with
 * the wanted outcome (the required number when it passes, one fewer when it fails), `near` a few
 * votes further, `far` anywhere on the right side. Boundary cases are where thresholds go wrong,
 * so most tallies sit at or near them.
 */
export type TallyDistance = 'exact' | 'near' | 'far';

/** @defaultValue the chance of each distance: exact 0.35, near 0.4, far 0.25 */
const DISTANCES: readonly (readonly [TallyDistance, number])[] = [
  ['exact', 0.35],
  ['near', 0.4],
  ['far', 0.25],
];

/** The largest step `near` takes away from the threshold. */
export const NEAR_SPREAD = 5;

const pickDistance = (rng: Rng): TallyDistance =>
  DISTANCES[rng.weighted(DISTANCES.map(([, w]) => w))]?.[0] ?? 'far';

/** Votes for, with the wanted outcome, at the given distance from the threshold. */
export const votesForAt = (
  rng: Rng,
  seats: number,
  required: number,
  outcome: VoteResult,
  distance: TallyDistance,
): number => {
  if (outcome === 'passed') {
    if (distance === 'exact') return required;
    if (distance === 'near') return Math.min(seats, required + rng.int(1, NEAR_SPREAD));
    return rng.int(required, seats);
  }
  if (distance === 'exact') return required - 1;
  if (distance === 'near') return Math.max(0, required - 1 - rng.int(1, NEAR_SPREAD));
  return rng.int(0, required - 1);
};

/**
 * A random tally in a chamber of `seats` whose votes for give `outcome` against `threshold`,
 * clustered around the threshold. Against, abstained and (sometimes) absent share the remaining
 * seats, so the tally never counts more members than the chamber has.
 */
export const randomTally = (
  rng: Rng,
  seats: number,
  threshold: ThresholdName,
  outcome: VoteResult,
): Tally => {
  const t = thresholds[threshold];
  if (t.of === 'present') {
    // A quorum present (more than half), the votes for clustered around the threshold of them.
    const present = rng.int(Math.floor(seats / 2) + 1, seats);
    const votesFor = votesForAt(
      rng,
      present,
      requiredVotes(present, t),
      outcome,
      pickDistance(rng),
    );
    const against = rng.int(0, present - votesFor);
    return {
      for: votesFor,
      against,
      abstained: present - votesFor - against,
      absent: seats - present,
    };
  }
  const required = requiredVotes(seats, t);
  const votesFor = votesForAt(rng, seats, required, outcome, pickDistance(rng));
  const rest = seats - votesFor;
  const against = rng.int(0, rest);
  const abstained = rng.int(0, rest - against);
  return rng.chance(0.5)
    ? { for: votesFor, against, abstained, absent: rest - against - abstained }
    : { for: votesFor, against, abstained };
};
