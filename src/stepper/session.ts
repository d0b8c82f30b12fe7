import { parseDate } from '../domain/calendar.js';
import { SimulatorError } from '../domain/errors.js';
import type { BillEvent } from '../domain/events.js';
import type { Procedure } from '../domain/procedure.js';
import type { ReplayOptions, ReplayResult } from '../replay/replay.js';
import { replay } from '../replay/replay.js';
import { loadScenario } from '../scenario/loadScenario.js';
import { caseOf } from '../scenario/runScenario.js';
import type { Branch, Scenario } from '../scenario/scenario.js';

/** Where the session's history comes from: a scenario file (its text kept for saving), or nothing. */
export type SessionSource =
  | Readonly<{
      kind: 'scenario';
      file: string;
      /** The file's text as read: a save splices into it and checks the file still holds it. */
      text: string;
      scenario: Scenario;
      /** The branch the session started from (`--branch`), or the branch last saved. */
      branch?: Branch;
      /** `--procedure`: replay under this procedure instead of the one the file names. */
      procedure?: string;
    }>
  | Readonly<{ kind: 'blank'; procedure: Procedure }>;

/** What `undo` restores. */
type Saved = Readonly<{
  events: readonly BillEvent[];
  changedFrom: number | undefined;
  position: number;
  asOf: string | undefined;
  full: ReplayResult | undefined;
}>;

/**
 * A stepping session: the case's events, the position shown (the first `position` events are
 * applied), an optional date the view is taken as of, and the alternatives tried so far. Pure
 * data; every command returns a new session.
 */
export type Session = Readonly<{
  source: SessionSource;
  events: readonly BillEvent[];
  /** Index of the first event the user put in place of the file's history; unset while unchanged. */
  changedFrom: number | undefined;
  position: number;
  /** The view is as of this date: the events up to it, and the clocks run out to it. */
  asOf: string | undefined;
  /** The whole history replayed strictly (absent while there is no event). */
  full: ReplayResult | undefined;
  undo: readonly Saved[];
}>;

export const replayOptionsOf = (source: SessionSource): ReplayOptions => {
  if (source.kind === 'blank')
    return { procedure: source.procedure, jurisdiction: source.procedure.jurisdiction };
  const { scenario, branch } = source;
  const procedure = source.procedure ?? branch?.procedure ?? scenario.procedure;
  return {
    jurisdiction: scenario.jurisdiction,
    seats: { ...scenario.seats, ...branch?.seats },
    mode: 'strict',
    ...(procedure === undefined ? {} : { procedure }),
  };
};

export const replayAll = (
  source: SessionSource,
  events: readonly BillEvent[],
): ReplayResult | undefined =>
  events.length === 0 ? undefined : replay(events, replayOptionsOf(source));

/** The smallest position that can be shown: 1 once there is an event (0 is the blank bill). */
export const firstPosition = (s: Pick<Session, 'events'>): number =>
  s.events.length === 0 ? 0 : 1;

const fresh = (source: SessionSource, events: readonly BillEvent[], position: number): Session => ({
  source,
  events,
  changedFrom: undefined,
  position,
  asOf: undefined,
  full: replayAll(source, events),
  undo: [],
});

/**
 * A session over a scenario file's text: its main history, or a branch; positioned at the
 * first event. The whole case is replayed strictly once, so a history the procedure forbids
 * fails here with the file and line, as `legisim replay` does.
 */
export const createScenarioSession = (
  input: Readonly<{ file: string; text: string; branch?: string; procedure?: string }>,
): Session => {
  const scenario = loadScenario(input.text, input.file);
  const c = caseOf(scenario, input.branch);
  const source: SessionSource = {
    kind: 'scenario',
    file: input.file,
    text: input.text,
    scenario,
    ...(c.branch === undefined ? {} : { branch: c.branch }),
    ...(input.procedure === undefined ? {} : { procedure: input.procedure }),
  };
  return fresh(source, c.events, 1);
};

/** A blank bill under a procedure: no event yet; the first alternative introduces it. */
export const createBlankSession = (procedure: Procedure): Session =>
  fresh({ kind: 'blank', procedure }, [], 0);

/** The number of events that come from the scenario's main history in this case. */
export const mainPrefixOf = (s: Session): number => {
  if (s.source.kind === 'blank') return 0;
  const { branch, scenario } = s.source;
  return branch === undefined ? scenario.events.length : branch.after + 1;
};

export type Origin = 'main' | 'branch' | 'yours';

/** Where the event at `index` comes from: the main history, the loaded branch, or the user. */
export const originOf = (s: Session, index: number): Origin => {
  if (s.changedFrom !== undefined && index >= s.changedFrom) return 'yours';
  return index < mainPrefixOf(s) ? 'main' : 'branch';
};

/**
 * The branch's departure: the index of the last main-history event it keeps (`after` in the
 * file), or undefined while the history is unchanged or has no event to depart from.
 */
export const departureOf = (s: Session): number | undefined => {
  if (s.changedFrom === undefined || s.source.kind === 'blank') return undefined;
  const after = Math.min(s.changedFrom, mainPrefixOf(s)) - 1;
  return after < 0 ? undefined : after;
};

const outOfRange = (s: Session, k: number): SimulatorError =>
  new SimulatorError(
    'input.invalidOption',
    `there is no position ${k}: positions run from ${firstPosition(s)} to ${s.events.length}`,
    { position: k },
  );

/** Shows the state after the first `k` events. */
export const goTo = (s: Session, k: number): Session => {
  if (!Number.isInteger(k) || k < firstPosition(s) || k > s.events.length) throw outOfRange(s, k);
  return { ...s, position: k, asOf: undefined };
};

/** Shows the state as of a date: the events dated up to it, and the clocks run out to it. */
export const goToDate = (s: Session, raw: string): Session => {
  const date = parseDate(raw);
  const first = s.events[0];
  if (first === undefined)
    throw new SimulatorError('input.invalidOption', 'there is no event yet to date a view by');
  if (date.latest < parseDate(first.at).earliest) {
    throw new SimulatorError(
      'input.invalidDate',
      `${raw} is before the first event (${first.at}); the bill did not exist yet`,
      { raw },
    );
  }
  const { applied } = replay(s.events, { ...replayOptionsOf(s.source), asOf: raw });
  return { ...s, position: applied, asOf: date.text };
};

/**
 * The date the case is replayed as of (`asOf` of the branch, else of the scenario), while the
 * history is the file's and the date is not before its last event: `next` at the last event
 * goes on to it, so the stepper ends where `legisim replay` does.
 */
export const caseAsOfOf = (s: Session): string | undefined => {
  if (s.source.kind === 'blank' || s.changedFrom !== undefined) return undefined;
  const asOf = s.source.branch?.asOf ?? s.source.scenario.asOf;
  const last = s.events.at(-1);
  if (asOf === undefined || last === undefined) return undefined;
  return parseDate(asOf).earliest >= parseDate(last.at).latest ? asOf : undefined;
};

/** The state just before an alternative, for `undo`. */
const savedOf = (s: Session): Saved => ({
  events: s.events,
  changedFrom: s.changedFrom,
  position: s.position,
  asOf: s.asOf,
  full: s.full,
});

/**
 * Puts `event` at the current position: the events shown are kept and the rest of the history is
 * replaced, so a new branch starts here (or the branch being built goes on). Replays strictly:
 * an event the procedure forbids throws, and the session is unchanged.
 */
export const withAlternative = (s: Session, event: BillEvent): Session => {
  const events = [...s.events.slice(0, s.position), event];
  const full = replayAll(s.source, events);
  return {
    ...s,
    events,
    full,
    position: events.length,
    asOf: undefined,
    changedFrom: Math.min(s.changedFrom ?? s.position, s.position),
    undo: [...s.undo, savedOf(s)],
  };
};

/** Takes back the last alternative; undefined when there is none. */
export const undone = (s: Session): Session | undefined => {
  const last = s.undo.at(-1);
  if (last === undefined) return undefined;
  return { ...s, ...last, undo: s.undo.slice(0, -1) };
};

/** After a save: the file's new text is the source, with the saved branch as the case shown. */
export const savedAsBranch = (s: Session, text: string, name: string): Session => {
  if (s.source.kind !== 'scenario') return s;
  const scenario = loadScenario(text, s.source.file);
  const branch = scenario.branches.find((b) => b.name === name);
  const source: SessionSource = {
    ...s.source,
    text,
    scenario,
    ...(branch === undefined ? {} : { branch }),
  };
  return { ...s, source, changedFrom: undefined, undo: [] };
};

/** After a blank bill is saved as a new scenario file, the session steps through that file. */
export const savedAsScenario = (s: Session, file: string, text: string): Session => {
  const scenario = loadScenario(text, file);
  const source: SessionSource = { kind: 'scenario', file, text, scenario };
  return { ...s, source, changedFrom: undefined, undo: [] };
};

/** The scenario file changed on disk since it was read: take its new text (nothing else moves). */
export const withFileText = (s: Session, text: string): Session => {
  if (s.source.kind !== 'scenario') return s;
  const scenario = loadScenario(text, s.source.file);
  const name = s.source.branch?.name;
  const branch = name === undefined ? undefined : scenario.branches.find((b) => b.name === name);
  const { branch: _old, ...rest } = s.source;
  return {
    ...s,
    source: { ...rest, text, scenario, ...(branch === undefined ? {} : { branch }) },
  };
};
