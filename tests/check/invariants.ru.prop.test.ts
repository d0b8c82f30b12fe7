import { test } from '@fast-check/vitest';
import { describe } from 'vitest';
import { procedures } from '../../machines/index.js';
import { invariants } from '../../src/check/invariants.js';
import { propertyTest } from '../../src/check/propertyTest.js';

// Every invariant, together on each of 1,000 random histories per procedure (seeded by FC_SEED).
describe.each(procedures.filter((p) => p.jurisdiction === 'RU').map((p) => [p.id, p] as const))(
  'invariants of %s',
  (_id, procedure) => {
    propertyTest(test, invariants, { procedure, runs: 1000, name: 'hold on random histories' });
  },
);
