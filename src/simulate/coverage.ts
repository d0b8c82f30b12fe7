import type { AnyStateMachine } from 'xstate';

/** The parts of an XState state node the coverage count reads. */
type NodeLike = Readonly<{
  id: string;
  states: Readonly<Record<string, NodeLike>>;
  transitions: ReadonlyMap<string, readonly unknown[]>;
}>;

type TransitionLike = Readonly<{ eventType: string; source: NodeLike }>;

/** A stable name for one transition of a machine: its source state, event type and position. */
export const transitionKey = (t: TransitionLike): string => {
  const index = t.source.transitions.get(t.eventType)?.indexOf(t) ?? -1;
  return `${t.source.id}:${t.eventType}#${index}`;
};

const walkNodes = (
  node: NodeLike,
  path: readonly string[],
  visit: (n: NodeLike, p: readonly string[]) => void,
): void => {
  visit(node, path);
  for (const [key, child] of Object.entries(node.states)) walkNodes(child, [...path, key], visit);
};

/** Every leaf stage path of a machine (e.g. `president.considering`), as `stageOf` names them. */
export const stagePathsOf = (machine: AnyStateMachine): string[] => {
  const paths: string[] = [];
  walkNodes(machine.root, [], (n, p) => {
    if (p.length > 0 && Object.keys(n.states).length === 0) paths.push(p.join('.'));
  });
  return paths;
};

/** Every transition of a machine, by `transitionKey`. */
export const transitionKeysOf = (machine: AnyStateMachine): string[] => {
  const keys: string[] = [];
  walkNodes(machine.root, [], (n) => {
    for (const [type, list] of n.transitions)
      list.forEach((_, i) => keys.push(`${n.id}:${type}#${i}`));
  });
  return keys;
};
