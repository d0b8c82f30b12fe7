import type { ChamberId } from './chambers.js';

/**
 * The event vocabulary: what can happen to a bill, PascalCase and past tense. Every event has a
 * calendar date `at` (`YYYY-MM-DD`, or `YYYY-MM` when a source gives only the month), its
 * `data`, and optionally the `source` it rests on and a `note` (e.g. where sources disagree).
 * Runtime validation of untrusted input lives in eventSchema.ts.
 */
type DomainEvent<T extends string, D extends Record<string, unknown>> = Readonly<{
  type: T;
  at: string;
  data: Readonly<D>;
  source?: string;
  note?: string;
}>;

export const billKinds = ['law', 'constitutionalLaw'] as const;
/** `law`: an ordinary (federal) law; `constitutionalLaw`: a (federal) constitutional law. */
export type BillKind = (typeof billKinds)[number];

/**
 * Subjects for which the Russian Federation Council must vote (no tacit approval), art. 106 of
 * the Constitution of the Russian Federation.
 */
export const mandatorySubjects = [
  'budget',
  'taxes',
  'finance',
  'treaties',
  'border',
  'warAndPeace',
] as const;
export type MandatorySubject = (typeof mandatorySubjects)[number];

export const motions = [
  'passReading',
  'adopt',
  'rejectAsWhole',
  'approve',
  'acceptAmendments',
  'adoptAgreedText',
  'reaffirm',
  'overrideVeto',
  'adoptInPresidentWording',
  'adoptInNewWording',
] as const;
/**
 * What a chamber votes on:
 * - `passReading`: an intermediate reading (`reading` says which), e.g. the Duma's first reading;
 * - `adopt`: the chamber's final adoption of the law (the Duma's third reading);
 * - `rejectAsWhole`: the Mäjilis or Kurultai rejects the bill as a whole;
 * - `approve`: the upper chamber approves the law (Senate, Federation Council);
 * - `acceptAmendments`: the Mäjilis accepts the Senate's new wording;
 * - `adoptAgreedText`: a chamber adopts the conciliation commission's text;
 * - `reaffirm`: a chamber insists on its previously adopted wording (Mäjilis 2/3, Duma 2/3);
 * - `overrideVeto`: a chamber overrides the head of state's objections;
 * - `adoptInPresidentWording`: a chamber adopts the law as the head of state proposed;
 * - `adoptInNewWording`: after a veto, the lower chamber adopts the law in a new wording (a special
 *   commission's), which then passes the upper chamber again as a new law.
 */
export type Motion = (typeof motions)[number];

export type VoteResult = 'passed' | 'failed';

/**
 * A vote count. Only `for` is required: thresholds are counted on the chamber's total membership,
 * so the votes for decide the result; sources often give nothing else ("passed 308–86"), and
 * what is not given is shown as unknown, never taken as 0.
 */
export type Tally = Readonly<{
  for: number;
  against?: number;
  abstained?: number;
  absent?: number;
}>;

export const votingMethods = ['open', 'secret', 'roll-call', 'postal', 'electronic'] as const;
/** How a vote was taken, where a source says (`postal`: by questionnaire, as the 1990s Federation Council did). */
export type VotingMethod = (typeof votingMethods)[number];

export type BillIntroduced = DomainEvent<
  'BillIntroduced',
  {
    kind: BillKind;
    title: string;
    number?: string;
    initiator?: string;
    /** Art. 106 subjects (Russia): the Federation Council must consider the law. */
    subjects?: readonly MandatorySubject[];
  }
>;
export type VoteHeld = DomainEvent<
  'VoteHeld',
  {
    chamber: ChamberId;
    motion: Motion;
    reading?: number;
    /** A joint sitting of both chambers (Kazakh constitutional laws); each chamber's vote is its own event. */
    sitting?: 'joint' | 'separate';
    tally?: Tally;
    /** A declared result where no tally is known; marked unverified in the votes view. */
    result?: VoteResult;
    method?: VotingMethod;
  }
>;
export type ConsiderationPostponed = DomainEvent<
  'ConsiderationPostponed',
  { chamber: ChamberId; reason?: string }
>;
export type AmendmentsProposed = DomainEvent<
  'AmendmentsProposed',
  { chamber: ChamberId; articles?: readonly string[] }
>;
export type ConciliationCommissionFormed = DomainEvent<
  'ConciliationCommissionFormed',
  {
    /** `chambersAndPresident`: the special commission formed after a Russian veto (Duma Rules). */
    parties?: 'chambers' | 'chambersAndPresident';
  }
>;
export type ConciliationCompleted = DomainEvent<'ConciliationCompleted', { agreed: boolean }>;
/** Sent on to a chamber, or to `president` (the head of state). */
export type Transmitted = DomainEvent<'Transmitted', { to: ChamberId }>;
export type PresidentSigned = DomainEvent<'PresidentSigned', Record<string, never>>;
export type PresidentReturned = DomainEvent<
  'PresidentReturned',
  { scope?: 'law' | 'articles'; articles?: readonly string[]; reason?: string }
>;
/**
 * The head of state refuses to act in a way the constitution does not provide (a Russian law
 * "returned without consideration", no signature within the days after an override). Recorded,
 * flagged as a breach, and the replay goes on.
 */
export type PresidentRefused = DomainEvent<'PresidentRefused', { reason?: string }>;
/** A law signed in the head of state's stead where a law provides it; `by` names who signed. */
export type SignedInStead = DomainEvent<'SignedInStead', { by: string }>;
export type ConstitutionalReviewRequested = DomainEvent<
  'ConstitutionalReviewRequested',
  {
    by: string;
    /** Kazakhstan: the President demands a decision within 10 days. */ urgent?: boolean;
    /**
     * `conformity` (the default): is the law constitutional? `competenceDispute`: a dispute
     * between federal bodies over who must act (Russia, art. 125(3)(a)), e.g. the signature.
     */
    question?: 'conformity' | 'competenceDispute';
  }
>;
export type ConstitutionalReviewDecided = DomainEvent<
  'ConstitutionalReviewDecided',
  {
    /** The answer to a `conformity` question. */
    constitutional?: boolean;
    /** The answer to a `competenceDispute`: the head of state is obliged to sign. */
    signatureRequired?: boolean;
  }
>;
/** Derived by the replay engine when a clock runs out; `clock` names it. Never written by hand. */
export type DeadlineElapsed = DomainEvent<'DeadlineElapsed', { clock: string }>;
export type Published = DomainEvent<'Published', { where?: string }>;
export type EnteredIntoForce = DomainEvent<'EnteredIntoForce', Record<string, never>>;
export type BillWithdrawn = DomainEvent<'BillWithdrawn', { by?: string }>;
export type BillLapsed = DomainEvent<'BillLapsed', { reason?: string }>;

export type BillEvent =
  | BillIntroduced
  | VoteHeld
  | ConsiderationPostponed
  | AmendmentsProposed
  | ConciliationCommissionFormed
  | ConciliationCompleted
  | Transmitted
  | PresidentSigned
  | PresidentReturned
  | PresidentRefused
  | SignedInStead
  | ConstitutionalReviewRequested
  | ConstitutionalReviewDecided
  | DeadlineElapsed
  | Published
  | EnteredIntoForce
  | BillWithdrawn
  | BillLapsed;

export type BillEventType = BillEvent['type'];

export const billEventTypes = [
  'BillIntroduced',
  'VoteHeld',
  'ConsiderationPostponed',
  'AmendmentsProposed',
  'ConciliationCommissionFormed',
  'ConciliationCompleted',
  'Transmitted',
  'PresidentSigned',
  'PresidentReturned',
  'PresidentRefused',
  'SignedInStead',
  'ConstitutionalReviewRequested',
  'ConstitutionalReviewDecided',
  'DeadlineElapsed',
  'Published',
  'EnteredIntoForce',
  'BillWithdrawn',
  'BillLapsed',
] as const satisfies readonly BillEventType[];
