import type { Io } from '../../src/cli/io.js';

/** An io that keeps what the program writes, for running the CLI in-process. */
export const bufferIo = (): Io & { stdout: () => string; stderr: () => string } => {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    color: false,
    progress: false,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
};
