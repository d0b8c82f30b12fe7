import { performance } from 'node:perf_hooks';
import { createActor } from 'xstate';
import type { AnyMachineSnapshot } from 'xstate';
import { procedures } from '../machines/index.js';
import type { Seats } from '../src/domain/chambers.js';
import type { BillEvent } from '../src/domain/events.js';
import type { Procedure } from '../src/domain/procedure.js';
import type { ReplayResult } from '../src/replay/replay.js';
import { replay } from '../src/replay/replay.js';
import { createPureTransition, initialSnapshot } from '../src/replay/pureTransition.js';
import type { PureTransition } from '../src/replay/pureTransition.js';
import { findGc, int, printTable } from './benchKit.js';
import type { GeneratedBill } from './corpus.js';
import { generateChunk } from './corpus.js';

/**
 * Replay throughput: the engine (`replay()`, pure `transition()` with deadline derivation and a
 * trace) against a naive baseline (one started actor per bill, `actor.send` per event, the derived
 * deadlines taken from the engine's trace so both do the same transitions), and the engine with
 * `trace: false` (the final state only, as Monte Carlo runs need), over a corpus of
 * random valid histories of every registered procedure. Generation is not timed: each chunk is
 * generated between the timed phases (a worker thread generating ahead was tried: on 2 cores it
 * slowed the timed replays by a third). The corpus is streamed in chunks, so memory stays flat
 * however large it is.
 *
 *   npm run bench                          # ≥ 100,000 bills and ≥ 1,000,000 events
 *   npm run bench -- --bills 5000          # quick run (or BENCH_BILLS=5000)
 *   options: --bills N --events N --chunk N --seed N
 */
type Config = Readonly<{
  bills: number;
  events: number;
  chunk: number;
  seed: number;
}>;

const parseConfig = (argv: readonly string[], env: NodeJS.ProcessEnv): Config => {
  const count = (what: string, raw: string | undefined, min: number): number | undefined => {
    if (raw === undefined || raw === '') return undefined;
    const n = Number(raw.replace(/_/g, ''));
    if (!Number.isInteger(n) || n < min) throw new Error(`${what} needs an integer ≥ ${min}`);
    return n;
  };
  const flag = (name: string, min = 1): number | undefined => {
    const i = argv.indexOf(`--${name}`);
    return count(`--${name}`, i < 0 ? undefined : argv[i + 1], min);
  };
  const bills = flag('bills') ?? count('BENCH_BILLS', env['BENCH_BILLS'], 1) ?? 100_000;
  // Shrinking the bills shrinks the event target in proportion (10 events a bill by default).
  return {
    bills,
    events: flag('events') ?? bills * 10,
    chunk: flag('chunk') ?? 5_000,
    seed: flag('seed') ?? 20_250_101,
  };
};

type Phase = { events: number; ms: number; peakRss: number; peakHeap: number; heapAtStart: number };
const newPhase = (): Phase => ({ events: 0, ms: 0, peakRss: 0, peakHeap: 0, heapAtStart: 0 });

const SAMPLE_EVERY = 500;
const sample = (phase: Phase): void => {
  const { rss, heapUsed } = process.memoryUsage();
  phase.peakRss = Math.max(phase.peakRss, rss);
  phase.peakHeap = Math.max(phase.peakHeap, heapUsed);
};

const byId = new Map(procedures.map((p) => [p.id, p]));
const replayOptions = (bill: GeneratedBill) => ({
  procedure: byId.get(bill.procedure) ?? bill.procedure,
  ...(bill.asOf === undefined ? {} : { asOf: bill.asOf }),
});

/** The engine over one chunk; returns the results, whose traces give the baseline its events. */
const runEngine = (chunk: readonly GeneratedBill[], phase: Phase): ReplayResult[] => {
  const results: ReplayResult[] = new Array<ReplayResult>(chunk.length);
  const start = performance.now();
  for (let i = 0; i < chunk.length; i++) {
    const bill = chunk[i] as GeneratedBill;
    try {
      results[i] = replay(bill.events, replayOptions(bill));
    } catch (e) {
      // A valid generated history the engine rejects is a bug: print it to report it.
      console.error(
        `replay rejected a generated history (${bill.procedure}): ${JSON.stringify(bill.events)}`,
      );
      throw e;
    }
    if (i % SAMPLE_EVERY === 0) sample(phase);
  }
  phase.ms += performance.now() - start;
  sample(phase);
  for (const r of results) phase.events += r.trace.length;
  return results;
};

/** The engine without a trace (`trace: false`), for callers that need only the final state. */
const runEngineUntraced = (chunk: readonly GeneratedBill[], phase: Phase): AnyMachineSnapshot[] => {
  const finals: AnyMachineSnapshot[] = new Array<AnyMachineSnapshot>(chunk.length);
  const start = performance.now();
  for (let i = 0; i < chunk.length; i++) {
    const bill = chunk[i] as GeneratedBill;
    finals[i] = replay(bill.events, { ...replayOptions(bill), trace: false }).snapshot;
    if (i % SAMPLE_EVERY === 0) sample(phase);
  }
  phase.ms += performance.now() - start;
  sample(phase);
  return finals;
};

type BaselineBill = Readonly<{ procedure: Procedure; seats: Seats; events: readonly BillEvent[] }>;

/** The naive way: a started actor per bill, every event (derived ones included) sent to it. */
const runBaseline = (bills: readonly BaselineBill[], phase: Phase): AnyMachineSnapshot[] => {
  const finals: AnyMachineSnapshot[] = new Array<AnyMachineSnapshot>(bills.length);
  const start = performance.now();
  for (let i = 0; i < bills.length; i++) {
    const bill = bills[i] as BaselineBill;
    const actor = createActor(bill.procedure.machine, { input: { seats: bill.seats } });
    actor.start();
    for (const event of bill.events) actor.send(event);
    finals[i] = actor.getSnapshot();
    actor.stop();
    if (i % SAMPLE_EVERY === 0) sample(phase);
  }
  phase.ms += performance.now() - start;
  sample(phase);
  for (const b of bills) phase.events += b.events.length;
  return finals;
};

const steppers = new Map<Procedure, PureTransition>();

/**
 * For reference, not a replay: the same transitions folded with the machine's own pure
 * `transition` and one reused scope (src/replay/pureTransition.ts), i.e. the engine's core without
 * the per-call actor that XState's `transition()` builds, and without the trace.
 */
const runFold = (bills: readonly BaselineBill[], phase: Phase): AnyMachineSnapshot[] => {
  const finals: AnyMachineSnapshot[] = new Array<AnyMachineSnapshot>(bills.length);
  const start = performance.now();
  for (let i = 0; i < bills.length; i++) {
    const bill = bills[i] as BaselineBill;
    const { machine } = bill.procedure;
    const step = steppers.get(bill.procedure) ?? createPureTransition(machine);
    steppers.set(bill.procedure, step);
    let snapshot = initialSnapshot(machine, bill.seats);
    for (const event of bill.events) snapshot = step(snapshot, event);
    finals[i] = snapshot;
    if (i % SAMPLE_EVERY === 0) sample(phase);
  }
  phase.ms += performance.now() - start;
  sample(phase);
  for (const b of bills) phase.events += b.events.length;
  return finals;
};

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const perSecond = (p: Phase): number => (p.events / p.ms) * 1000;

const main = (): void => {
  const config = parseConfig(process.argv.slice(2), process.env);
  const gc = findGc();
  const engine = newPhase();
  const baseline = newPhase();
  const fold = newPhase();
  const untraced = newPhase();
  const started = performance.now();
  let bills = 0;
  let generated = 0;
  let generationMs = 0;
  let mismatches = 0;
  const perProcedure = new Map<string, number>();
  console.error(
    `legisim replay bench: ≥ ${int(config.bills)} bills and ≥ ${int(config.events)} events over ${procedures.map((p) => p.id).join(', ')}; chunks of ${int(config.chunk)}; seed ${config.seed}; gc ${gc === undefined ? 'not available' : 'between phases'}`,
  );

  // Warm-up, untimed: both paths see every procedure before measuring.
  const warm = generateChunk(config.seed ^ 0x5eed, 0, 2_000).bills;
  const warmResults = runEngine(warm, newPhase());
  const warmSequences = warmResults.map((r) => ({
    procedure: r.procedure,
    seats: r.seats,
    events: r.trace.map((s) => s.event),
  }));
  runBaseline(warmSequences, newPhase());
  runFold(warmSequences, newPhase());
  runEngineUntraced(warm, newPhase());

  for (let chunkNo = 1; bills < config.bills || engine.events < config.events; chunkNo++) {
    const { bills: chunk, recorded, ms } = generateChunk(config.seed, chunkNo, config.chunk);
    generationMs += ms;
    generated += recorded;
    for (const b of chunk) perProcedure.set(b.procedure, (perProcedure.get(b.procedure) ?? 0) + 1);

    gc?.();
    engine.heapAtStart = Math.max(engine.heapAtStart, process.memoryUsage().heapUsed);
    const results = runEngine(chunk, engine);
    const sequences = results.map((r) => ({
      procedure: r.procedure,
      seats: r.seats,
      events: r.trace.map((s) => s.event),
    }));
    const expected = results.map((r) => JSON.stringify(r.snapshot.value));
    results.length = 0; // drop the traces (and their snapshots) before the baseline runs

    gc?.();
    baseline.heapAtStart = Math.max(baseline.heapAtStart, process.memoryUsage().heapUsed);
    const finals = runBaseline(sequences, baseline);
    gc?.();
    fold.heapAtStart = Math.max(fold.heapAtStart, process.memoryUsage().heapUsed);
    const folded = runFold(sequences, fold);
    gc?.();
    untraced.heapAtStart = Math.max(untraced.heapAtStart, process.memoryUsage().heapUsed);
    const quick = runEngineUntraced(chunk, untraced);
    // The same events as the traced engine's (derived deadlines included).
    untraced.events += sequences.reduce((n, b) => n + b.events.length, 0);
    for (const [i, want] of expected.entries()) {
      const a = JSON.stringify(finals[i]?.value);
      const b = JSON.stringify(folded[i]?.value);
      const c = JSON.stringify(quick[i]?.value);
      if (a !== want || b !== want || c !== want) mismatches += 1;
    }
    bills += chunk.length;
    if (chunkNo % 5 === 0)
      console.error(
        `  … ${int(bills)} bills, ${int(engine.events)} events, ${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
  }

  const phases = [engine, untraced, baseline, fold];
  const rows = [
    [
      '',
      'engine: replay()',
      'engine, trace: false',
      'baseline: actor.send',
      'reference: pure fold',
    ],
    ['bills', ...phases.map(() => int(bills))],
    ['events (incl. derived deadlines)', ...phases.map((p) => int(p.events))],
    ['time', ...phases.map((p) => `${(p.ms / 1000).toFixed(2)} s`)],
    ['events per second', ...phases.map((p) => int(perSecond(p)))],
    ['µs per event', ...phases.map((p) => ((p.ms * 1000) / p.events).toFixed(2))],
    ['peak heapUsed (sampled)', ...phases.map((p) => mb(p.peakHeap))],
    ['heapUsed after gc, before phase (max)', ...phases.map((p) => mb(p.heapAtStart))],
    ['peak rss (sampled)', ...phases.map((p) => mb(p.peakRss))],
  ];
  console.log('');
  printTable(rows);
  console.log('');
  console.log(
    `ratio engine / baseline (events per second): ${(perSecond(engine) / perSecond(baseline)).toFixed(3)}`,
  );
  console.log(
    `ratio engine with trace: false / baseline: ${(perSecond(untraced) / perSecond(baseline)).toFixed(3)}`,
  );
  console.log(
    `reference: pure fold / baseline ${(perSecond(fold) / perSecond(baseline)).toFixed(3)}, engine / pure fold ${(perSecond(engine) / perSecond(fold)).toFixed(3)}`,
  );
  console.log(`process peak rss (getrusage maxRSS): ${mb(process.resourceUsage().maxRSS * 1024)}`);
  console.log(
    `generation (not timed above): ${int(generated)} recorded events in ${(generationMs / 1000).toFixed(2)} s (${int((generated / generationMs) * 1000)} events/s), between the timed phases`,
  );
  console.log(
    `bills per procedure: ${[...perProcedure].map(([id, n]) => `${id} ${int(n)}`).join(', ')}`,
  );
  console.log(
    `final states: the baseline, the fold or the untraced engine disagrees with the engine on ${mismatches} of ${int(bills)} bills`,
  );
  console.log(
    `gc between phases: ${gc === undefined ? 'not available' : 'yes'}; node ${process.version}; wall time ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  if (mismatches > 0) process.exitCode = 1;
};

main();
