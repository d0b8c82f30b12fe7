import type { VoteGuardParams } from '../../machines/shared/billSetup.js';
import type { BillContext } from '../../machines/shared/context.js';
import type { ChamberId, Seats } from '../domain/chambers.js';
import { seatsOn } from '../domain/chambers.js';
import { assertNever } from '../domain/errors.js';
import type { BillEvent, BillKind, MandatorySubject, VoteHeld } from '../domain/events.js';
import { mandatorySubjects, motions } from '../domain/events.js';
import type { Procedure } from '../domain/procedure.js';
import { thresholdNames } from '../domain/thresholds.js';
import type { Move } from '../replay/moves.js';
import type { Rng } from './random.js';
import { randomTally } from './tally.js';

/** What a synthesised event may depend on: the procedure, the bill's context and its date. */
export type SynthesisInput = Readonly<{
  rng: Rng;
  procedure: Procedure;
  seats: Seats;
  context: BillContext;
  at: string;
}>;

type Params = Readonly<Record<string, unknown>>;

const guardOf = (move: Move): { type: string; params: Params } => {
  const guard: unknown = move.guard;
  if (typeof guard === 'string') return { type: guard, params: {} };
  return { type: move.guard?.type ?? '', params: move.guard?.params ?? {} };
};

const param = <T>(params: Params, key: string, ok: (v: unknown) => v is T): T | undefined => {
  const value = params[key];
  return ok(value) ? value : undefined;
};
const isString = (v: unknown): v is string => typeof v === 'string';
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

const chamberOf = (input: SynthesisInput, params: Params): ChamberId =>
  param(params, 'chamber', isString) ?? input.rng.pick(input.procedure.chambers).id;

const randomSubjects = (rng: Rng): MandatorySubject[] | undefined => {
  if (!rng.chance(0.3)) return undefined;
  return mandatorySubjects.filter(() => rng.chance(0.3));
};

const introduction = (input: SynthesisInput, params: Params): BillEvent => {
  const kind =
    (param(params, 'kind', isString) as BillKind | undefined) ??
    input.rng.pick(input.procedure.billKinds);
  const subjects = randomSubjects(input.rng);
  const title = `Random bill ${input.rng.int(1, 9999)}`;
  return {
    type: 'BillIntroduced',
    at: input.at,
    data: subjects === undefined ? { kind, title } : { kind, title, subjects },
  };
};

/**
 * A vote answering a `vote` guard: its chamber, motion and reading, with a tally whose votes for
 * give the guard's outcome. Now and then only a declared result is known (5%), or a tally with
 * its (consistent) declared result (5%).
 */
const voteFor = (input: SynthesisInput, p: VoteGuardParams): VoteHeld => {
  const { rng } = input;
  const reading =
    p.reading ?? (p.motion === 'passReading' ? input.context.readings + 1 : undefined);
  const base = {
    chamber: p.chamber,
    motion: p.motion,
    ...(reading === undefined ? {} : { reading }),
  };
  const seats = seatsOn(input.seats, p.chamber, input.at);
  const r = rng.next();
  if (seats === undefined || r < 0.05) {
    return { type: 'VoteHeld', at: input.at, data: { ...base, result: p.outcome } };
  }
  const tally = randomTally(rng, seats, p.threshold, p.outcome);
  const data = r < 0.1 ? { ...base, tally, result: p.outcome } : { ...base, tally };
  return { type: 'VoteHeld', at: input.at, data };
};

const isVoteParams = (params: Params): params is VoteGuardParams =>
  isString(params['chamber']) &&
  isString(params['motion']) &&
  isString(params['threshold']) &&
  (params['outcome'] === 'passed' || params['outcome'] === 'failed');

/** A vote for a transition without a `vote` guard: any chamber, motion and result. */
const anyVote = (input: SynthesisInput): VoteHeld =>
  voteFor(input, {
    chamber: input.rng.pick(input.procedure.chambers).id,
    motion: input.rng.pick(motions),
    threshold: input.rng.pick(thresholdNames),
    outcome: input.rng.chance(0.5) ? 'passed' : 'failed',
  });

/**
 * A concrete event for a move, built from its guard's parameters (never from a list of paths).
 * Returns `undefined` for `DeadlineElapsed`: deadlines are not written, they follow from dates.
 * The caller checks with `machine.getTransitionData` that the event selects the intended move.
 */
export const synthesise = (input: SynthesisInput, move: Move): BillEvent | undefined => {
  const { rng, at } = input;
  const { type: guard, params } = guardOf(move);
  switch (move.type) {
    case 'BillIntroduced':
      return introduction(input, params);
    case 'VoteHeld':
      return guard === 'vote' && isVoteParams(params) ? voteFor(input, params) : anyVote(input);
    case 'ConsiderationPostponed':
      return { type: move.type, at, data: { chamber: chamberOf(input, params) } };
    case 'AmendmentsProposed':
      return { type: move.type, at, data: { chamber: chamberOf(input, params) } };
    case 'Transmitted': {
      const to =
        param(params, 'to', isString) ??
        rng.pick([...input.procedure.chambers.map((c) => c.id), 'president' as const]);
      return { type: move.type, at, data: { to } };
    }
    case 'ConstitutionalReviewDecided': {
      const constitutional = param(params, 'constitutional', isBoolean) ?? rng.chance(0.7);
      return { type: move.type, at, data: { constitutional } };
    }
    case 'ConstitutionalReviewRequested':
      return {
        type: move.type,
        at,
        data: rng.chance(0.5) ? { by: 'president', urgent: rng.chance(0.5) } : { by: 'president' },
      };
    case 'ConciliationCompleted': {
      const agreed = param(params, 'agreed', isBoolean) ?? rng.chance(0.7);
      return { type: move.type, at, data: { agreed } };
    }
    case 'PresidentReturned':
      return { type: move.type, at, data: rng.chance(0.2) ? { scope: 'law' } : {} };
    case 'PresidentRefused':
      return { type: move.type, at, data: {} };
    case 'SignedInStead':
      return { type: move.type, at, data: { by: 'the Chair of the upper chamber' } };
    case 'ConciliationCommissionFormed':
    case 'PresidentSigned':
    case 'EnteredIntoForce':
    case 'Published':
    case 'BillWithdrawn':
    case 'BillLapsed':
      return { type: move.type, at, data: {} };
    case 'DeadlineElapsed':
      return undefined;
    default:
      return assertNever(move.type, 'synthesise');
  }
};
