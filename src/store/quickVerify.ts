import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Cursor } from './logScanner.js';
import type { NotClean, PartScan, QuickScan } from './quickScan.js';
import { mergeParts, scanPart, splitAtLines } from './quickScan.js';
import { metadataValid } from './streamMetadata.js';

/** Below this size one thread scans the whole log: a worker's start costs more than it saves. */
export const PARALLEL_FROM_BYTES = 16 << 20;

const workerFile = fileURLToPath(new URL('./quickScanWorker.js', import.meta.url));

/** One part scanned in a worker thread; in the thread itself where there is no compiled worker (tests run the sources). */
const scanElsewhere = (file: string, from: number, to: number, ack: Cursor | undefined) =>
  existsSync(workerFile)
    ? new Promise<PartScan | NotClean>((resolve, reject) => {
        const worker = new Worker(workerFile, { workerData: { file, from, to, ack } });
        worker.once('message', (scan: PartScan | NotClean) => resolve(scan));
        worker.once('error', reject);
        worker.once('exit', (code) => {
          if (code !== 0) reject(new Error(`the verify worker stopped with exit code ${code}`));
        });
      })
    : Promise.resolve(scanPart(file, from, to, ack, metadataValid));

/**
 * The quick check of a whole log (see quickScan.ts): the log cut into one part per core (for a
 * log of 16 MiB or more), the first part scanned here while workers scan the others. Undefined
 * when the log is not clean: the caller then runs the full check, which names the damage.
 */
export const quickVerify = async (
  file: string,
  size: number,
  ack: Cursor | undefined,
  parts = size >= PARALLEL_FROM_BYTES ? Math.min(availableParallelism(), 8) : 1,
): Promise<QuickScan | undefined> => {
  if (size === 0) return mergeParts([], ack, metadataValid);
  const [[from, to] = [0, size], ...rest] = splitAtLines(file, size, parts);
  const others = rest.map(([start, end]) => scanElsewhere(file, start, end, ack));
  let first: PartScan | NotClean;
  try {
    first = scanPart(file, from, to, ack, metadataValid);
  } catch (e) {
    await Promise.allSettled(others);
    throw e;
  }
  return mergeParts([first, ...(await Promise.all(others))], ack, metadataValid);
};
