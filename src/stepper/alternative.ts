import type { VoteGuardParams } from '../../machines/shared/billSetup.js';
import type { BillContext } from '../../machines/shared/context.js';
import { parseDate } from '../domain/calendar.js';
import type { Seats } from '../domain/chambers.js';
import { SimulatorError } from '../domain/errors.js';
import { parseEvent } from '../domain/eventSchema.js';
import type { BillEvent } from '../domain/events.js';
import type { Procedure } from '../domain/procedure.js';
import type { Move } from '../replay/moves.js';
import { contextOf } from '../replay/replay.js';
import type { Answers, Prompt } from './prompts.js';
import { extraPrompts, promptsOfType } from './prompts.js';
import type { Session } from './session.js';
import { resultAt } from './view.js';

/** What building an alternative at the current position needs to know. */
export type AltContext = Readonly<{
  procedure: Procedure;
  seats: Seats;
  context: BillContext;
  /** Index the new event will have in the history. */
  index: number;
  /** Date of the last event kept; the new one may not be earlier. */
  lastDate?: string;
  /** The date shown: the default date of the new event. */
  defaultDate: string;
}>;

export const altContextOf = (s: Session): AltContext => {
  const result = resultAt(s);
  const last = s.events[s.position - 1];
  return {
    procedure: result.procedure,
    seats: result.seats,
    context: contextOf(result.snapshot),
    index: s.position,
    ...(last === undefined ? {} : { lastDate: last.at }),
    defaultDate: s.asOf ?? last?.at ?? result.procedure.validFrom,
  };
};

const bad = (message: string): SimulatorError => new SimulatorError('input.invalidEvent', message);

const validateDate =
  (ctx: AltContext) =>
  (raw: string): string | undefined => {
    let date;
    try {
      date = parseDate(raw);
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
    if (ctx.lastDate !== undefined && date.latest < parseDate(ctx.lastDate).earliest)
      return `${raw} is before the last event (${ctx.lastDate}); dates never go backwards`;
    return undefined;
  };

/** The prompts a move needs, in order: the date first, then what its event type takes. */
export const promptsFor = (ctx: AltContext, move: Move): Prompt[] => [
  {
    key: 'at',
    message: 'date (YYYY-MM-DD)',
    ask: 'always',
    default: () => ctx.defaultDate,
    validate: validateDate(ctx),
  },
  ...promptsOfType(ctx, move),
  ...extraPrompts,
];

const fixedData = (move: Move): Record<string, unknown> => {
  const p = move.guard?.params ?? {};
  switch (move.guard?.type ?? '') {
    case 'kindIs':
      return { kind: p['kind'] };
    case 'transmittedTo':
      return { to: p['to'] };
    case 'chamberIs':
      return { chamber: p['chamber'] };
    case 'conciliationAgreed':
      return { agreed: p['agreed'] };
    case 'reviewFound':
      return { constitutional: p['constitutional'] };
    default:
      return {};
  }
};

/** A vote's chamber, motion and reading come from the move; the tally or result from answers. */
const voteData = (ctx: AltContext, move: Move, answers: Answers): Record<string, unknown> => {
  const p = move.guard?.params as Partial<VoteGuardParams> | undefined;
  const reading =
    answers['reading'] !== undefined
      ? Number(answers['reading'])
      : (p?.reading ?? (p?.motion === 'passReading' ? ctx.context.readings + 1 : undefined));
  const base = {
    chamber: p?.chamber,
    motion: p?.motion,
    ...(reading === undefined ? {} : { reading }),
  };
  if (answers['vote'] === 'declared') return { ...base, result: answers['result'] };
  const count = (k: string) => Number(answers[k] ?? '0');
  const absent = answers['absent'] === undefined ? {} : { absent: count('absent') };
  return {
    ...base,
    tally: {
      for: count('for'),
      against: count('against'),
      abstained: count('abstained'),
      ...absent,
    },
  };
};

const list = (raw: string | undefined): string[] | undefined =>
  raw === undefined || raw.trim() === ''
    ? undefined
    : raw
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== '');

const yes = (raw: string | undefined): boolean | undefined =>
  raw === undefined ? undefined : /^(y|yes|true)$/i.test(raw);

const text = (raw: string | undefined): string | undefined =>
  raw === undefined || raw.trim() === '' ? undefined : raw.trim();

/** The event's `data` from the move (what it fixes) and the answers (what the user gave). */
const dataOf = (ctx: AltContext, move: Move, a: Answers): Record<string, unknown> => {
  const fields: Record<string, unknown> = {
    ...fixedData(move),
    ...(move.type === 'VoteHeld' ? voteData(ctx, move, a) : {}),
    title: text(a['title']),
    number: text(a['number']),
    initiator: text(a['initiator']),
    subjects: list(a['subjects']),
    reason: text(a['reason']),
    articles: list(a['articles']),
    scope: text(a['scope']),
    by: text(a['by']),
    urgent: yes(a['urgent']),
    where: text(a['where']),
  };
  if (a['agreed'] !== undefined) fields['agreed'] = yes(a['agreed']);
  if (a['constitutional'] !== undefined) fields['constitutional'] = yes(a['constitutional']);
  if (a['to'] !== undefined) fields['to'] = a['to'];
  if (a['chamber'] !== undefined) fields['chamber'] = a['chamber'];
  if (a['motion'] !== undefined) fields['motion'] = a['motion'];
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
};

/** Fills in defaults and checks every answer; throws a one-line `input.invalidEvent`. */
export const completeAnswers = (ctx: AltContext, move: Move, given: Answers): Answers => {
  const prompts = promptsFor(ctx, move);
  const known = new Set(prompts.map((p) => p.key));
  const unknown = Object.keys(given).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    const takes = prompts.filter((p) => p.key !== 'vote').map((p) => p.key);
    throw bad(`${move.type} takes ${takes.join(', ')}; not ${unknown.join(', ')}`);
  }
  const answers: Record<string, string> = { ...given };
  if (prompts.some((p) => p.key === 'vote') && answers['vote'] === undefined) {
    // One line gives a tally with any of its counts; without one, the result is declared.
    const tally = ['for', 'against', 'abstained', 'absent'].some((k) => k in given);
    answers['vote'] = tally ? 'tally' : 'declared';
  }
  for (const p of prompts) {
    if (p.when !== undefined && !p.when(answers)) {
      delete answers[p.key];
      continue;
    }
    const value = answers[p.key] ?? p.default?.(answers);
    if (value === undefined) continue;
    const error = p.validate(value, answers);
    if (error !== undefined) throw bad(`${p.key}: ${error}`);
    answers[p.key] = value;
  }
  return answers;
};

/**
 * The event an alternative stands for: the move fixes its type, chamber and motion, the answers
 * give the date and the rest. Validated with the event schema, as a scenario file's events are.
 */
export const buildAlternative = (ctx: AltContext, move: Move, given: Answers): BillEvent => {
  if (move.type === 'DeadlineElapsed')
    throw bad('a deadline is not an event one writes: it follows from the dates');
  const answers = completeAnswers(ctx, move, given);
  const raw = {
    type: move.type,
    at: answers['at'] ?? ctx.defaultDate,
    data: dataOf(ctx, move, answers),
    ...(text(answers['source']) === undefined ? {} : { source: text(answers['source']) }),
    ...(text(answers['note']) === undefined ? {} : { note: text(answers['note']) }),
  };
  try {
    return parseEvent(raw, { index: ctx.index });
  } catch (e) {
    if (e instanceof SimulatorError) throw bad(e.message.replace(/^event \d+ /, `${move.type} `));
    throw e;
  }
};
