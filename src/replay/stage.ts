import type { AnyStateMachine, StateValue } from 'xstate';
import { terminalStageNames } from '../../machines/shared/terminalStates.js';
import type { TerminalStage } from '../../machines/shared/terminalStates.js';
import type { EndMeta, StageRole } from '../domain/procedure.js';
import { stageRoles } from '../domain/procedure.js';

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
  /** The phase's role (`meta.role` of its state): how stages of different procedures compare. */
  role: StageRole | undefined;
  /** Set when the bill's process has ended. */
  terminal?: TerminalStage;
  /** What the end state says about the outcome (`meta.end`), on end states. */
  end?: EndMeta;
}>;

type Node = Readonly<{
  description?: string | undefined;
  meta?: unknown;
  states: Readonly<Record<string, Node>>;
}>;

const groupsPhases = (node: Node): boolean =>
  (node.meta as { phases?: unknown } | undefined)?.phases === 'children';

const roleOf = (node: Node): StageRole | undefined => {
  const role = (node.meta as { role?: unknown } | undefined)?.role;
  return (stageRoles as readonly unknown[]).includes(role) ? (role as StageRole) : undefined;
};

const endOf = (node: Node): EndMeta | undefined => {
  const end = (node.meta as { end?: Partial<EndMeta> } | undefined)?.end;
  return typeof end?.reason === 'string' ? (end as EndMeta) : undefined;
};

const leafPath = (value: StateValue): string[] => {
  if (typeof value === 'string') return [value];
  const [key, child] = Object.entries(value)[0] ?? [];
  return key === undefined || child === undefined ? [] : [key, ...leafPath(child)];
};

const isTerminal = (top: string): top is TerminalStage =>
  (terminalStageNames as readonly string[]).includes(top);

/**
 * Stages memoised per machine, in a tree of the state value's keys: replay asks for the stage at
 * every step, and the keys of `snapshot.value` are the machine's own strings, so walking this tree
 * costs less than building one string key and hashing it. A value with several keys at one level
 * (parallel states) is kept by its JSON instead.
 */
type StageTree = { stage?: Stage; children?: Map<string, StageTree> };
type StageCache = { tree: StageTree; parallel: Map<string, Stage> };

const cache = new WeakMap<AnyStateMachine, StageCache>();

const childOf = (tree: StageTree, key: string): StageTree => {
  tree.children ??= new Map<string, StageTree>();
  let child = tree.children.get(key);
  if (child === undefined) {
    child = {};
    tree.children.set(key, child);
  }
  return child;
};

/** The tree node of a chain of single keys ending in a string, or undefined for other values. */
const nodeOf = (tree: StageTree, value: unknown): StageTree | undefined => {
  let node = tree;
  let rest = value;
  while (typeof rest === 'object' && rest !== null) {
    let only: string | undefined;
    for (const k in rest) {
      if (only !== undefined) return undefined;
      only = k;
    }
    if (only === undefined) return undefined;
    node = childOf(node, only);
    rest = (rest as Record<string, unknown>)[only];
  }
  return typeof rest === 'string' ? childOf(node, rest) : undefined;
};

/** The stage of a snapshot's state value (`snapshot.value`, typed `any` by XState). */
export const stageOf = (machine: AnyStateMachine, value: unknown): Stage => {
  let known = cache.get(machine);
  if (known === undefined) {
    known = { tree: {}, parallel: new Map<string, Stage>() };
    cache.set(machine, known);
  }
  const node = nodeOf(known.tree, value);
  if (node !== undefined) return (node.stage ??= computeStage(machine, value));
  const key = JSON.stringify(value);
  const found = known.parallel.get(key);
  if (found !== undefined) return found;
  const stage = computeStage(machine, value);
  known.parallel.set(key, stage);
  return stage;
};

const computeStage = (machine: AnyStateMachine, value: unknown): Stage => {
  const segments = leafPath(value as StateValue);
  const labels: string[] = [];
  let node: Node = machine.root as Node;
  let phaseDepth = 1;
  let role: StageRole | undefined;
  for (const [i, segment] of segments.entries()) {
    const child: Node | undefined = node.states[segment];
    if (child === undefined) break;
    labels.push(child.description ?? segment);
    if (i < phaseDepth) role = roleOf(child) ?? role;
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
    role,
  };
  if (!isTerminal(top)) return stage;
  const end = endOf(node);
  return end === undefined ? { ...stage, terminal: top } : { ...stage, terminal: top, end };
};
