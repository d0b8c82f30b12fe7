/** How the screen marks things up: plain text for pipes and NO_COLOR, ANSI colours on a TTY. */
export type Style = Readonly<{
  heading: (s: string) => string;
  label: (s: string) => string;
  dim: (s: string) => string;
  good: (s: string) => string;
  bad: (s: string) => string;
  accent: (s: string) => string;
  key: (s: string) => string;
}>;

const same = (s: string): string => s;

export const plainStyle: Style = {
  heading: same,
  label: same,
  dim: same,
  good: same,
  bad: same,
  accent: same,
  key: same,
};

const sgr =
  (open: number, close: number) =>
  (s: string): string =>
    `\u001b[${open}m${s}\u001b[${close}m`;

export const ansiStyle: Style = {
  heading: sgr(1, 22),
  label: sgr(36, 39),
  dim: sgr(2, 22),
  good: sgr(32, 39),
  bad: sgr(31, 39),
  accent: sgr(33, 39),
  key: sgr(7, 27),
};
