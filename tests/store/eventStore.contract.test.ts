import { describe, expect, it } from 'vitest';
import type { BillEvent } from '../../src/domain/events.js';
import type { EventStore, ExpectedVersion } from '../../src/store/eventStore.js';
import { collect, eventOf } from '../../src/store/eventStore.js';
import { introduced, signed, vote } from '../helpers/events.js';
import { adapters, kz, lawful, postponed } from './fixtures/storeKit.js';

const code = (c: string): unknown => expect.objectContaining({ code: c });

/** The given/when/then of a store: a store holding some streams, then an action on it. */
const given = async (
  make: () => { store: EventStore; other: () => EventStore },
  streams: Record<string, readonly BillEvent[]> = {},
) => {
  const handles = make();
  for (const [stream, events] of Object.entries(streams))
    await handles.store.append(stream, events, { expectedVersion: 'noStream', metadata: kz });
  return handles;
};

describe.each(adapters)('EventStore contract: $name', (adapter) => {
  describe('append', () => {
    it('writes events with their envelope: ids and times injected, versions from 1, positions rising', async () => {
      const { store } = await given(adapter.create);
      const result = await store.append('H.1', lawful.slice(0, 2), {
        expectedVersion: 'noStream',
        metadata: kz,
      });
      expect(result).toMatchObject({ stream: 'H.1', version: 2, globalPosition: 3 });
      const read = await collect(store.read('H.1'));
      expect(read.map(eventOf)).toEqual(lawful.slice(0, 2));
      expect(read.map((e) => e.meta)).toEqual([
        expect.objectContaining({ id: 'id-2', stream: 'H.1', version: 1, globalPosition: 2 }),
        expect.objectContaining({ id: 'id-3', stream: 'H.1', version: 2, globalPosition: 3 }),
      ]);
      expect(read[0]?.meta).toMatchObject({
        recordedAt: '2026-01-01T00:00:00.000Z',
        validated: true,
        hash: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
      });
      expect(read[0]?.meta.hash).not.toBe(read[1]?.meta.hash);
      expect(result.events).toEqual(read);
    });

    it.each<[string, ExpectedVersion, boolean]>([
      ['noStream', 'noStream', true],
      ['0', 0, true],
      ['any', 'any', true],
      ['1', 1, false],
    ])('on a new stream, expecting %s: accepted = %s', async (_, expectedVersion, ok) => {
      const { store } = await given(adapter.create);
      const append = store.append('H.1', lawful.slice(0, 1), { expectedVersion, metadata: kz });
      if (ok) await expect(append).resolves.toMatchObject({ version: 1 });
      else await expect(append).rejects.toEqual(code('store.versionConflict'));
    });

    it.each<[string, ExpectedVersion, boolean]>([
      ['its version', 2, true],
      ['any', 'any', true],
      ['noStream', 'noStream', false],
      ['an older version', 1, false],
      ['a later version', 3, false],
      ['0', 0, false],
    ])('on a stream at version 2, expecting %s: accepted = %s', async (_, expectedVersion, ok) => {
      const { store } = await given(adapter.create, { 'H.1': lawful.slice(0, 2) });
      const append = store.append('H.1', lawful.slice(2, 3), { expectedVersion });
      if (ok) await expect(append).resolves.toMatchObject({ version: 3 });
      else await expect(append).rejects.toEqual(code('store.versionConflict'));
      expect((await store.info('H.1')).version).toBe(ok ? 3 : 2);
    });

    it('reports a conflict with the stream, the expected and the actual version', async () => {
      const { store } = await given(adapter.create, { 'H.1': lawful.slice(0, 2) });
      await expect(
        store.append('H.1', lawful.slice(2, 3), { expectedVersion: 1 }),
      ).rejects.toMatchObject({
        code: 'store.versionConflict',
        details: { stream: 'H.1', expected: 1, actual: 2 },
      });
    });

    it('needs metadata to create a stream, and refuses other metadata later', async () => {
      const { store } = await given(adapter.create);
      await expect(
        store.append('H.1', lawful.slice(0, 1), { expectedVersion: 'noStream' }),
      ).rejects.toEqual(code('store.invalidMetadata'));
      await store.append('H.1', lawful.slice(0, 1), { expectedVersion: 'noStream', metadata: kz });
      await expect(
        store.append('H.1', lawful.slice(1, 2), {
          expectedVersion: 1,
          metadata: { ...kz, title: 'Other' },
        }),
      ).rejects.toEqual(code('store.invalidMetadata'));
      await expect(
        store.append('H.1', lawful.slice(1, 2), { expectedVersion: 1, metadata: kz }),
      ).resolves.toMatchObject({ version: 2 });
      await expect(
        store.append('H.2', lawful.slice(0, 1), {
          expectedVersion: 'noStream',
          metadata: { jurisdiction: 'KZ', procedure: 'xx-1999' },
        }),
      ).rejects.toEqual(code('procedure.unknown'));
    });

    it.each([
      ['an empty name', ''],
      ['a space', 'H 1'],
      ['a newline', 'H.1\n'],
      ['a leading dash', '-H.1'],
    ])('refuses a stream name with %s', async (_, name) => {
      const { store } = await given(adapter.create);
      await expect(
        store.append(name, lawful.slice(0, 1), { expectedVersion: 'any', metadata: kz }),
      ).rejects.toEqual(code('store.invalidStreamName'));
    });

    it('checks every event: malformed, derived, or not allowed by the procedure; nothing is written', async () => {
      const { store } = await given(adapter.create, { 'H.1': lawful.slice(0, 1) });
      const bad = { type: 'VoteHeld', at: '2025-02-01', data: { chamber: 'nowhere' } };
      const derived = { type: 'DeadlineElapsed', at: '2025-02-01', data: { clock: 'x' } };
      for (const [events, c] of [
        [[bad], 'input.invalidEvent'],
        [[derived], 'input.invalidEvent'],
        [[signed('2025-02-01')], 'replay.eventNotAllowed'],
        [[postponed('late', '2024-01-01')], 'replay.dateOutOfOrder'],
      ] as const) {
        await expect(
          store.append('H.1', events as unknown as BillEvent[], { expectedVersion: 1 }),
        ).rejects.toEqual(code(c));
      }
      expect((await store.info('H.1')).version).toBe(1);
      await expect(
        store.append('H.1', [signed('2025-02-01')], { expectedVersion: 1 }),
      ).rejects.toMatchObject({
        details: expect.objectContaining({ stream: 'H.1', version: 2 }) as unknown,
      });
    });

    it('stores what the procedure rejects with validate: false, marked unvalidated, and says so later', async () => {
      const { store } = await given(adapter.create, { 'H.1': lawful.slice(0, 1) });
      await store.append('H.1', [signed('2025-02-01')], { expectedVersion: 1, validate: false });
      const read = await collect(store.read('H.1'));
      expect(read.map((e) => e.meta.validated)).toEqual([true, false]);
      await expect(
        store.append('H.1', [postponed('x', '2025-02-02')], { expectedVersion: 2 }),
      ).rejects.toThrow(/already stored without validation/);
      await expect(
        store.append('H.1', [{ type: 'VoteHeld', at: 'x', data: {} } as unknown as BillEvent], {
          expectedVersion: 2,
          validate: false,
        }),
      ).rejects.toEqual(code('input.invalidEvent'));
    });

    it('commits several writes all or nothing', async () => {
      const { store } = await given(adapter.create);
      await expect(
        store.commit([
          {
            type: 'append',
            stream: 'H.1',
            events: lawful,
            expectedVersion: 'noStream',
            metadata: kz,
          },
          {
            type: 'append',
            stream: 'H.2',
            events: [signed('2025-01-01')],
            expectedVersion: 'noStream',
            metadata: kz,
          },
        ]),
      ).rejects.toEqual(code('replay.eventNotAllowed'));
      expect(await store.streams()).toEqual([]);
      expect(await collect(store.readAll())).toEqual([]);
      const results = await store.commit([
        {
          type: 'append',
          stream: 'H.1',
          events: lawful.slice(0, 2),
          expectedVersion: 'noStream',
          metadata: kz,
        },
        { type: 'fork', stream: 'H.1', atVersion: 1, newStream: 'H.1#b' },
        { type: 'append', stream: 'H.1#b', events: [postponed('b')], expectedVersion: 1 },
      ]);
      expect(results.map((r) => [r.stream, r.version])).toEqual([
        ['H.1', 2],
        ['H.1#b', 1],
        ['H.1#b', 2],
      ]);
    });

    it('an append of no events checks the expectation and writes nothing', async () => {
      const { store } = await given(adapter.create, { 'H.1': lawful.slice(0, 2) });
      await expect(store.append('H.1', [], { expectedVersion: 2 })).resolves.toMatchObject({
        version: 2,
        events: [],
      });
      await expect(store.append('H.1', [], { expectedVersion: 1 })).rejects.toEqual(
        code('store.versionConflict'),
      );
      expect((await collect(store.readAll())).length).toBe(2);
    });
  });

  describe('read', () => {
    it('reads a range of versions, and as of a date (a month-only date counts from its first day)', async () => {
      const { store } = await given(adapter.create, {
        'H.1': [introduced('2025-01'), postponed('a', '2025-02-10'), postponed('b', '2025-03')],
      });
      const versions = async (options: Parameters<EventStore['read']>[1]) =>
        (await collect(store.read('H.1', options))).map((e) => e.meta.version);
      expect(await versions({})).toEqual([1, 2, 3]);
      expect(await versions({ fromVersion: 2 })).toEqual([2, 3]);
      expect(await versions({ toVersion: 2 })).toEqual([1, 2]);
      expect(await versions({ fromVersion: 2, toVersion: 2 })).toEqual([2]);
      expect(await versions({ asOf: '2025-02-09' })).toEqual([1]);
      expect(await versions({ asOf: '2025-02-10' })).toEqual([1, 2]);
      expect(await versions({ asOf: '2025-03-01' })).toEqual([1, 2, 3]);
      expect(await versions({ asOf: '2024-12-31' })).toEqual([]);
    });

    it('refuses bad read options and a stream that does not exist', async () => {
      const { store } = await given(adapter.create, { 'H.1': lawful });
      await expect(collect(store.read('H.1', { fromVersion: 0 }))).rejects.toEqual(
        code('input.invalidOption'),
      );
      await expect(collect(store.read('H.1', { asOf: '2025-02-30' }))).rejects.toEqual(
        code('input.invalidDate'),
      );
      await expect(collect(store.read('H.9'))).rejects.toEqual(code('store.notFound'));
      await expect(store.info('H.9')).rejects.toEqual(code('store.notFound'));
    });

    it('lists streams in the order they were created, with versions and metadata', async () => {
      const { store } = await given(adapter.create, { 'S.2': lawful.slice(0, 1), 'H.1': lawful });
      expect(await store.streams()).toEqual([
        expect.objectContaining({ stream: 'S.2', version: 1, metadata: kz, globalPosition: 1 }),
        expect.objectContaining({ stream: 'H.1', version: 4, metadata: kz, globalPosition: 3 }),
      ]);
    });

    it('reads everything in global order, from a position on', async () => {
      const { store } = await given(adapter.create);
      const meta = { metadata: kz };
      await store.append('H.1', lawful.slice(0, 1), { expectedVersion: 'noStream', ...meta });
      await store.append('H.2', lawful.slice(0, 2), { expectedVersion: 'noStream', ...meta });
      await store.append('H.1', lawful.slice(1, 3), { expectedVersion: 1 });
      const all = await collect(store.readAll());
      expect(all.map((e) => `${e.meta.stream}@${e.meta.version}`)).toEqual([
        'H.1@1',
        'H.2@1',
        'H.2@2',
        'H.1@2',
        'H.1@3',
      ]);
      const positions = all.map((e) => e.meta.globalPosition);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(new Set(positions).size).toBe(positions.length);
      const from = all[3]?.meta.globalPosition ?? 0;
      expect((await collect(store.readAll({ fromPosition: from }))).map((e) => e.meta.id)).toEqual(
        all.slice(3).map((e) => e.meta.id),
      );
    });

    it('a second handle on the same store sees every write', async () => {
      const { store, other } = await given(adapter.create, { 'H.1': lawful.slice(0, 2) });
      const second = other();
      await second.append('H.1', lawful.slice(2, 3), { expectedVersion: 2 });
      await expect(store.append('H.1', lawful.slice(2, 3), { expectedVersion: 2 })).rejects.toEqual(
        code('store.versionConflict'),
      );
      expect((await store.info('H.1')).version).toBe(3);
      expect((await collect(store.read('H.1'))).map(eventOf)).toEqual(lawful.slice(0, 3));
    });

    it('two appends expecting the same version at once: exactly one wins', async () => {
      const { store, other } = await given(adapter.create, { 'H.1': lawful.slice(0, 1) });
      const second = other();
      const outcomes = await Promise.allSettled([
        store.append('H.1', [postponed('a')], { expectedVersion: 1 }),
        second.append('H.1', [postponed('b')], { expectedVersion: 1 }),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([
        expect.objectContaining({ reason: code('store.versionConflict') }) as unknown,
      ]);
      expect((await store.info('H.1')).version).toBe(2);
    });
  });

  describe('fork', () => {
    it('starts a new stream from the first events of another, which stays as it was', async () => {
      const { store } = await given(adapter.create, { 'H.1': lawful });
      const fork = await store.fork('H.1', 2, 'H.1#what-if');
      expect(fork).toMatchObject({ stream: 'H.1#what-if', version: 2 });
      const copied = await collect(store.read('H.1#what-if'));
      expect(copied.map(eventOf)).toEqual(lawful.slice(0, 2));
      expect(copied.map((e) => e.meta.stream)).toEqual(['H.1#what-if', 'H.1#what-if']);
      expect(await store.info('H.1#what-if')).toMatchObject({
        version: 2,
        metadata: kz,
        forkedFrom: { stream: 'H.1', version: 2 },
      });
      await store.append('H.1#what-if', [vote('2025-03-01', 'senate', 'approve', 20)], {
        expectedVersion: 2,
      });
      expect((await collect(store.read('H.1'))).map(eventOf)).toEqual(lawful);
      expect((await store.info('H.1')).version).toBe(4);
    });

    it('forks under other metadata, replaying the copied events under it', async () => {
      const { store } = await given(adapter.create, { 'H.1': lawful });
      await expect(
        store.fork('H.1', 2, 'H.1#kurultai', { metadata: { procedure: 'kz-2026-kurultai' } }),
      ).rejects.toEqual(code('replay.eventNotAllowed'));
      await store.fork('H.1', 1, 'H.1#kurultai', { metadata: { procedure: 'kz-2026-kurultai' } });
      expect((await store.info('H.1#kurultai')).metadata).toEqual({
        ...kz,
        procedure: 'kz-2026-kurultai',
      });
    });

    it.each([
      ['a stream that does not exist', 'H.9', 1, 'H.9#b', 'store.notFound'],
      ['a version beyond the stream', 'H.1', 5, 'H.1#b', 'input.invalidOption'],
      ['a negative version', 'H.1', -1, 'H.1#b', 'input.invalidOption'],
      ['onto a stream that exists', 'H.1', 1, 'H.2', 'store.versionConflict'],
    ])('refuses to fork %s', async (_, source, at, target, c) => {
      const { store } = await given(adapter.create, { 'H.1': lawful, 'H.2': lawful.slice(0, 1) });
      await expect(store.fork(source, at, target)).rejects.toEqual(code(c));
    });

    it('forks at version 0 into an empty stream that keeps the metadata', async () => {
      const { store } = await given(adapter.create, { 'H.1': lawful });
      await store.fork('H.1', 0, 'H.1#empty');
      expect(await store.info('H.1#empty')).toMatchObject({ version: 0, metadata: kz });
      expect(await collect(store.read('H.1#empty'))).toEqual([]);
      await expect(
        store.append('H.1#empty', lawful.slice(0, 1), { expectedVersion: 'noStream' }),
      ).rejects.toEqual(code('store.versionConflict'));
      await store.append('H.1#empty', lawful.slice(0, 1), { expectedVersion: 0 });
    });
  });
});
