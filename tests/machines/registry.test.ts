import { describe, expect, it } from 'vitest';
import {
  getProcedure,
  procedureInForce,
  procedureProblems,
  procedures,
} from '../../machines/index.js';
import { terminalStageNames } from '../../machines/shared/terminalStates.js';
import { statechartOf } from '../../src/render/statechart.js';
import type { Statechart } from '../../src/render/statechart.js';

/** Leaf states reachable from the initial state over the chart's transitions (guards ignored). */
const leafGraph = (chart: Statechart) => {
  const byId = new Map(chart.states.map((s) => [s.id, s]));
  const enter = (id: string): string => {
    const s = byId.get(id);
    return s?.initial === undefined ? id : enter(s.initial);
  };
  const ancestors = (id: string): string[] => {
    const parent = byId.get(id)?.parent;
    return parent === undefined ? [id] : [id, ...ancestors(parent)];
  };
  const leaves = chart.states.filter((s) => !s.compound).map((s) => s.id);
  const next = (leaf: string): string[] =>
    chart.transitions
      .filter((t) => t.target !== undefined && ancestors(leaf).includes(t.source))
      .map((t) => enter(t.target ?? ''));
  return { leaves, next, start: enter(chart.initial) };
};

const reach = (from: string, next: (s: string) => string[]): Set<string> => {
  const seen = new Set([from]);
  const queue = [from];
  for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
    for (const n of next(s)) {
      if (seen.has(n)) continue;
      seen.add(n);
      queue.push(n);
    }
  }
  return seen;
};

const isTerminal = (leaf: string) =>
  (terminalStageNames as readonly string[]).includes(leaf.split('.')[0] ?? '');

describe.each(procedures.map((p) => [p.id, p] as const))('procedure %s', (_id, procedure) => {
  const chart = statechartOf(procedure);

  it('cites an article for every transition, and every citation is used', () => {
    const used = new Set(chart.transitions.map((t) => t.rule));
    expect(
      chart.transitions.filter(
        (t) => t.rule === undefined || procedure.citations[t.rule] === undefined,
      ),
    ).toEqual([]);
    const clockRules = new Set<string>();
    for (const c of Object.keys(procedure.citations)) if (!used.has(c)) clockRules.add(c);
    // Rules cited only by clocks (their time limits) appear in startClock params, not transitions.
    const definition = JSON.stringify(procedure.machine.definition);
    expect([...clockRules].filter((r) => !definition.includes(`"${r}"`))).toEqual([]);
  });

  it('has well-formed citations with a public source and a firmness tag', () => {
    for (const c of Object.values(procedure.citations)) {
      expect(c.source).toMatch(/^https?:\/\//);
      expect(['P', 'S', 'U']).toContain(c.firmness);
      expect(c.article.length).toBeGreaterThan(3);
    }
  });

  it('states its assumptions when provisional, and its validity in order', () => {
    if (procedure.provisional) expect(procedure.assumptions.length).toBeGreaterThan(0);
    if (procedure.validTo !== undefined)
      expect(procedure.validFrom <= procedure.validTo).toBe(true);
    expect(getProcedure(procedure.id)).toBe(procedure);
  });

  it('reaches every state, and an end from every state', () => {
    const { leaves, next, start } = leafGraph(chart);
    const reachable = reach(start, next);
    expect(leaves.filter((l) => !reachable.has(l))).toEqual([]);
    const stuck = leaves.filter((l) => !isTerminal(l) && ![...reach(l, next)].some(isTerminal));
    expect(stuck).toEqual([]);
  });
});

describe('the registry', () => {
  it('has at least two procedures per country and unique ids', () => {
    const ids = procedures.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(procedures.filter((p) => p.jurisdiction === 'KZ').length).toBeGreaterThanOrEqual(2);
    expect(procedures.filter((p) => p.jurisdiction === 'RU').length).toBeGreaterThanOrEqual(2);
  });
  it.each(['KZ', 'RU'] as const)(
    'leaves no gap and no overlap between %s versions',
    (jurisdiction) => {
      const list = procedures
        .filter((p) => p.jurisdiction === jurisdiction)
        .sort((a, b) => a.validFrom.localeCompare(b.validFrom));
      for (const [a, b] of list.slice(0, -1).map((p, i) => [p, list[i + 1]] as const)) {
        if (b === undefined) continue;
        const dayAfter = new Date(Date.parse(`${a.validTo ?? ''}T00:00:00Z`) + 86_400_000)
          .toISOString()
          .slice(0, 10);
        expect(b.validFrom).toBe(dayAfter);
      }
      expect(list.at(-1)?.validTo).toBeUndefined();
    },
  );
  it('picks the version in force on a date', () => {
    expect(procedureInForce('KZ', '2022-12-31').id).toBe('kz-1995');
    expect(procedureInForce('KZ', '2023-01-01').id).toBe('kz-2023');
    expect(procedureInForce('KZ', '2026-07-01').id).toBe('kz-2026-kurultai');
    expect(procedureInForce('RU', '2013-03-01').id).toBe('ru-1993');
    expect(procedureInForce('RU', '2020-07-04').id).toBe('ru-2020');
  });
  it('marks the Kurultai procedure provisional', () => {
    expect(getProcedure('kz-2026-kurultai').provisional).toBe(true);
  });
});

describe('every procedure is whole', () => {
  it.each(procedures.map((p) => [p.id, p] as const))(
    '%s: an id, a jurisdiction, chambers, citations, and a role for each stage (what registerProcedures checks)',
    (_, procedure) => {
      expect(procedureProblems(procedure)).toEqual([]);
    },
  );

  it('names each stage without a role', () => {
    const root = procedures[0]?.machine.root;
    const broken = {
      ...procedures[0],
      id: 'broken',
      machine: { root: { states: { ...root?.states, limbo: { meta: {} } } } },
    };
    expect(procedureProblems(broken)).toEqual([
      'stages without a role (give them one with withRoles): limbo',
    ]);
  });

  it("names a chamber's sizes out of date order or without a basis", () => {
    const [first, ...rest] = procedures[0]?.chambers ?? [];
    const chamber = (sizes: unknown) => ({
      ...procedures[0],
      chambers: [{ ...first, sizes }, ...rest],
    });
    const at = (from: string, seats: number) => ({ from, seats, basis: 'art. 1' });
    expect(procedureProblems(chamber([at('2000-01-01', 10), at('2005-01-01', 12)]))).toEqual([]);
    expect(procedureProblems(chamber([at('2005-01-01', 10), at('2000-01-01', 12)]))).toEqual([
      `the ${first?.id}'s \`sizes\` must be in date order, one per day`,
    ]);
    expect(procedureProblems(chamber([{ from: '2005', seats: 0 }]))).toEqual([
      `each of the ${first?.id}'s \`sizes\` needs \`from\` (YYYY-MM-DD), \`seats\` and its \`basis\``,
    ]);
  });

  it('names each end state without an outcome reason', () => {
    const root = procedures[0]?.machine.root;
    const failed = { meta: { role: 'ended' }, states: { quietly: { type: 'final', meta: {} } } };
    const broken = {
      ...procedures[0],
      id: 'broken',
      machine: { root: { states: { ...root?.states, failed } } },
    };
    expect(procedureProblems(broken)).toEqual([
      'end states without an outcome reason (build them with terminalStates, or give meta.end): failed.quietly',
    ]);
  });
});
