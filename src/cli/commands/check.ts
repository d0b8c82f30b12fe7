import type { Command } from '@commander-js/extra-typings';
import { isSimulatorError } from '../../domain/errors.js';
import type { CaseCheck } from '../../scenario/checkScenario.js';
import { checkScenario } from '../../scenario/checkScenario.js';
import type { CliDeps } from '../deps.js';
import { formatOption, json, jsonOption, resolveFormat } from '../options.js';

const caseName = (c: CaseCheck): string =>
  `${c.file ?? c.scenario}${c.branch === undefined ? '' : ` › ${c.branch}`}`;

/** `legisim check`: every scenario and branch against its `expect`. */
export const registerCheck = (program: Command, { sim, io, status }: CliDeps): void => {
  program
    .command('check')
    .description(
      'replay every scenario and branch and check its expected outcome; exit 1 if any differs',
    )
    .argument('<paths...>', 'scenario files or directories (searched for .yaml, .yml, .json)')
    .addOption(formatOption(['table', 'json'] as const, 'table'))
    .addOption(jsonOption())
    .action((paths, options) => {
      const files = sim.findScenarios(paths);
      const results: CaseCheck[] = [];
      for (const file of files) {
        try {
          results.push(...checkScenario(sim.readScenario(file)));
        } catch (e) {
          // One broken file is reported as a failed case; the others are still checked.
          if (!isSimulatorError(e)) throw e;
          results.push({
            scenario: file,
            file,
            ok: false,
            expected: { status: 'pending' },
            problems: [`error [${e.code}]: ${e.message}`],
          });
        }
      }
      const failed = results.filter((r) => !r.ok);
      status.checkFailed = failed.length > 0 || results.length === 0;
      if (resolveFormat(options) === 'json') {
        io.out(
          json({ passed: results.length - failed.length, failed: failed.length, cases: results }),
        );
        return;
      }
      for (const r of results) {
        const actual =
          r.actual === undefined
            ? ''
            : ` — ${r.actual.status} (${r.actual.reason}) on ${r.actual.date}`;
        io.out(`${r.ok ? 'ok  ' : 'FAIL'} ${caseName(r)}${actual}\n`);
        for (const p of r.problems) io.out(`       ${p}\n`);
      }
      io.out(
        results.length === 0
          ? `no scenario files found in ${paths.join(', ')}\n`
          : `\n${results.length - failed.length} passed, ${failed.length} failed\n`,
      );
    });
};
