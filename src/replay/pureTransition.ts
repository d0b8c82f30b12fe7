import { createEmptyActor, initialTransition } from 'xstate';
import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import type { Seats } from '../domain/chambers.js';
import type { BillEvent } from '../domain/events.js';

type Scope = Parameters<AnyStateMachine['transition']>[2];

/** Applies one event to a snapshot: a pure function of the machine, like XState's `transition()`. */
export type PureTransition = (snapshot: AnyMachineSnapshot, event: BillEvent) => AnyMachineSnapshot;

/**
 * XState's pure `transition()` for `machine`, without its per-call cost. `transition()` builds a
 * throwaway actor on every call, and that actor computes the machine's initial state each time,
 * which is most of its cost (kz-2023, measured: ≈ 90 µs a call, against ≈ 11 µs for the
 * machine's own `transition` with a reused scope). Replay and random walks take many steps
 * through one machine, so this builds one inert scope, as `transition()` does, and calls the
 * machine's `transition` with it: the same snapshot, no effects (machines only `assign`; nothing
 * is executed). tests/replay/pureTransition.equivalence.test.ts checks it against `transition()`.
 */
export const createPureTransition = (machine: AnyStateMachine): PureTransition => {
  const self = createEmptyActor();
  const scope: Scope = {
    // `self` is read only by actions that send, spawn or stop, which procedures never use: they
    // only `assign` (STYLE.md §5). An empty actor stands in, so no initial state is computed.
    self: self as unknown as Scope['self'],
    id: '',
    sessionId: '',
    system: self.system,
    logger: () => {},
    defer: () => {},
    emit: () => {},
    stopChild: () => {},
    actionExecutor: () => {},
  };
  return (snapshot, event) => machine.transition(snapshot, event, scope);
};

const initialSnapshots = new WeakMap<AnyStateMachine, Map<string, AnyMachineSnapshot>>();
const transitions = new WeakMap<AnyStateMachine, PureTransition>();

/** `initialTransition` memoised: snapshots are immutable, and a corpus starts thousands of walks. */
export const initialSnapshot = (machine: AnyStateMachine, seats: Seats): AnyMachineSnapshot => {
  const bySeats = initialSnapshots.get(machine) ?? new Map<string, AnyMachineSnapshot>();
  initialSnapshots.set(machine, bySeats);
  const key = JSON.stringify(seats);
  const found = bySeats.get(key);
  if (found !== undefined) return found;
  const [snapshot] = initialTransition(machine, { seats });
  bySeats.set(key, snapshot);
  return snapshot;
};

export const pureTransitionFor = (machine: AnyStateMachine): PureTransition => {
  const found = transitions.get(machine);
  if (found !== undefined) return found;
  const stepper = createPureTransition(machine);
  transitions.set(machine, stepper);
  return stepper;
};
