import { Command } from '@commander-js/extra-typings';
import type { Simulator } from '../api.js';
import { toMermaid } from '../render/mermaid.js';
import { proceduresAsJson, proceduresAsTable } from '../render/procedures.js';
import type { Io } from './io.js';
import { formatOption, jsonOption, resolveFormat } from './options.js';

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The `legisim` command line: a thin shell over the simulator. It never exits the process and
 * never sets exit codes itself (main.ts does, from error codes), so tests run it in-process.
 */
export const buildProgram = (sim: Simulator, io: Io, version: string) => {
  const program = new Command('legisim')
    .description(
      'Replay how a law was made through the legislative procedure in force, check every step against the constitution, and explore what could have happened instead.',
    )
    .version(version)
    .option('--debug', 'show stack traces of errors')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError('(run with --help for usage)');

  program
    .command('procedures')
    .description(
      'list every procedure version with its jurisdiction, validity and provisional flag',
    )
    .addOption(formatOption(['table', 'json'] as const, 'table'))
    .addOption(jsonOption())
    .action((options) => {
      const list = sim.procedures();
      io.out(
        resolveFormat(options) === 'json' ? json(proceduresAsJson(list)) : proceduresAsTable(list),
      );
    });

  program
    .command('graph')
    .description("print a procedure's statechart, generated from its machine definition")
    .argument('<procedure-id>', 'a procedure id (see `legisim procedures`)')
    .addOption(formatOption(['mermaid', 'json'] as const, 'mermaid'))
    .addOption(jsonOption())
    .action((id, options) => {
      const chart = sim.statechart(id);
      io.out(resolveFormat(options) === 'json' ? json(chart) : toMermaid(chart));
    });

  return program;
};
