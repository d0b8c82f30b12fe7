import type { ChamberId } from '../../src/domain/chambers.js';
import type {
  BillEvent,
  BillKind,
  MandatorySubject,
  Motion,
  VoteResult,
} from '../../src/domain/events.js';

/** Builders for hand-written histories in tests. */
export const introduced = (
  at: string,
  kind: BillKind = 'law',
  subjects?: readonly MandatorySubject[],
): BillEvent =>
  subjects === undefined
    ? { type: 'BillIntroduced', at, data: { kind, title: 'Test bill' } }
    : { type: 'BillIntroduced', at, data: { kind, title: 'Test bill', subjects } };

/** A vote with a tally of `votesFor` for (the rest against, within `seats`), or a declared result. */
export const vote = (
  at: string,
  chamber: ChamberId,
  motion: Motion,
  votesFor: number | VoteResult,
  reading?: number,
): BillEvent => ({
  type: 'VoteHeld',
  at,
  data: {
    chamber,
    motion,
    ...(reading === undefined ? {} : { reading }),
    ...(typeof votesFor === 'number'
      ? { tally: { for: votesFor, against: 0, abstained: 0 } }
      : { result: votesFor }),
  },
});

export const signed = (at: string): BillEvent => ({ type: 'PresidentSigned', at, data: {} });
export const returned = (at: string): BillEvent => ({ type: 'PresidentReturned', at, data: {} });
export const refused = (at: string): BillEvent => ({ type: 'PresidentRefused', at, data: {} });
/** Signed in the head of state's stead by `by`, where a law provides it. */
export const signedInStead = (at: string, by = 'the Speaker'): BillEvent => ({
  type: 'SignedInStead',
  at,
  data: { by },
});
export const transmitted = (at: string, to: ChamberId): BillEvent => ({
  type: 'Transmitted',
  at,
  data: { to },
});
export const reviewRequested = (at: string, urgent = false): BillEvent => ({
  type: 'ConstitutionalReviewRequested',
  at,
  data: { by: 'president', urgent },
});
export const reviewDecided = (at: string, constitutional: boolean): BillEvent => ({
  type: 'ConstitutionalReviewDecided',
  at,
  data: { constitutional },
});
export const plain = (
  type:
    | 'ConciliationCommissionFormed'
    | 'BillWithdrawn'
    | 'BillLapsed'
    | 'Published'
    | 'EnteredIntoForce',
  at: string,
): BillEvent => ({ type, at, data: {} });
export const postponed = (at: string, chamber: ChamberId): BillEvent => ({
  type: 'ConsiderationPostponed',
  at,
  data: { chamber },
});
export const amendments = (at: string, chamber: ChamberId): BillEvent => ({
  type: 'AmendmentsProposed',
  at,
  data: { chamber },
});
