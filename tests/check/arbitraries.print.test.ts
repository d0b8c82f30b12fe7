import fc from 'fast-check';
import { expect, it } from 'vitest';
import { getProcedure } from '../../machines/index.js';
import { historyArbitrary } from '../../src/check/arbitraries.js';

// A failure report prints the history; printing its procedure's machine overflows a string
// ("Invalid string length"), which hid the counterexample of a failing property test.
it('prints a history by its procedure id and events, not the machine', () => {
  const [history] = fc.sample(historyArbitrary(getProcedure('kz-2023')), { numRuns: 1, seed: 1 });
  const printed = fc.stringify(history);
  expect(printed).toMatch(/^kz-2023 history \(cut \d+\): \[\{"type":"BillIntroduced"/);
  expect(printed.length).toBeLessThan(20_000);
  expect(Object.keys(history ?? {})).not.toContain('toString');
});
