import type { Command } from '@commander-js/extra-typings';
import { comparisonColumnOf } from '../../projections/compare.js';
import { reportOf } from '../../projections/report.js';
import { comparisonAsMarkdown, comparisonAsTable } from '../../render/compare.js';
import { caseOf, replayCase } from '../../scenario/runScenario.js';
import type { CliDeps } from '../deps.js';
import { formatOption, json, jsonOption, resolveFormat } from '../options.js';

/** `legisim compare`: several scenarios side by side. */
export const registerCompare = (program: Command, { sim, io }: CliDeps): void => {
  program
    .command('compare')
    .description('several scenarios side by side: days per stage, votes and outcome')
    .argument('<files...>', 'scenario files; FILE#BRANCH compares a branch')
    .addOption(formatOption(['table', 'json', 'markdown'] as const, 'table'))
    .addOption(jsonOption())
    .action((files, options) => {
      const columns = files.map((ref) => {
        const [file = ref, branch] = ref.split('#');
        const scenario = sim.readScenario(file);
        const c = caseOf(scenario, branch);
        const report = reportOf(replayCase(c), {
          mode: 'strict',
          scenario: { id: scenario.id, title: scenario.title },
        });
        return comparisonColumnOf(
          branch === undefined ? scenario.id : `${scenario.id}#${branch}`,
          report,
        );
      });
      const format = resolveFormat(options);
      io.out(
        format === 'json'
          ? json(columns)
          : format === 'markdown'
            ? comparisonAsMarkdown(columns)
            : comparisonAsTable(columns),
      );
    });
};
