import { createEmptyActor, initialTransition } from 'xstate';
import type { AnyMachineSnapshot, AnyStateMachine, AnyTransitionDefinition } from 'xstate';
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
  const scope = inertScope(self, self.system);
  return (snapshot, event) => machine.transition(snapshot, event, scope);
};

const inertScope = (self: ReturnType<typeof createEmptyActor>, system: Scope['system']): Scope => ({
  // `self` is read only by actions that send, spawn or stop, which procedures never use: they
  // only `assign` (STYLE.md §5). An empty actor stands in, so no initial state is computed.
  self: self as unknown as Scope['self'],
  id: '',
  sessionId: '',
  system,
  logger: () => {},
  defer: () => {},
  emit: () => {},
  stopChild: () => {},
  actionExecutor: () => {},
});

/**
 * A step, and the transitions the event selected (`machine.getTransitionData(snapshot, event)`);
 * `taken` is undefined when XState did not report them (see `createRecordingTransition`).
 */
export type RecordedStep = Readonly<{
  snapshot: AnyMachineSnapshot;
  taken: readonly AnyTransitionDefinition[] | undefined;
}>;

export type RecordingTransition = (snapshot: AnyMachineSnapshot, event: BillEvent) => RecordedStep;

type Microstep = Readonly<{ type: string; _transitions?: readonly AnyTransitionDefinition[] }>;

/**
 * The pure transition that also returns the transitions the event selected, so replay learns
 * the rule, guard and vote of a step without evaluating the guards a second time with
 * `getTransitionData` (measured: replay 10–15% faster than with it). XState's
 * macrostep reports each microstep and its transitions to the scope's system
 * (`_sendInspectionEvent`, what `system.inspect()` observers receive); the first microstep of a
 * step is the one the event selects. The public `inspect()` copies every report for its
 * observers, which cost more than it saved, so the scope's system is the empty actor's with that
 * one method replaced. It is not public API: if XState stops reporting, `taken` is undefined and
 * the caller asks `getTransitionData` (tests/replay/pureTransition.equivalence.test.ts checks
 * that it is reported, and equal).
 */
export const createRecordingTransition = (machine: AnyStateMachine): RecordingTransition => {
  const self = createEmptyActor();
  let taken: readonly AnyTransitionDefinition[] | undefined;
  const record = (report: Microstep): void => {
    if (taken === undefined && report.type === '@xstate.microstep') taken = report._transitions;
  };
  const system = Object.create(self.system, {
    _sendInspectionEvent: { value: record },
  }) as Scope['system'];
  const scope = inertScope(self, system);
  return (snapshot, event) => {
    taken = undefined;
    const next = machine.transition(snapshot, event, scope);
    return { snapshot: next, taken };
  };
};

const initialSnapshots = new WeakMap<AnyStateMachine, Map<string, AnyMachineSnapshot>>();

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

/** One `make(machine)` per machine, kept as long as the machine is. */
const perMachine = <T extends object>(make: (machine: AnyStateMachine) => T) => {
  const made = new WeakMap<AnyStateMachine, T>();
  return (machine: AnyStateMachine): T => {
    let found = made.get(machine);
    if (found === undefined) {
      found = make(machine);
      made.set(machine, found);
    }
    return found;
  };
};

export const pureTransitionFor: (machine: AnyStateMachine) => PureTransition =
  perMachine(createPureTransition);

export const recordingTransitionFor: (machine: AnyStateMachine) => RecordingTransition =
  perMachine(createRecordingTransition);
