import type { Key } from 'node:readline';
import type { ReadStream, WriteStream } from 'node:tty';
import { confirm, input, select } from '@inquirer/prompts';

/** The prompts of the terminal mode (inquirer), each cancelled with Esc. */
export type TerminalPrompts = Readonly<{
  /** A line of text, checked by `validate` (a message, or undefined when fine) and asked again. */
  ask: (
    message: string,
    validate: (raw: string) => string | undefined,
    fallback?: string,
  ) => Promise<string>;
  /** One of `choices`, picked with the arrow keys. */
  choose: <T>(
    message: string,
    choices: readonly Readonly<{ value: T; name: string; description?: string }>[],
    fallback?: T,
  ) => Promise<T>;
  confirmYes: (message: string) => Promise<boolean>;
}>;

const same = (t: string): string => t;

/** Inquirer's theme: its own colours on a colour terminal, none otherwise (NO_COLOR). */
const themeFor = (color: boolean) =>
  color
    ? {}
    : {
        style: {
          answer: same,
          message: same,
          error: same,
          defaultAnswer: same,
          help: same,
          highlight: same,
          key: same,
          description: same,
          disabled: same,
        },
        prefix: { idle: '?', done: '✔' },
      };

/**
 * Prompts on the terminal. `beforePrompt` hands the keyboard over (the main screen stops
 * reading keys); Esc aborts the prompt through inquirer's AbortSignal, Ctrl-C exits it.
 */
export const terminalPrompts = (
  term: Readonly<{ input: ReadStream; output: WriteStream; color: boolean }>,
  beforePrompt: () => void,
): TerminalPrompts => {
  const theme = themeFor(term.color);
  const prompting = async <T>(run: (signal: AbortSignal) => Promise<T>): Promise<T> => {
    beforePrompt();
    const controller = new AbortController();
    const onKey = (_s: string | undefined, key: Key | undefined) => {
      if (key?.name === 'escape') controller.abort();
    };
    term.input.on('keypress', onKey);
    try {
      return await run(controller.signal);
    } finally {
      term.input.off('keypress', onKey);
    }
  };
  const context = (signal: AbortSignal) => ({
    input: term.input,
    output: term.output,
    signal,
    clearPromptOnDone: true,
  });
  return {
    ask: (message, validate, fallback) =>
      prompting((signal) =>
        input(
          {
            message,
            theme,
            ...(fallback === undefined || fallback === '' ? {} : { default: fallback }),
            validate: (raw) => validate(raw) ?? true,
          },
          context(signal),
        ),
      ),
    choose: (message, choices, fallback) =>
      prompting((signal) =>
        select(
          {
            message,
            choices,
            theme,
            loop: false,
            pageSize: 15,
            ...(fallback === undefined ? {} : { default: fallback }),
          },
          context(signal),
        ),
      ),
    confirmYes: (message) =>
      prompting((signal) => confirm({ message, default: false, theme }, context(signal))),
  };
};
