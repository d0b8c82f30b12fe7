import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { isSimulatorError } from '../src/domain/errors.js';
import type { BillEvent } from '../src/domain/events.js';
import type { ExpectedVersion, StreamMetadata } from '../src/store/eventStore.js';
import { openFileStore } from '../src/store/fileStore.js';

/**
 * A process that writes to a file store and says what was acknowledged: the child of the crash
 * and concurrency tests (tests/store) and of the multi-writer figure of bench/store.bench.ts.
 *
 *   node dist/bench/storeWriter.js <dir> '<plan as JSON>'
 *
 * It prints `ready` once the store is open and read (then, with `waitForGo`, waits for a line on
 * stdin), then for each append `ack <stream> <version> <note>` after the append returned (so after its
 * fsync; <note> is the note of the last event written), `conflict <stream> <expected> <actual>`
 * for a version conflict, `error <code> <message>` for anything else, and `done` at the end.
 */
type Plan = Readonly<{
  /** `loop`: append to `stream` forever (or `appends` times); `race`: one append expecting `expected`; `mixed`: alternate `stream` and `shared`, retrying conflicts on `shared`. */
  mode: 'loop' | 'race' | 'mixed';
  stream: string;
  shared?: string;
  appends?: number;
  /** Events per append; with `batchMax`, a random size between the two. */
  batch?: number;
  batchMax?: number;
  validate?: boolean;
  /** Characters added to each event's note: bigger writes for the same work (the crash test). */
  pad?: number;
  expected?: ExpectedVersion;
  /** `mixed`: up to this many ms between reading the shared stream's version and appending. */
  thinkMs?: number;
  marker: string;
  waitForGo?: boolean;
}>;

const metadata: StreamMetadata = { jurisdiction: 'KZ', procedure: 'kz-2023', title: 'writer' };
const say = (line: string) => process.stdout.write(`${line}\n`);

const main = async (dir: string, plan: Plan): Promise<void> => {
  const store = openFileStore(dir, { create: true });
  let seq = 0;
  const pad = ' '.repeat(plan.pad ?? 0);
  const postponed = (): BillEvent => ({
    type: 'ConsiderationPostponed',
    at: '2025-01-11',
    data: { chamber: 'majilis' },
    note: `${plan.marker}-${(seq += 1)}${pad}`,
  });
  const batchOf = (version: number): BillEvent[] => {
    const low = plan.batch ?? 1;
    const size = low + Math.floor(Math.random() * ((plan.batchMax ?? low) - low + 1));
    const events = Array.from({ length: size }, postponed);
    if (version > 0) return events;
    return [
      { type: 'BillIntroduced', at: '2025-01-10', data: { kind: 'law', title: 'writer' } },
      ...events,
    ];
  };
  const versionOf = async (stream: string) => {
    const found = (await store.streams()).find((s) => s.stream === stream);
    return found?.version;
  };
  /** One append; true if acknowledged, false on a version conflict. */
  const append = async (stream: string, expected: ExpectedVersion, version: number) => {
    const events = batchOf(version);
    try {
      const result = await store.append(stream, events, {
        expectedVersion: expected,
        metadata,
        validate: plan.validate ?? false,
      });
      say(
        `ack ${stream} ${result.version} ${events.at(-1)?.note?.trimEnd() ?? ''} ${events.length}`,
      );
      return result.version;
    } catch (e) {
      if (!isSimulatorError(e, 'store.versionConflict')) throw e;
      say(`conflict ${stream} ${String(expected)} ${String(e.details['actual'])}`);
      return undefined;
    }
  };

  // `ready` once the store is read and the first append is next, so a kill soon after hits appends.
  const start = plan.mode === 'loop' ? ((await versionOf(plan.stream)) ?? 0) : 0;
  say('ready');
  if (plan.waitForGo === true) {
    const lines = createInterface({ input: process.stdin });
    for await (const _ of lines) break;
  }
  switch (plan.mode) {
    case 'race':
      await append(plan.stream, plan.expected ?? 'noStream', (await versionOf(plan.stream)) ?? 0);
      break;
    case 'loop': {
      let version = start;
      for (let i = 0; plan.appends === undefined || i < plan.appends; i++) {
        version = (await append(plan.stream, version === 0 ? 'any' : version, version)) ?? version;
      }
      break;
    }
    case 'mixed': {
      const shared = plan.shared ?? 'shared';
      for (let i = 0; i < (plan.appends ?? 10); i++) {
        const own = (await versionOf(plan.stream)) ?? 0;
        await append(plan.stream, own === 0 ? 'noStream' : own, own);
        for (let done = false; !done;) {
          const current = await versionOf(shared);
          await sleep(Math.random() * (plan.thinkMs ?? 0));
          done = (await append(shared, current ?? 'noStream', current ?? 0)) !== undefined;
        }
      }
      break;
    }
  }
  await store.close();
  say('done');
};

const [dir, raw] = process.argv.slice(2);
if (dir === undefined || raw === undefined) {
  process.stderr.write('usage: storeWriter <dir> <plan as JSON>\n');
  process.exitCode = 2;
} else {
  await main(dir, JSON.parse(raw) as Plan).catch((e: unknown) => {
    const code = isSimulatorError(e) ? e.code : 'unexpected';
    say(`error ${code} ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  });
}
