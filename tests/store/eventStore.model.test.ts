import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSimulatorError } from '../../src/domain/errors.js';
import type { ErrorCode } from '../../src/domain/errors.js';
import type { BillEvent } from '../../src/domain/events.js';
import type { EventStore, ExpectedVersion } from '../../src/store/eventStore.js';
import { collect } from '../../src/store/eventStore.js';
import { introduced } from '../helpers/events.js';
import { adapters, kz, postponed } from './fixtures/storeKit.js';

/**
 * The store against a trivial model: a map from stream to version. Two handles on the same store
 * (two instances of the file store, each with its own index) race appends, so the model also
 * says which appends must fail with a version conflict.
 */
type Model = { versions: Map<string, number> };
type Real = { a: EventStore; b: EventStore };

const names = ['H.1', 'H.2', 'H.1#x', 'H.2#y'] as const;
const stream = fc.constantFrom(...names);

/** What the model says an append must give: the new version, or the error code. */
const expectedOutcome = (
  model: Model,
  name: string,
  expected: ExpectedVersion,
  count: number,
): number | ErrorCode => {
  const current = model.versions.get(name);
  if (expected === 'noStream') return current === undefined ? count : 'store.versionConflict';
  if (expected === 'any') return (current ?? 0) + count;
  return (current ?? 0) === expected ? expected + count : 'store.versionConflict';
};

/** Events that are lawful after the stream's current version (a bill starts with its introduction). */
const eventsFor = (model: Model, name: string, count: number, tag: string): BillEvent[] => {
  const notes = Array.from({ length: count }, (_, i) => postponed(`${tag}-${i}`));
  return (model.versions.get(name) ?? 0) === 0
    ? [introduced('2025-01-10'), ...notes.slice(1)]
    : notes;
};

let tags = 0;

type Expectation = 'right' | 'stale' | 'ahead' | 'any' | 'noStream';

const appendCommand = (
  name: string,
  count: number,
  expectation: Expectation,
  via: 'a' | 'b',
): fc.AsyncCommand<Model, Real> => ({
  check: () => true,
  run: async (model, real) => {
    const current = model.versions.get(name);
    const expected: ExpectedVersion =
      expectation === 'right'
        ? (current ?? 'noStream')
        : expectation === 'stale'
          ? current === undefined || current === 0
            ? (current ?? 0) + 1
            : current - 1
          : expectation === 'ahead'
            ? (current ?? 0) + 2
            : expectation;
    const outcome = expectedOutcome(model, name, expected, count);
    const events = eventsFor(model, name, count, `t${(tags += 1)}`);
    try {
      const result = await real[via].append(name, events, {
        expectedVersion: expected,
        metadata: kz,
      });
      expect(result.version).toBe(outcome);
      model.versions.set(name, result.version);
    } catch (e) {
      if (!isSimulatorError(e)) throw e;
      expect(e.code).toBe(outcome);
    }
  },
  toString: () => `append(${name}, ${count}, ${expectation} via ${via})`,
});

const raceCommand = (name: string): fc.AsyncCommand<Model, Real> => ({
  check: () => true,
  run: async (model, real) => {
    const current = model.versions.get(name);
    const expected: ExpectedVersion = current ?? 'noStream';
    const [first, second] = [1, 2].map((n) => eventsFor(model, name, 1, `race${(tags += n)}`));
    const outcomes = await Promise.allSettled([
      real.a.append(name, first ?? [], { expectedVersion: expected, metadata: kz }),
      real.b.append(name, second ?? [], { expectedVersion: expected, metadata: kz }),
    ]);
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o) => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost.map((o) => isSimulatorError(o.reason, 'store.versionConflict'))).toEqual([true]);
    model.versions.set(name, (current ?? 0) + 1);
  },
  toString: () => `race(${name})`,
});

const forkCommand = (source: string, at: number, target: string): fc.AsyncCommand<Model, Real> => ({
  check: () => true,
  run: async (model, real) => {
    const version = model.versions.get(source);
    const outcome: number | ErrorCode =
      version === undefined
        ? 'store.notFound'
        : at > version
          ? 'input.invalidOption'
          : model.versions.has(target)
            ? 'store.versionConflict'
            : at;
    try {
      const result = await real.b.fork(source, at, target);
      expect(result.version).toBe(outcome);
      model.versions.set(target, at);
    } catch (e) {
      if (!isSimulatorError(e)) throw e;
      expect(e.code).toBe(outcome);
    }
  },
  toString: () => `fork(${source} @ ${at} → ${target})`,
});

const checkCommand = (via: 'a' | 'b'): fc.AsyncCommand<Model, Real> => ({
  check: () => true,
  run: async (model, real) => {
    const streams = await real[via].streams();
    expect(new Map(streams.map((s) => [s.stream, s.version]))).toEqual(model.versions);
    const all = await collect(real[via].readAll());
    const positions = all.map((e) => e.meta.globalPosition);
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
    for (const [name, version] of model.versions) {
      const read = await collect(real[via].read(name));
      expect(read.map((e) => e.meta.version)).toEqual(
        Array.from({ length: version }, (_, i) => i + 1),
      );
      expect(all.filter((e) => e.meta.stream === name)).toEqual(read);
    }
  },
  toString: () => `check via ${via}`,
});

const commands = fc.commands(
  [
    fc
      .tuple(
        stream,
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom<Expectation>('right', 'right', 'stale', 'ahead', 'any', 'noStream'),
        fc.constantFrom<'a' | 'b'>('a', 'b'),
      )
      .map(([s, n, e, via]) => appendCommand(s, n, e, via)),
    stream.map(raceCommand),
    fc
      .tuple(stream, fc.integer({ min: 0, max: 4 }), stream)
      .map(([s, at, t]) => forkCommand(s, at, t)),
    fc.constantFrom<'a' | 'b'>('a', 'b').map(checkCommand),
  ],
  { maxCommands: 25 },
);

describe.each(adapters)('EventStore against a model: $name', (adapter) => {
  it('accepts exactly what the model accepts, with one winner per race', async () => {
    await fc.assert(
      fc.asyncProperty(commands, async (cmds) => {
        const { store, other } = adapter.create();
        const real = { a: store, b: other() };
        await fc.asyncModelRun(
          () => ({ model: { versions: new Map() }, real }),
          [...cmds, checkCommand('a')],
        );
        await real.a.close();
        await real.b.close();
      }),
      { numRuns: adapter.name === 'memory' ? 60 : 30 },
    );
  });
});
