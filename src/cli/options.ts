import { Option } from '@commander-js/extra-typings';

/** `--format` with the formats a command supports, and `--json` as its shorthand. */
export const formatOption = <const F extends readonly [string, ...string[]]>(
  formats: F,
  fallback: F[number],
) => new Option('--format <format>', 'output format').choices(formats).default(fallback);

export const jsonOption = () => new Option('--json', 'short for --format json');

export const resolveFormat = <F extends string>(options: {
  format: F;
  json?: true | undefined;
}): F | 'json' => (options.json === true ? 'json' : options.format);

export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
