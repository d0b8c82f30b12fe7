import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reportOf } from '../../src/projections/report.js';
import { checkCase } from '../../src/scenario/checkScenario.js';
import { findScenarioFiles, readScenarioFile } from '../../src/scenario/readScenarioFile.js';
import { casesOf, replayCase } from '../../src/scenario/runScenario.js';
import type { Scenario } from '../../src/scenario/scenario.js';

/**
 * The real scenarios in scenarios/: every case (the main history and each what-if branch) must
 * meet its `expect`, and its outcome, timeline and votes are pinned in a golden file per case.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const files = findScenarioFiles([join(root, 'scenarios')]);
const scenarios: Scenario[] = files.map((file) => readScenarioFile(file));

describe('scenario files', () => {
  it('finds the real scenarios', () => {
    expect(scenarios.map((s) => s.id)).toEqual(
      expect.arrayContaining(['kz-2025-propaganda-ban', 'ru-2013-135-fz', 'ru-2022-478-fz']),
    );
  });

  it.each(files.map((file, i) => ({ name: basename(file), file, scenario: scenarios[i] })))(
    '$name is named after its id',
    ({ file, scenario }) => {
      expect(basename(file).replace(/\.(ya?ml|json)$/i, '')).toBe(scenario?.id);
    },
  );
});

describe.each(scenarios.map((scenario) => ({ id: scenario.id, scenario })))(
  '$id',
  ({ scenario }) => {
    it('sources every event of the real history', () => {
      const unsourced = scenario.events.filter((e) => e.source === undefined).map((e) => e.type);
      expect(unsourced).toEqual([]);
    });

    it('describes each what-if branch (the real corpus needs none: its main histories are the facts)', () => {
      for (const b of scenario.branches) expect(b.description, b.name).toMatch(/\S/);
    });

    const cases = casesOf(scenario).map((c) => ({ name: c.branch?.name ?? 'main', c }));

    it.each(cases)('$name meets its expectation', ({ c }) => {
      const check = checkCase(c);
      expect(check.problems).toEqual([]);
      expect(check.ok).toBe(true);
    });

    it.each(cases)('$name matches its golden JSON report', async ({ name, c }) => {
      // The same object `legisim replay --format json` prints for this case.
      const report = reportOf(replayCase(c), {
        mode: 'strict',
        scenario: { id: scenario.id, title: scenario.title },
        ...(c.branch === undefined ? {} : { branch: c.branch.name }),
        ...((c.branch?.asOf ?? scenario.asOf) === undefined
          ? {}
          : { asOf: c.branch?.asOf ?? scenario.asOf }),
      });
      await expect(`${JSON.stringify(report, null, 2)}\n`).toMatchFileSnapshot(
        `__snapshots__/${scenario.id}.${name}.json`,
      );
    });
  },
);
