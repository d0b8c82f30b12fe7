import { isSimulatorError } from '../domain/errors.js';
import type { Outcome } from '../projections/outcome.js';
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

export const checkCase = (c: ScenarioCase): CaseCheck => {
  const base = {
    scenario: c.scenario.id,
    ...(c.scenario.file === undefined ? {} : { file: c.scenario.file }),
    ...(c.branch === undefined ? {} : { branch: c.branch.name }),
    expected: c.expect,
  };
  try {
    const actual = outcomeOf(replayCase(c).trace);
    const problems = compareOutcome(c.expect, actual);
    return { ...base, ok: problems.length === 0, actual, problems };
  } catch (e) {
    if (!isSimulatorError(e)) throw e;
    return { ...base, ok: false, problems: [`error [${e.code}]: ${e.message}`] };
  }
};

/** Replays the main history and every branch of a scenario against their expectations. */
export const checkScenario = (scenario: Scenario): CaseCheck[] => casesOf(scenario).map(checkCase);
