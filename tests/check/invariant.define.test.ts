import { describe, expect, it } from 'vitest';
import { kzBicameral2023 } from '../../machines/kz/bicameral2023.procedure.js';
import { ruFederalAssembly2020 } from '../../machines/ru/federalAssembly2020.procedure.js';
import { declarations } from '../../src/check/declarations.js';
import type { InvariantInput } from '../../src/check/invariant.js';
import { appliesTo, defineInvariant } from '../../src/check/invariant.js';
import { createInvariants, invariants } from '../../src/check/invariants.js';
import { replay } from '../../src/replay/replay.js';
import type { BillEvent } from '../../src/domain/events.js';
import type { Procedure } from '../../src/domain/procedure.js';
import { introduced, returned, signed, vote } from '../helpers/events.js';

const inputFor = (procedure: Procedure, events: BillEvent[]): InvariantInput => ({
  procedure,
  events,
  result: replay(events, { procedure }),
  cut: 1,
});

const enacted = [
  introduced('2025-01-15'),
  vote('2025-11-12', 'majilis', 'adopt', 50),
  vote('2025-12-18', 'senate', 'approve', 26),
  signed('2025-12-30'),
];

describe('defineInvariant', () => {
  it('takes lower-case names joined by hyphens, and applies to every procedure by default', () => {
    const mine = defineInvariant({
      name: 'my-rule',
      sentence: 's',
      article: 'a',
      check: () => undefined,
    });
    expect(appliesTo(mine, ruFederalAssembly2020)).toBe(true);
    expect(() =>
      defineInvariant({ name: 'My rule', sentence: 's', article: 'a', check: () => undefined }),
    ).toThrow(expect.objectContaining({ code: 'input.invalidOption' }));
  });
  it('scopes an invariant about a declared rule to the procedures declaring it', () => {
    const joint = invariants.find((i) => i.name === 'joint-adoption-where-declared');
    expect(joint === undefined ? undefined : appliesTo(joint, kzBicameral2023)).toBe(true);
    expect(joint === undefined ? undefined : appliesTo(joint, ruFederalAssembly2020)).toBe(false);
    const declaredHere = createInvariants({
      ...declarations,
      'ru-2020': {
        clocks: [],
        thresholds: [],
        jointAdoption: [{ kind: 'law', stage: 'plenary', atLeast: 'majority', article: 'test' }],
      },
    }).find((i) => i.name === 'joint-adoption-where-declared');
    expect(
      declaredHere === undefined ? undefined : appliesTo(declaredHere, ruFederalAssembly2020),
    ).toBe(true);
  });
  it('lists at least the ten invariants of the issue, each with a sentence and an article', () => {
    expect(invariants.length).toBeGreaterThanOrEqual(10);
    expect(new Set(invariants.map((i) => i.name)).size).toBe(invariants.length);
    for (const i of invariants) expect(i.sentence.length + i.article.length).toBeGreaterThan(20);
  });
});

describe('declarations are independent of the machines', () => {
  it('a declared length the machine does not run is a violation of deadlines-on-time', () => {
    const kz = declarations['kz-2023'];
    if (kz === undefined) throw new Error('no declaration');
    const wrong = createInvariants({
      ...declarations,
      'kz-2023': {
        ...kz,
        clocks: kz.clocks.map((c) =>
          c.clock === 'senate.consideration' ? { ...c, lengths: [{ days: 59 }] } : c,
        ),
      },
    });
    const deadlines = wrong.find((i) => i.name === 'deadlines-on-time');
    expect(deadlines?.check(inputFor(kzBicameral2023, enacted))).toMatch(
      /the clock "senate.consideration" runs for 60 days, but .* sets 59 days/,
    );
  });
  it('a threshold declared stricter than the machine counts is a violation of votes-meet-thresholds', () => {
    const strict = createInvariants({
      ...declarations,
      'kz-2023': {
        clocks: [],
        thresholds: [{ motion: 'approve', atLeast: 'twoThirds', article: 'test' }],
      },
    });
    const votes = strict.find((i) => i.name === 'votes-meet-thresholds');
    expect(votes?.check(inputFor(kzBicameral2023, enacted))).toMatch(
      /passed against majority \(26 for \(26 of 50 needed, majority\)\), but a law needs twoThirds/,
    );
  });
  it('a tacit approval counts only for the chamber its declared time limit decides for', () => {
    // kz-2023: the Senate is silent for its 60 days and the law goes on as approved (art. 61(4)).
    const silent = [
      introduced('2025-01-15'),
      vote('2025-11-12', 'majilis', 'adopt', 50),
      signed('2026-01-23'),
    ];
    const kz = declarations['kz-2023'];
    if (kz === undefined) throw new Error('no declaration');
    const enactedCheck = (table: typeof declarations) =>
      createInvariants(table).find((i) => i.name === 'enacted-needs-every-chamber');
    expect(enactedCheck(declarations)?.check(inputFor(kzBicameral2023, silent))).toBeUndefined();
    const unbound = {
      ...declarations,
      'kz-2023': { ...kz, clocks: kz.clocks.map(({ bounds: _bounds, ...c }) => c) },
    };
    expect(enactedCheck(unbound)?.check(inputFor(kzBicameral2023, silent))).toMatch(
      /but the senate never passed the law, approved it tacitly or was overruled/,
    );
  });
  it('a kind of law declared without a veto must not be returned', () => {
    const kz = declarations['kz-2023'];
    if (kz === undefined) throw new Error('no declaration');
    const noVeto = createInvariants({
      ...declarations,
      'kz-2023': { ...kz, noVeto: [{ kind: 'law', article: 'test' }] },
    }).find((i) => i.name === 'no-veto-where-declared');
    const history = [...enacted.slice(0, 3), returned('2025-12-30')];
    expect(noVeto?.check(inputFor(kzBicameral2023, history))).toMatch(
      /PresidentReturned.* happened to a law, which has no veto and no tacit approval \(test;/,
    );
  });
  it('a valid history satisfies every built-in invariant', () => {
    const input = inputFor(kzBicameral2023, enacted);
    expect(invariants.map((i) => i.check(input)).filter((m) => m !== undefined)).toEqual([]);
  });
});
