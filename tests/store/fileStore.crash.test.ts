import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect } from '../../src/store/eventStore.js';
import type { StoreWarning } from '../../src/store/fileStore.js';
import { CHECKPOINT_FILE, LOG_FILE, openFileStore } from '../../src/store/fileStore.js';
import { scratchDir, writerScript } from './fixtures/storeKit.js';

/**
 * A child appends in a loop (each append acknowledged on stdout after its fsync) and is killed
 * with SIGKILL at a random moment. After every kill: each acknowledged event is in the store, the
 * store opens, and both its warning on open and `verify` report a torn tail exactly when the file
 * ends with an unfinished write (judged here from the raw bytes); the next child marks it
 * discarded. Trials alternate small batches (many acks; kills in the lock, fsync, recovery) and
 * batches of events padded to 64 KiB (multi-MiB writes, which a SIGKILL can tear). Two lanes run
 * side by side; each starts a new store every 4 trials to keep files small. The big writes grow the
 * log by more than 1 MiB, so the child writes the checkpoint of the index after most of them and
 * some kills land while it does (its temporary file is left): reads through the index must still
 * give exactly what a scan of the log gives.
 */
const TRIALS = Number(process.env['STORE_CRASH_TRIALS'] ?? 50);
const LANES = 2;
const PER_STORE = 4;

type Ack = Readonly<{ stream: string; version: number; note: string }>;

const runUntilKilled = (dir: string, marker: string, big: boolean, killAfterMs: number) =>
  new Promise<{ acks: Ack[]; errors: string[] }>((resolve, reject) => {
    const plan = big
      ? { mode: 'loop', stream: 'crash', batch: 1, batchMax: 30, pad: 65_536, marker }
      : { mode: 'loop', stream: 'crash', batch: 1, batchMax: 200, marker };
    const child = spawn(process.execPath, [writerScript, dir, JSON.stringify(plan)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (timer === undefined && out.includes('ready\n'))
        timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (out += `error ${chunk}\n`));
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      // Only whole lines count: a kill can cut the last one.
      const lines = out.split('\n').slice(0, -1);
      resolve({
        acks: lines.flatMap((l) => {
          const [word, stream, version, note] = l.split(' ');
          return word === 'ack' && stream !== undefined && note !== undefined
            ? [{ stream, version: Number(version), note }]
            : [];
        }),
        errors: lines.filter((l) => l.startsWith('error')),
      });
    });
  });

/** The oracle, from the raw bytes: does the file end with an unfinished write? */
const endsUnfinished = (file: string): boolean => {
  if (!existsSync(file)) return false;
  const raw = readFileSync(file, 'utf8');
  if (raw.length === 0) return false;
  if (!raw.endsWith('\n')) return true;
  const last = raw.slice(raw.lastIndexOf('\n', raw.length - 2) + 1, -1);
  try {
    return (JSON.parse(last) as { more?: boolean }).more === true;
  } catch {
    return true;
  }
};

const lane = async (id: number, trials: number) => {
  const seen = { torn: 0, acks: 0, recoveries: 0, checkpoints: 0, killedWritingOne: 0 };
  let dir = scratchDir();
  let acked: Ack[] = [];
  for (let trial = 0; trial < trials; trial++) {
    if (trial % PER_STORE === 0) {
      dir = scratchDir();
      acked = [];
    }
    const run = await runUntilKilled(dir, `l${id}t${trial}`, trial % 2 === 0, Math.random() * 400);
    expect(run.errors).toEqual([]);
    acked.push(...run.acks);
    seen.acks += run.acks.length;
    const file = join(dir, LOG_FILE);
    const torn = endsUnfinished(file);
    if (!existsSync(file)) continue; // killed before it created the store
    if (torn) seen.torn += 1;

    const warnings: StoreWarning[] = [];
    const store = openFileStore(dir, { onWarning: (w) => warnings.push(w) });
    expect(warnings.map((w) => w.kind)).toEqual(torn ? ['tornTail'] : []);
    const report = await store.verify();
    expect(report.problems.map((p) => p.kind)).toEqual(torn ? ['torn'] : []);
    seen.recoveries = Math.max(seen.recoveries, report.recoveries.length);
    if (acked.length === 0) continue;
    const events = await collect(store.read('crash'));
    for (const ack of acked) expect(events[ack.version - 1]?.note?.trimEnd()).toBe(ack.note);
    const scanned = (await collect(store.readAll())).filter((e) => e.meta.stream === 'crash');
    expect(events).toEqual(scanned);
    if (existsSync(join(dir, CHECKPOINT_FILE))) seen.checkpoints += 1;
    if (existsSync(join(dir, `${CHECKPOINT_FILE}.tmp`))) seen.killedWritingOne += 1;
  }
  return seen;
};

describe('file store: SIGKILL during appends', () => {
  it(`loses no acknowledged event in ${TRIALS} kills, and verify tells the truth about the tail`, async () => {
    expect(existsSync(writerScript), `${writerScript} is built by npm run build`).toBe(true);
    const lanes = await Promise.all(
      Array.from({ length: LANES }, (_, i) => lane(i, Math.ceil(TRIALS / LANES))),
    );
    const total = lanes.reduce((a, l) => ({
      torn: a.torn + l.torn,
      acks: a.acks + l.acks,
      recoveries: a.recoveries + l.recoveries,
      checkpoints: a.checkpoints + l.checkpoints,
      killedWritingOne: a.killedWritingOne + l.killedWritingOne,
    }));
    console.log(
      `crash test: ${LANES * Math.ceil(TRIALS / LANES)} kills, ${total.acks} acknowledged appends, ${total.torn} torn tails found, recoveries seen per store up to ${Math.max(...lanes.map((l) => l.recoveries))}; a checkpoint present after ${total.checkpoints} kills, ${total.killedWritingOne} while one was being written`,
    );
  });
});
