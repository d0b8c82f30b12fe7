import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import { getProcedure, procedures } from '../../machines/index.js';
import type { RuleMeta } from '../../machines/shared/transitions.js';

type Edge = Readonly<{ event: string; meta: Partial<RuleMeta> }>;

const edgesOf = (node: AnyStateNode): Edge[] => [
  ...[...node.transitions.entries()].flatMap(([event, ts]) =>
    ts.map((t) => ({ event, meta: (t.meta ?? {}) as Partial<RuleMeta> })),
  ),
  ...Object.values(node.states).flatMap(edgesOf),
];

describe.each(procedures.map((p) => [p.id, p] as const))('%s transition meta', (_id, p) => {
  const edges = edgesOf(p.machine.root);

  it('gives every transition citing a rule the same outcome reason', () => {
    const reasons = new Map<string, Set<string | undefined>>();
    for (const { meta } of edges) {
      if (meta.rule === undefined) continue;
      reasons.set(meta.rule, (reasons.get(meta.rule) ?? new Set()).add(meta.reason));
    }
    const mixed = [...reasons].filter(([, r]) => r.size > 1).map(([rule]) => rule);
    expect(mixed).toEqual([]);
  });
});

/**
 * Kazakhstan's and Russia's constitutions give the head of state no way to refuse to act, and
 * nothing else in them is a step history took against the rules: there, every refusal is a
 * breach and only refusals are. (Georgia's President may lawfully return a law without remarks;
 * Hungary's second return, Bulgaria's second veto and a re-vote within Kyrgyzstan's six-month bar
 * are breaches of other rules.)
 */
describe.each(['kz-1995', 'kz-2023', 'kz-2026-kurultai', 'ru-1993', 'ru-2020'])(
  '%s breaches',
  (id) => {
    it('marks as breaches only refusals to act, and every refusal', () => {
      const edges = edgesOf(getProcedure(id).machine.root);
      const breaches = edges.filter((e) => e.meta.breach === true).map((e) => e.event);
      expect(new Set(breaches)).toEqual(new Set(['PresidentRefused']));
      expect(edges.filter((e) => e.event === 'PresidentRefused' && e.meta.breach !== true)).toEqual(
        [],
      );
    });
  },
);
