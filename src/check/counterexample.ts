import { stringify } from 'yaml';
import type { Seats } from '../domain/chambers.js';
import { isSimulatorError } from '../domain/errors.js';
import type { BillEvent } from '../domain/events.js';
import type { Procedure } from '../domain/procedure.js';
import type { Outcome } from '../projections/outcome.js';
import { outcomeOf } from '../projections/outcome.js';
import { replay } from '../replay/replay.js';
import type { Counterexample } from './evaluate.js';
import type { InvalidVariant } from './mutations.js';
import { kebab } from '../domain/text.js';

type Expect = Readonly<{
  status: Outcome['status'];
  reason?: string;
  date?: string;
  stage?: string;
}>;

/** What replay gives, as a scenario's `expect`; or the error that stops it. */
const expectOf = (
  procedure: Procedure,
  events: readonly BillEvent[],
  seats: Seats | undefined,
  asOf: string | undefined,
): { expect: Expect; error?: string } => {
  try {
    const result = replay(events, {
      procedure,
      ...(seats === undefined ? {} : { seats }),
      ...(asOf === undefined ? {} : { asOf }),
    });
    const { status, reason, date, stage } = outcomeOf(result.trace);
    return { expect: date === '' ? { status, reason, stage } : { status, reason, date, stage } };
  } catch (e) {
    if (!isSimulatorError(e)) throw e;
    return { expect: { status: 'pending' }, error: `error [${e.code}]: ${e.message}` };
  }
};

/** A variant of the history as a scenario branch: the main events up to where it departs. */
const branchOf = (c: Counterexample, variant: InvalidVariant) => {
  if (variant.from < 1 || variant.from > c.history.events.length) return undefined;
  const { expect, error } = expectOf(
    c.history.procedure,
    variant.events,
    c.history.seats,
    undefined,
  );
  return {
    name: kebab(variant.mutation),
    description:
      error === undefined
        ? `${variant.description}: strict replay accepts it`
        : `${variant.description}: strict replay rejects it (${error})`,
    after: variant.from - 1,
    events: variant.events.slice(variant.from),
    expect,
  };
};

/** The name a counterexample file gets: `counterexample-<procedure>-<invariant>`. */
export const counterexampleId = (c: Counterexample): string =>
  `counterexample-${c.history.procedure.id}-${c.invariant.name}`
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-');

/**
 * A counterexample as a ready-to-save scenario file (docs/scenario-format.md): the history, what
 * replay gives for it as `expect`, and the invalid variants a rejection invariant tried as
 * branches. `comments` go at the top (how to reproduce it).
 */
export const counterexampleScenario = (
  c: Counterexample,
  comments: readonly string[] = [],
): string => {
  const { procedure, events, seats, asOf } = c.history;
  const introduced = events.find((e) => e.type === 'BillIntroduced');
  const { expect, error } = expectOf(procedure, events, seats, asOf);
  const branches = c.variants.flatMap((v) => branchOf(c, v) ?? []);
  const scenario = {
    id: counterexampleId(c),
    title: `Counterexample to ${c.invariant.name} under ${procedure.id}`,
    description: `${c.invariant.sentence} (${c.invariant.article}) Violated: ${c.message}`,
    jurisdiction: procedure.jurisdiction,
    procedure: procedure.id,
    bill:
      introduced?.type === 'BillIntroduced'
        ? {
            kind: introduced.data.kind,
            title: introduced.data.title,
            ...(introduced.data.subjects === undefined
              ? {}
              : { subjects: introduced.data.subjects }),
          }
        : { kind: 'law' },
    ...(seats === undefined ? {} : { seats }),
    ...(asOf === undefined ? {} : { asOf }),
    events: events.map((e) => ({ type: e.type, at: e.at, data: e.data })),
    expect,
    ...(branches.length === 0 ? {} : { branches }),
  };
  const header = [
    ...comments,
    '`expect` records what replay gives now; change it to what the constitution requires.',
    ...(error === undefined ? [] : [`Strict replay of this history fails: ${error}`]),
  ];
  return `${header.map((line) => `# ${line}`).join('\n')}\n${stringify(scenario, { lineWidth: 0 })}`;
};
