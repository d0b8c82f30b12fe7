import { isDeepStrictEqual } from './deepEqual.js';
import { describeEvent } from '../domain/describeEvent.js';
import { SimulatorError } from '../domain/errors.js';
import { billEventSchema } from '../domain/eventSchema.js';
import type { BillEvent } from '../domain/events.js';
import type { Outcome } from '../projections/outcome.js';
import { outcomeOf } from '../projections/outcome.js';
import { checkCase } from '../scenario/checkScenario.js';
import { loadScenario } from '../scenario/loadScenario.js';
import { caseOf, replayCase } from '../scenario/runScenario.js';
import type { Branch, Scenario } from '../scenario/scenario.js';
import type { Expectation } from '../scenario/schema.js';
import { asOutcomeReason } from '../scenario/schema.js';
import { spliceBranch } from './branchText.js';
import type { Session } from './session.js';
import { departureOf } from './session.js';

export const BRANCH_NAME = /^[a-z0-9][a-z0-9-]*$/;

/** An event as a scenario file writes it: without `data` where it is empty and may be left out. */
export const eventAsWritten = (
  e: Pick<BillEvent, 'type' | 'at' | 'source' | 'note'> & Readonly<{ data: object }>,
): Record<string, unknown> => {
  const bare = {
    type: e.type,
    at: e.at,
    ...(e.source === undefined ? {} : { source: e.source }),
    ...(e.note === undefined ? {} : { note: e.note }),
  };
  const optional = Object.keys(e.data).length === 0 && billEventSchema.safeParse(bare).success;
  const { type, at, ...rest } = bare;
  return optional ? bare : { type, at, data: e.data, ...rest };
};

export const expectationOf = (o: Outcome): Expectation => ({
  status: o.status,
  reason: asOutcomeReason(o.reason),
  ...(o.date === '' ? {} : { date: o.date }),
  stage: o.stage,
});

/** A branch ready to be written: the entry's fields, in the order the bundled files use. */
export type BranchDraft = Readonly<{
  name: string;
  entry: Readonly<Record<string, unknown>>;
  outcome: Outcome;
  /** Index of the branch of the same name in the file, which the draft would replace. */
  replaces?: number;
}>;

const describeDeparture = (
  main: readonly BillEvent[],
  after: number,
  mine: readonly BillEvent[],
): string => {
  const kept = main[after];
  const [first, ...more] = mine;
  const from =
    kept === undefined ? '' : ` up to event ${after} (${describeEvent(kept)}, ${kept.at})`;
  const then =
    first === undefined
      ? 'and nothing after it'
      : `then ${describeEvent(first)} on ${first.at}${more.length === 0 ? '' : ` and ${more.length} more event${more.length === 1 ? '' : 's'}`}`;
  return `Hypothetical, built with legisim step: the main history${from}, ${then}.`;
};

/**
 * The branch the session has built, as a scenario file entry: `after` is where it departs from
 * the main history, `events` replace the rest, and `expect` is the outcome of replaying it the
 * way `legisim replay --branch` will (the file's procedure, seats, the branch's own settings).
 */
export const draftBranch = (s: Session, name: string, description?: string): BranchDraft => {
  if (s.source.kind !== 'scenario')
    throw new SimulatorError(
      'input.invalidOption',
      'a blank bill is saved as a new file: save FILE',
    );
  if (!BRANCH_NAME.test(name))
    throw new SimulatorError(
      'input.invalidOption',
      `"${name}" is not a branch name: lower-case words joined by hyphens, e.g. senate-refuses`,
    );
  const after = departureOf(s);
  if (after === undefined)
    throw new SimulatorError(
      'input.invalidOption',
      s.source.branch === undefined
        ? 'nothing to save: no alternative was tried (alt N puts one in place here)'
        : `nothing new to save: this is branch ${s.source.branch.name} as ${s.source.file} holds it (alt N puts an alternative in place here)`,
    );
  const { scenario, branch: loaded } = s.source;
  const events = s.events.slice(after + 1);
  const procedure = s.source.procedure ?? loaded?.procedure;
  const seats = loaded?.seats;
  const asOf = s.asOf !== undefined && s.position === s.events.length ? s.asOf : undefined;
  const branch: Branch = {
    name,
    description: description ?? describeDeparture(scenario.events, after, events),
    after,
    events,
    eventLines: [],
    expect: { status: 'pending' },
    ...(procedure === undefined ? {} : { procedure }),
    ...(seats === undefined ? {} : { seats }),
    ...(asOf === undefined ? {} : { asOf }),
  };
  const others = scenario.branches.filter((b) => b.name !== name);
  const trial: Scenario = { ...scenario, branches: [...others, branch] };
  const outcome = outcomeOf(replayCase(caseOf(trial, name)).trace);
  const replaces = scenario.branches.findIndex((b) => b.name === name);
  const entry = {
    name,
    description: branch.description,
    after,
    ...(procedure === undefined ? {} : { procedure }),
    ...(seats === undefined ? {} : { seats }),
    ...(asOf === undefined ? {} : { asOf }),
    events: events.map(eventAsWritten),
    expect: expectationOf(outcome),
  };
  return { name, entry, outcome, ...(replaces < 0 ? {} : { replaces }) };
};

const withoutLines = ({ eventLines: _l, ...b }: Branch) => b;

/**
 * The file's new text with the draft spliced in, checked: the rest of the text is byte for byte
 * what it was, the file still loads, every other branch and the main history read the same, and
 * the new branch replays to its `expect`. Throws rather than return a text that fails any check.
 */
export const textWithBranch = (
  file: string,
  text: string,
  draft: BranchDraft,
  replace: boolean,
): string => {
  const splice = spliceBranch(text, file, draft.entry, replace ? draft.replaces : undefined);
  const before = loadScenario(text, file);
  const after = loadScenario(splice.text, file);
  const fail = (why: string) =>
    new SimulatorError(
      'input.invalidScenario',
      `${file}: the branch could not be added cleanly (${why}); nothing was written`,
      { file },
    );
  if (
    splice.text.slice(0, splice.start) !== text.slice(0, splice.start) ||
    splice.text.slice(splice.start + splice.inserted.length) !== text.slice(splice.end)
  )
    throw fail('the text around it changed');
  if (!isDeepStrictEqual(after.events, before.events))
    throw fail('the main history reads differently');
  for (const b of before.branches) {
    if (b.name === draft.name) continue;
    const same = after.branches.find((x) => x.name === b.name);
    if (same === undefined || !isDeepStrictEqual(withoutLines(same), withoutLines(b)))
      throw fail(`branch ${b.name} reads differently`);
  }
  const check = checkCase(caseOf(after, draft.name));
  if (!check.ok) throw fail(check.problems.join('; '));
  return splice.text;
};
