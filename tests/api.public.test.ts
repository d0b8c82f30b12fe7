import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as legisim from '../src/index.js';

const introduced: legisim.BillEvent = {
  type: 'BillIntroduced',
  at: '2025-01-15',
  data: { kind: 'law', title: 'On archives' },
};

describe('the public API', () => {
  it('replays a bill through the facade, as the README shows', () => {
    const sim = legisim.createSimulator();
    const result = sim.replay(
      [
        { type: 'BillIntroduced', at: '2025-01', data: { kind: 'law', title: 'On archives' } },
        {
          type: 'VoteHeld',
          at: '2025-11-12',
          data: { chamber: 'majilis', motion: 'adopt', result: 'passed' },
        },
        {
          type: 'VoteHeld',
          at: '2025-12-18',
          data: { chamber: 'senate', motion: 'approve', result: 'passed' },
        },
        { type: 'PresidentSigned', at: '2025-12-30', data: {} },
      ],
      { jurisdiction: 'KZ' },
    );
    expect(result.stage.path).toBe('enacted.signed');
    expect(legisim.outcomeOf(result.trace)).toMatchObject({ status: 'enacted', reason: 'signed' });
  });
  it('exposes the procedures and the error guard', () => {
    expect(legisim.procedures.length).toBeGreaterThanOrEqual(5);
    expect(
      legisim.isSimulatorError(
        new legisim.SimulatorError('procedure.unknown', 'x'),
        'procedure.unknown',
      ),
    ).toBe(true);
  });
});

describe('the public API of the event store', () => {
  it('imports a scenario, appends, forks and replays a stream as the README shows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'legisim-api-'));
    try {
      const store = legisim.openFileStore(join(dir, '.legisim'), { create: true });
      const scenario = legisim.loadScenario(
        readFileSync('scenarios/kz-2025-propaganda-ban.yaml', 'utf8'),
        'scenarios/kz-2025-propaganda-ban.yaml',
      );
      const imported = await legisim.importScenarios(store, [scenario]);
      expect(imported.map((s) => s.stream)).toContain('kz-2025-propaganda-ban');

      const result = await legisim.replayStream(store, 'kz-2025-propaganda-ban');
      expect(legisim.outcomeOf(result.trace).status).toBe(scenario.expect.status);

      await store.append('H.1', [introduced], {
        expectedVersion: 'noStream',
        metadata: { jurisdiction: 'KZ', procedure: 'kz-2023' },
      });
      await expect(
        store.append('H.1', [introduced], { expectedVersion: 'noStream' }),
      ).rejects.toSatisfy((e) => legisim.isSimulatorError(e, 'store.versionConflict'));
      await store.fork('H.1', 1, 'H.1#what-if');
      const forked = await legisim.collect(store.read('H.1#what-if'));
      expect(forked.map(legisim.eventOf)).toEqual([introduced]);
      expect((await store.verify()).problems).toEqual([]);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('has an in-memory store with the same contract', async () => {
    const store = legisim.createMemoryStore();
    const written = await store.append('H.2', [introduced], {
      expectedVersion: 0,
      metadata: { jurisdiction: 'KZ' },
    });
    expect(written.version).toBe(1);
    expect((await store.streams()).map((s) => s.stream)).toEqual(['H.2']);
  });
});
