import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, it as prop } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { BillEvent } from '../../src/domain/events.js';
import { LOG_FILE } from '../../src/store/fileStore.js';
import { readHead } from '../../src/store/headFile.js';
import type { StoreRecord } from '../../src/store/records.js';
import { quickVerify } from '../../src/store/quickVerify.js';
import { verifyLog } from '../../src/store/verify.js';
import { damages, intactLog, reseal } from './fixtures/logDamage.js';
import { kz, lawful, openFile, postponed, rewindHead, scratchDir } from './fixtures/storeKit.js';

const acknowledged = (dir: string) => {
  const head = readHead(dir);
  return head.state === 'acknowledged' ? head.cursor : undefined;
};

/** The full check's answer, for comparison: counts and head when intact, else undefined. */
const fullCheck = (dir: string) => {
  const file = join(dir, LOG_FILE);
  const ack = acknowledged(dir);
  const report = verifyLog(
    file,
    statSync(file).size,
    ack === undefined ? {} : { acknowledged: ack },
  );
  if (!report.intact) return undefined;
  const { records, events, unchecked, streams, head } = report;
  return { records, events, unchecked, streams, head };
};

const quick = (dir: string, parts = 1) => {
  const file = join(dir, LOG_FILE);
  return quickVerify(file, statSync(file).size, acknowledged(dir), parts);
};

describe('verify --quick', () => {
  it('finds an intact log intact, with the counts and head of the full check', async () => {
    const { dir } = await intactLog();
    const report = await openFile(dir).verify({ quick: true });
    expect(report).toMatchObject({ intact: true, checked: 'hashes', records: 10, events: 8 });
    const full = await openFile(dir).verify();
    expect(full.checked).toBe('everything');
    expect({ ...report, checked: 'everything' }).toEqual(full);
  });

  it.each(damages.filter(([name]) => name !== 'an invalid event, every hash recomputed'))(
    'reports %s exactly as the full check does',
    async (_, damage) => {
      const { dir, file, lines } = await intactLog();
      writeFileSync(file, `${damage([...lines]).join('\n')}\n`);
      expect(await quick(dir)).toBeUndefined();
      const report = await openFile(dir).verify({ quick: true });
      expect(report.checked).toBe('everything');
      expect(report).toEqual(await openFile(dir).verify());
    },
  );

  it("does not read an event's content: an invalid event under recomputed hashes passes it", async () => {
    const { dir, file, lines } = await intactLog();
    const invalid = reseal(lines, (r: StoreRecord) =>
      r.kind === 'event' && r.pos === 3
        ? { ...r, event: { ...r.event, data: { chamber: 'moon' } } as unknown as typeof r.event }
        : r,
    );
    writeFileSync(file, `${invalid.join('\n')}\n`);
    rewindHead(dir, 10);
    expect((await openFile(dir).verify({ quick: true })).intact).toBe(true);
    expect((await openFile(dir).verify()).problems.map((p) => p.kind)).toEqual(['invalidEvent']);
  });

  it('leaves a torn tail and a recovered write to the full check', async () => {
    const { dir, file, lines } = await intactLog();
    writeFileSync(file, `${lines.join('\n')}\n${(lines[3] ?? '').slice(0, 40)}`);
    expect(await quick(dir)).toBeUndefined();
    const store = openFile(dir);
    await store.append('H.1', [postponed('after')], { expectedVersion: 'any', validate: false });
    await store.close();
    expect(readFileSync(file, 'utf8')).toContain('"kind":"recovery"');
    expect(await quick(dir)).toBeUndefined();
    const report = await openFile(dir).verify({ quick: true });
    expect(report).toMatchObject({ intact: true, checked: 'everything' });
    expect(report.recoveries).toHaveLength(1);
  });

  it('checks stream metadata: a stream record with invalid metadata under recomputed hashes', async () => {
    const { dir, file, lines } = await intactLog();
    writeFileSync(
      file,
      `${reseal(lines, (r) =>
        r.kind === 'stream' && r.pos === 1 ? { ...r, metadata: { jurisdiction: 'XX' } } : r,
      ).join('\n')}\n`,
    );
    rewindHead(dir, 10);
    expect(await quick(dir)).toBeUndefined();
    expect((await openFile(dir).verify({ quick: true })).problems.map((p) => p.kind)).toEqual([
      'invalidMetadata',
    ]);
  });
});

/** Random stores: streams created and appended to in writes of random sizes, with unicode ids. */
const storeArbitrary = fc.array(
  fc.record({
    stream: fc.constantFrom('H.1', 'S.2', 'Zh_3', 'bill#4', 'a/b:5'),
    events: fc.integer({ min: 0, max: 4 }),
    unchecked: fc.boolean(),
  }),
  { minLength: 1, maxLength: 12 },
);

const writeStore = async (
  writes: readonly { stream: string; events: number; unchecked: boolean }[],
) => {
  const dir = scratchDir();
  const store = openFile(dir, { create: true });
  const versions = new Map<string, number>();
  for (const write of writes) {
    const version = versions.get(write.stream);
    const events: BillEvent[] =
      version === undefined
        ? lawful.slice(0, Math.max(1, write.events))
        : Array.from({ length: write.events }, (_, i) => postponed(`n${version + i}`));
    if (version === undefined) {
      await store.append(write.stream, [], { expectedVersion: 'noStream', metadata: kz });
      await store.append(write.stream, events, { expectedVersion: 0, validate: !write.unchecked });
    } else if (events.length > 0) {
      await store.append(write.stream, events, { expectedVersion: version, validate: false });
    }
    versions.set(write.stream, (version ?? 0) + events.length);
  }
  await store.close();
  return dir;
};

describe('verify --quick over random stores', () => {
  prop.prop([storeArbitrary, fc.integer({ min: 1, max: 5 })], { numRuns: 40 })(
    'cut into any number of parts, a store as written is clean, with the full check’s counts and head',
    async (writes, parts) => {
      const dir = await writeStore(writes);
      expect(await quick(dir, parts)).toEqual(fullCheck(dir));
    },
  );

  prop.prop(
    [storeArbitrary, fc.integer({ min: 1, max: 4 }), fc.nat(), fc.integer({ min: 0, max: 255 })],
    { numRuns: 60 },
  )(
    'a changed byte anywhere: clean only where the full check finds the log intact',
    async (writes, parts, where, value) => {
      const dir = await writeStore(writes);
      const file = join(dir, LOG_FILE);
      const bytes = readFileSync(file);
      bytes[where % bytes.length] = value;
      writeFileSync(file, bytes);
      const found = await quick(dir, parts);
      if (found !== undefined) expect(found).toEqual(fullCheck(dir));
    },
  );
});

describe('verify --quick in worker threads', () => {
  it('the built package scans parts in workers and finds what one thread finds', async () => {
    const built = (await import(
      new URL('../../dist/src/store/quickVerify.js', import.meta.url).href
    )) as { quickVerify: typeof quickVerify };
    const dir = await writeStore([
      { stream: 'H.1', events: 4, unchecked: false },
      { stream: 'S.2', events: 3, unchecked: true },
      { stream: 'H.1', events: 2, unchecked: false },
      { stream: 'S.2', events: 4, unchecked: true },
    ]);
    const file = join(dir, LOG_FILE);
    const found = await built.quickVerify(file, statSync(file).size, acknowledged(dir), 3);
    expect(found).toEqual(fullCheck(dir));
    expect(found).toEqual(await quick(dir, 1));
  });
});
