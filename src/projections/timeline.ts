import { daysBetween, earliestDay, parseDate } from '../domain/calendar.js';
import type { StageRole } from '../domain/procedure.js';
import type { TraceStep } from '../replay/replay.js';
import type { Projection } from './projection.js';
import { project } from './projection.js';

/** One stage of the bill's life: when it entered and left, and how many days it took. */
export type TimelineEntry = Readonly<{
  stage: string;
  label: string;
  /** The stage's role in its procedure (lowerChamber, headOfState, …): see `stageRoles`. */
  role?: StageRole;
  from: string;
  /** Absent while the bill is still at this stage. */
  to?: string;
  days?: number;
  /** A month-only date or a date range bounds this stage: the day count is approximate. */
  approximate: boolean;
}>;

type Open = Readonly<{ stage: string; label: string; role?: StageRole; from: string }>;
type State = Readonly<{ done: readonly TimelineEntry[]; open: Open | undefined }>;

const close = (open: Open, to: string): TimelineEntry => ({
  ...open,
  to,
  days: daysBetween(earliestDay(open.from), earliestDay(to)),
  approximate: parseDate(open.from).precision !== 'day' || parseDate(to).precision !== 'day',
});

/** Top-level stages in order; end states are not stages and close the last one. */
export const timelineProjection: Projection<State> = {
  name: 'timeline',
  initialState: () => ({ done: [], open: undefined }),
  evolve: (state, step) => {
    if (step.before.phase === step.after.phase) return state;
    const done =
      state.open === undefined ? state.done : [...state.done, close(state.open, step.event.at)];
    const open =
      step.after.terminal === undefined
        ? {
            stage: step.after.phase,
            label: step.after.phaseLabel,
            ...(step.after.role === undefined ? {} : { role: step.after.role }),
            from: step.event.at,
          }
        : undefined;
    return { done, open };
  },
};

export const timelineOf = (trace: readonly TraceStep[]): TimelineEntry[] => {
  const { done, open } = project(timelineProjection, trace);
  return open === undefined
    ? [...done]
    : [...done, { ...open, approximate: parseDate(open.from).precision !== 'day' }];
};
