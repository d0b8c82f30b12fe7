import type { AnyStateMachine } from 'xstate';
import type { Procedure } from '../domain/procedure.js';
import { describeMove, ruleOfTransition } from '../replay/moves.js';
import type { Move } from '../replay/moves.js';

/**
 * The statechart of a procedure as plain data, read off the machine definition (never written
 * by hand): the states with their plain-words labels, and every transition with the event that
 * fires it, the guard that selects it, and the rule and article it applies.
 */
export type ChartState = Readonly<{
  id: string;
  label: string;
  parent?: string;
  final: boolean;
  compound: boolean;
  initial?: string;
}>;
export type ChartTransition = Readonly<{
  source: string;
  /** Absent for a transition that stays in its state (a reading, a postponement). */
  target?: string;
  event: string;
  label: string;
  rule?: string;
  article?: string;
}>;
export type Statechart = Readonly<{
  procedure: string;
  initial: string;
  states: readonly ChartState[];
  transitions: readonly ChartTransition[];
}>;

type NodeLike = Readonly<{
  id: string;
  key: string;
  type: string;
  description?: string | undefined;
  initial?: { target?: readonly { id: string }[] } | undefined;
  states: Readonly<Record<string, NodeLike>>;
  transitions: ReadonlyMap<string, readonly TransitionLike[]>;
}>;
type TransitionLike = Readonly<{
  eventType: string;
  guard?: unknown;
  meta?: unknown;
  target?: readonly { id: string }[] | undefined;
}>;

/** `bill.president.considering` → `president.considering`. */
export const stateIdOf = (nodeId: string): string => nodeId.replace(/^bill\.?/, '');

const collect = (
  node: NodeLike,
  procedure: Procedure,
  parent: string | undefined,
  out: { states: ChartState[]; transitions: ChartTransition[] },
): void => {
  const id = stateIdOf(node.id);
  const initial = node.initial?.target?.[0]?.id;
  out.states.push({
    id,
    label: node.description ?? node.key,
    ...(parent === undefined ? {} : { parent }),
    final: node.type === 'final',
    compound: Object.keys(node.states).length > 0,
    ...(initial === undefined ? {} : { initial: stateIdOf(initial) }),
  });
  for (const [event, list] of node.transitions) {
    for (const t of list) {
      const rule = ruleOfTransition(t);
      const target = t.target?.[0]?.id;
      const move: Move = {
        type: event as Move['type'],
        ...(t.guard === undefined ? {} : { guard: t.guard as NonNullable<Move['guard']> }),
      };
      out.transitions.push({
        source: id,
        ...(target === undefined ? {} : { target: stateIdOf(target) }),
        event,
        label: describeMove(move),
        ...(rule === undefined ? {} : { rule }),
        ...(rule === undefined || procedure.citations[rule] === undefined
          ? {}
          : { article: procedure.citations[rule].article }),
      });
    }
  }
  for (const child of Object.values(node.states)) collect(child, procedure, id, out);
};

export const statechartOf = (procedure: Procedure): Statechart => {
  const machine: AnyStateMachine = procedure.machine;
  const root = machine.root as unknown as NodeLike;
  const out = { states: [] as ChartState[], transitions: [] as ChartTransition[] };
  for (const child of Object.values(root.states)) collect(child, procedure, undefined, out);
  const initial = root.initial?.target?.[0]?.id;
  return {
    procedure: procedure.id,
    initial: initial === undefined ? '' : stateIdOf(initial),
    ...out,
  };
};
