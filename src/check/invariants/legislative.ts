import type { ChamberId } from '../../domain/chambers.js';
import type { Motion } from '../../domain/events.js';
import type { ThresholdName } from '../../domain/thresholds.js';
import { tallyPasses, thresholds } from '../../domain/thresholds.js';
import type { TraceStep } from '../../replay/replay.js';
import { contextOf } from '../../replay/replay.js';
import type { VoteRecord } from '../../replay/votes.js';
import type { ProcedureDeclaration } from '../declarations.js';
import { inStage } from '../declarations.js';
import type { Invariant } from '../invariant.js';
import { describeStep, describeVote, firstTerminal } from './describe.js';

/** Motions by which a chamber adopts the law (or its part in it). */
const ADOPTING: ReadonlySet<Motion> = new Set<Motion>([
  'adopt',
  'approve',
  'acceptAmendments',
  'adoptAgreedText',
  'reaffirm',
  'overrideVeto',
  'adoptInPresidentWording',
  'adoptInNewWording',
]);

/** Motions by which one chamber overcomes the other's refusal (its own wording, the other's). */
const OVERCOMING: ReadonlySet<Motion> = new Set<Motion>(['reaffirm', 'acceptAmendments']);

const passedBy = (step: TraceStep, chamber: ChamberId): boolean =>
  step.vote?.chamber === chamber && step.vote.result === 'passed' && ADOPTING.has(step.vote.motion);

/** A transition the machine marks as a tacit approval (`meta.reason`). */
export const isTacitApproval = (step: TraceStep): boolean => step.reason === 'deemed-approved';

/**
 * A tacit approval for this chamber: the machine marks the step as one, and the time limit that
 * ran out is declared to decide for the chamber at that stage (`bounds`).
 */
const deemedFor = (
  step: TraceStep,
  chamber: ChamberId,
  declaration: ProcedureDeclaration,
): boolean => {
  const clock = step.event.type === 'DeadlineElapsed' ? step.event.data.clock : undefined;
  return (
    isTacitApproval(step) &&
    declaration.clocks.some(
      (d) =>
        d.clock === clock &&
        inStage(step.before.path, d.stage) &&
        (d.bounds ?? []).includes(chamber),
    )
  );
};

/** The chamber refused (a failed vote to adopt) or proposed its own wording. */
const refusedBy = (step: TraceStep, chamber: ChamberId): boolean =>
  (step.vote?.chamber === chamber &&
    step.vote.result === 'failed' &&
    (ADOPTING.has(step.vote.motion) || step.vote.motion === 'passReading')) ||
  (step.event.type === 'AmendmentsProposed' && step.event.data.chamber === chamber);

const overcome = (steps: readonly TraceStep[], chamber: ChamberId): boolean => {
  const refusal = steps.findIndex((s) => refusedBy(s, chamber));
  return (
    refusal >= 0 &&
    steps
      .slice(refusal + 1)
      .some(
        (s) =>
          s.vote !== undefined &&
          s.vote.chamber !== chamber &&
          s.vote.result === 'passed' &&
          OVERCOMING.has(s.vote.motion),
      )
  );
};

const chamberAgreed = (
  steps: readonly TraceStep[],
  chamber: ChamberId,
  declaration: ProcedureDeclaration,
): boolean =>
  steps.some((s) => passedBy(s, chamber) || deemedFor(s, chamber, declaration)) ||
  overcome(steps, chamber);

/**
 * Built with the declarations it reads (src/check/declarations.ts): a tacit approval counts for
 * the chambers the expired time limit is declared to decide for.
 */
export const enactedNeedsEveryChamber = (
  declarationOf: (id: string) => ProcedureDeclaration,
): Invariant => ({
  name: 'enacted-needs-every-chamber',
  sentence:
    'A law is enacted only if every chamber passed it (by vote, by tacit approval, or overruled by the other chamber) and the head of state signed it (or it was signed in his stead where a law provides it).',
  article:
    'Constitution of Kazakhstan, arts. 44(2), 61, 62 (2026: art. 61); Constitution of Russia, arts. 105–108',
  procedures: 'all',
  check: ({ procedure, result }) => {
    const end = firstTerminal(result.trace);
    if (end?.step.after.terminal !== 'enacted') return undefined;
    const steps = result.trace.slice(0, end.at + 1);
    const declaration = declarationOf(procedure.id);
    const missing = procedure.chambers
      .map((c) => c.id)
      .filter((c) => !chamberAgreed(steps, c, declaration));
    if (missing.length > 0) {
      // Say so where a tacit approval could not be attributed: its time limit declares no bounds.
      const tacit = steps.find(isTacitApproval);
      const hint =
        tacit === undefined
          ? ''
          : ` (the tacit approval at ${describeStep(tacit)} counts only for the chambers its time limit is declared to decide for)`;
      return `enacted at ${describeStep(end.step)}, but the ${missing.join(' and ')} never passed the law, approved it tacitly or was overruled${hint}`;
    }
    // Signed by the head of state, or in his stead where a law provides it.
    return steps.some((s) => s.event.type === 'PresidentSigned' || s.event.type === 'SignedInStead')
      ? undefined
      : `enacted at ${describeStep(end.step)} without a PresidentSigned or SignedInStead event`;
  },
});

/**
 * Thresholds by the fewest members' votes that can meet them: a majority of those present (with a
 * quorum of more than half) can be just over a quarter of the members, two-thirds of those
 * present a third; then a majority, two-thirds and three-quarters of all members.
 */
const strength: Readonly<Record<ThresholdName, number>> = {
  majorityOfPresent: 0,
  twoThirdsOfPresent: 1,
  majority: 2,
  twoThirds: 3,
  threeQuarters: 4,
};

export const rank = (t: ThresholdName): number => strength[t];

/** The strictest declared threshold for this vote, if any. */
const declaredFor = (
  declaration: ProcedureDeclaration,
  vote: VoteRecord,
  kind: string,
): { atLeast: ThresholdName; article: string } | undefined =>
  declaration.thresholds
    .filter(
      (d) =>
        d.motion === vote.motion &&
        (d.kind === undefined || d.kind === kind) &&
        (d.chamber === undefined || d.chamber === vote.chamber),
    )
    .sort((a, b) => rank(b.atLeast) - rank(a.atLeast))[0];

const thresholdProblem = (
  step: TraceStep,
  vote: VoteRecord,
  declaration: ProcedureDeclaration,
): string | undefined => {
  const outcome = step.guard?.params?.['outcome'];
  if (typeof outcome === 'string' && outcome !== vote.result) {
    return `${describeStep(step)}: the procedure took its "${outcome}" transition, but ${describeVote(vote)} means ${vote.result}`;
  }
  if (vote.result !== 'passed') return undefined;
  const kind = contextOf(step.snapshot).kind;
  const declared = declaredFor(declaration, vote, kind);
  if (declared === undefined) return undefined;
  const weaker = rank(vote.threshold) < rank(declared.atLeast);
  const short =
    vote.tally !== undefined && !tallyPasses(vote.tally, vote.seats, thresholds[declared.atLeast]);
  if (!weaker && !short) return undefined;
  return `${describeStep(step)}: passed against ${vote.threshold} (${describeVote(vote)}), but a ${kind} needs ${declared.atLeast} for ${vote.motion} (${declared.article})`;
};

/** Built with the declarations it reads (src/check/declarations.ts). */
export const votesMeetThresholds = (
  declarationOf: (id: string) => ProcedureDeclaration,
): Invariant => ({
  name: 'votes-meet-thresholds',
  sentence:
    'Every vote the procedure counts as passed meets the threshold for its motion, counted against the total membership, and every vote it counts as failed does not.',
  article:
    'Constitution of Kazakhstan, arts. 53, 54(2), 61, 62(4); Constitution of Russia, arts. 105, 107(3), 108(2)',
  procedures: 'all',
  check: ({ procedure, result }) => {
    const declaration = declarationOf(procedure.id);
    for (const step of result.trace) {
      if (step.vote === undefined) continue;
      const problem = thresholdProblem(step, step.vote, declaration);
      if (problem !== undefined) return problem;
    }
    return undefined;
  },
});
