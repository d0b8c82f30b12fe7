import { SimulatorError } from '../domain/errors.js';
import type { Answers } from './prompts.js';

/** A stepper command, as typed on a line (or chosen with a key in a terminal). */
export type Command =
  | Readonly<{ type: 'next'; count: number }>
  | Readonly<{ type: 'back'; count: number }>
  | Readonly<{ type: 'first' }>
  | Readonly<{ type: 'last' }>
  | Readonly<{ type: 'jump'; position: number }>
  | Readonly<{ type: 'jumpDate'; date: string }>
  | Readonly<{ type: 'alt'; move?: number; explain: boolean; answers: Answers }>
  | Readonly<{ type: 'undo' }>
  | Readonly<{ type: 'explain'; all: boolean }>
  | Readonly<{ type: 'save'; name?: string; description?: string }>
  | Readonly<{ type: 'show' }>
  | Readonly<{ type: 'help' }>
  | Readonly<{ type: 'quit' }>;

const invalid = (message: string): SimulatorError =>
  new SimulatorError('input.invalidOption', message);

/** Splits a line into words; double or single quotes keep spaces (`title="On archives"`). */
export const tokenize = (line: string): string[] => {
  const words: string[] = [];
  const pattern = /(?:[^\s"']+|"[^"]*"|'[^']*')+/g;
  for (const match of line.matchAll(pattern))
    words.push(match[0].replace(/"([^"]*)"|'([^']*)'/g, (_m, a: string, b: string) => a ?? b));
  return words;
};

const DATE = /^\d{4}-\d{2}(-\d{2})?$/;

const countOf = (word: string | undefined, command: string): number => {
  if (word === undefined) return 1;
  if (!/^[1-9]\d*$/.test(word)) throw invalid(`${command} takes a number of events, not "${word}"`);
  return Number(word);
};

const parseAlt = (words: readonly string[]): Command => {
  const [n, ...rest] = words;
  if (n === undefined) return { type: 'alt', explain: true, answers: {} };
  if (!/^[1-9]\d*$/.test(n))
    throw invalid(`alt takes the number of a move in the "next" list, not "${n}"`);
  if (rest.length === 1 && rest[0] === '?')
    return { type: 'alt', move: Number(n), explain: true, answers: {} };
  const answers: Record<string, string> = {};
  for (const word of rest) {
    const eq = word.indexOf('=');
    if (eq < 0 && DATE.test(word) && answers['at'] === undefined) {
      answers['at'] = word;
      continue;
    }
    if (eq <= 0)
      throw invalid(`alt expects a date and key=value pairs (e.g. for=20), not "${word}"`);
    const key = word.slice(0, eq);
    if (key in answers) throw invalid(`alt: ${key} is given twice`);
    answers[key] = word.slice(eq + 1);
  }
  return { type: 'alt', move: Number(n), explain: false, answers };
};

const aliases: Readonly<Record<string, string>> = {
  n: 'next',
  b: 'back',
  p: 'back',
  prev: 'back',
  f: 'first',
  l: 'last',
  j: 'jump',
  a: 'alt',
  alternative: 'alt',
  u: 'undo',
  e: 'explain',
  h: 'help',
  '?': 'help',
  q: 'quit',
  exit: 'quit',
};

/** Parses one line; throws a one-line `input.invalidOption` for a line that is no command. */
export const parseCommand = (line: string): Command => {
  const words = tokenize(line.trim());
  const [head, ...rest] = words;
  if (head === undefined) return { type: 'show' };
  const name = aliases[head.toLowerCase()] ?? head.toLowerCase();
  const noArgs = (c: Command): Command => {
    if (rest.length > 0) throw invalid(`${name} takes no argument`);
    return c;
  };
  switch (name) {
    case 'next':
      return { type: 'next', count: countOf(rest[0], name) };
    case 'back':
      return { type: 'back', count: countOf(rest[0], name) };
    case 'first':
    case 'last':
    case 'undo':
    case 'show':
    case 'help':
    case 'quit':
      return noArgs({ type: name });
    case 'jump': {
      const [to] = rest;
      if (to === undefined || rest.length > 1)
        throw invalid('jump takes a position (e.g. jump 3) or a date (e.g. jump 2025-12-20)');
      if (/^\d+$/.test(to)) return { type: 'jump', position: Number(to) };
      if (DATE.test(to)) return { type: 'jumpDate', date: to };
      throw invalid(`jump takes a position or a date YYYY-MM-DD, not "${to}"`);
    }
    case 'alt':
      return parseAlt(rest);
    case 'explain':
      if (rest.length > 1 || (rest[0] !== undefined && rest[0] !== 'all'))
        throw invalid('explain takes nothing, or "all"');
      return { type: 'explain', all: rest[0] === 'all' };
    case 'save': {
      const [branch] = rest;
      const description = rest.slice(1).join(' ');
      return {
        type: 'save',
        ...(branch === undefined ? {} : { name: branch }),
        ...(description === '' ? {} : { description }),
      };
    }
    default:
      throw invalid(`unknown command "${head}"; type help for the commands`);
  }
};

/** The `help` text: every command, and how an alternative is written on one line. */
export const helpText = `Commands (one per line; short forms in brackets):
  next [N]            (n)  forward one event, or N; after the last, the case's asOf date
  back [N]            (b)  back one event, or N
  first, last         (f, l)  the first or the last position
  jump K              (j)  position K (after the first K events)
  jump YYYY-MM-DD          the state as of a date: the events up to it, clocks run out to it
  show                     show this position again
  alt                 (a)  list the moves allowed here and what each takes
  alt N ?                  what move N of the "next" list takes, with its defaults
  alt N [DATE] [key=value ...]
                           try move N here instead of what happened: the events shown are kept,
                           the rest of the history is replaced (a new branch starts here).
                           DATE defaults to the date shown and may not be before the last event.
                           A vote takes for=, against=, abstained= (absent=) or, without a
                           tally, is recorded with its declared result; its chamber, motion and
                           outcome come from the move. Values with spaces go in quotes.
                           e.g. alt 5 2025-12-18 for=20 against=25 abstained=2
                                alt 1 note="hypothetical: the Senate waits"
  undo                (u)  take back the last alternative
  explain [all]       (e)  the rule applied here, its text, article and source (all: every step)
  save [NAME] [DESCRIPTION]
                           save the branch you built under \`branches\` in the scenario file
                           (asks before replacing a branch of the same name); for a blank bill,
                           save FILE writes a new scenario file
  help                (h, ?)
  quit                (q)  also end of input or Ctrl-C
`;
