import { createInterface } from 'node:readline';
import type { Command } from '@commander-js/extra-typings';
import { SimulatorError, isSimulatorError } from '../../domain/errors.js';
import type { Session } from '../../stepper/session.js';
import { createBlankSession, createScenarioSession } from '../../stepper/session.js';
import type { AfterSave } from '../../stepper/shell/files.js';
import { runLineMode } from '../../stepper/shell/lineMode.js';
import { runTtyMode } from '../../stepper/shell/ttyMode.js';
import { readScenarioText } from '../../scenario/readScenarioFile.js';
import { createStepper } from '../../stepper/stepper.js';
import { plainStyle } from '../../stepper/style.js';
import { importScenarios } from '../../store/scenarioImport.js';
import type { CliDeps } from '../deps.js';
import { openCliStore } from './store.js';

const sessionFor = (
  { sim }: CliDeps,
  file: string | undefined,
  o: { branch?: string | undefined; procedure?: string | undefined },
): Session => {
  if (file === undefined) {
    if (o.branch !== undefined)
      throw new SimulatorError('input.invalidOption', '--branch needs a scenario file');
    if (o.procedure === undefined)
      throw new SimulatorError(
        'input.invalidOption',
        'step needs a scenario file, or --procedure ID to start a blank bill (see legisim procedures)',
      );
    return createBlankSession(sim.procedure(o.procedure));
  }
  sim.readScenario(file); // a missing, unreadable or invalid file fails here, as for replay
  return createScenarioSession({
    file,
    text: readScenarioText(file),
    ...(o.branch === undefined ? {} : { branch: o.branch }),
    ...(o.procedure === undefined ? {} : { procedure: o.procedure }),
  });
};

/**
 * With `--store`: what was saved to the file is also recorded in the event store, the way
 * `legisim store import` records a scenario: the main history as the stream `<id>` (if missing)
 * and the branch as `<id>#<branch>`, a fork of it. The store is append-only, so a branch
 * replaced in the file is refused there with one line; the file keeps the new version.
 */
const storeSaver =
  (deps: CliDeps, dir: string): AfterSave =>
  async (effect) => {
    const scenario = deps.sim.readScenario(effect.file);
    const name = effect.type === 'writeScenario' ? effect.name : undefined;
    const only = { ...scenario, branches: scenario.branches.filter((b) => b.name === name) };
    try {
      const store = openCliStore(deps, dir, { create: true });
      try {
        const row = (await importScenarios(store, [only])).at(-1);
        return row === undefined
          ? `nothing recorded in ${dir}`
          : `recorded in the store ${dir} as stream ${row.stream} (${row.status})`;
      } finally {
        await store.close();
      }
    } catch (e) {
      if (!isSimulatorError(e)) throw e;
      return `not recorded in the store ${dir}: ${e.message}`;
    }
  };

/** Lines of standard input; Ctrl-C (SIGINT) ends them like the end of input. */
const stdinLines = () => {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity, terminal: false });
  const stop = () => lines.close();
  process.once('SIGINT', stop);
  return { lines, close: () => (process.off('SIGINT', stop), lines.close()) };
};

/**
 * `legisim step`: the interactive stepper. The one command that reads standard input: a terminal
 * gets keys and arrow-key prompts, a pipe gets line mode (one command per line, plain output).
 * All logic is the pure stepper's (src/stepper); this only wires it to the process.
 */
export const registerStep = (program: Command, deps: CliDeps): void => {
  program
    .command('step')
    .description(
      'walk a bill through its stages, forward and back, and try alternatives (interactive; line mode when stdin is not a terminal)',
    )
    .argument('[file]', 'a scenario file (YAML or JSON)')
    .option('--branch <name>', 'step through a what-if branch of the file')
    .option(
      '--procedure <id>',
      'without a file: a blank bill under this procedure; with one: replay it under this procedure',
    )
    .option(
      '--store <dir>',
      'also record what you save in this event store (created if missing): a branch as the stream <id>#<branch>, a fork of <id>',
    )
    .addHelpText(
      'after',
      '\nIn a terminal: → ← to step, a to try an alternative, ? for every key.\nIn line mode: one command per line, e.g. printf \'next\\nnext\\nquit\\n\' | legisim step FILE; "help" lists the commands.',
    )
    .action(async (file, options) => {
      const session = sessionFor(deps, file, options);
      const { io } = deps;
      const afterSave =
        options.store === undefined ? {} : { afterSave: storeSaver(deps, options.store) };
      if (process.stdin.isTTY && process.stdout.isTTY) {
        const stepper = createStepper(session, { style: plainStyle });
        await runTtyMode(stepper, {
          input: process.stdin,
          output: process.stdout,
          color: io.color,
        });
        return;
      }
      const { lines, close } = stdinLines();
      try {
        await runLineMode(
          createStepper(session, { style: plainStyle }),
          lines,
          io.out,
          afterSave.afterSave,
        );
      } finally {
        close();
      }
    });
};
