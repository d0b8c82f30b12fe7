import { InvalidArgumentError } from '@commander-js/extra-typings';
import type { Command } from '@commander-js/extra-typings';
import { invariants } from '../../check/invariants.js';
import { procedureJson, procedureText } from '../../check/reportText.js';
import { DEFAULT_MAX_PATHS, assertPath, checkProperties } from '../../check/runProperties.js';
import type { ProcedureReport } from '../../check/runProperties.js';
import { SimulatorError, isSimulatorError } from '../../domain/errors.js';
import type { CaseCheck } from '../../scenario/checkScenario.js';
import { checkScenario } from '../../scenario/checkScenario.js';
import type { CliDeps } from '../deps.js';
import { formatOption, json, jsonOption, resolveFormat } from '../options.js';
import { bar, noProgress, progressLine } from '../progress.js';

const caseName = (c: CaseCheck): string =>
  `${c.file ?? c.scenario}${c.branch === undefined ? '' : ` › ${c.branch}`}`;

const integer =
  (min: number) =>
  (raw: string): number => {
    const n = Number(raw);
    if (!Number.isSafeInteger(n) || n < min)
      throw new InvalidArgumentError(`expected an integer ≥ ${min}, got "${raw}"`);
    return n;
  };

const seedArgument = (raw: string): number => {
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) throw new InvalidArgumentError(`expected an integer, got "${raw}"`);
  return n | 0;
};

type PropertyOptions = Readonly<{
  procedure?: string | undefined;
  invariant?: string | undefined;
  runs: number;
  seed?: number | undefined;
  path?: string | undefined;
  maxPaths: number;
  format: 'table' | 'json';
}>;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const selectInvariants = (name: string | undefined) => {
  if (name === undefined) return invariants;
  const found = invariants.filter((i) => i.name === name);
  if (found.length === 0) {
    throw new SimulatorError(
      'input.invalidOption',
      `Unknown invariant "${name}"; known: ${invariants.map((i) => i.name).join(', ')}`,
      { invariant: name },
    );
  }
  return found;
};

/** `--properties`: every invariant on every procedure (or those named), one report each. */
const runProperties = ({ sim, io, status }: CliDeps, options: PropertyOptions): void => {
  if (options.path !== undefined && (options.seed === undefined || options.procedure === undefined))
    throw new SimulatorError(
      'input.invalidOption',
      '--path replays one counterexample: give it with the --procedure and --seed it was printed with',
    );
  if (options.path !== undefined) assertPath(options.path);
  const procedures =
    options.procedure === undefined ? sim.procedures() : [sim.procedure(options.procedure)];
  const selected = selectInvariants(options.invariant);
  // The CLI is not pure code: a run without --seed gets a fresh one, printed to reproduce it.
  const seed = options.seed ?? (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0;
  const started = performance.now();
  if (options.format === 'table')
    io.out(
      options.path === undefined
        ? `checking ${plural(selected.length, 'invariant')} on ${plural(procedures.length, 'procedure')}: ${options.runs} random histories each, seed ${seed}\n\n`
        : `replaying the history at path ${options.path} of seed ${seed} on ${procedures.map((p) => p.id).join(', ')}\n\n`,
    );
  const reports: ProcedureReport[] = [];
  const progress = io.progress ? progressLine(io.err, () => performance.now()) : noProgress;
  for (const procedure of procedures) {
    const report = checkProperties({
      procedure,
      invariants: selected,
      runs: options.runs,
      seed,
      maxPaths: options.maxPaths,
      ...(options.path === undefined ? {} : { path: options.path }),
      now: () => performance.now(),
      onProgress: ({ phase, done, total }) =>
        progress.update(
          `${procedure.id}: ${phase === 'histories' ? 'random histories' : 'simple paths'} ${bar(done, total)}`,
        ),
    });
    progress.clear();
    reports.push(report);
    if (options.format === 'table') io.out(procedureText(report));
  }
  const failed = reports.filter((r) => r.failed).length;
  const checks = reports.reduce((n, r) => n + r.invariants.length, 0);
  // Like a scenario check that finds no file: checking nothing is not a pass.
  status.checkFailed ||= failed > 0 || checks === 0;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (options.format === 'json') {
    io.out(
      json({
        seed,
        runs: options.runs,
        passed: failed === 0,
        procedures: reports.map(procedureJson),
      }),
    );
    return;
  }
  const broken = reports.reduce(
    (n, r) => n + r.invariants.filter((i) => i.failure !== undefined).length,
    0,
  );
  if (checks === 0) {
    io.out(`no invariant named applies to ${procedures.map((p) => p.id).join(', ')}\n`);
    return;
  }
  io.out(
    broken === 0
      ? `all ${checks} checks hold (${plural(procedures.length, 'procedure')}, seed ${seed}) in ${seconds} s\n`
      : `${broken} of ${checks} checks failed (seed ${seed}) in ${seconds} s\n`,
  );
};

/** `legisim check`: every scenario and branch against its `expect`; `--properties` too. */
export const registerCheck = (program: Command, deps: CliDeps): void => {
  const { sim, io, status } = deps;
  program
    .command('check')
    .description(
      'replay every scenario and branch and check its expected outcome; with --properties, check the invariants of the procedures on generated histories and the paths of their statecharts; exit 1 if anything fails',
    )
    .argument('[paths...]', 'scenario files or directories (searched for .yaml, .yml, .json)')
    .option('--properties', 'check the invariants of every procedure (docs/properties.md)')
    .option('--procedure <id>', 'with --properties: only this procedure')
    .option('--invariant <name>', 'with --properties: only this invariant')
    .option('--runs <n>', 'with --properties: random histories per procedure', integer(1), 1000)
    .option('--seed <n>', 'with --properties: seed of the random histories', seedArgument)
    .option('--path <path>', 'with --properties: replay the counterexample printed with this path')
    .option(
      '--max-paths <n>',
      'with --properties: simple paths checked per procedure (0: none)',
      integer(0),
      DEFAULT_MAX_PATHS,
    )
    .addOption(formatOption(['table', 'json'] as const, 'table'))
    .addOption(jsonOption())
    .action((paths, options) => {
      const format = resolveFormat(options);
      if (options.properties !== true && paths.length === 0)
        throw new SimulatorError(
          'input.invalidOption',
          'Name scenario files or directories to check, or check the procedures with --properties',
        );
      if (format === 'json' && options.properties === true && paths.length > 0)
        throw new SimulatorError(
          'input.invalidOption',
          '--json prints one document: check scenarios and --properties in separate runs',
        );
      if (paths.length > 0) checkScenarios(deps, paths, format);
      if (options.properties === true) runProperties({ sim, io, status }, { ...options, format });
    });
};

const checkScenarios = (
  { sim, io, status }: CliDeps,
  paths: readonly string[],
  format: 'table' | 'json',
): void => {
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
  if (format === 'json') {
    io.out(json({ passed: results.length - failed.length, failed: failed.length, cases: results }));
    return;
  }
  for (const r of results) {
    const actual =
      r.actual === undefined
        ? ''
        : ` — ${r.actual.status} (${r.actual.reason})${r.actual.date === '' ? '' : ` on ${r.actual.date}`}`;
    io.out(`${r.ok ? 'ok  ' : 'FAIL'} ${caseName(r)}${actual}\n`);
    for (const p of r.problems) io.out(`       ${p}\n`);
  }
  io.out(
    results.length === 0
      ? `no scenario files found in ${paths.join(', ')}\n`
      : `\n${results.length - failed.length} passed, ${failed.length} failed\n`,
  );
};
