import { describe, expect, it } from 'vitest';
import type { BillEvent } from '../../src/domain/events.js';
import { replay } from '../../src/replay/replay.js';
import { introduced, signed, vote } from '../helpers/events.js';

const kz = (events: BillEvent[], mode: 'strict' | 'conformance' = 'strict') =>
  replay(events, { jurisdiction: 'KZ', mode });

const enactedHistory: BillEvent[] = [
  introduced('2025-01-15'),
  vote('2025-11-12', 'majilis', 'adopt', 'passed'),
  vote('2025-12-18', 'senate', 'approve', 'passed'),
  signed('2025-12-30'),
];

describe('replay picks the procedure in force on the introduction date', () => {
  it('chooses kz-2023 for a bill introduced in 2025', () => {
    expect(kz(enactedHistory).procedure.id).toBe('kz-2023');
  });
  it('says when no procedure was in force', () => {
    expect(() => kz([introduced('1980-01-01')])).toThrow(
      expect.objectContaining({ code: 'procedure.noneInForce' }),
    );
  });
  it('names unknown procedures', () => {
    expect(() => replay(enactedHistory, { procedure: 'xx-1' })).toThrow(
      expect.objectContaining({ code: 'procedure.unknown' }),
    );
  });
  it('needs a procedure or a jurisdiction', () => {
    expect(() => replay(enactedHistory)).toThrow(
      expect.objectContaining({ code: 'input.invalidOption' }),
    );
  });
  it('refuses an empty history', () => {
    expect(() => replay([], { procedure: 'kz-2023' })).toThrow(
      expect.objectContaining({ code: 'replay.emptyHistory' }),
    );
  });
});

describe('strict mode stops at the first unlawful event with one clear error', () => {
  const unlawful = [introduced('2025-01-15'), vote('2025-02-01', 'senate', 'approve', 40)];
  it('names the event index, date, type, stage and what was allowed', () => {
    try {
      kz(unlawful);
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({
        code: 'replay.eventNotAllowed',
        details: { index: 1, at: '2025-02-01', type: 'VoteHeld', stage: 'majilis' },
      });
      const message = (e as Error).message;
      expect(message).toContain('event 1 (2025-02-01, VoteHeld (senate, approve))');
      expect(message).toContain('"Mäjilis"');
      expect(message).toContain('introduction.law');
      expect(message).toContain('VoteHeld(majilis adopt)');
    }
  });
  it('conformance mode records the anomaly and goes on to the end', () => {
    const r = kz([...unlawful, vote('2025-03-01', 'majilis', 'adopt', 60)], 'conformance');
    expect(r.anomalies).toMatchObject([{ index: 1, code: 'replay.eventNotAllowed' }]);
    expect(r.stage.path).toBe('senate');
  });
  it('rejects dates that go backwards', () => {
    const history = [introduced('2025-01-15'), vote('2025-01-10', 'majilis', 'adopt', 60)];
    expect(() => kz(history)).toThrow(expect.objectContaining({ code: 'replay.dateOutOfOrder' }));
    expect(kz(history, 'conformance').anomalies.map((a) => a.code)).toEqual([
      'replay.dateOutOfOrder',
    ]);
  });
  it('orders a month-only date loosely: 2025-11 may precede 2025-11-12', () => {
    expect(
      kz([
        introduced('2025-01'),
        vote('2025-11', 'majilis', 'adopt', 60),
        vote('2025-11-12', 'senate', 'approve', 30),
      ]).stage.path,
    ).toBe('president.awaitingTransmission');
  });
  it('rejects a tally larger than the chamber', () => {
    const history = [introduced('2025-01-15'), vote('2025-02-01', 'majilis', 'adopt', 99)];
    expect(() => kz(history)).toThrow(expect.objectContaining({ code: 'input.invalidTally' }));
  });
  it('rejects a tally that contradicts the declared result', () => {
    const contradiction: BillEvent = {
      type: 'VoteHeld',
      at: '2025-02-01',
      data: {
        chamber: 'majilis',
        motion: 'adopt',
        tally: { for: 40, against: 50, abstained: 0 },
        result: 'passed',
      },
    };
    expect(() => kz([introduced('2025-01-15'), contradiction])).toThrow(
      expect.objectContaining({ code: 'replay.tallyContradictsResult' }),
    );
  });
});

describe('votes in the trace', () => {
  it('computes the result and margin from a tally, and marks a declared result unverified', () => {
    const r = kz([
      introduced('2025-01-15'),
      vote('2025-02-01', 'majilis', 'adopt', 52),
      vote('2025-03-01', 'senate', 'approve', 'passed'),
    ]);
    const votes = r.trace.flatMap((s) => (s.vote === undefined ? [] : [s.vote]));
    expect(votes).toEqual([
      expect.objectContaining({
        chamber: 'majilis',
        result: 'passed',
        required: 50,
        seats: 98,
        margin: 2,
        verified: true,
      }),
      expect.objectContaining({
        chamber: 'senate',
        result: 'passed',
        required: 26,
        seats: 50,
        verified: false,
      }),
    ]);
  });
});

describe('time travel', () => {
  it('upTo replays the first k events', () => {
    const r = kz(enactedHistory.concat(), 'strict');
    const partial = replay(enactedHistory, { jurisdiction: 'KZ', upTo: 2 });
    expect(partial.applied).toBe(2);
    expect(partial.stage.path).toBe('senate');
    expect(r.stage.path).toBe('enacted.signed');
  });
  it('asOf replays the events up to a date and lets the clocks run out to it', () => {
    const history = [introduced('2025-01-15'), vote('2025-11-12', 'majilis', 'adopt', 60)];
    expect(replay(history, { jurisdiction: 'KZ', asOf: '2026-01-11' }).stage.path).toBe('senate');
    const after = replay(history, { jurisdiction: 'KZ', asOf: '2026-01-12' });
    expect(after.stage.path).toBe('president.awaitingTransmission');
    expect(after.trace.at(-1)).toMatchObject({
      derived: true,
      rule: { id: 'senate.deemedPassed' },
    });
    expect(replay(enactedHistory, { jurisdiction: 'KZ', asOf: '2025-12-01' }).applied).toBe(2);
  });
  it('is deterministic', () => {
    const a = kz(enactedHistory);
    const b = kz(enactedHistory);
    expect(b.trace.map((s) => [s.event, s.after, s.rule?.id])).toEqual(
      a.trace.map((s) => [s.event, s.after, s.rule?.id]),
    );
  });
});
