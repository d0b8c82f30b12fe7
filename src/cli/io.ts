/** Where the CLI writes: injected so tests can run the program in-process. */
export type Io = Readonly<{
  out: (text: string) => void;
  err: (text: string) => void;
  /** Colour is used only on a TTY and never with NO_COLOR. */
  color: boolean;
  /** Long work may draw a progress line on stderr: only when stderr is a terminal. */
  progress: boolean;
  /**
   * Asks a yes/no question on the terminal; absent when there is no one to ask (stdin or stdout
   * is not a terminal), so commands that need consent then require a flag such as `--yes`.
   */
  confirm?: (question: string) => Promise<boolean>;
}>;
