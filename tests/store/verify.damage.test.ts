import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collect } from '../../src/store/eventStore.js';
import type { StoreRecord } from '../../src/store/records.js';
import { parseRecordLine } from '../../src/store/records.js';
import { damages, editLine, intactLog } from './fixtures/logDamage.js';
import { openFile, postponed, rewindHead } from './fixtures/storeKit.js';

describe('verify', () => {
  it('finds an intact log intact, with its head hash and counts', async () => {
    const { dir, lines } = await intactLog();
    const report = await openFile(dir).verify();
    expect(report).toMatchObject({
      intact: true,
      problems: [],
      records: 10,
      events: 8,
      streams: 2,
    });
    expect(report.head).toBe((parseRecordLine(lines.at(-1) ?? '') as StoreRecord).hash);
  });

  it.each(damages)('finds %s, with its line and kind', async (_, damage, expected) => {
    const { dir, file, lines } = await intactLog();
    writeFileSync(file, `${damage([...lines]).join('\n')}\n`);
    const report = await openFile(dir).verify();
    expect(report.intact).toBe(false);
    expect(report.problems.map((p) => [p.kind, p.line])).toEqual(expected);
  });

  it('finds a torn last line, and a line cut in the middle of the log', async () => {
    const { dir, file, lines } = await intactLog();
    const text = `${lines.join('\n')}\n`;
    writeFileSync(file, text.slice(0, -30));
    // The last write was acknowledged (the head file says so): its cut is damage, not a crash.
    expect((await openFile(dir).verify()).problems.map((p) => [p.kind, p.line])).toEqual([
      ['unparsable', 10],
    ]);
    rewindHead(dir, 9); // as a crash during the last write leaves it
    expect((await openFile(dir).verify()).problems.map((p) => [p.kind, p.line])).toEqual([
      ['torn', 10],
    ]);
    writeFileSync(
      file,
      `${[...lines.slice(0, 4), (lines[4] ?? '').slice(0, 50), ...lines.slice(5)].join('\n')}\n`,
    );
    expect((await openFile(dir).verify()).problems.map((p) => [p.kind, p.line])).toEqual([
      ['unparsable', 5],
    ]);
  });
});

describe('a damaged log', () => {
  it.each(damages.filter(([name]) => !name.includes('recomputed')))(
    'with %s: reads and writes stop with store.corrupt, and nothing is written',
    async (_, damage) => {
      const { dir, file, lines } = await intactLog();
      const text = `${damage([...lines]).join('\n')}\n`;
      writeFileSync(file, text);
      const store = openFile(dir);
      const corrupt: unknown = expect.objectContaining({ code: 'store.corrupt' });
      await expect(collect(store.readAll())).rejects.toEqual(corrupt);
      await expect(store.streams()).rejects.toEqual(corrupt);
      await expect(
        store.append('H.1', [postponed('x')], { expectedVersion: 'any' }),
      ).rejects.toEqual(corrupt);
      expect(readFileSync(file, 'utf8')).toBe(text);
    },
  );

  it('names the file and line of the damage', async () => {
    const { dir, file, lines } = await intactLog();
    writeFileSync(file, `${lines.map((x, i) => (i === 6 ? editLine(x) : x)).join('\n')}\n`);
    await expect(collect(openFile(dir).read('S.2'))).rejects.toThrow(
      `${file} is damaged at line 7: the record does not match its hash (it was edited)`,
    );
  });
});
