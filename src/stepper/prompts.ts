import { assertNever } from '../domain/errors.js';
import { mandatorySubjects } from '../domain/events.js';
import type { Move } from '../replay/moves.js';
import type { AltContext } from './alternative.js';
import type { Prompt } from './promptKit.js';
import { any, chamberPrompt, choice, optional, yesNo } from './promptKit.js';
import { votePrompts } from './votePrompts.js';

export type { Answers, Prompt } from './promptKit.js';

const fixes = (move: Move, type: string): boolean => move.guard?.type === type;

const subjectsValid = (raw: string): string | undefined => {
  const wrong = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '' && !(mandatorySubjects as readonly string[]).includes(s));
  return wrong.length === 0
    ? undefined
    : `${wrong.join(', ')}: subjects are ${mandatorySubjects.join(', ')}`;
};

/** What an event type takes beyond its date and what the move fixes. */
export const promptsOfType = (ctx: AltContext, move: Move): Prompt[] => {
  switch (move.type) {
    case 'VoteHeld':
      return votePrompts(ctx, move);
    case 'BillIntroduced':
      return [
        {
          key: 'title',
          message: 'title of the bill',
          ask: 'always',
          default: () => 'Untitled bill',
          validate: (raw) => (raw.trim() === '' ? 'a bill needs a title' : undefined),
        },
        optional('number', 'bill number'),
        optional('initiator', 'initiator'),
        optional(
          'subjects',
          `subjects (comma-separated: ${mandatorySubjects.join(', ')})`,
          subjectsValid,
        ),
      ];
    case 'ConsiderationPostponed':
    case 'AmendmentsProposed':
      return [
        ...(fixes(move, 'chamberIs') ? [] : [chamberPrompt(ctx)]),
        move.type === 'ConsiderationPostponed'
          ? optional('reason', 'reason')
          : optional('articles', 'articles (comma-separated)'),
      ];
    case 'ConciliationCompleted':
      return fixes(move, 'conciliationAgreed') ? [] : [yesNo('agreed', 'agreed text?', 'yes')];
    case 'Transmitted':
      return fixes(move, 'transmittedTo')
        ? []
        : [choice('to', 'to', [...ctx.procedure.chambers.map((c) => c.id), 'president'])];
    case 'PresidentReturned':
      return [
        { ...choice('scope', 'returned', ['law', 'articles']), ask: 'line' },
        optional('articles', 'articles (comma-separated)'),
      ];
    case 'ConstitutionalReviewRequested':
      return [
        {
          key: 'by',
          message: 'requested by',
          ask: 'always',
          default: () => 'President',
          validate: (raw) => (raw.trim() === '' ? 'say who requested the review' : undefined),
        },
        yesNo(
          'urgent',
          'urgent (a decision within 10 days, where the constitution allows it)?',
          'no',
        ),
      ];
    case 'ConstitutionalReviewDecided':
      return fixes(move, 'reviewFound')
        ? []
        : [yesNo('constitutional', 'found constitutional?', 'yes')];
    case 'Published':
      return [optional('where', 'where published')];
    case 'BillWithdrawn':
      return [optional('by', 'withdrawn by')];
    case 'BillLapsed':
      return [optional('reason', 'reason')];
    case 'PresidentRefused':
      return [optional('reason', 'reason given')];
    case 'SignedInStead':
      return [
        {
          key: 'by',
          message: 'signed by',
          ask: 'always',
          default: () => 'Chair of the Senate',
          validate: (raw) => (raw.trim() === '' ? 'say who signed' : undefined),
        },
      ];
    case 'ConciliationCommissionFormed':
    case 'PresidentSigned':
    case 'EnteredIntoForce':
    case 'DeadlineElapsed':
      return [];
    default:
      return assertNever(move.type, 'promptsOfType');
  }
};

/** Every alternative may carry a note; a source only from a command line (it is hypothetical). */
export const extraPrompts: readonly Prompt[] = [
  {
    key: 'note',
    message: 'note (optional; Enter to skip)',
    ask: 'always',
    default: () => '',
    validate: any,
  },
  optional('source', 'source URL'),
];
