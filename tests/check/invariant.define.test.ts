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
import { introduced, signed, vote } from '../helpers/events.js';

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
  it('scopes an invariant to the procedures it names', () => {
    const kzOnly = invariants.find((i) => i.name === 'kz-constitutional-law-joint-sitting');
    expect(kzOnly === undefined ? undefined : appliesTo(kzOnly, kzBicameral2023)).toBe(true);
    expect(kzOnly === undefined ? undefined : appliesTo(kzOnly, ruFederalAssembly2020)).toBe(false);
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
  it('a valid history satisfies every built-in invariant', () => {
    const input = inputFor(kzBicameral2023, enacted);
    expect(invariants.map((i) => i.check(input)).filter((m) => m !== undefined)).toEqual([]);
  });
});
