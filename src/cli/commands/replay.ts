import { Option } from '@commander-js/extra-typings';
import type { Command } from '@commander-js/extra-typings';
import { parseDate } from '../../domain/calendar.js';
import { SimulatorError } from '../../domain/errors.js';
import { explanationOf } from '../../projections/explain.js';
import { reportOf } from '../../projections/report.js';
import { explanationAsText, reportAsMarkdown, reportAsTable } from '../../render/report.js';
import { replayAsMermaid } from '../../render/replayMermaid.js';
import type { CaseOptions, ScenarioCase } from '../../scenario/runScenario.js';
import { caseOf, casesOf, replayCase } from '../../scenario/runScenario.js';
import type { Scenario } from '../../scenario/scenario.js';
import { readStoredCases } from '../../store/storedCase.js';
import type { CliDeps } from '../deps.js';
import { formatOption, json, jsonOption, resolveFormat } from '../options.js';
import { openCliStore } from './store.js';

const dateArgument = (raw: string): string => parseDate(raw).text;

const scenarioRef = (s: Scenario) => ({
  id: s.id,
  title: s.title,
  ...(s.file === undefined ? {} : { file: s.file }),
});

const caseOptions = (o: {
  asOf?: string | undefined;
  procedure?: string | undefined;
  conformance?: true | undefined;
}): CaseOptions => ({
  // Without --conformance, the scenario's own mode (conformance where its history broke a rule).
  ...(o.conformance === true ? { mode: 'conformance' as const } : {}),
  ...(o.asOf === undefined ? {} : { asOf: o.asOf }),
  ...(o.procedure === undefined ? {} : { procedure: o.procedure }),
});

/** Replays one case into its report and everything the renderers need. */
const run = (c: ScenarioCase, options: CaseOptions) => {
  const result = replayCase(c, options);
  const asOf = options.asOf ?? c.branch?.asOf ?? c.scenario.asOf;
  const report = reportOf(result, {
    scenario: scenarioRef(c.scenario),
    mode: options.mode ?? c.scenario.mode ?? 'strict',
    ...(c.branch === undefined ? {} : { branch: c.branch.name }),
    ...(asOf === undefined ? {} : { asOf }),
  });
  return { result, report };
};

/** `legisim replay` and `legisim explain`: one scenario, its branches, its legal reasoning. */
export const registerReplay = (program: Command, deps: CliDeps): void => {
  const { sim, io } = deps;
  program
    .command('replay')
    .description('replay a scenario: outcome, timeline, votes against thresholds and next steps')
    .argument('<file>', 'a scenario file (YAML or JSON), or with --store a stream name')
    .addOption(
      new Option(
        '--branch <name>',
        'replay a what-if branch instead of the main history',
      ).conflicts('allBranches'),
    )
    .option('--all-branches', 'replay the main history and every branch')
    .option(
      '--as-of <date>',
      'replay as of a date (YYYY-MM-DD): later events are left out, clocks run out to it',
      dateArgument,
    )
    .option('--procedure <id>', 'replay under this procedure instead of the one in force')
    .option(
      '--conformance',
      'list events the procedure forbids as anomalies instead of stopping at the first',
    )
    .option('--store <dir>', 'replay the stream <file> of this event store (see `legisim store`)')
    .addOption(formatOption(['table', 'json', 'markdown', 'mermaid'] as const, 'table'))
    .addOption(jsonOption())
    .action(async (file, options) => {
      const cases =
        options.store !== undefined
          ? await readStoredCases(openCliStore(deps, options.store), file, options)
          : options.allBranches === true
            ? casesOf(sim.readScenario(file))
            : [caseOf(sim.readScenario(file), options.branch)];
      const runs = cases.map((c) => run(c, caseOptions(options)));
      const format = resolveFormat(options);
      switch (format) {
        case 'json':
          io.out(json(options.allBranches === true ? runs.map((r) => r.report) : runs[0]?.report));
          return;
        case 'markdown':
          io.out(runs.map((r) => reportAsMarkdown(r.report)).join('\n'));
          return;
        case 'mermaid':
          io.out(runs.map((r) => replayAsMermaid(r.result, r.report)).join('\n'));
          return;
        case 'table':
          io.out(runs.map((r) => reportAsTable(r.report)).join(`\n${'='.repeat(72)}\n\n`));
          return;
        default:
          throw new SimulatorError(
            'internal.unreachable',
            `unknown format ${String(format satisfies never)}`,
          );
      }
    });

  program
    .command('explain')
    .description(
      'the chain from each event through the rule applied (with its article) to the outcome, with sources',
    )
    .argument('<file>', 'a scenario file (YAML or JSON)')
    .option('--branch <name>', 'explain a what-if branch')
    .option('--as-of <date>', 'explain as of a date (YYYY-MM-DD)', dateArgument)
    .option('--procedure <id>', 'explain under this procedure instead of the one in force')
    .option(
      '--conformance',
      'list events the procedure forbids as anomalies instead of stopping at the first',
    )
    .addOption(formatOption(['text', 'json'] as const, 'text'))
    .addOption(jsonOption())
    .action((file, options) => {
      const scenario = sim.readScenario(file);
      const { result, report } = run(caseOf(scenario, options.branch), caseOptions(options));
      const explanation = explanationOf(result);
      io.out(
        resolveFormat(options) === 'json'
          ? json(explanation)
          : explanationAsText(explanation, report),
      );
    });
};
