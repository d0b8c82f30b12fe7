import { performance } from 'node:perf_hooks';
import { procedures } from '../machines/index.js';
import { checkPaths } from '../src/check/checkPaths.js';
import { invariants } from '../src/check/invariants.js';
import { DEFAULT_MAX_PATHS, checkProperties } from '../src/check/runProperties.js';
import { int, printTable } from './benchKit.js';

/**
 * Property checking throughput: for each procedure, random histories generated from its machine
 * and checked against every built-in invariant (all run on each history), then its simple paths.
 * Prints histories and events checked per second, the costliest invariants, and paths per second.
 *
 *   npm run bench                               # after the replay bench: 2,000 histories each
 *   BENCH_PROPERTY_RUNS=500 npm run bench       # quicker
 *   options (running this file directly): --runs N --seed N --max-paths N
 */
const numberFrom = (
  argv: readonly string[],
  name: string,
  env: string | undefined,
): number | undefined => {
  const i = argv.indexOf(`--${name}`);
  const raw = i < 0 ? env : argv[i + 1];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} needs a non-negative integer`);
  return n;
};

const argv = process.argv.slice(2);
const runs = numberFrom(argv, 'runs', process.env['BENCH_PROPERTY_RUNS']) ?? 2000;
const seed = numberFrom(argv, 'seed', process.env['BENCH_PROPERTY_SEED']) ?? 1;
const maxPaths =
  numberFrom(argv, 'max-paths', process.env['BENCH_PROPERTY_PATHS']) ?? DEFAULT_MAX_PATHS;

const now = (): number => performance.now();

const main = (): void => {
  console.error(
    `legisim properties bench: ${int(runs)} histories per procedure, ${invariants.length} invariants, seed ${seed}, up to ${int(maxPaths)} simple paths`,
  );
  // Warm-up, untimed: every procedure's machine, graph search and invariants once.
  for (const procedure of procedures) checkProperties({ procedure, runs: 50, seed, maxPaths: 0 });

  const rows = [
    [
      'procedure',
      'histories',
      'events',
      'time',
      'histories/s',
      'events/s',
      'costliest invariants (runs/s alone)',
      'simple paths',
      'paths/s',
    ],
  ];
  let failed = false;
  const started = now();
  for (const procedure of procedures) {
    const report = checkProperties({ procedure, runs, seed, maxPaths: 0, now });
    const paths = maxPaths > 0 ? checkPaths(procedure, invariants, { maxPaths, now }) : undefined;
    failed ||= report.failed || (paths?.failures.size ?? 0) > 0;
    const costliest = [...report.invariants]
      .sort((a, b) => a.perSecond - b.perSecond)
      .slice(0, 2)
      .map((r) => `${r.invariant.name} ${int(r.perSecond)}`)
      .join(', ');
    rows.push([
      procedure.id,
      int(report.histories),
      int(report.events),
      `${(report.ms / 1000).toFixed(2)} s`,
      int((report.histories / report.ms) * 1000),
      int((report.events / report.ms) * 1000),
      costliest,
      paths === undefined ? '-' : `${int(paths.checked)} of ${int(paths.total)}`,
      paths === undefined ? '-' : int((paths.checked / paths.ms) * 1000),
    ]);
  }
  console.log('');
  printTable(rows);
  console.log('');
  console.log(
    `wall time ${((now() - started) / 1000).toFixed(1)} s; node ${process.version}; every invariant ${failed ? 'did NOT hold' : 'held'}`,
  );
  if (failed) process.exitCode = 1;
};

main();
