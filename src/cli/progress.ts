/**
 * One line of progress on stderr, redrawn in place (`\r`, erase to end of line), for long work
 * on a terminal (DESIGN.md, CLI contract). Nothing is drawn unless stderr is a TTY; the line is
 * erased when the work is done, so what stays on screen is only the result.
 */
export type ProgressLine = Readonly<{
  /** Shows `text`, at most once per interval (the last text of a burst may be skipped). */
  update: (text: string) => void;
  /** Erases the line, if anything was drawn. */
  clear: () => void;
}>;

const ERASE_TO_END = '\u001b[K';

export const progressLine = (
  write: (text: string) => void,
  now: () => number,
  intervalMs = 100,
): ProgressLine => {
  let drawnAt: number | undefined;
  return {
    update: (text) => {
      const t = now();
      if (drawnAt !== undefined && t - drawnAt < intervalMs) return;
      drawnAt = t;
      write(`\r${text}${ERASE_TO_END}`);
    },
    clear: () => {
      if (drawnAt !== undefined) write(`\r${ERASE_TO_END}`);
      drawnAt = undefined;
    },
  };
};

/** A progress line that draws nothing (stderr is not a terminal). */
export const noProgress: ProgressLine = { update: () => undefined, clear: () => undefined };

/** `[#########...........]  1,200/2,000` */
export const bar = (done: number, total: number, width = 24): string => {
  const filled = total <= 0 ? 0 : Math.min(width, Math.round((done / total) * width));
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`;
};
