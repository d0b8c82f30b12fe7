import { describe, expect, it } from 'vitest';
import { kzBicameral2023 } from '../../machines/kz/bicameral2023.procedure.js';
import { kzKurultai2026 } from '../../machines/kz/kurultai2026.procedure.js';
import { counterexampleScenario } from '../../src/check/counterexample.js';
import { inputOf, replayHistory } from '../../src/check/history.js';
import { defineInvariant } from '../../src/check/invariant.js';
import { invariants } from '../../src/check/invariants.js';
import { variantsOf } from '../../src/check/evaluate.js';
import { checkProperties } from '../../src/check/runProperties.js';
import { checkScenario } from '../../src/scenario/checkScenario.js';
import { loadScenario } from '../../src/scenario/loadScenario.js';
import { introduced, signed, vote } from '../helpers/events.js';

/** A deliberately false claim about a correct procedure: overrides happen. */
const neverOverridden = defineInvariant({
  name: 'never-overridden',
  sentence: 'No veto is ever overridden.',
  article: 'none: a test',
  check: ({ result }) =>
    result.stage.path === 'enacted.override' ? 'the objections were overridden' : undefined,
});

describe('a counterexample as a scenario file', () => {
  const report = checkProperties({
    procedure: kzKurultai2026,
    invariants: [neverOverridden],
    runs: 2000,
    seed: 1,
    maxPaths: 0,
  });
  const failure = report.invariants[0]?.failure;

  it('is found and shrunk: introduced, adopted, returned, overridden, signed', () => {
    expect(failure?.history.events.map((e) => e.type)).toEqual([
      'BillIntroduced',
      'VoteHeld',
      'PresidentReturned',
      'VoteHeld',
      'PresidentSigned',
    ]);
    expect(failure?.seed).toBe(1);
    expect(failure?.path).toMatch(/^\d+(:\d+)*$/);
  });

  it('loads as a scenario whose expect is what replay gives, so `legisim check` passes it', () => {
    if (failure === undefined) throw new Error('no counterexample');
    const text = counterexampleScenario(failure, ['Reproduce: legisim check --properties …']);
    expect(text.split('\n')[0]).toBe('# Reproduce: legisim check --properties …');
    const scenario = loadScenario(text, 'counterexample.yaml');
    expect(scenario).toMatchObject({
      id: 'counterexample-kz-2026-kurultai-never-overridden',
      jurisdiction: 'KZ',
      procedure: 'kz-2026-kurultai',
      expect: { status: 'enacted', reason: 'override' },
    });
    expect(checkScenario(scenario).map((c) => c.problems)).toEqual([[]]);
  });

  it('reproduces from its seed and path', () => {
    if (failure?.path === undefined) throw new Error('no path');
    const again = checkProperties({
      procedure: kzKurultai2026,
      invariants: [neverOverridden],
      seed: 1,
      path: failure.path,
    });
    expect(again.invariants[0]?.failure?.history.events).toEqual(failure.history.events);
  });

  it('carries the invalid variants of a rejection invariant as branches', () => {
    const duplicated = invariants.find((i) => i.name === 'rejects-duplicated-ending');
    if (duplicated === undefined) throw new Error('no such invariant');
    const history = {
      procedure: kzBicameral2023,
      events: [
        introduced('2025-01-15'),
        vote('2025-11-12', 'majilis', 'adopt', 50),
        vote('2025-12-18', 'senate', 'approve', 26),
        signed('2025-12-30'),
      ],
      cut: 0,
    };
    const variants = variantsOf(duplicated, inputOf(history, replayHistory(history)));
    const text = counterexampleScenario({
      invariant: duplicated,
      message: 'test',
      history,
      variants,
    });
    const scenario = loadScenario(text, 'counterexample.yaml');
    expect(scenario.branches).toHaveLength(1);
    expect(scenario.branches[0]).toMatchObject({ name: 'duplicate-ending', after: 3 });
    expect(scenario.branches[0]?.description).toContain('replay.eventNotAllowed');
    expect(scenario.branches[0]?.events.map((e) => e.type)).toEqual(['PresidentSigned']);
  });
});
