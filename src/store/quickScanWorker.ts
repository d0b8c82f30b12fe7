import { parentPort, workerData } from 'node:worker_threads';
import type { Cursor } from './logScanner.js';
import { scanPart } from './quickScan.js';
import { metadataValid } from './streamMetadata.js';

/** A worker thread of `store verify --quick`: scans one part of the log and posts what it found. */
type Task = Readonly<{ file: string; from: number; to: number; ack?: Cursor }>;

const { file, from, to, ack } = workerData as Task;
parentPort?.postMessage(scanPart(file, from, to, ack, metadataValid));
