import { Command } from '@commander-js/extra-typings';
import type { Simulator } from '../api.js';
import { registerCatalogue } from './commands/catalogue.js';
import { registerCheck } from './commands/check.js';
import { registerCompare } from './commands/compare.js';
import { registerReplay } from './commands/replay.js';
import { registerStore } from './commands/store.js';
import { registerStep } from './commands/step.js';
import type { CliDeps } from './deps.js';
import type { Io } from './io.js';
import { loadProcedures } from './loadProcedures.js';

/**
 * Commander's usage errors ("error: unknown option '--x'", with a suggestion on a second line) as
 * one line in the shape of every other error, `error [input.invalidOption]: …`; main.ts exits 2.
 */
export const usageError = (message: string, write: (text: string) => void): void => {
  const text = message
    .replace(/^error: /, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  write(`error [input.invalidOption]: ${text} (run with --help for usage)\n`);
};

/**
 * The `legisim` command line: a thin shell over the simulator. It never exits the process and
 * never sets exit codes itself (main.ts does, from error codes and `status`), so tests run it
 * in-process.
 */
export const buildProgram = (sim: Simulator, io: Io, version: string) => {
  const status = { checkFailed: false };
  const program = new Command('legisim')
    .description(
      'Replay how a law was made through the legislative procedure in force, check every step against the constitution, and explore what could have happened instead.',
    )
    .version(version)
    .option('--debug', 'show stack traces of errors')
    .option(
      '--procedures <module>',
      'also load the procedures an ES module exports (`procedures`, built with the public API; see docs/adding-a-procedure.md)',
    )
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: usageError });
  program.hook('preAction', async () => {
    const file = program.opts().procedures;
    if (file !== undefined) await loadProcedures(file);
  });
  const deps: CliDeps = { sim, io, status };
  registerCatalogue(program, deps);
  registerReplay(program, deps);
  registerCompare(program, deps);
  registerCheck(program, deps);
  registerStore(program, deps);
  registerStep(program, deps);
  return { program, status };
};
