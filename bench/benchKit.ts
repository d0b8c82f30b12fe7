import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** What every benchmark prints and needs: numbers, aligned tables, and a way to force a GC. */

export const int = (n: number): string => Math.round(n).toLocaleString('en-US');

/** Rows (the first is the header) with the first column left-aligned and the rest right-aligned. */
export const printTable = (rows: readonly (readonly string[])[]): void => {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  for (const [i, row] of rows.entries()) {
    console.log(
      row
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
        .join('   '),
    );
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('   '));
  }
};

/** `global.gc` when node runs with --expose-gc; otherwise exposed at runtime through V8 flags. */
export const findGc = (): (() => void) | undefined => {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed !== undefined) return exposed;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
};
