import { appendFileSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, eventOf } from '../../src/store/eventStore.js';
import type { StoreWarning } from '../../src/store/fileStore.js';
import { LOG_FILE } from '../../src/store/fileStore.js';
import { HEAD_FILE } from '../../src/store/headFile.js';
import { kz, lawful, openFile, postponed, scratchDir } from './fixtures/storeKit.js';

const first = [lawful[0] ?? postponed('?'), postponed('first')];

/**
 * A store with one acknowledged write (H.1, 2 events), then a second write of `more` events
 * that a crash interrupts: its bytes reach the log (all of them; tests cut them), but not the
 * head file, which still names the first write as the last acknowledged, as after a real crash.
 */
const twoWrites = async (more: number) => {
  const dir = scratchDir();
  const store = openFile(dir, { create: true });
  await store.append('H.1', first, { expectedVersion: 'noStream', metadata: kz });
  const file = join(dir, LOG_FILE);
  const acknowledged = readFileSync(file).length;
  const head = readFileSync(join(dir, HEAD_FILE));
  const notes = Array.from({ length: more }, (_, i) => postponed(`second-${i}`));
  await store.append('H.1', notes, { expectedVersion: 2 });
  await store.close();
  writeFileSync(join(dir, HEAD_FILE), head);
  return { dir, file, acknowledged, head, full: readFileSync(file) };
};

describe('file store: a write torn at any byte', () => {
  it('is skipped by reads, reported on open and by verify, and marked discarded by the next write', async () => {
    const { dir, file, acknowledged, head, full } = await twoWrites(2);
    // A crash can stop a write anywhere: every byte near a line's end (where a cut can leave a
    // whole record with no newline, or one record of two), and every 4th byte elsewhere.
    const ends = [...full.subarray(acknowledged).entries()]
      .filter(([, byte]) => byte === 0x0a)
      .map(([i]) => acknowledged + i);
    const near = (cut: number) => ends.some((end) => Math.abs(end - cut) <= 2);
    for (let cut = acknowledged + 1; cut < full.length; cut++) {
      if (!near(cut) && cut % 4 !== 0) continue;
      writeFileSync(file, full.subarray(0, cut));
      writeFileSync(join(dir, HEAD_FILE), head);
      const warnings: StoreWarning[] = [];
      const store = openFile(dir, { onWarning: (w) => warnings.push(w) });
      expect(warnings.map((w) => w.kind)).toEqual(['tornTail']);
      expect((await collect(store.read('H.1'))).map(eventOf)).toEqual(first);
      expect((await store.info('H.1')).version).toBe(2);
      const before = await store.verify();
      expect(before.problems).toEqual([expect.objectContaining({ kind: 'torn', line: 4 })]);

      await store.append('H.1', [postponed('after')], { expectedVersion: 2 });
      expect(warnings.map((w) => w.kind)).toEqual(['tornTail', 'recovered']);
      const after = readFileSync(file);
      // Nothing written is ever rewritten: the torn bytes stay, the recovery comes after them.
      expect(after.subarray(0, cut)).toEqual(full.subarray(0, cut));
      const report = await store.verify();
      expect(report).toMatchObject({ intact: true, problems: [], events: 3 });
      expect(report.recoveries).toEqual([
        expect.objectContaining({
          discarded: expect.objectContaining({ offset: acknowledged, line: 4 }) as unknown,
        }),
      ]);
      expect((await collect(store.read('H.1'))).map((e) => e.note ?? e.type)).toEqual([
        'BillIntroduced',
        'first',
        'after',
      ]);
      await store.close();
    }
  });

  it('is not torn when the cut falls between two writes', async () => {
    const { dir, file, acknowledged } = await twoWrites(2);
    truncateSync(file, acknowledged);
    const warnings: StoreWarning[] = [];
    const store = openFile(dir, { onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([]);
    expect(await store.verify()).toMatchObject({ intact: true, events: 2 });
  });

  it('a torn write after a recovery, and garbage bytes at the end, are recovered the same way', async () => {
    const { dir, file, full } = await twoWrites(1);
    writeFileSync(file, full.subarray(0, full.length - 10));
    const store = openFile(dir);
    await store.append('H.1', [postponed('one')], { expectedVersion: 2 });
    appendFileSync(file, '{"half a rec');
    appendFileSync(file, Buffer.alloc(300)); // power loss can leave zeros
    appendFileSync(file, '\n');
    const second = openFile(dir);
    expect((await second.verify()).problems.map((p) => p.kind)).toEqual(['torn']);
    const plan = await second.planRepair();
    expect(plan).toMatchObject({ kind: 'tornTail', discarded: { unreadable: 1 } });
    await second.repair(plan);
    expect((await second.planRepair()).kind).toBe('none');
    const report = await second.verify();
    expect(report).toMatchObject({ intact: true, events: 3 });
    expect(report.recoveries).toHaveLength(2);
    await second.append('H.1', [postponed('two')], { expectedVersion: 3 });
    expect((await collect(openFile(dir).read('H.1'))).map((e) => e.meta.version)).toEqual([
      1, 2, 3, 4,
    ]);
  });

  it('a store opened before the crash catches up on the recovery another process wrote', async () => {
    const { dir, file, acknowledged, full } = await twoWrites(2);
    truncateSync(file, acknowledged);
    const early = openFile(dir);
    expect((await early.info('H.1')).version).toBe(2);
    writeFileSync(file, full.subarray(0, full.length - 20)); // a crash tore the next write
    await openFile(dir).append('H.1', [postponed('late')], { expectedVersion: 2 });
    expect((await early.info('H.1')).version).toBe(3);
    await early.append('H.1', [postponed('early')], { expectedVersion: 3 });
    expect((await openFile(dir).verify()).intact).toBe(true);
  });
});
