import { describe, expect, it } from 'vitest';
import { seatsOn } from '../../src/domain/chambers.js';
import { seatsOfProcedure } from '../../src/domain/procedure.js';
import type { AnyStateMachine } from 'xstate';
import { ruFederalAssembly1993 } from '../../machines/ru/federalAssembly1993.procedure.js';
import { ruFederalAssembly2020 } from '../../machines/ru/federalAssembly2020.procedure.js';

type Node = Readonly<{
  path: readonly string[];
  states: Readonly<Record<string, Node>>;
  transitions: ReadonlyMap<string, readonly Readonly<{ meta?: unknown }>[]>;
  entry: readonly unknown[];
}>;

const nodesOf = (machine: AnyStateMachine): Node[] => {
  const walk = (node: Node): Node[] => [node, ...Object.values(node.states).flatMap(walk)];
  return walk(machine.root);
};

/** Rule ids of every transition, and of every clock a state starts. */
const rulesOf = (machine: AnyStateMachine): Set<string> => {
  const rules = new Set<string>();
  for (const node of nodesOf(machine)) {
    for (const [event, ts] of node.transitions) {
      for (const t of ts) {
        const rule = (t.meta as { rule?: unknown } | undefined)?.rule;
        expect(typeof rule, `${node.path.join('.')} on ${event}`).toBe('string');
        rules.add(rule as string);
      }
    }
    for (const action of node.entry) {
      const a = action as { type?: unknown; params?: { rule?: unknown } };
      if (a.type === 'startClock') rules.add(a.params?.rule as string);
    }
  }
  return rules;
};

const leafPaths = (machine: AnyStateMachine): string[] =>
  nodesOf(machine)
    .filter((n) => Object.keys(n.states).length === 0)
    .map((n) => n.path.join('.'));

describe.each([ruFederalAssembly1993, ruFederalAssembly2020])('$id citations', (procedure) => {
  it('cites every rule a transition or a clock applies', () => {
    const missing = [...rulesOf(procedure.machine)].filter((r) => !(r in procedure.citations));
    expect(missing).toEqual([]);
  });
  it('has no citation that no transition uses', () => {
    const used = rulesOf(procedure.machine);
    expect(Object.keys(procedure.citations).filter((id) => !used.has(id))).toEqual([]);
  });
  it('tags every citation with its firmness and a public source', () => {
    for (const c of Object.values(procedure.citations)) {
      expect(['P', 'S', 'U']).toContain(c.firmness);
      expect(c.source).toMatch(/^https?:\/\//);
    }
  });
  it('counts thresholds on 450 deputies and a Federation Council of two per subject', () => {
    expect(procedure.chambers.map((c) => c.id)).toEqual(['duma', 'federationCouncil']);
    const seats = seatsOfProcedure(procedure);
    const sizes = (day: string) => [
      seatsOn(seats, 'duma', day),
      seatsOn(seats, 'federationCouncil', day),
    ];
    if (procedure.id === 'ru-1993') {
      expect(sizes('1995-10-06')).toEqual([450, 178]);
      expect(sizes('2005-12-01')).toEqual([450, 176]);
      expect(sizes('2013-06-26')).toEqual([450, 166]);
      expect(sizes('2014-03-18')).toEqual([450, 170]);
    } else {
      expect(sizes('2021-01-11')).toEqual([450, 170]);
      expect(sizes('2022-12-14')).toEqual([450, 178]);
    }
  });
});

describe('Russian versions', () => {
  it('follow each other without a gap', () => {
    expect(ruFederalAssembly1993).toMatchObject({ validFrom: '1993-12-25', validTo: '2020-07-03' });
    expect(ruFederalAssembly2020.validFrom).toBe('2020-07-04');
    expect(ruFederalAssembly2020.validTo).toBeUndefined();
  });
  it('differ only by the review states of 2020 (state list of ru-2020)', () => {
    const before = leafPaths(ruFederalAssembly1993.machine);
    const after = leafPaths(ruFederalAssembly2020.machine);
    expect(after.filter((p) => !before.includes(p))).toEqual([
      'president.periodElapsed',
      'president.review',
      'president.afterRuling',
      'mustSign.periodElapsed',
      'mustSign.review',
      'mustSign.afterRuling',
      'constitutionalLaw.president.periodElapsed',
      'constitutionalLaw.president.review',
      'constitutionalLaw.president.afterRuling',
      'failed.unconstitutional',
    ]);
    expect(before.filter((p) => !after.includes(p))).toEqual([]);
    expect(after).toEqual([
      'drafting',
      'duma.firstReading',
      'duma.secondReading',
      'duma.thirdReading',
      'federationCouncil.awaitingTransmission',
      'federationCouncil.considering',
      'dumaReconsideration.duma',
      'dumaReconsideration.conciliation',
      'president.awaitingTransmission',
      'president.considering',
      'president.refused',
      'president.competenceDispute',
      'president.signatureRequired',
      'president.periodElapsed',
      'president.review',
      'president.afterRuling',
      'veto.duma',
      'veto.specialCommission',
      'veto.federationCouncil',
      'mustSign.awaitingTransmission',
      'mustSign.considering',
      'mustSign.refused',
      'mustSign.competenceDispute',
      'mustSign.signatureRequired',
      'mustSign.periodElapsed',
      'mustSign.review',
      'mustSign.afterRuling',
      'constitutionalLaw.duma.firstReading',
      'constitutionalLaw.duma.secondReading',
      'constitutionalLaw.duma.thirdReading',
      'constitutionalLaw.federationCouncil',
      'constitutionalLaw.president.awaitingTransmission',
      'constitutionalLaw.president.considering',
      'constitutionalLaw.president.periodElapsed',
      'constitutionalLaw.president.review',
      'constitutionalLaw.president.afterRuling',
      'enacted.signed',
      'enacted.override',
      'failed.notAdopted',
      'failed.rejectedByUpperChamber',
      'failed.vetoSustained',
      'failed.unconstitutional',
      'withdrawn',
      'lapsed',
    ]);
  });
});
