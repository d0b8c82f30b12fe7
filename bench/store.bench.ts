import {
  closeSync,
  createReadStream,
  fdatasyncSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import type { BillEvent } from '../src/domain/events.js';
import { replay } from '../src/replay/replay.js';
import { casesOf } from '../src/scenario/runScenario.js';
import { readScenarioFile } from '../src/scenario/readScenarioFile.js';
import type { EventStore, StreamMetadata, WriteOp } from '../src/store/eventStore.js';
import { collect, eventOf } from '../src/store/eventStore.js';
import { CHECKPOINT_FILE, LOG_FILE, openFileStore } from '../src/store/fileStore.js';
import { createMemoryStore } from '../src/store/memoryStore.js';
import { findGc } from './benchKit.js';

/**
 * The event store's figures, each with a baseline measured in the same run:
 * - appends (events/s): single-event appends, whole bills and 1,000-event batches through the
 *   JSONL file store (fsync before each append returns) against the in-memory store and raw
 *   `fs.appendFileSync` of the same bytes (with and without fdatasync);
 * - a store of 1,000,000 events (the 22 cases of scenarios/ over and over, 1,000 bills a write):
 *   how long writing it takes, and reading it all (with and without hash checks) against a bare
 *   readline + JSON.parse of the file;
 * - opening that store and listing its streams, and reading one stream of it, warm (from the
 *   checkpoint of the index, `index.json`) against cold (no checkpoint: the whole log read);
 * - the peak memory of a streaming replay of it: every event read in order and each bill
 *   replayed as soon as its last event is read, against the heap before and the file's size.
 *
 *   npm run bench:store                      # 1,000,000 events
 *   npm run bench:store -- --events 100000   # quicker (or BENCH_STORE_EVENTS=100000)
 *   options: --events N --dir DIR (default: a new directory in the system's temp) --keep
 */
type Config = Readonly<{ events: number; dir: string; keep: boolean }>;

const parseConfig = (argv: readonly string[], env: NodeJS.ProcessEnv): Config => {
  const at = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i < 0 ? undefined : argv[i + 1];
  };
  const raw = at('events') ?? env['BENCH_STORE_EVENTS'] ?? '1000000';
  const events = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(events) || events < 1000)
    throw new Error('--events needs an integer ≥ 1000');
  return {
    events,
    dir: at('dir') ?? mkdtempSync(join(tmpdir(), 'legisim-store-bench-')),
    keep: argv.includes('--keep'),
  };
};

type Bill = Readonly<{ metadata: StreamMetadata; events: readonly BillEvent[] }>;

/** The 22 lawful histories of scenarios/ (every main history and branch) with their metadata. */
const loadBills = (): Bill[] =>
  ['kz-2025-propaganda-ban', 'ru-2013-135-fz', 'ru-2022-478-fz'].flatMap((id) =>
    casesOf(readScenarioFile(join('scenarios', `${id}.yaml`))).map((c) => {
      const procedure = c.branch?.procedure ?? c.scenario.procedure;
      const seats = { ...c.scenario.seats, ...c.branch?.seats };
      return {
        metadata: {
          jurisdiction: c.scenario.jurisdiction,
          ...(procedure === undefined ? {} : { procedure }),
          ...(Object.keys(seats).length === 0 ? {} : { seats }),
        },
        events: c.events,
      };
    }),
  );

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mb = (bytes: number) => `${fmt(bytes / 2 ** 20, 1)} MiB`;
const rate = (events: number, ms: number) => (events * 1000) / ms;

type Row = [string, string, string, string];
const rows: Row[] = [];
const report = (what: string, value: string, baseline = '', ratio = '') => {
  rows.push([what, value, baseline, ratio]);
  process.stdout.write(
    `${what}: ${value}${baseline === '' ? '' : `  (baseline ${baseline}${ratio === '' ? '' : `, ${ratio}`})`}\n`,
  );
};
const ratioOf = (value: number, baseline: number) => {
  const ratio = value / baseline;
  return `×${ratio >= 0.1 ? fmt(ratio, 2) : ratio.toPrecision(2)}`;
};

const time = async (task: () => unknown): Promise<number> => {
  const start = performance.now();
  await task();
  return performance.now() - start;
};

const postponed = (i: number): BillEvent => ({
  type: 'ConsiderationPostponed',
  at: '2025-01-11',
  data: { chamber: 'majilis' },
  note: `n${i}`,
});
const kzMeta: StreamMetadata = { jurisdiction: 'KZ', procedure: 'kz-2023' };
const introduced: BillEvent = {
  type: 'BillIntroduced',
  at: '2025-01-10',
  data: { kind: 'law', title: 'bench' },
};

/** Raw appends of the same bytes, one `appendFileSync` a batch, with or without fdatasync. */
const rawAppends = (file: string, lines: readonly string[], batch: number, sync: boolean) => {
  const fd = openSync(file, 'a');
  try {
    for (let i = 0; i < lines.length; i += batch) {
      writeSync(fd, lines.slice(i, i + batch).join(''));
      if (sync) fdatasyncSync(fd);
    }
  } finally {
    closeSync(fd);
  }
};

/** Lines as the store writes them (a sample store's log), for the raw baselines. */
const sampleLines = async (dir: string, count: number): Promise<string[]> => {
  const store = openFileStore(dir, { create: true });
  await store.append(
    's',
    [introduced, ...Array.from({ length: count - 1 }, (_, i) => postponed(i))],
    {
      expectedVersion: 'noStream',
      metadata: kzMeta,
      validate: false,
    },
  );
  await store.close();
  const lines: string[] = [];
  for await (const line of createInterface({ input: createReadStream(join(dir, LOG_FILE)) }))
    lines.push(`${line}\n`);
  return lines.slice(1);
};

const appendSingles = async (store: EventStore, count: number, validate: boolean) => {
  await store.append('s', [introduced], {
    expectedVersion: 'noStream',
    metadata: kzMeta,
    validate,
  });
  for (let i = 1; i < count; i++)
    await store.append('s', [postponed(i)], { expectedVersion: i, validate });
};

const appendBatches = async (store: EventStore, count: number, batch: number) => {
  await store.append('s', [introduced], {
    expectedVersion: 'noStream',
    metadata: kzMeta,
    validate: false,
  });
  for (let v = 1; v < count; v += batch) {
    const events = Array.from({ length: Math.min(batch, count - v) }, (_, i) => postponed(v + i));
    await store.append('s', events, { expectedVersion: v, validate: false });
  }
};

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const benchAppends = async (root: string, bills: readonly Bill[]) => {
  // fsync times drift with the machine's load: store and baselines alternate, 5 rounds, medians.
  const singles = 400;
  const lines = await sampleLines(join(root, 'sample'), singles);
  const rates = {
    file: [] as number[],
    sync: [] as number[],
    noSync: [] as number[],
    memory: [] as number[],
  };
  for (let round = 0; round < 5; round++) {
    const file = openFileStore(join(root, `singles-${round}`), { create: true });
    rates.file.push(rate(singles, await time(() => appendSingles(file, singles, false))));
    await file.close();
    rates.sync.push(
      rate(singles, await time(() => rawAppends(join(root, `raw-sync-${round}`), lines, 1, true))),
    );
    rates.noSync.push(
      rate(singles, await time(() => rawAppends(join(root, `raw-${round}`), lines, 1, false))),
    );
    rates.memory.push(
      rate(singles, await time(() => appendSingles(createMemoryStore(), singles, false))),
    );
  }
  const fileRate = median(rates.file);
  report('append, 1 event a write (file store, fsync, no validation)', `${fmt(fileRate)} events/s`);
  report(
    '  against appendFileSync + fdatasync',
    '',
    `${fmt(median(rates.sync))} events/s`,
    ratioOf(fileRate, median(rates.sync)),
  );
  report(
    '  against appendFileSync without fsync',
    '',
    `${fmt(median(rates.noSync))} events/s`,
    ratioOf(fileRate, median(rates.noSync)),
  );
  report(
    '  against the in-memory store',
    '',
    `${fmt(median(rates.memory))} events/s`,
    ratioOf(fileRate, median(rates.memory)),
  );

  // The default: each append replays the bill so far through its procedure.
  const validated = openFileStore(join(root, 'validated'), { create: true });
  const memoryValidated = createMemoryStore();
  let appended = 0;
  const oneByOne = async (store: EventStore) => {
    appended = 0;
    for (const [i, bill] of bills.entries()) {
      for (const [v, event] of bill.events.entries()) {
        await store.append(`bill-${i}`, [event], { expectedVersion: v, metadata: bill.metadata });
        appended += 1;
      }
    }
  };
  const validatedMs = await time(() => oneByOne(validated));
  const memoryValidatedMs = await time(() => oneByOne(memoryValidated));
  report(
    'append, 1 event a write, validated (file store)',
    `${fmt(rate(appended, validatedMs))} events/s`,
    `${fmt(rate(appended, memoryValidatedMs))} events/s in memory`,
    ratioOf(rate(appended, validatedMs), rate(appended, memoryValidatedMs)),
  );

  const wholeBills = openFileStore(join(root, 'bills'), { create: true });
  let billEvents = 0;
  const billsMs = await time(async () => {
    for (let r = 0; r < 5; r++) {
      for (const [i, bill] of bills.entries()) {
        await wholeBills.append(`bill-${r}-${i}`, bill.events, {
          expectedVersion: 'noStream',
          metadata: bill.metadata,
        });
        billEvents += bill.events.length;
      }
    }
  });
  report(
    'append, a whole bill a write, validated (file store)',
    `${fmt(rate(billEvents, billsMs))} events/s`,
    `${fmt(billEvents / (5 * bills.length), 1)} events a bill`,
  );

  const batched = 20_000;
  const batchLines = await sampleLines(join(root, 'sample-batch'), batched);
  const rawBatch = await time(() => rawAppends(join(root, 'raw-batch'), batchLines, 1_000, true));
  const batches = openFileStore(join(root, 'batches'), { create: true });
  const batchesMs = await time(() => appendBatches(batches, batched, 1_000));
  report(
    'append, 1,000 events a write (file store, no validation)',
    `${fmt(rate(batched, batchesMs))} events/s`,
    `${fmt(rate(batched, rawBatch))} events/s appendFileSync + fdatasync`,
    ratioOf(rate(batched, batchesMs), rate(batched, rawBatch)),
  );
  await Promise.all([validated, wholeBills, batches].map((s) => s.close()));
};

/**
 * One write of unvalidated appends: bills cycled from the scenarios from index `first`, streams
 * `<prefix><index>`, up to `most.bills` bills and `most.events` events (the last bill cut short).
 */
const cycledAppends = (
  bills: readonly Bill[],
  first: number,
  prefix: string,
  most: Readonly<{ bills: number; events: number }>,
) => {
  const ops: WriteOp[] = [];
  let events = 0;
  let next = first;
  for (; ops.length < most.bills && events < most.events; next++) {
    const source = bills[next % bills.length] as Bill;
    const take = source.events.slice(0, Math.min(source.events.length, most.events - events));
    ops.push({
      type: 'append',
      stream: `${prefix}${next}`,
      events: take,
      expectedVersion: 'noStream',
      metadata: source.metadata,
      validate: false,
    });
    events += take.length;
  }
  return { ops, events, next };
};

/** Writes the big store: bills cycled from the scenarios, 1,000 bills a commit. */
const buildStore = async (dir: string, bills: readonly Bill[], target: number) => {
  const store = openFileStore(dir, { create: true });
  let events = 0;
  let bill = 0;
  const ms = await time(async () => {
    while (events < target) {
      const write = cycledAppends(bills, bill, 'bill-', { bills: 1_000, events: target - events });
      await store.commit(write.ops);
      events += write.events;
      bill = write.next;
    }
  });
  await store.close();
  const bytes = statSync(join(dir, LOG_FILE)).size;
  report(
    `write a ${fmt(events)}-event store (${fmt(bill)} bills, 1,000 a write)`,
    `${fmt(ms / 1000, 1)} s, ${fmt(rate(events, ms))} events/s`,
    mb(bytes),
  );
  return { events, bills: bill, bytes };
};

const benchReads = async (dir: string, bytes: number) => {
  const file = join(dir, LOG_FILE);
  let baselineCount = 0;
  const baselineMs = await time(async () => {
    for await (const line of createInterface({
      input: createReadStream(file),
      crlfDelay: Infinity,
    })) {
      const record = JSON.parse(line) as { kind?: string };
      if (record.kind === 'event') baselineCount += 1;
    }
  });
  for (const checkHashes of [true, false]) {
    let count = 0;
    const ms = await time(async () => {
      for await (const _ of openFileStore(dir, { checkHashes }).readAll()) count += 1;
    });
    if (count !== baselineCount)
      throw new Error(`read ${count} events, the file holds ${baselineCount}`);
    report(
      `read all ${fmt(count)} events in order${checkHashes ? ' (every hash checked)' : ' (hashes not checked)'}`,
      `${fmt(rate(count, ms))} events/s, ${mb((bytes * 1000) / ms)}/s`,
      `${fmt(rate(baselineCount, baselineMs))} events/s readline + JSON.parse`,
      ratioOf(rate(count, ms), rate(baselineCount, baselineMs)),
    );
  }
};

/** Open + list, and open + read one stream: cold (no checkpoint, none written) against warm. */
const benchCheckpoint = async (dir: string, bills: number) => {
  rmSync(join(dir, CHECKPOINT_FILE), { force: true });
  const cold = { checkpointEvery: Number.POSITIVE_INFINITY };
  const stream = `bill-${Math.floor(bills / 2)}`;
  const coldListMs = await time(() => openFileStore(dir, cold).streams());
  let length = 0;
  const coldReadMs = await time(async () => {
    length = (await collect(openFileStore(dir, cold).read(stream))).length;
  });
  let written = 0;
  const firstMs = await time(() =>
    openFileStore(dir, {
      onTrace: (t) => {
        if (t.kind === 'checkpointWritten') written = t.bytes;
      },
    }).streams(),
  );
  if (written === 0) throw new Error('the first warm-up open wrote no checkpoint');
  const warm = async (task: () => Promise<unknown>) => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) times.push(await time(task));
    return median(times);
  };
  const warmListMs = await warm(() => openFileStore(dir).streams());
  const warmReadMs = await warm(() => collect(openFileStore(dir).read(stream)));
  report(
    `open the store and list its ${fmt(bills)} streams, warm (from the checkpoint)`,
    `${fmt(warmListMs)} ms`,
    `${fmt(coldListMs / 1000, 1)} s cold (no checkpoint: the whole log read)`,
    ratioOf(warmListMs, coldListMs),
  );
  report(
    '  the first open, which writes the checkpoint',
    `${fmt(firstMs / 1000, 1)} s`,
    `the checkpoint: ${mb(written)}`,
  );
  report(
    `open the store and read one stream (${length} events), warm (seeks through the index)`,
    `${fmt(warmReadMs, 1)} ms`,
    `${fmt(coldReadMs / 1000, 1)} s cold (the whole log read first)`,
    ratioOf(warmReadMs, coldReadMs),
  );
};

/**
 * `verify` of the whole store after one more write of 35,000 events (the size that took 275 s when
 * verify was quadratic in one write), against a bare readline + JSON.parse of the same file.
 */
const benchVerify = async (dir: string, bills: readonly Bill[]) => {
  const store = openFileStore(dir);
  const write = cycledAppends(bills, 0, 'one-write-', { bills: Infinity, events: 35_000 });
  await store.commit(write.ops);
  const added = write.events;
  const file = join(dir, LOG_FILE);
  let lines = 0;
  const baselineMs = await time(async () => {
    for await (const line of createInterface({
      input: createReadStream(file),
      crlfDelay: Infinity,
    })) {
      JSON.parse(line);
      lines += 1;
    }
  });
  let result: Awaited<ReturnType<typeof store.verify>> | undefined;
  const ms = await time(async () => {
    result = await store.verify();
  });
  let quick: Awaited<ReturnType<typeof store.verify>> | undefined;
  const quickMs = await time(async () => {
    quick = await store.verify({ quick: true });
  });
  await store.close();
  if (result?.intact !== true || quick?.intact !== true)
    throw new Error('verify found the bench store damaged');
  if (quick.checked !== 'hashes') throw new Error('verify --quick fell back to the full check');
  report(
    `verify ${fmt(result.events)} events (${fmt(result.records)} records, the last write ${fmt(added)} events; every hash, chain link, version and event checked)`,
    `${fmt(rate(result.events, ms))} events/s, ${fmt(ms / 1000, 1)} s`,
    `${fmt(rate(lines, baselineMs))} lines/s readline + JSON.parse`,
    ratioOf(rate(result.events, ms), rate(lines, baselineMs)),
  );
  report(
    `verify --quick, the same store (every hash, chain link, position and version; events not re-read; ${availableParallelism()} threads)`,
    `${fmt(rate(quick.events, quickMs))} events/s, ${fmt(quickMs / 1000, 1)} s`,
    `${fmt(rate(result.events, ms))} events/s the full verify`,
    ratioOf(rate(quick.events, quickMs), rate(result.events, ms)),
  );
};

/** Reads every event in order and replays each bill when its last event is read; samples memory. */
const benchStreamingReplay = async (dir: string, bytes: number) => {
  const gc = findGc();
  gc?.();
  const store = openFileStore(dir);
  const metadata = new Map((await store.streams()).map((s) => [s.stream, s.metadata]));
  gc?.();
  const base = process.memoryUsage();
  const peak = { heap: base.heapUsed, rss: base.rss, live: base.heapUsed };
  const sample = (collect: boolean) => {
    if (collect) gc?.();
    const now = process.memoryUsage();
    peak.heap = Math.max(peak.heap, now.heapUsed);
    peak.rss = Math.max(peak.rss, now.rss);
    if (collect) peak.live = Math.max(peak.live, now.heapUsed);
  };
  let current: string | undefined;
  let pending: BillEvent[] = [];
  let replayed = 0;
  let events = 0;
  let enacted = 0;
  const flush = () => {
    const meta = current === undefined ? undefined : metadata.get(current);
    if (meta === undefined || pending.length === 0) return;
    const result = replay(pending, {
      ...(meta.procedure === undefined
        ? { jurisdiction: meta.jurisdiction }
        : { procedure: meta.procedure }),
      ...(meta.seats === undefined ? {} : { seats: meta.seats }),
    });
    if (result.stage.path.startsWith('enacted')) enacted += 1;
    replayed += 1;
    pending = [];
  };
  const ms = await time(async () => {
    for await (const recorded of store.readAll()) {
      if (recorded.meta.stream !== current) {
        flush();
        current = recorded.meta.stream;
      }
      pending.push(eventOf(recorded));
      events += 1;
      if (events % 1_000 === 0) sample(events % 100_000 === 0);
    }
    flush();
    sample(true);
  });
  report(
    `streaming replay of the store (${fmt(replayed)} bills, ${fmt(enacted)} enacted)`,
    `${fmt(ms / 1000, 1)} s, ${fmt(rate(events, ms))} events/s`,
  );
  report(
    '  live heap at most (after a GC every 100,000 events), above the heap before',
    mb(peak.live - base.heapUsed),
    `${mb(base.heapUsed)} before (with the index of streams); the store: ${mb(bytes)} on disk`,
    `${fmt((100 * (peak.live - base.heapUsed)) / bytes, 2)} % of the store`,
  );
  report(
    '  peak heap (uncollected garbage included)',
    mb(peak.heap),
    `${mb(base.heapUsed)} before`,
    ratioOf(peak.heap, base.heapUsed),
  );
  report('  peak RSS', mb(peak.rss), `${mb(base.rss)} before`, ratioOf(peak.rss, base.rss));
};

const main = async (): Promise<void> => {
  const config = parseConfig(process.argv.slice(2), process.env);
  process.stdout.write(`legisim store bench: ${fmt(config.events)} events in ${config.dir}\n\n`);
  const bills = loadBills();
  try {
    await benchAppends(join(config.dir, 'appends'), bills);
    const big = join(config.dir, 'big');
    const built = await buildStore(big, bills, config.events);
    await benchReads(big, built.bytes);
    await benchCheckpoint(big, built.bills);
    await benchVerify(big, bills);
    await benchStreamingReplay(big, built.bytes);
  } finally {
    if (!config.keep) rmSync(config.dir, { recursive: true, force: true });
  }
  process.stdout.write(
    `\n| measure | value | baseline | ratio |\n| --- | --- | --- | --- |\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`,
  );
};

await main();
