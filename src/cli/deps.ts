import type { Simulator } from '../api.js';
import type { Io } from './io.js';

/** What a command needs: the simulator, where to write, and where to report a failed check. */
export type CliDeps = Readonly<{
  sim: Simulator;
  io: Io;
  /** Commands that check something set this; main.ts turns it into exit code 1. */
  status: { checkFailed: boolean };
}>;
