import { test } from '@fast-check/vitest';
import { describe } from 'vitest';
import { procedures } from '../../machines/index.js';
import { invariants } from '../../src/check/invariants.js';
import { propertyTest } from '../../src/check/propertyTest.js';

// Every invariant that applies to it, together on each of 1,000 random histories per registered
// procedure (seeded by FC_SEED): a procedure added to the registry is property-tested with no edit.
describe.each(procedures.map((p) => [p.id, p] as const))('invariants of %s', (_id, procedure) => {
  propertyTest(test, invariants, { procedure, runs: 1000, name: 'hold on random histories' });
});
