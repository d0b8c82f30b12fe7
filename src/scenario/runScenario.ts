import { getProcedure, procedures } from '../../machines/index.js';
import { SimulatorError, isSimulatorError } from '../domain/errors.js';
import type { Jurisdiction } from '../domain/procedure.js';
import type { BillEvent } from '../domain/events.js';
import type { ReplayMode, ReplayResult } from '../replay/replay.js';
import { replay } from '../replay/replay.js';
import type { Branch, Scenario } from './scenario.js';
import type { Expectation } from './schema.js';

export type CaseOptions = Readonly<{
  branch?: string;
  asOf?: string;
  procedure?: string;
  mode?: ReplayMode;
}>;

/** One replayable case: the main history or a branch of it. */
export type ScenarioCase = Readonly<{
  scenario: Scenario;
  branch?: Branch;
  events: readonly BillEvent[];
  expect: Expectation;
}>;

export const findBranch = (scenario: Scenario, name: string): Branch => {
  const found = scenario.branches.find((b) => b.name === name);
  if (found === undefined) {
    const known = scenario.branches.map((b) => b.name);
    throw new SimulatorError(
      'input.invalidOption',
      `${scenario.file ?? scenario.id}: no branch "${name}"; branches: ${known.length === 0 ? 'none' : known.join(', ')}`,
      { branch: name, known },
    );
  }
  return found;
};

export const caseOf = (scenario: Scenario, branchName?: string): ScenarioCase => {
  if (branchName === undefined)
    return { scenario, events: scenario.events, expect: scenario.expect };
  const branch = findBranch(scenario, branchName);
  return {
    scenario,
    branch,
    events: [...scenario.events.slice(0, branch.after + 1), ...branch.events],
    expect: branch.expect,
  };
};

export const casesOf = (scenario: Scenario): ScenarioCase[] => [
  caseOf(scenario),
  ...scenario.branches.map((b) => caseOf(scenario, b.name)),
];

/** The line of the event at `index` of a case, in the scenario file. */
const lineOf = (c: ScenarioCase, index: number): number | undefined => {
  const { branch, scenario } = c;
  if (branch === undefined || index <= branch.after) return scenario.eventLines[index];
  return branch.eventLines[index - branch.after - 1];
};

/**
 * A bill is replayed only under a procedure of its own jurisdiction: a Kazakh bill through the
 * Russian procedure would fail at its first vote with an error that hides the real mistake.
 */
const assertSameJurisdiction = (c: ScenarioCase, id: string, fromOption: boolean): void => {
  const { jurisdiction } = getProcedure(id);
  const own: Jurisdiction = c.scenario.jurisdiction;
  if (jurisdiction === own) return;
  const ownIds = procedures.filter((p) => p.jurisdiction === own).map((p) => p.id);
  throw new SimulatorError(
    fromOption ? 'input.invalidOption' : 'input.invalidScenario',
    `${c.scenario.file ?? c.scenario.id}: procedure ${id} is of jurisdiction ${jurisdiction}, but the bill is of ${own}; name one of ${own}: ${ownIds.join(', ')}`,
    { procedure: id, procedureJurisdiction: jurisdiction, jurisdiction: own },
  );
};

/** Replays a case; a replay error is re-raised with the file and line of the offending event. */
export const replayCase = (c: ScenarioCase, options: CaseOptions = {}): ReplayResult => {
  const { scenario, branch } = c;
  const procedure = options.procedure ?? branch?.procedure ?? scenario.procedure;
  if (procedure !== undefined)
    assertSameJurisdiction(c, procedure, options.procedure !== undefined);
  const asOf = options.asOf ?? branch?.asOf ?? scenario.asOf;
  const seats = { ...scenario.seats, ...branch?.seats };
  try {
    return replay(c.events, {
      jurisdiction: scenario.jurisdiction,
      seats,
      mode: options.mode ?? scenario.mode ?? 'strict',
      ...(procedure === undefined ? {} : { procedure }),
      ...(asOf === undefined ? {} : { asOf }),
    });
  } catch (e) {
    if (!isSimulatorError(e)) throw e;
    const index = e.details['index'];
    const line = typeof index === 'number' ? lineOf(c, index) : undefined;
    const where = `${scenario.file ?? scenario.id}${line === undefined ? '' : `:${line}`}${branch === undefined ? '' : ` (branch ${branch.name})`}`;
    throw new SimulatorError(e.code, `${where}: ${e.message}`, {
      ...e.details,
      ...(scenario.file === undefined ? {} : { file: scenario.file }),
      ...(line === undefined ? {} : { line }),
    });
  }
};
