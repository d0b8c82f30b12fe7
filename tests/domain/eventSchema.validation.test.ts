import { describe, expect, it } from 'vitest';
import { parseEvent, parseEvents } from '../../src/domain/eventSchema.js';

const at = (index: number) => ({ index, file: 'bill.yaml' });

describe('parseEvent validates untrusted events', () => {
  it('accepts a vote with a tally and a source', () => {
    const e = parseEvent(
      {
        type: 'VoteHeld',
        at: '2013-01-25',
        source: 'https://example.org/x',
        data: {
          chamber: 'duma',
          motion: 'passReading',
          reading: 1,
          tally: { for: 388, against: 1, abstained: 1 },
        },
      },
      at(0),
    );
    expect(e).toMatchObject({ type: 'VoteHeld', data: { reading: 1 } });
  });
  it('fills empty data for events that carry none', () => {
    expect(parseEvent({ type: 'PresidentSigned', at: '2025-12-30' }, at(0))).toEqual({
      type: 'PresidentSigned',
      at: '2025-12-30',
      data: {},
    });
  });
  it.each([
    [
      {
        type: 'VoteHeld',
        at: '2025-02-30',
        data: { chamber: 'majilis', motion: 'adopt', result: 'passed' },
      },
      'at',
    ],
    [
      {
        type: 'VoteHeld',
        at: '2025-02-01',
        data: { chamber: 'Parliament!', motion: 'adopt', result: 'passed' },
      },
      'data.chamber',
    ],
    [
      { type: 'VoteHeld', at: '2025-02-01', data: { chamber: 'majilis', motion: 'adopt' } },
      'a tally or a declared result',
    ],
    [
      {
        type: 'VoteHeld',
        at: '2025-02-01',
        data: { chamber: 'majilis', motion: 'adopt', tally: { for: -1, against: 0, abstained: 0 } },
      },
      'data.tally.for',
    ],
    [{ type: 'BillSigned', at: '2025-02-01' }, 'type'],
    [{ type: 'PresidentSigned', at: '2025-02-01', source: 'not a url' }, 'source'],
    [{ type: 'PresidentSigned', at: '2025-02-01', extra: 1 }, 'extra'],
    ['just text', ''],
  ])('rejects %j naming %s', (raw, what) => {
    expect(() => parseEvent(raw, at(3))).toThrow(
      expect.objectContaining({
        code: 'input.invalidEvent',
        message: expect.stringContaining(what) as unknown,
      }),
    );
    expect(() => parseEvent(raw, at(3))).toThrow(/bill\.yaml, event 3/);
  });
  it('refuses a hand-written DeadlineElapsed: deadlines are derived from dates', () => {
    expect(() =>
      parseEvent({ type: 'DeadlineElapsed', at: '2025-02-01', data: { clock: 'x' } }, at(2)),
    ).toThrow(
      expect.objectContaining({
        code: 'input.invalidEvent',
        message: expect.stringContaining('derived') as unknown,
      }),
    );
  });
  it('parses a list with indexes', () => {
    expect(() =>
      parseEvents(
        [
          { type: 'PresidentSigned', at: '2025-12-30' },
          { type: 'Nope', at: '2025-12-30' },
        ],
        'f.json',
      ),
    ).toThrow(/f\.json, event 1/);
  });
});
