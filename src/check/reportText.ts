import { counterexampleId, counterexampleScenario } from './counterexample.js';
import type { Counterexample } from './evaluate.js';
import type { InvariantReport, ProcedureReport } from './runProperties.js';

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** The command that replays a counterexample, as the CLI takes it. */
export const reproduceCommand = (c: Counterexample): string => {
  const base = `legisim check --properties --procedure ${c.history.procedure.id} --invariant ${c.invariant.name}`;
  return c.path === undefined || c.seed === undefined
    ? `${base}   (simple path ${c.simplePath ?? 0} of the exhaustive search, whatever the seed)`
    : `${base} --seed ${c.seed} --path "${c.path}"`;
};

const found = (c: Counterexample): string =>
  c.simplePath !== undefined
    ? `on simple path ${c.simplePath} of the statechart`
    : `after ${c.runs ?? 0} runs, shrunk ${c.shrinks ?? 0} times to ${c.history.events.length} events`;

const invariantLine = (r: InvariantReport, width: number): string => {
  const paths = r.paths === 0 ? '' : `, ${int(r.paths)} paths`;
  return `  ${r.failure === undefined ? 'ok  ' : 'FAIL'}  ${r.invariant.name.padEnd(width)}  ${int(r.runs).padStart(6)} runs  ${int(r.perSecond).padStart(6)} runs/s${paths}`;
};

/** A counterexample as the table output shows it: what failed, how to reproduce, the file. */
export const counterexampleText = (c: Counterexample): string =>
  [
    `FAIL ${c.history.procedure.id} › ${c.invariant.name} ${found(c)}`,
    `     ${c.invariant.sentence}`,
    `     violated: ${c.message}`,
    `     reproduce: ${reproduceCommand(c)}`,
    `     counterexample, ready to save as ${counterexampleId(c)}.yaml:`,
    '---',
    counterexampleScenario(c, [`Reproduce: ${reproduceCommand(c)}`]).trimEnd(),
    '...',
    '',
  ].join('\n');

/** One procedure's results as lines of text (table format). */
export const procedureText = (report: ProcedureReport): string => {
  const { procedure, histories, events, ms, paths } = report;
  // Shrinking a counterexample takes most of a failed run: a rate would mean little then.
  const rate = ms > 0 && !report.failed ? `, ${int((histories / ms) * 1000)} histories/s` : '';
  const exhaustive =
    paths === undefined
      ? ''
      : `; ${int(paths.checked)} simple paths in ${seconds(paths.ms)}${paths.cap === undefined ? ' (all of them)' : ` (${paths.cap})`}`;
  const width = Math.max(...report.invariants.map((r) => r.invariant.name.length));
  const lines = [
    `${procedure.id}: ${int(histories)} random histories (${int(events)} events) in ${seconds(ms)}${rate}${exhaustive}`,
    ...report.invariants.map((r) => invariantLine(r, width)),
    '',
    ...report.invariants.flatMap((r) =>
      r.failure === undefined ? [] : [counterexampleText(r.failure)],
    ),
  ];
  return `${lines.join('\n')}\n`;
};

/** One procedure's results as plain data (JSON format), counterexamples as scenario text. */
export const procedureJson = (report: ProcedureReport) => ({
  procedure: report.procedure.id,
  histories: report.histories,
  events: report.events,
  ms: Math.round(report.ms),
  ...(report.paths === undefined
    ? {}
    : {
        paths: {
          total: report.paths.total,
          checked: report.paths.checked,
          ...(report.paths.cap === undefined ? {} : { cap: report.paths.cap }),
        },
      }),
  invariants: report.invariants.map((r) => ({
    name: r.invariant.name,
    sentence: r.invariant.sentence,
    article: r.invariant.article,
    ok: r.failure === undefined,
    runs: r.runs,
    runsPerSecond: Math.round(r.perSecond),
    paths: r.paths,
    ...(r.failure === undefined
      ? {}
      : {
          failure: {
            message: r.failure.message,
            events: r.failure.history.events,
            ...(r.failure.seed === undefined ? {} : { seed: r.failure.seed }),
            ...(r.failure.path === undefined ? {} : { path: r.failure.path }),
            ...(r.failure.simplePath === undefined ? {} : { simplePath: r.failure.simplePath }),
            reproduce: reproduceCommand(r.failure),
            scenario: counterexampleScenario(r.failure),
          },
        }),
  })),
});
