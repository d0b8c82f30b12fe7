/** Where the CLI writes: injected so tests can run the program in-process. */
export type Io = Readonly<{
  out: (text: string) => void;
  err: (text: string) => void;
  /** Colour is used only on a TTY and never with NO_COLOR. */
  color: boolean;
  /** Long work may draw a progress line on stderr: only when stderr is a terminal. */
  progress: boolean;
}>;

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
