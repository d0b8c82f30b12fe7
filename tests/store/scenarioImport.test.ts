import { describe, expect, it } from 'vitest';
import { reportOf } from '../../src/projections/report.js';
import { readScenarioFile } from '../../src/scenario/readScenarioFile.js';
import { casesOf, replayCase } from '../../src/scenario/runScenario.js';
import { collect } from '../../src/store/eventStore.js';
import { createMemoryStore } from '../../src/store/memoryStore.js';
import { importScenarios } from '../../src/store/scenarioImport.js';
import { readStoredCases } from '../../src/store/storedCase.js';
import { testDeps } from './fixtures/storeKit.js';

const kz = readScenarioFile('scenarios/kz-2025-propaganda-ban.yaml');
const ru = readScenarioFile('scenarios/ru-2022-478-fz.yaml');

describe('importing scenarios', () => {
  it('makes a stream per scenario and a fork per branch, in one write', async () => {
    const store = createMemoryStore(testDeps());
    const imported = await importScenarios(store, [kz, ru]);
    expect(imported.map((i) => i.stream)).toEqual([
      'kz-2025-propaganda-ban',
      ...kz.branches.map((b) => `kz-2025-propaganda-ban#${b.name}`),
      'ru-2022-478-fz',
      ...ru.branches.map((b) => `ru-2022-478-fz#${b.name}`),
    ]);
    const kurultai = await store.info('kz-2025-propaganda-ban#kurultai-2026-adopts');
    expect(kurultai).toMatchObject({
      forkedFrom: { stream: 'kz-2025-propaganda-ban', version: 1 },
      metadata: { jurisdiction: 'KZ', procedure: 'kz-2026-kurultai', title: kz.title },
    });
    const recordedAt = new Set((await collect(store.readAll())).map((e) => e.meta.recordedAt));
    expect(recordedAt.size).toBe(1);
  });

  it('leaves unchanged streams alone, and refuses a stream with other events', async () => {
    const store = createMemoryStore(testDeps());
    await importScenarios(store, [kz]);
    const again = await importScenarios(store, [kz]);
    expect(again.every((i) => i.status === 'unchanged')).toBe(true);
    const changed = { ...kz, events: kz.events.slice(0, -1) };
    await expect(importScenarios(store, [changed])).rejects.toMatchObject({
      code: 'store.versionConflict',
    });
    await expect(importScenarios(createMemoryStore(), [kz, changed])).rejects.toMatchObject({
      code: 'input.invalidScenario',
    });
  });

  it('a stored case replays to the same report as the scenario case', async () => {
    const store = createMemoryStore(testDeps());
    await importScenarios(store, [kz, ru]);
    for (const scenario of [kz, ru]) {
      const stored = await readStoredCases(store, scenario.id, { allBranches: true });
      const fromFile = casesOf(scenario);
      expect(stored).toHaveLength(fromFile.length);
      for (const [i, c] of fromFile.entries()) {
        const asOf = c.branch?.asOf ?? c.scenario.asOf;
        const context = { mode: 'strict' as const, ...(asOf === undefined ? {} : { asOf }) };
        const s = stored[i];
        expect(s).toBeDefined();
        if (s === undefined) continue;
        expect(reportOf(replayCase(s), context)).toEqual(reportOf(replayCase(c), context));
      }
    }
  });
});
