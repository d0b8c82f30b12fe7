import type { ChamberId } from '../../domain/chambers.js';
import type { Motion } from '../../domain/events.js';
import type { ThresholdName } from '../../domain/thresholds.js';
import { meetsThreshold, thresholdNames, thresholds } from '../../domain/thresholds.js';
import type { TraceStep } from '../../replay/replay.js';
import { contextOf } from '../../replay/replay.js';
import type { VoteRecord } from '../../replay/votes.js';
import type { ProcedureDeclaration } from '../declarations.js';
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

/** A tacit approval (rule ids with "deemed") in a stage of this chamber. */
const deemedIn = (step: TraceStep, chamber: ChamberId): boolean =>
  step.rule?.id.includes('deemed') === true && step.before.path.split('.').includes(chamber);

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

const chamberAgreed = (steps: readonly TraceStep[], chamber: ChamberId): boolean =>
  steps.some((s) => passedBy(s, chamber) || deemedIn(s, chamber)) || overcome(steps, chamber);

export const enactedNeedsEveryChamber: Invariant = {
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
    const missing = procedure.chambers.map((c) => c.id).filter((c) => !chamberAgreed(steps, c));
    if (missing.length > 0) {
      return `enacted at ${describeStep(end.step)}, but the ${missing.join(' and ')} never passed the law, approved it tacitly or was overruled`;
    }
    // Signed by the head of state, or in his stead where a law provides it (kz-1995, art. 19).
    return steps.some((s) => s.event.type === 'PresidentSigned' || s.event.type === 'SignedInStead')
      ? undefined
      : `enacted at ${describeStep(end.step)} without a PresidentSigned or SignedInStead event`;
  },
};

const rank = (t: ThresholdName): number => thresholdNames.indexOf(t);

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
    vote.tally !== undefined &&
    !meetsThreshold(vote.tally.for, vote.seats, thresholds[declared.atLeast]);
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

export const ruConstitutionalLawHasNoVeto: Invariant = {
  name: 'ru-constitutional-law-no-veto',
  sentence:
    'A federal constitutional law is approved by votes only, with no tacit approval, and the President signs it: he cannot return it.',
  article: 'Constitution of Russia, art. 108(2)',
  procedures: ['ru-1993', 'ru-2020'],
  check: ({ result }) => {
    if (contextOf(result.snapshot).kind !== 'constitutionalLaw') return undefined;
    const odd = result.trace.find(
      (s) =>
        s.event.type === 'PresidentReturned' ||
        s.vote?.motion === 'overrideVeto' ||
        s.vote?.motion === 'adoptInPresidentWording' ||
        s.rule?.id.includes('deemed') === true,
    );
    return odd === undefined
      ? undefined
      : `${describeStep(odd)} happened to a federal constitutional law (rule ${odd.rule?.id ?? 'none'})`;
  },
};

const jointAdoption = (steps: readonly TraceStep[], chamber: ChamberId): string | undefined => {
  const adoption = steps.findLast(
    (s) => s.vote?.chamber === chamber && s.vote.motion === 'adopt' && s.vote.result === 'passed',
  );
  const vote = adoption?.vote;
  if (adoption === undefined || vote === undefined)
    return `no passing adopt vote of the ${chamber}`;
  if (adoption.before.top !== 'jointSitting')
    return `the ${chamber} adopted it at ${adoption.before.path}, not at a joint sitting (${describeStep(adoption)})`;
  const enough =
    vote.tally === undefined
      ? rank(vote.threshold) >= rank('twoThirds')
      : meetsThreshold(vote.tally.for, vote.seats, thresholds.twoThirds);
  return enough
    ? undefined
    : `the ${chamber} adopted it with ${describeVote(vote)}, short of two-thirds (${describeStep(adoption)})`;
};

export const kzConstitutionalLawAtJointSitting: Invariant = {
  name: 'kz-constitutional-law-joint-sitting',
  sentence:
    'A constitutional law is enacted only after a joint sitting of the Chambers adopted it by at least two-thirds of the total number of deputies of each Chamber.',
  article: 'Constitution of Kazakhstan (as amended 2022), arts. 53(1-1), 62(4)',
  procedures: ['kz-2023'],
  check: ({ result }) => {
    if (contextOf(result.snapshot).kind !== 'constitutionalLaw') return undefined;
    const end = firstTerminal(result.trace);
    if (end?.step.after.terminal !== 'enacted') return undefined;
    const steps = result.trace.slice(0, end.at + 1);
    for (const chamber of ['majilis', 'senate'] as const) {
      const problem = jointAdoption(steps, chamber);
      if (problem !== undefined) return `constitutional law enacted, but ${problem}`;
    }
    return undefined;
  },
};
