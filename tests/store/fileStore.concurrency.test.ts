import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { collect } from '../../src/store/eventStore.js';
import { openFileStore } from '../../src/store/fileStore.js';
import { scratchDir, writerScript } from './fixtures/storeKit.js';

/** Several processes writing one store at once (bench/storeWriter.ts as the writer). */
type Said = Readonly<{ word: string; args: readonly string[] }>;

type Writer = Readonly<{
  child: ChildProcessWithoutNullStreams;
  ready: Promise<void>;
  done: Promise<Said[]>;
}>;

const startWriter = (dir: string, plan: Record<string, unknown>): Writer => {
  const child = spawn(process.execPath, [writerScript, dir, JSON.stringify(plan)]);
  let out = '';
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    if (out.includes('ready\n')) onReady();
  });
  child.stderr
    .setEncoding('utf8')
    .on('data', (chunk: string) => (out += `error stderr ${chunk}\n`));
  const done = new Promise<Said[]>((resolve) =>
    child.on('close', () =>
      resolve(
        out
          .split('\n')
          .filter((l) => l !== '')
          .map((l) => {
            const [word = '', ...args] = l.split(' ');
            return { word, args };
          }),
      ),
    ),
  );
  return { child, ready, done };
};

const acksOf = (said: readonly Said[]) =>
  said
    .filter((s) => s.word === 'ack')
    .map(({ args: [stream = '', version = '0', note = '', count = '0'] }) => ({
      stream,
      version: Number(version),
      note,
      count: Number(count),
    }));

describe('file store: several processes at once', () => {
  it('two or more appends expecting the same version: exactly one winner, the others a version conflict', async () => {
    const dir = scratchDir();
    for (const round of [0, 1, 2]) {
      const expected = round === 0 ? 'noStream' : (await openFileStore(dir).info('race')).version;
      const writers = Array.from({ length: 6 }, (_, i) =>
        startWriter(dir, {
          mode: 'race',
          stream: 'race',
          expected,
          marker: `r${round}w${i}`,
          waitForGo: true,
          validate: true,
        }),
      );
      await Promise.all(writers.map((w) => w.ready));
      for (const w of writers) w.child.stdin.end('go\n');
      const said = (await Promise.all(writers.map((w) => w.done))).flat();
      expect(said.filter((s) => s.word === 'error')).toEqual([]);
      expect(said.filter((s) => s.word === 'ack')).toHaveLength(1);
      expect(said.filter((s) => s.word === 'conflict')).toHaveLength(5);
    }
    const store = openFileStore(dir);
    expect((await store.info('race')).version).toBe(4); // introduced + 1, then 1, then 1
    expect((await store.verify()).intact).toBe(true);
  });

  it('writers on their own streams and on a shared one: nothing lost, nothing interleaved, every conflict reported', async () => {
    const dir = scratchDir();
    const writers = Array.from({ length: 4 }, (_, i) =>
      startWriter(dir, {
        mode: 'mixed',
        stream: `own-${i}`,
        shared: 'shared',
        appends: 15,
        batch: 1,
        batchMax: 4,
        marker: `w${i}`,
        validate: true,
        thinkMs: 5,
        waitForGo: true,
      }),
    );
    await Promise.all(writers.map((w) => w.ready));
    for (const w of writers) w.child.stdin.end('go\n');
    const said = await Promise.all(writers.map((w) => w.done));
    for (const s of said) {
      expect(s.filter((x) => x.word === 'error')).toEqual([]);
      expect(s.at(-1)?.word).toBe('done');
    }
    const store = openFileStore(dir);
    expect(await store.verify()).toMatchObject({ intact: true, problems: [] });
    const all = await collect(store.readAll());
    const notes = all.flatMap((e) => (e.note === undefined ? [] : [e.note]));
    expect(new Set(notes).size).toBe(notes.length); // nothing written twice

    const conflicts = said.flat().filter((x) => x.word === 'conflict');
    for (const [i, s] of said.entries()) {
      expect(acksOf(s)).toHaveLength(30); // 15 on its own stream, 15 on the shared one
      for (const ack of acksOf(s)) {
        const events = await collect(store.read(ack.stream));
        const written = events.slice(ack.version - ack.count, ack.version);
        expect(written).toHaveLength(ack.count);
        // The whole append, contiguous and in order: nobody wrote in between.
        const noted = written.flatMap((e) => (e.note === undefined ? [] : [e.note]));
        const last = Number(ack.note.split('-')[1]);
        expect(noted).toEqual(
          Array.from({ length: noted.length }, (_, k) => `w${i}-${last - noted.length + 1 + k}`),
        );
      }
    }
    // Every event of the shared stream comes from an acknowledged append; each conflict names a version that had moved on.
    const shared = await store.info('shared');
    const sharedAcks = said.flatMap(acksOf).filter((a) => a.stream === 'shared');
    expect(sharedAcks.reduce((n, a) => n + a.count, 0)).toBe(shared.version);
    expect(conflicts.length).toBeGreaterThan(0);
    for (const c of conflicts) {
      const [, expected, actual] = c.args;
      expect(expected).not.toBe(actual);
    }
    console.log(
      `concurrency test: 4 writers, ${sharedAcks.length} appends to the shared stream, ${conflicts.length} version conflicts reported and retried`,
    );
  });
});
