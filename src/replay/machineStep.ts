import type { AnyMachineSnapshot, AnyStateMachine, AnyTransitionDefinition } from 'xstate';
import type { BillEvent } from '../domain/events.js';
import { recordingTransitionFor } from './pureTransition.js';

/** One event applied: the next snapshot and the transition the machine took. */
export type Taken = Readonly<{ next: AnyMachineSnapshot; chosen: AnyTransitionDefinition }>;

/** Applies an event, or says (undefined) that the machine has no transition for it here. */
export type MachineStep = (snapshot: AnyMachineSnapshot, event: BillEvent) => Taken | undefined;

/** What a transition's `meta` may say (machines/shared/transitions.ts, `RuleMeta`). */
export type TransitionMeta = Readonly<{
  rule?: string;
  breach?: true;
  reason?: string;
  notRecorded?: string;
}>;

const NO_META: TransitionMeta = Object.freeze({});

export const metaOf = (t: Readonly<{ meta?: unknown }>): TransitionMeta =>
  typeof t.meta === 'object' && t.meta !== null ? t.meta : NO_META;

const steps = new WeakMap<AnyStateMachine, MachineStep>();

/**
 * The machine's pure step: one transition, which also reports the transition taken (for the
 * rule, the guard and the vote), with `getTransitionData` as the fallback. Memoised per machine.
 */
export const machineStepFor = (machine: AnyStateMachine): MachineStep => {
  const found = steps.get(machine);
  if (found !== undefined) return found;
  const transition = recordingTransitionFor(machine);
  const step: MachineStep = (snapshot, event) => {
    const { snapshot: next, taken } = transition(snapshot, event);
    const chosen = (taken ?? machine.getTransitionData(snapshot, event))[0];
    return chosen === undefined ? undefined : { next, chosen };
  };
  steps.set(machine, step);
  return step;
};
