import type { VoteGuardParams } from '../../machines/shared/billSetup.js';
import { seatsOn } from '../domain/chambers.js';
import { chamberName } from '../domain/procedure.js';
import { motions } from '../domain/events.js';
import { meetsThreshold, requiredVotes, thresholds } from '../domain/thresholds.js';
import type { Move } from '../replay/moves.js';
import type { AltContext } from './alternative.js';
import type { Answers, Prompt } from './promptKit.js';
import { any, castSoFar, chamberPrompt, choice, count, optional } from './promptKit.js';

/** The tally prompts of a vote: each count checked against the chamber and the move's outcome. */
const tallyPrompts = (ctx: AltContext, p: VoteGuardParams): Prompt[] => {
  // The chamber's size on the vote's date (asked first): a new convocation may change it.
  const seatsAt = (a: Answers): number | undefined =>
    seatsOn(ctx.seats, p.chamber, a['at'] ?? ctx.defaultDate);
  const name = chamberName(ctx.procedure, p.chamber);
  const threshold = thresholds[p.threshold];
  const neededAt = (a: Answers): number | undefined => {
    const seats = seatsAt(a);
    return seats === undefined ? undefined : requiredVotes(seats, threshold);
  };
  const isTally = (a: Answers) => a['vote'] === 'tally';
  const within =
    (key: string, before: readonly string[]) =>
    (raw: string, a: Answers): string | undefined => {
      const n = count(raw);
      if (n === undefined) return `"${raw}" is not a number of members`;
      const total = castSoFar(a, before) + n;
      const seats = seatsAt(a);
      if (seats !== undefined && total > seats)
        return `${[...before, key].join(' + ')} = ${total}, more than the ${seats} members of the ${name}`;
      return undefined;
    };
  const forValidate = (raw: string, a: Answers): string | undefined => {
    const error = within('for', [])(raw, a);
    const seats = seatsAt(a);
    const needed = neededAt(a);
    if (error !== undefined || seats === undefined || needed === undefined) return error;
    const passes = meetsThreshold(Number(raw), seats, threshold);
    if (passes === (p.outcome === 'passed')) return undefined;
    return passes
      ? `${raw} for meets the ${needed} of ${seats} needed, so the vote passes: pick the move where it passes, or give fewer than ${needed}`
      : `${raw} for is short of the ${needed} of ${seats} needed, so the vote fails: pick the move where it fails, or give at least ${needed}`;
  };
  const outcomeNote = (a: Answers): string => {
    const needed = neededAt(a);
    return needed === undefined ? '' : `; ${needed} of ${seatsAt(a) ?? '?'} needed to pass`;
  };
  return [
    choice('vote', 'how is the vote known?', ['tally', 'declared'], {
      default: () => 'tally',
      choices: [
        { value: 'tally', name: 'a tally (for, against, abstained)' },
        { value: 'declared', name: `only the declared result (${p.outcome})` },
      ],
    }),
    {
      key: 'for',
      message: (a) => `votes for (${p.outcome}${outcomeNote(a)})`,
      ask: 'always',
      when: isTally,
      default: (a) => {
        const needed = neededAt(a);
        return needed === undefined
          ? undefined
          : String(p.outcome === 'passed' ? needed : Math.max(0, needed - 1));
      },
      validate: forValidate,
    },
    {
      key: 'against',
      message: 'votes against',
      ask: 'always',
      when: isTally,
      default: (a) => {
        const seats = seatsAt(a);
        return seats === undefined ? undefined : String(Math.max(0, seats - castSoFar(a, ['for'])));
      },
      validate: within('against', ['for']),
    },
    {
      key: 'abstained',
      message: 'abstained',
      ask: 'always',
      when: isTally,
      default: () => '0',
      validate: within('abstained', ['for', 'against']),
    },
    {
      ...optional('absent', 'absent'),
      when: isTally,
      validate: within('absent', ['for', 'against', 'abstained']),
    },
    choice('result', 'declared result', ['passed', 'failed'], {
      when: (a) => a['vote'] === 'declared',
      default: () => p.outcome,
      validate: (raw) =>
        raw === p.outcome
          ? undefined
          : `this move is the vote that ${p.outcome}; pick the move where it ${raw === 'passed' ? 'passes' : 'fails'}`,
    }),
  ];
};

const isVoteGuard = (move: Move): boolean => move.guard?.type === 'vote';

/** What a vote takes: its reading where the move leaves it open, then a tally or a declared result. */
export const votePrompts = (ctx: AltContext, move: Move): Prompt[] => {
  const p = move.guard?.params as VoteGuardParams | undefined;
  const reading =
    p?.reading === undefined
      ? [
          optional('reading', 'reading (a number)', (raw) =>
            /^[1-9]\d*$/.test(raw) ? undefined : `"${raw}" is not a reading number`,
          ),
        ]
      : [];
  if (p !== undefined && isVoteGuard(move)) return [...reading, ...tallyPrompts(ctx, p)];
  // No machine has a vote without a `vote` guard today; should one appear, ask for everything.
  return [
    chamberPrompt(ctx),
    choice('motion', 'motion', motions),
    ...reading,
    choice('result', 'declared result', ['passed', 'failed']),
    { key: 'vote', message: 'vote', ask: 'line', default: () => 'declared', validate: any },
  ];
};
