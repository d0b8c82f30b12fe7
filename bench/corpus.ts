import { performance } from 'node:perf_hooks';
import { procedures } from '../machines/index.js';
import type { BillEvent } from '../src/domain/events.js';
import { createRng } from '../src/simulate/random.js';
import { randomCorpus } from '../src/simulate/randomHistory.js';

/** One generated bill, as plain data so a worker can post it: the procedure goes by its id. */
export type GeneratedBill = Readonly<{ procedure: string; events: BillEvent[]; asOf?: string }>;

export type Chunk = Readonly<{
  index: number;
  bills: GeneratedBill[];
  /** Recorded events (without derived deadlines) and how long generating them took. */
  recorded: number;
  ms: number;
}>;

/** Chunk `index` of the corpus for `seed`: the same bills whichever thread generates it. */
export const generateChunk = (seed: number, index: number, size: number): Chunk => {
  const start = performance.now();
  const walks = randomCorpus(
    procedures,
    createRng((seed + Math.imul(index, 0x9e3779b1)) | 0),
    size,
  );
  const bills = walks.map((w) => ({
    procedure: w.procedure.id,
    events: w.events,
    ...(w.asOf === undefined ? {} : { asOf: w.asOf }),
  }));
  const recorded = walks.reduce((n, w) => n + w.events.length, 0);
  return { index, bills, recorded, ms: performance.now() - start };
};
