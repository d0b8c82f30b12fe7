import type { TraceStep } from '../replay/replay.js';
import type { OutcomeStatus } from '../scenario/schema.js';
import type { Projection } from './projection.js';
import { project } from './projection.js';

/** Where the bill stands or how it ended (DESIGN.md, Outcome vocabulary). */
export type Outcome = Readonly<{
  status: OutcomeStatus;
  /** Which path: signed, override, deemed-approved, rejected-by-senate, veto-sustained, … */
  reason: string;
  /** Top-level stage where the bill stands, or where the deciding event happened. */
  stage: string;
  /** Date of the deciding event (or of the last event while pending). */
  date: string;
}>;

type State = Readonly<{
  outcome: Outcome | undefined;
  deemed: boolean;
  last: TraceStep | undefined;
}>;

const kebab = (s: string): string => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Rule ids of tacit approval contain "deemed" (e.g. senate.deemedPassed, federationCouncil.deemedApproved). */
const isDeemed = (step: TraceStep): boolean => step.rule?.id.includes('deemed') === true;

const reasonOf = (step: TraceStep, deemed: boolean): string => {
  const [top, child] = step.after.path.split('.');
  if (top === 'enacted')
    return child === 'override' ? 'override' : deemed ? 'deemed-approved' : 'signed';
  if (top === 'failed' && child !== undefined) {
    const chamber = step.vote?.chamber;
    if ((child === 'rejected' || child === 'rejectedByUpperChamber') && chamber !== undefined)
      return `rejected-by-${kebab(chamber)}`;
    return kebab(child);
  }
  return top ?? 'unknown';
};

export const outcomeProjection: Projection<State> = {
  name: 'outcome',
  initialState: () => ({ outcome: undefined, deemed: false, last: undefined }),
  evolve: (state, step) => {
    const deemed = state.deemed || isDeemed(step);
    if (state.outcome !== undefined) return { ...state, last: step };
    const terminal = step.after.terminal;
    if (terminal === undefined) return { ...state, deemed, last: step };
    return {
      deemed,
      last: step,
      outcome: {
        status: terminal,
        reason: reasonOf(step, deemed),
        stage: step.before.top,
        date: step.event.at,
      },
    };
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
