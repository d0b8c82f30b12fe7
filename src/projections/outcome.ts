import type { ChamberId } from '../domain/chambers.js';
import type { TraceStep } from '../replay/replay.js';
import type { OutcomeStatus } from '../scenario/schema.js';
import type { Projection } from './projection.js';
import { project } from './projection.js';
import { kebab } from '../domain/text.js';

/** Where the bill stands or how it ended (DESIGN.md, Outcome vocabulary). */
export type Outcome = Readonly<{
  status: OutcomeStatus;
  /**
   * Which path: signed, override, deemed-approved, override-of-upper-chamber,
   * adopted-in-president-wording, signed-in-stead, rejected-by-senate, veto-sustained, …
   */
  reason: string;
  /** Top-level stage where the bill stands, or where the deciding event happened. */
  stage: string;
  /** Date of the deciding event (or of the last event while pending). */
  date: string;
}>;

type State = Readonly<{
  outcome: Outcome | undefined;
  /**
   * The latest reason a transition decided on the way (`meta.reason`: deemed-approved,
   * override-of-upper-chamber, adopted-in-president-wording, …): the reason of a law then
   * simply signed.
   */
  path: string | undefined;
  /** The upper chamber whose failed vote a later step may confirm (the Duma fails to insist). */
  upperRejection: ChamberId | undefined;
  last: TraceStep | undefined;
}>;

/**
 * The reason of the step that ended the process: the one its transition states, else the one
 * its end state gives (`meta.end`): a law simply signed keeps the reason decided on the way, and
 * a rejection names its chamber.
 */
const reasonOf = (step: TraceStep, state: State): string => {
  if (step.reason !== undefined) return step.reason;
  const end = step.after.end;
  if (end === undefined) return step.after.top;
  if (end.keepsEarlierReason === true) return state.path ?? end.reason;
  const chamber =
    end.namesChamber === 'upperChamber'
      ? (state.upperRejection ?? step.vote?.chamber)
      : end.namesChamber === 'deciding'
        ? step.vote?.chamber
        : undefined;
  return chamber === undefined ? end.reason : `rejected-by-${kebab(chamber)}`;
};

export const outcomeProjection: Projection<State> = {
  name: 'outcome',
  initialState: () => ({
    outcome: undefined,
    path: undefined,
    upperRejection: undefined,
    last: undefined,
  }),
  evolve: (state, step) => {
    // An end is final unless the bill moves to another end: a law struck down after enactment.
    if (state.outcome !== undefined && step.after.terminal === state.outcome.status)
      return { ...state, last: step };
    const v = step.vote;
    const upperRejection =
      v?.result === 'failed' && step.before.role === 'upperChamber'
        ? v.chamber
        : state.upperRejection;
    const terminal = step.after.terminal;
    if (terminal === undefined)
      return { ...state, path: step.reason ?? state.path, upperRejection, last: step };
    const outcome = {
      status: terminal,
      reason: reasonOf(step, state),
      stage: step.before.top,
      date: step.event.at,
    };
    return { path: state.path, upperRejection, last: step, outcome };
  },
};

/** The outcome of a trace: decided by its terminal step, or pending at its last stage. */
export const outcomeOf = (trace: readonly TraceStep[]): Outcome => {
  const { outcome, last } = project(outcomeProjection, trace);
  if (outcome !== undefined) return outcome;
  return {
    status: 'pending',
    reason: 'in-progress',
    stage: last?.after.top ?? 'drafting',
    date: last?.event.at ?? '',
  };
};
