import type { ChamberId } from '../../domain/chambers.js';
import { tallyPasses, thresholds } from '../../domain/thresholds.js';
import type { TraceStep } from '../../replay/replay.js';
import { contextOf } from '../../replay/replay.js';
import type { DeclarationTable, JointAdoptionDeclaration } from '../declarations.js';
import { declarationOf, inStage } from '../declarations.js';
import type { Invariant } from '../invariant.js';
import { describeStep, describeVote, firstTerminal } from './describe.js';
import { isTacitApproval, rank } from './legislative.js';

/** The procedures whose declarations say something under `key`: where an invariant applies. */
export const declaring = (
  table: DeclarationTable,
  key: 'noVeto' | 'jointAdoption',
): readonly string[] =>
  Object.entries(table)
    .filter(([, d]) => (d[key] ?? []).length > 0)
    .map(([id]) => id);

/**
 * Built with the declarations it reads: applies to the procedures that declare a kind of law the
 * head of state cannot veto (`noVeto`).
 */
export const noVetoWhereDeclared = (table: DeclarationTable): Invariant => ({
  name: 'no-veto-where-declared',
  sentence:
    'A law of a kind the constitution gives no veto over (declared `noVeto`) is approved by votes only, with no tacit approval, and the head of state signs it: he cannot return it.',
  article:
    'The constitution each declaration cites (e.g. Constitution of Russia, art. 108(2), for a federal constitutional law)',
  procedures: declaring(table, 'noVeto'),
  check: ({ procedure, result }) => {
    const kind = contextOf(result.snapshot).kind;
    const declared = declarationOf(procedure.id, table).noVeto?.find((d) => d.kind === kind);
    if (declared === undefined) return undefined;
    const odd = result.trace.find(
      (s) =>
        s.event.type === 'PresidentReturned' ||
        s.vote?.motion === 'overrideVeto' ||
        s.vote?.motion === 'adoptInPresidentWording' ||
        isTacitApproval(s),
    );
    return odd === undefined
      ? undefined
      : `${describeStep(odd)} happened to a ${kind}, which has no veto and no tacit approval (${declared.article}; rule ${odd.rule?.id ?? 'none'})`;
  },
});

const adoptionProblem = (
  steps: readonly TraceStep[],
  chamber: ChamberId,
  declared: JointAdoptionDeclaration,
): string | undefined => {
  const adoption = steps.findLast(
    (s) => s.vote?.chamber === chamber && s.vote.motion === 'adopt' && s.vote.result === 'passed',
  );
  const vote = adoption?.vote;
  if (adoption === undefined || vote === undefined)
    return `no passing adopt vote of the ${chamber}`;
  if (!inStage(adoption.before.path, declared.stage))
    return `the ${chamber} adopted it at ${adoption.before.path}, not at the joint sitting ${declared.stage} (${describeStep(adoption)})`;
  const enough =
    vote.tally === undefined
      ? rank(vote.threshold) >= rank(declared.atLeast)
      : tallyPasses(vote.tally, vote.seats, thresholds[declared.atLeast]);
  return enough
    ? undefined
    : `the ${chamber} adopted it with ${describeVote(vote)}, short of ${declared.atLeast} (${describeStep(adoption)})`;
};

/**
 * Built with the declarations it reads: applies to the procedures that declare a kind of law
 * only a joint sitting of the chambers adopts (`jointAdoption`).
 */
export const jointAdoptionWhereDeclared = (table: DeclarationTable): Invariant => ({
  name: 'joint-adoption-where-declared',
  sentence:
    'A law of a kind the constitution reserves to a joint sitting of the chambers (declared `jointAdoption`) is enacted only after the joint sitting adopted it by the declared threshold of the total membership of each chamber.',
  article:
    'The constitution each declaration cites (e.g. Constitution of Kazakhstan as amended 2022, arts. 53(1-1), 62(4), for a constitutional law)',
  procedures: declaring(table, 'jointAdoption'),
  check: ({ procedure, result }) => {
    const kind = contextOf(result.snapshot).kind;
    const declared = declarationOf(procedure.id, table).jointAdoption?.find((d) => d.kind === kind);
    if (declared === undefined) return undefined;
    const end = firstTerminal(result.trace);
    if (end?.step.after.terminal !== 'enacted') return undefined;
    const steps = result.trace.slice(0, end.at + 1);
    for (const { id } of procedure.chambers) {
      const problem = adoptionProblem(steps, id, declared);
      if (problem !== undefined) return `${kind} enacted, but ${problem} (${declared.article})`;
    }
    return undefined;
  },
});
