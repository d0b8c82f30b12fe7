import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { procedures } from '../../machines/index.js';
import { kzBicameral2023 } from '../../machines/kz/bicameral2023.procedure.js';
import { ruFederalAssembly2020 } from '../../machines/ru/federalAssembly2020.procedure.js';
import { invalidHistoryArbitrary } from '../../src/check/arbitraries.js';
import { declarationOf } from '../../src/check/declarations.js';
import type { History } from '../../src/check/history.js';
import { inputOf, replayHistory } from '../../src/check/history.js';
import type { MutationName } from '../../src/check/mutations.js';
import { checkVariant, mutate } from '../../src/check/mutations.js';
import type { BillEvent } from '../../src/domain/events.js';
import type { Procedure } from '../../src/domain/procedure.js';
import { replay } from '../../src/replay/replay.js';
import { introduced, postponed, signed, transmitted, vote } from '../helpers/events.js';

const variantOf = (procedure: Procedure, events: BillEvent[], mutation: MutationName, at = 0) => {
  const history: History = { procedure, events, cut: at };
  const input = inputOf(history, replayHistory(history));
  return { input, variant: mutate(mutation, input, at, declarationOf(procedure.id)) };
};

const strictError = (procedure: Procedure, events: readonly BillEvent[]) => {
  try {
    replay(events, { procedure });
    return undefined;
  } catch (e) {
    return e;
  }
};

const enacted = [
  introduced('2025-01-15'),
  vote('2025-11-12', 'majilis', 'adopt', 50),
  vote('2025-12-18', 'senate', 'approve', 26),
  signed('2025-12-30'),
];

describe('invalid variants of a valid kz-2023 history', () => {
  it('a duplicated PresidentSigned after enactment: replay.eventNotAllowed at the repeat', () => {
    const { input, variant } = variantOf(kzBicameral2023, enacted, 'duplicateEnding');
    expect(variant?.events.map((e) => e.type).slice(-2)).toEqual([
      'PresidentSigned',
      'PresidentSigned',
    ]);
    expect(strictError(kzBicameral2023, variant?.events ?? [])).toMatchObject({
      code: 'replay.eventNotAllowed',
      details: expect.objectContaining({ index: 4 }) as unknown,
    });
    if (variant !== undefined) expect(checkVariant(input, variant)).toBeUndefined();
  });

  it('an event moved before an earlier-dated one: replay.dateOutOfOrder', () => {
    const readings = [
      introduced('2025-01-15'),
      vote('2025-03-01', 'majilis', 'passReading', 60, 1),
      postponed('2025-04-01', 'majilis'),
    ];
    const { input, variant } = variantOf(kzBicameral2023, readings, 'reorder', 1);
    expect(variant?.events.map((e) => e.at)).toEqual(['2025-01-15', '2025-04-01', '2025-03-01']);
    expect(strictError(kzBicameral2023, variant?.events ?? [])).toMatchObject({
      code: 'replay.dateOutOfOrder',
      details: expect.objectContaining({ index: 2 }) as unknown,
    });
    if (variant !== undefined) expect(checkVariant(input, variant)).toBeUndefined();
  });

  it('moved where it is not allowed, it is rejected there; conformance mode still sees the dates', () => {
    // The signature moved before the Senate's vote: not allowed at the Senate stage.
    const { input, variant } = variantOf(kzBicameral2023, enacted, 'reorder', 2);
    expect(variant?.events.map((e) => e.at)).toEqual([
      '2025-01-15',
      '2025-11-12',
      '2025-12-30',
      '2025-12-18',
    ]);
    expect(strictError(kzBicameral2023, variant?.events ?? [])).toMatchObject({
      code: 'replay.eventNotAllowed',
      details: expect.objectContaining({ index: 2 }) as unknown,
    });
    const { anomalies } = replay(variant?.events ?? [], {
      procedure: kzBicameral2023,
      mode: 'conformance',
    });
    // Conformance leaves the misplaced signature out; the Senate's vote then is in date order.
    expect(anomalies.map((a) => [a.code, a.index])).toEqual([['replay.eventNotAllowed', 2]]);
    if (variant !== undefined) expect(checkVariant(input, variant)).toBeUndefined();
    const backdated = variantOf(kzBicameral2023, enacted, 'backdate', 1).variant;
    expect(backdated?.events[2]?.at).toBe('2025-11-11');
    expect(strictError(kzBicameral2023, backdated?.events ?? [])).toMatchObject({
      code: 'replay.dateOutOfOrder',
      details: expect.objectContaining({ index: 2 }) as unknown,
    });
  });

  it('a Senate vote moved past the end of its 60 days from a recorded receipt: replay.late', () => {
    // Without a recorded receipt the 60 days run from an assumed start, which a vote revises.
    expect(variantOf(kzBicameral2023, enacted, 'lateVote').variant).toBeUndefined();
    const received = [
      ...enacted.slice(0, 2),
      { type: 'Transmitted', at: '2025-11-12', data: { to: 'senate' } } as const,
      ...enacted.slice(2),
    ];
    const { input, variant } = variantOf(kzBicameral2023, received, 'lateVote');
    // Received on 12 November: the Senate's days end on 11 January; its vote is moved to the 12th.
    expect(variant?.events[3]?.at).toBe('2026-01-12');
    expect(strictError(kzBicameral2023, variant?.events ?? [])).toMatchObject({
      code: 'replay.late',
      details: expect.objectContaining({ index: 3, rule: 'senate.deadline' }) as unknown,
    });
    if (variant !== undefined) expect(checkVariant(input, variant)).toBeUndefined();
  });

  it('every dropped event leaves a valid history or a coded rejection', () => {
    for (const at of enacted.keys()) {
      const { input, variant } = variantOf(kzBicameral2023, enacted, 'drop', at);
      expect(variant?.events).toHaveLength(enacted.length - 1);
      if (variant !== undefined) expect(checkVariant(input, variant)).toBeUndefined();
    }
  });

  it('an engine that accepted a repeat would be caught', () => {
    const { input, variant } = variantOf(kzBicameral2023, enacted, 'duplicateEnding');
    if (variant === undefined) throw new Error('no variant');
    const lenient = { ...variant, rejections: [], mayReplay: false };
    expect(checkVariant(input, { ...lenient, events: enacted })).toMatch(/^strict replay accepted/);
  });
});

describe('a Federation Council vote after its 14 days', () => {
  const adopted = [
    introduced('2021-03-01'),
    vote('2021-03-10', 'duma', 'passReading', 226, 1),
    vote('2021-03-17', 'duma', 'passReading', 226, 2),
    vote('2021-03-24', 'duma', 'adopt', 226),
    transmitted('2021-03-25', 'federationCouncil'),
    vote('2021-04-05', 'federationCouncil', 'approve', 86),
  ];
  it('is rejected when the law was deemed approved', () => {
    const { variant } = variantOf(ruFederalAssembly2020, adopted, 'lateVote');
    expect(variant?.events[5]?.at).toBe('2021-04-09');
    expect(strictError(ruFederalAssembly2020, variant?.events ?? [])).toMatchObject({
      code: 'replay.late',
    });
  });
  it('is not a late vote on an art. 106 subject: the Council must vote', () => {
    const mandatory = [introduced('2021-03-01', 'law', ['budget']), ...adopted.slice(1)];
    expect(variantOf(ruFederalAssembly2020, mandatory, 'lateVote').variant).toBeUndefined();
  });
});

describe.each(procedures.map((p) => [p.id, p] as const))(
  'invalid variants under %s',
  (_id, procedure) => {
    test.prop([invalidHistoryArbitrary(procedure)], { numRuns: 300 })(
      'are rejected with the right coded error (or, dropped or repeated, still valid)',
      ({ history, variant }) => {
        const input = inputOf(history, replayHistory(history));
        expect(checkVariant(input, variant)).toBeUndefined();
      },
    );
  },
);

it('variants are drawn from every mutation', () => {
  const seen = new Set(
    fc
      .sample(invalidHistoryArbitrary(kzBicameral2023), { numRuns: 300, seed: 1 })
      .map((v) => v.variant.mutation),
  );
  expect([...seen].sort()).toEqual([
    'backdate',
    'drop',
    'duplicate',
    'duplicateEnding',
    'lateVote',
    'reorder',
  ]);
});
