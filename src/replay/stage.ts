import type { AnyStateMachine, StateValue } from 'xstate';
import { terminalStageNames } from '../../machines/shared/terminalStates.js';
import type { TerminalStage } from '../../machines/shared/terminalStates.js';

/** Where a bill stands: the nested state path and its plain-words label. */
export type Stage = Readonly<{
  /** e.g. `president.considering`. */
  path: string;
  /** e.g. `President › awaiting signature`. */
  label: string;
  /** The top-level stage, e.g. `president`. */
  top: string;
  /**
   * The stage as a timeline counts it: the top-level stage, or deeper where a top-level state
   * only groups stages (`meta: { phases: 'children' }`, e.g. Russia's constitutional-law path).
   */
  phase: string;
  phaseLabel: string;
  /** Set when the bill's process has ended. */
  terminal?: TerminalStage;
}>;

type Node = Readonly<{
  description?: string | undefined;
  meta?: unknown;
  states: Readonly<Record<string, Node>>;
}>;

const groupsPhases = (node: Node): boolean =>
  (node.meta as { phases?: unknown } | undefined)?.phases === 'children';

const leafPath = (value: StateValue): string[] => {
  if (typeof value === 'string') return [value];
  const [key, child] = Object.entries(value)[0] ?? [];
  return key === undefined || child === undefined ? [] : [key, ...leafPath(child)];
};

const isTerminal = (top: string): top is TerminalStage =>
  (terminalStageNames as readonly string[]).includes(top);

const cache = new WeakMap<AnyStateMachine, Map<string, Stage>>();

/** The stage of a snapshot's state value (`snapshot.value`, typed `any` by XState). */
export const stageOf = (machine: AnyStateMachine, value: unknown): Stage => {
  // Replay asks for the stage at every step; a machine has few states, so stages are memoised.
  const key = typeof value === 'string' ? value : JSON.stringify(value);
  const known = cache.get(machine) ?? new Map<string, Stage>();
  cache.set(machine, known);
  const found = known.get(key);
  if (found !== undefined) return found;
  const stage = computeStage(machine, value);
  known.set(key, stage);
  return stage;
};

const computeStage = (machine: AnyStateMachine, value: unknown): Stage => {
  const segments = leafPath(value as StateValue);
  const labels: string[] = [];
  let node: Node = machine.root as Node;
  let phaseDepth = 1;
  for (const [i, segment] of segments.entries()) {
    const child: Node | undefined = node.states[segment];
    if (child === undefined) break;
    labels.push(child.description ?? segment);
    if (i + 1 === phaseDepth && groupsPhases(child)) phaseDepth++;
    node = child;
  }
  const top = segments[0] ?? '';
  const stage = {
    path: segments.join('.'),
    label: labels.join(' › '),
    top,
    phase: segments.slice(0, phaseDepth).join('.'),
    phaseLabel: labels.slice(0, phaseDepth).join(' › '),
  };
  return isTerminal(top) ? { ...stage, terminal: top } : stage;
};
