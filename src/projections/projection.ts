import type { TraceStep } from '../replay/replay.js';

/**
 * A read model: a pure fold over the replay trace (STYLE.md §3). `project` takes an optional
 * starting state so a projection can catch up from a saved one.
 */
export type Projection<S> = Readonly<{
  name: string;
  initialState: () => S;
  evolve: (state: S, step: TraceStep) => S;
}>;

export const project = <S>(
  projection: Projection<S>,
  trace: readonly TraceStep[],
  from: S = projection.initialState(),
): S => trace.reduce(projection.evolve, from);
