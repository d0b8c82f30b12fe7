import type { Key } from 'node:readline';
import type { ReadStream } from 'node:tty';
import type { Command } from '../commands.js';

export const LEGEND =
  '→ ← step  Home End first/last  j jump  a alternative  u undo  e explain  s save  : command  ? help  q quit';

/** The terminal's help page: the keys, and where the line commands are. */
export const keysHelp = `Keys of the stepper:
  → n Enter Space   next event          ← b Backspace   previous event
  Home f g          first position      End l G         last position
  j                 jump to a position or a date (as of a date, the clocks run out to it)
  a                 try an alternative here: pick an allowed event with the arrow keys,
                    then answer what it needs; Esc cancels
  u                 undo the last alternative
  e                 explain the rule applied here, with its text, article and sources
  s                 save the branch you built into the scenario file
  :                 type a command as in line mode (": help" lists them), e.g.
                    : explain all      : alt 5 2025-12-18 for=20 against=25 abstained=2
  ? h               this help
  q Ctrl-C          quit
`;

/**
 * Keys of the main screen, queued: a burst of keys (one chunk of input holds several) is read
 * one by one, and none is lost. Off while a prompt has the keyboard.
 */
export const keyReader = (term: Readonly<{ input: ReadStream }>) => {
  const queue: Key[] = [];
  let waiting: ((key: Key) => void) | undefined;
  let active = false;
  const push = (key: Key) => {
    if (!active) return;
    const wake = waiting;
    waiting = undefined;
    if (wake === undefined) queue.push(key);
    else wake(key);
  };
  const onKey = (_s: string | undefined, key: Key | undefined) => push(key ?? {});
  const onEnd = () => push({ name: 'd', ctrl: true });
  term.input.on('keypress', onKey);
  term.input.on('end', onEnd);
  return {
    next: (): Promise<Key> => {
      active = true;
      term.input.setRawMode(true);
      term.input.resume();
      const key = queue.shift();
      return key === undefined
        ? new Promise((resolve) => (waiting = resolve))
        : Promise.resolve(key);
    },
    /** Hands the keyboard to a prompt: keys typed ahead are dropped. */
    release: () => {
      active = false;
      queue.length = 0;
    },
    close: () => {
      term.input.off('keypress', onKey);
      term.input.off('end', onEnd);
      term.input.setRawMode(false);
      term.input.pause();
    },
  };
};

/** The command a key of the main screen stands for, or the prompt it opens. */
export const commandOfKey = (key: Key): Command | 'alt' | 'jump' | 'save' | 'line' | undefined => {
  if (key.ctrl === true) return key.name === 'c' || key.name === 'd' ? { type: 'quit' } : undefined;
  switch (key.sequence === 'G' ? 'end' : (key.name ?? key.sequence ?? '')) {
    case 'right':
    case 'n':
    case 'return':
    case 'enter':
    case 'space':
      return { type: 'next', count: 1 };
    case 'left':
    case 'b':
    case 'backspace':
      return { type: 'back', count: 1 };
    case 'home':
    case 'f':
    case 'g':
      return { type: 'first' };
    case 'end':
    case 'l':
      return { type: 'last' };
    case 'u':
      return { type: 'undo' };
    case 'e':
      return { type: 'explain', all: false };
    case 'h':
    case '?':
      return { type: 'help' };
    case 'q':
      return { type: 'quit' };
    case 'a':
      return 'alt';
    case 'j':
      return 'jump';
    case 's':
      return 'save';
    case ':':
      return 'line';
    default:
      return undefined;
  }
};
