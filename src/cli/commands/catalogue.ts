import type { Command } from '@commander-js/extra-typings';
import { toMermaid } from '../../render/mermaid.js';
import { proceduresAsJson, proceduresAsTable } from '../../render/procedures.js';
import { scenarioJsonSchema } from '../../scenario/jsonSchema.js';
import type { CliDeps } from '../deps.js';
import { formatOption, json, jsonOption, resolveFormat } from '../options.js';

/** `legisim procedures`, `legisim graph` and `legisim schema`: what legisim knows. */
export const registerCatalogue = (program: Command, { sim, io }: CliDeps): void => {
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

  program
    .command('schema')
    .description('print the JSON Schema of scenario files (for editors)')
    .action(() => io.out(json(scenarioJsonSchema())));
};
