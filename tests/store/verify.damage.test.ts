import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect } from '../../src/store/eventStore.js';
import { LOG_FILE } from '../../src/store/fileStore.js';
import type { StoreRecord } from '../../src/store/records.js';
import { GENESIS, parseRecordLine, sealRecord } from '../../src/store/records.js';
import type { ProblemKind } from '../../src/store/verify.js';
import { kz, lawful, openFile, postponed, rewindHead, scratchDir } from './fixtures/storeKit.js';

/** Ten single-record writes: H.1 (record, 4 events) then S.2 (record, 4 events), one a line. */
const intactLog = async () => {
  const dir = scratchDir();
  const store = openFile(dir, { create: true });
  await store.append('H.1', [], { expectedVersion: 'noStream', metadata: kz });
  for (const [i, e] of lawful.entries()) await store.append('H.1', [e], { expectedVersion: i });
  await store.append('S.2', [], { expectedVersion: 'noStream', metadata: kz });
  await store.append('S.2', lawful.slice(0, 1), { expectedVersion: 0 });
  for (let i = 1; i < 4; i++)
    await store.append('S.2', [postponed(`p${i}`)], { expectedVersion: i });
  await store.close();
  const file = join(dir, LOG_FILE);
  return { dir, file, lines: readFileSync(file, 'utf8').split('\n').slice(0, -1) };
};

/** Records re-chained from scratch after a change: a forger who recomputes every hash. */
const reseal = (lines: readonly string[], change: (r: StoreRecord, i: number) => StoreRecord) => {
  let prev = GENESIS;
  return lines.map((line, i) => {
    const record = change(parseRecordLine(line) as StoreRecord, i);
    const { pos, prev: _prev, hash: _hash, ...draft } = record;
    const sealed = sealRecord(draft, pos, prev);
    prev = sealed.record.hash;
    return sealed.line.slice(0, -1);
  });
};

const editLine = (line: string) => line.replace('"2025-', '"2024-');

/** One record changed and re-hashed in place (its `prev` kept): the next line no longer chains. */
const resealOne = (line: string, change: (r: StoreRecord) => StoreRecord) => {
  const { pos, prev, hash: _hash, ...draft } = change(parseRecordLine(line) as StoreRecord);
  return sealRecord(draft, pos, prev).line.slice(0, -1);
};

const damages: readonly [string, (lines: string[]) => string[], [ProblemKind, number][]][] = [
  ['an edited event', (l) => l.map((x, i) => (i === 4 ? editLine(x) : x)), [['edited', 5]]],
  [
    'an edited event whose hash was recomputed',
    (l) => l.map((x, i) => (i === 4 ? resealOne(x, (r) => ({ ...r, recordedAt: 'then' })) : x)),
    [['chainBroken', 6]],
  ],
  ['a deleted line', (l) => l.filter((_, i) => i !== 4), [['missing', 5]]],
  [
    'two lines swapped',
    (l) => [...l.slice(0, 4), l[5] ?? '', l[4] ?? '', ...l.slice(6)],
    [['reordered', 6]],
  ],
  [
    'a line moved to the end',
    (l) => [...l.filter((_, i) => i !== 4), l[4] ?? ''],
    [['reordered', 10]],
  ],
  ['a duplicated line', (l) => [...l.slice(0, 5), l[4] ?? '', ...l.slice(5)], [['duplicated', 6]]],
  [
    'a garbage line inserted',
    (l) => [...l.slice(0, 5), 'garbage', ...l.slice(5)],
    [['unparsable', 6]],
  ],
  [
    'a line replaced by garbage',
    (l) => l.map((x, i) => (i === 4 ? '{"oops": 1}' : x)),
    [['unparsable', 5]],
  ],
  [
    'a version skipped, every hash recomputed',
    (l) => reseal(l, (r) => (r.kind === 'event' && r.pos === 5 ? { ...r, version: 7 } : r)),
    [['versionGap', 5]],
  ],
  [
    'an invalid event, every hash recomputed',
    (l) =>
      reseal(l, (r) =>
        r.kind === 'event' && r.pos === 3
          ? { ...r, event: { ...r.event, data: { chamber: 'moon' } } as unknown as typeof r.event }
          : r,
      ),
    [['invalidEvent', 3]],
  ],
  [
    'an event of a stream nobody created, every hash recomputed',
    (l) =>
      reseal(l, (r) =>
        r.kind === 'event' && r.pos === 4 ? { ...r, stream: 'X.9', version: 1 } : r,
      ),
    [
      ['unknownStream', 4],
      ['versionGap', 5],
    ],
  ],
];

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
