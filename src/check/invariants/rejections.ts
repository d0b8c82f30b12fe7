import type { ProcedureDeclaration } from '../declarations.js';
import type { Invariant, InvariantInput } from '../invariant.js';
import type { InvalidVariant, MutationName } from '../mutations.js';
import { checkVariant, mutate } from '../mutations.js';

/**
 * An invariant about histories made invalid on purpose: each of `mutations` is applied at the
 * history's cut, and the engine must reject the result the right way (src/check/mutations.ts).
 */
export type RejectionInvariant = Invariant &
  Readonly<{ variants: (input: InvariantInput) => InvalidVariant[] }>;

const rejecting = (
  definition: Omit<Invariant, 'check' | 'procedures'>,
  mutations: readonly MutationName[],
  declarationOf: (id: string) => ProcedureDeclaration,
): RejectionInvariant => {
  const variants = (input: InvariantInput): InvalidVariant[] =>
    mutations.flatMap((m) => mutate(m, input, input.cut, declarationOf(input.procedure.id)) ?? []);
  return {
    ...definition,
    procedures: 'all',
    // Each check replays variants of the history; random histories cover these.
    onPaths: false,
    variants,
    check: (input) =>
      variants(input)
        .map((v) => checkVariant(input, v))
        .find((p) => p !== undefined),
  };
};

/** Built with the declarations the late-vote mutation reads (src/check/declarations.ts). */
export const rejectionInvariants = (
  declarationOf: (id: string) => ProcedureDeclaration,
): RejectionInvariant[] => [
  rejecting(
    {
      name: 'rejects-duplicated-ending',
      sentence:
        'The event that ended the process (a signature, a failed vote, a withdrawal) cannot happen again: strict replay rejects the repeat with replay.eventNotAllowed.',
      article: 'DESIGN.md, Procedures (strict mode stops at the first event not allowed)',
    },
    ['duplicateEnding'],
    declarationOf,
  ),
  rejecting(
    {
      name: 'rejects-dates-out-of-order',
      sentence:
        'An event dated before the one it follows is rejected with replay.dateOutOfOrder (conformance mode records it and reads on).',
      article: 'docs/scenario-format.md (dates never go backwards)',
    },
    ['backdate', 'reorder'],
    declarationOf,
  ),
  rejecting(
    {
      name: 'rejects-late-votes',
      sentence:
        "A chamber's vote dated after its time limit decided for it (deemed approval, objections accepted) is rejected with replay.late, when the time limit was counted from a recorded start.",
      article:
        'Constitution of Kazakhstan, arts. 54(2), 61(4); Constitution of Russia, art. 105(4)',
    },
    ['lateVote'],
    declarationOf,
  ),
  rejecting(
    {
      name: 'survives-dropped-and-duplicated-events',
      sentence:
        'A history with an event dropped or repeated is either still valid or rejected with a coded error (replay.eventNotAllowed, replay.late or replay.breach), never a crash.',
      article: 'DESIGN.md, CLI contract (one clear error, no stack trace)',
    },
    ['drop', 'duplicate'],
    declarationOf,
  ),
];
