import type { AltContext } from './alternative.js';

export type Answers = Readonly<Record<string, string>>;

/**
 * One thing an alternative needs, asked in a terminal or given as `key=value` on a line. The
 * same validation serves both: a terminal shows the message and asks again; a line is refused.
 */
export type Prompt = Readonly<{
  key: string;
  /** The question; a function where it depends on earlier answers (the seats on a vote's date). */
  message: string | ((answers: Answers) => string);
  /** `always`: the terminal asks it; `line`: an optional detail, given only on a command line. */
  ask: 'always' | 'line';
  default?: (answers: Answers) => string | undefined;
  choices?: readonly Readonly<{ value: string; name: string }>[];
  /** Asked only when this holds for the answers so far. */
  when?: (answers: Answers) => boolean;
  /** An error message, or undefined when the answer is fine. */
  validate: (raw: string, answers: Answers) => string | undefined;
}>;

/** The question a prompt asks, given the answers so far. */
export const messageOf = (p: Prompt, answers: Answers): string =>
  typeof p.message === 'string' ? p.message : p.message(answers);

export const any = (): undefined => undefined;

export const oneOf =
  (choices: readonly Readonly<{ value: string }>[]) =>
  (raw: string): string | undefined =>
    choices.some((c) => c.value === raw)
      ? undefined
      : `expected ${choices.map((c) => c.value).join(' or ')}, not "${raw}"`;

export const choice = (
  key: string,
  message: string,
  values: readonly string[],
  rest: Partial<Prompt> = {},
): Prompt => {
  const choices = values.map((value) => ({ value, name: value }));
  return { key, message, ask: 'always', choices, validate: oneOf(choices), ...rest };
};

export const yesNo = (key: string, message: string, fallback: 'yes' | 'no'): Prompt =>
  choice(key, message, ['yes', 'no'], { default: () => fallback });

export const optional = (
  key: string,
  message: string,
  validate: (raw: string) => string | undefined = any,
): Prompt => ({
  key,
  message,
  ask: 'line',
  validate,
});

export const count = (raw: string): number | undefined =>
  /^\d+$/.test(raw) ? Number(raw) : undefined;

export const castSoFar = (a: Answers, keys: readonly string[]): number =>
  keys.reduce((sum, k) => sum + (count(a[k] ?? '0') ?? 0), 0);

export const chamberPrompt = (ctx: AltContext): Prompt =>
  choice(
    'chamber',
    'chamber',
    ctx.procedure.chambers.map((c) => c.id),
  );
