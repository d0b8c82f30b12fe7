import { isSimulatorError } from '../domain/errors.js';
import type { Outcome } from '../projections/outcome.js';
import type { Anomaly } from '../replay/replay.js';
import { outcomeOf } from '../projections/outcome.js';
import type { ScenarioCase } from './runScenario.js';
import { casesOf, replayCase } from './runScenario.js';
import type { Scenario } from './scenario.js';
import type { Expectation } from './schema.js';

/** The verdict on one case: its expectation against the replay's outcome. */
export type CaseCheck = Readonly<{
  scenario: string;
  file?: string;
  branch?: string;
  ok: boolean;
  expected: Expectation;
  actual?: Outcome;
  /** What differs, or the replay error. */
  problems: readonly string[];
}>;

const fields = ['status', 'reason', 'date', 'stage'] as const;

export const compareOutcome = (expected: Expectation, actual: Outcome): string[] =>
  fields.flatMap((f) => {
    const want = expected[f];
    return want === undefined || want === actual[f]
      ? []
      : [`${f}: expected ${want}, got ${actual[f]}`];
  });

/**
 * In conformance mode, exactly the breaches expected (by event index, and rule and code where
 * given) must be flagged: a real history that broke a rule stays in the checked corpus.
 */
export const compareAnomalies = (
  expected: Expectation['anomalies'],
  actual: readonly Anomaly[],
): string[] => {
  const want = expected ?? [];
  const describe = (a: {
    index: number;
    rule?: string | undefined;
    code?: string | undefined;
  }): string =>
    `event ${a.index}${a.rule === undefined ? '' : ` (${a.rule})`}${a.code === undefined ? '' : ` [${a.code}]`}`;
  const matches = (w: (typeof want)[number], a: Anomaly): boolean =>
    w.index === a.index &&
    (w.rule === undefined || w.rule === a.rule) &&
    (w.code === undefined || w.code === a.code);
  const missing = want.filter((w) => !actual.some((a) => matches(w, a)));
  const extra = actual.filter((a) => !want.some((w) => matches(w, a)));
  return [
    ...missing.map((w) => `anomaly expected at ${describe(w)}, not flagged`),
    ...extra.map((a) => `unexpected anomaly at ${describe(a)}: ${a.message}`),
  ];
};

export const checkCase = (c: ScenarioCase): CaseCheck => {
  const base = {
    scenario: c.scenario.id,
    ...(c.scenario.file === undefined ? {} : { file: c.scenario.file }),
    ...(c.branch === undefined ? {} : { branch: c.branch.name }),
    expected: c.expect,
  };
  try {
    const result = replayCase(c);
    const actual = outcomeOf(result.trace);
    const problems = [
      ...compareOutcome(c.expect, actual),
      ...(c.scenario.mode === 'conformance' || c.expect.anomalies !== undefined
        ? compareAnomalies(c.expect.anomalies, result.anomalies)
        : []),
    ];
    return { ...base, ok: problems.length === 0, actual, problems };
  } catch (e) {
    if (!isSimulatorError(e)) throw e;
    return { ...base, ok: false, problems: [`error [${e.code}]: ${e.message}`] };
  }
};

/** Replays the main history and every branch of a scenario against their expectations. */
export const checkScenario = (scenario: Scenario): CaseCheck[] => casesOf(scenario).map(checkCase);
