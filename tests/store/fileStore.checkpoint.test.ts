import {
  appendFileSync,
  copyFileSync,
  existsSync,
  readFileSync,
  renameSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReadOptions, RecordedEvent } from '../../src/store/eventStore.js';
import { collect } from '../../src/store/eventStore.js';
import type { FileStoreOptions, StoreTrace } from '../../src/store/fileStore.js';
import { CHECKPOINT_FILE, LOG_FILE } from '../../src/store/fileStore.js';
import { HEAD_FILE } from '../../src/store/headFile.js';
import { readFilter } from '../../src/store/readFilter.js';
import { canonicalJson, sha256 } from '../../src/store/records.js';
import { introduced } from '../helpers/events.js';
import { kz, openFile, postponed, rewindHead, scratchDir } from './fixtures/storeKit.js';

const STREAMS = 12;

/**
 * A store of 12 streams written in 3 interleaved rounds (so each stream's events lie in 3 runs),
 * with no checkpoint yet.
 */
const interleaved = async (dir = scratchDir(), tag = 'a') => {
  const store = openFile(dir, { create: true, checkpointEvery: Infinity });
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < STREAMS; i++) {
      const notes = [
        postponed(`${tag}${i}-${round}-1`, `2025-0${round + 2}-01`),
        postponed(`${tag}${i}-${round}-2`, `2025-0${round + 2}-15`),
      ];
      await store.append(`H.${i}`, round === 0 ? [introduced('2025-01-10'), ...notes] : notes, {
        expectedVersion: round === 0 ? 'noStream' : 1 + 2 * round,
        metadata: kz,
      });
    }
  }
  await store.close();
  return { dir, log: join(dir, LOG_FILE), checkpoint: join(dir, CHECKPOINT_FILE) };
};

/** A store that records what it did with its checkpoint and the log. */
const traced = (dir: string, options: FileStoreOptions = {}) => {
  const traces: StoreTrace[] = [];
  const store = openFile(dir, { checkpointEvery: 0, ...options, onTrace: (t) => traces.push(t) });
  return { store, traces, kinds: () => traces.map((t) => t.kind) };
};

/** The oracle: a stream's events from a sequential scan of the whole log (readAll never uses the index). */
const scanned = async (dir: string, stream: string, options: ReadOptions = {}) => {
  const all = await collect(openFile(dir).readAll());
  const decide = readFilter(options);
  const out: RecordedEvent[] = [];
  for (const e of all.filter((x) => x.meta.stream === stream)) {
    const decision = decide(e.meta.version, e.at);
    if (decision === 'stop') break;
    if (decision === 'take') out.push(e);
  }
  return out;
};

const expectReadsMatchScan = async (dir: string, options: FileStoreOptions = {}) => {
  const { store } = traced(dir, options);
  const infos = await store.streams();
  for (const info of infos) {
    expect(await collect(store.read(info.stream))).toEqual(await scanned(dir, info.stream));
  }
  return infos;
};

describe('file store: the checkpoint of the index', () => {
  it('is written after a catch-up and used by the next open, which reads no more of the log', async () => {
    const { dir, log, checkpoint } = await interleaved();
    const size = statSync(log).size;
    expect(existsSync(checkpoint)).toBe(false);

    const cold = traced(dir);
    const streams = await cold.store.streams();
    expect(cold.traces).toEqual([
      { kind: 'checkpointIgnored', why: 'there is none' },
      { kind: 'caughtUp', from: 0, to: size },
      { kind: 'checkpointWritten', offset: size, bytes: statSync(checkpoint).size },
    ]);

    const warm = traced(dir);
    expect(await warm.store.streams()).toEqual(streams);
    expect(warm.kinds()).toEqual(['checkpointLoaded']); // not a byte of the log scanned
    const events = await collect(warm.store.read('H.3'));
    expect(events).toEqual(await scanned(dir, 'H.3'));
    const seek = warm.traces.find((t) => t.kind === 'seek');
    expect(seek).toMatchObject({ stream: 'H.3', runs: 3 });
    expect(seek?.kind === 'seek' && seek.bytes < size / 8).toBe(true);
  });

  it('reads every stream through the index exactly as a scan of the log, with every read option', async () => {
    const { dir } = await interleaved();
    await traced(dir).store.streams(); // writes the checkpoint
    const { store, kinds } = traced(dir);
    const cases: ReadOptions[] = [
      {},
      { fromVersion: 2 },
      { toVersion: 4 },
      { fromVersion: 3, toVersion: 5 },
      { asOf: '2025-03-01' },
      { asOf: '2025-02-20', fromVersion: 2 },
      { fromVersion: 40 },
    ];
    for (let i = 0; i < STREAMS; i += 5) {
      for (const options of cases)
        expect(await collect(store.read(`H.${i}`, options))).toEqual(
          await scanned(dir, `H.${i}`, options),
        );
    }
    expect(kinds()[0]).toBe('checkpointLoaded');
    expect(kinds()).not.toContain('caughtUp');
    await expect(collect(store.read('H.99'))).rejects.toMatchObject({ code: 'store.notFound' });
  });

  it('stale (the log appended by another process since): used, and only the new bytes are read', async () => {
    const { dir, log } = await interleaved();
    await traced(dir).store.streams();
    const before = statSync(log).size;
    const other = openFile(dir, { checkpointEvery: Infinity });
    await other.append('H.1', [postponed('later', '2025-05-01')], { expectedVersion: 7 });
    await other.append('H.new', [introduced('2025-05-01')], {
      expectedVersion: 'noStream',
      metadata: kz,
    });
    const { store, traces } = traced(dir);
    expect((await store.info('H.1')).version).toBe(8);
    expect(traces.slice(0, 2)).toEqual([
      { kind: 'checkpointLoaded', offset: before, bytes: expect.any(Number) as unknown },
      { kind: 'caughtUp', from: before, to: statSync(log).size },
    ]);
    expect((await collect(store.read('H.1'))).at(-1)?.note).toBe('later');
    expect(await expectReadsMatchScan(dir)).toHaveLength(STREAMS + 1);
  });

  const damage: [
    string,
    (paths: { dir: string; log: string; checkpoint: string }) => Promise<void> | void,
    RegExp,
  ][] = [
    ['garbage', ({ checkpoint }) => writeFileSync(checkpoint, 'not an index\n{{{'), /header/],
    ['empty', ({ checkpoint }) => writeFileSync(checkpoint, ''), /header/],
    [
      'truncated',
      ({ checkpoint }) => truncateSync(checkpoint, Math.floor(statSync(checkpoint).size / 2)),
      /truncated|checksum/,
    ],
    [
      'edited (a version changed)',
      ({ checkpoint }) =>
        writeFileSync(
          checkpoint,
          readFileSync(checkpoint, 'utf8').replace('["H.3",7,', '["H.3",9,'),
        ),
      /checksum/,
    ],
    [
      'taken of another log (the log replaced by a copy: another file)',
      ({ log }) => {
        copyFileSync(log, `${log}.copy`);
        renameSync(`${log}.copy`, log);
      },
      /another log file/,
    ],
    [
      'taken of another log (rewritten in place, as long or longer)',
      async ({ log }) => {
        const other = await interleaved(scratchDir(), 'b');
        // As long: the same ids, times and note lengths, other notes; with its own head file.
        writeFileSync(log, readFileSync(other.log));
        writeFileSync(join(dirname(log), HEAD_FILE), readFileSync(join(other.dir, HEAD_FILE)));
      },
      /another record|no record/,
    ],
    [
      'pointing past the end of the log (rewritten in place, shorter)',
      ({ log }) => {
        const lines = readFileSync(log, 'utf8').split('\n');
        writeFileSync(log, `${lines.slice(0, 4).join('\n')}\n`);
        rewindHead(dirname(log), 4); // its head file says so too
      },
      /past the end/,
    ],
  ];

  it.each(damage)(
    '%s: ignored silently, the log read from the start, a new one written',
    async (_, harm, why) => {
      const paths = await interleaved();
      await traced(paths.dir).store.streams();
      await harm(paths);
      const { store, traces } = traced(paths.dir);
      await store.streams();
      expect(traces[0]).toMatchObject({
        kind: 'checkpointIgnored',
        why: expect.stringMatching(why) as unknown,
      });
      expect(traces[1]).toEqual({ kind: 'caughtUp', from: 0, to: statSync(paths.log).size });
      expect(traces[2]).toMatchObject({ kind: 'checkpointWritten' });
      await expectReadsMatchScan(paths.dir);
      const again = traced(paths.dir);
      await again.store.streams();
      expect(again.kinds()).toEqual(['checkpointLoaded']);
    },
  );

  it('a torn write after it is skipped by reads and marked discarded by the next write, as without one', async () => {
    const { dir, log } = await interleaved();
    await traced(dir).store.streams();
    appendFileSync(log, '{"event":{"at":"2025-0');
    const torn = traced(dir);
    expect(torn.kinds()).toEqual([]);
    expect(await expectReadsMatchScan(dir)).toHaveLength(STREAMS);
    await torn.store.append('H.2', [postponed('after the crash', '2025-05-01')], {
      expectedVersion: 7,
    });
    expect(torn.kinds()).toEqual(['checkpointLoaded', 'caughtUp', 'checkpointWritten']);
    const after = traced(dir);
    expect((await collect(after.store.read('H.2'))).map((e) => e.note).at(-1)).toBe(
      'after the crash',
    );
    expect(after.kinds()).toEqual(['checkpointLoaded', 'seek']);
    expect(await after.store.verify()).toMatchObject({
      intact: true,
      recoveries: [expect.anything()],
    });
    await expectReadsMatchScan(dir);
  });

  it('a record of the indexed part rewritten with a new hash: the checkpoint no longer agrees with the log, every read fails, verify finds it', async () => {
    const { dir, log } = await interleaved();
    await traced(dir).store.streams();
    const lines = readFileSync(log, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes('"note":"a4-1-2"'));
    const { hash: _, ...record } = JSON.parse(lines[at] ?? '') as Record<string, unknown>;
    const body = canonicalJson({
      ...record,
      event: { ...(record['event'] as object), note: 'a4-1-X' },
    });
    lines[at] = `${body.slice(0, -1)},"hash":"${sha256(body)}"}`; // same length: offsets unchanged
    writeFileSync(log, lines.join('\n'));
    const { store, kinds } = traced(dir);
    await expect(collect(store.read('H.4'))).rejects.toMatchObject({ code: 'store.corrupt' });
    expect(kinds()[0]).toBe('checkpointIgnored'); // the run's last record is not the one indexed
    await expect(collect(store.read('H.5'))).rejects.toMatchObject({ code: 'store.corrupt' });
    expect((await store.verify()).problems.map((p) => p.kind)).toEqual([
      'checkpointDisagrees',
      'chainBroken',
    ]);
  });

  /** Rewrites the checkpoint's body and recomputes its (unkeyed) checksum, as a forger would. */
  const forge = (checkpoint: string, edit: (body: { streams: unknown[][] }) => void) => {
    const [headerLine = '', bodyLine = ''] = readFileSync(checkpoint, 'utf8').split('\n');
    const { sha256: _, ...header } = JSON.parse(headerLine) as Record<string, unknown>;
    const body = JSON.parse(bodyLine) as { streams: unknown[][] };
    edit(body);
    const text = JSON.stringify(body);
    const sum = sha256(`${canonicalJson(header)}\n${text}`);
    writeFileSync(checkpoint, `${JSON.stringify({ ...header, sha256: sum })}\n${text}\n`);
  };
  const row = (body: { streams: unknown[][] }, stream: string) =>
    body.streams.find((r) => r[0] === stream) ?? [];

  const forgeries: [string, (body: { streams: unknown[][] }) => void][] = [
    [
      "a stream's last events left out (its version lowered, its last run dropped)",
      (body) => {
        const r = row(body, 'H.3');
        r[1] = 5;
        r.splice(-4);
      },
    ],
    [
      "a stream's record pointing at another stream's (other metadata)",
      (body) => {
        const [a, b] = [row(body, 'H.3'), row(body, 'H.4')];
        [a[2], a[3], a[4]] = [b[2], b[3], b[4]];
      },
    ],
    ['a stream left out', (body) => body.streams.splice(2, 1)],
    [
      'a middle run of a stream left out',
      (body) => {
        row(body, 'H.3').splice(9, 4);
      },
    ],
  ];

  it.each(forgeries)(
    'forged, its checksum recomputed (%s): ignored, every result as from the log',
    async (_, edit) => {
      const { dir, checkpoint } = await interleaved();
      await traced(dir).store.streams();
      const honest = await expectReadsMatchScan(dir, { checkpointEvery: Infinity });
      forge(checkpoint, edit);
      const { store, traces } = traced(dir, { checkpointEvery: Infinity });
      expect(await store.streams()).toEqual(honest);
      expect(traces[0]).toMatchObject({
        kind: 'checkpointIgnored',
        why: expect.stringMatching(/does not agree with the log/) as unknown,
      });
      await expectReadsMatchScan(dir, { checkpointEvery: Infinity });
      const report = await store.verify();
      expect(report.problems.map((p) => p.kind)).toEqual(['checkpointDisagrees']);
      expect(report.intact).toBe(false);
    },
  );

  it('is not written by default until the log has grown by 1 MiB past it', async () => {
    const { dir, checkpoint } = await interleaved();
    const store = openFile(dir);
    await store.streams();
    await store.append('H.0', [postponed('one more', '2025-05-01')], { expectedVersion: 7 });
    await store.close();
    expect(existsSync(checkpoint)).toBe(false);
  });
});

describe('verify says what state the checkpoint is in, without using it', () => {
  it('none, up to date, behind, ignored', async () => {
    const { dir, checkpoint } = await interleaved();
    expect((await openFile(dir).verify()).checkpoint).toEqual({ state: 'none' });

    const { store } = traced(dir);
    await store.streams(); // catches up and leaves a checkpoint (checkpointEvery: 0)
    await store.close();
    const size = statSync(join(dir, LOG_FILE)).size;
    expect((await openFile(dir).verify()).checkpoint).toEqual({
      state: 'usable',
      offset: size,
      bytes: statSync(checkpoint).size,
      behind: 0,
    });

    const writer = openFile(dir, { checkpointEvery: Infinity });
    await writer.append('H.0', [postponed('late', '2025-06-01')], { expectedVersion: 7 });
    await writer.close();
    const grown = statSync(join(dir, LOG_FILE)).size;
    expect((await openFile(dir).verify()).checkpoint).toMatchObject({
      state: 'usable',
      offset: size,
      behind: grown - size,
    });

    writeFileSync(checkpoint, 'garbage\n');
    const report = await openFile(dir).verify();
    expect(report.intact).toBe(true);
    expect(report.checkpoint).toEqual({
      state: 'ignored',
      why: 'its header is not one this version writes',
    });
  });
});
