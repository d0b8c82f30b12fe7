import { describe, expect, it } from 'vitest';
import type { BillEvent } from '../../src/domain/events.js';
import { outcomeOf } from '../../src/projections/outcome.js';
import { timelineOf } from '../../src/projections/timeline.js';
import { replay } from '../../src/replay/replay.js';
import { introduced, plain, returned, signed, transmitted, vote } from '../helpers/events.js';

const ru = (...events: BillEvent[]) =>
  replay(events, { procedure: 'ru-2020', seats: { federationCouncil: 170 } });
const kz = (...events: BillEvent[]) => replay(events, { procedure: 'kz-2023' });
const dumaAdopted = [
  introduced('2022-07-18'),
  vote('2022-10-27', 'duma', 'passReading', 300, 1),
  vote('2022-11-23', 'duma', 'passReading', 300, 2),
  vote('2022-11-24', 'duma', 'adopt', 300, 3),
];

describe('outcome reasons', () => {
  it('signed, with the stage and date of the deciding event', () => {
    const r = kz(
      introduced('2025-01-15'),
      vote('2025-11-12', 'majilis', 'adopt', 60),
      vote('2025-12-18', 'senate', 'approve', 30),
      signed('2025-12-30'),
    );
    expect(outcomeOf(r.trace)).toEqual({
      status: 'enacted',
      reason: 'signed',
      stage: 'president',
      date: '2025-12-30',
    });
  });
  it('deemed-approved when the upper chamber stayed silent', () => {
    const r = kz(
      introduced('2025-01-15'),
      vote('2025-11-12', 'majilis', 'adopt', 60),
      signed('2026-01-20'),
    );
    expect(outcomeOf(r.trace)).toMatchObject({ status: 'enacted', reason: 'deemed-approved' });
  });
  it('rejected-by-majilis when the Mäjilis rejects the bill as a whole', () => {
    expect(
      outcomeOf(
        kz(introduced('2025-01-15'), vote('2025-02-01', 'majilis', 'rejectAsWhole', 60)).trace,
      ),
    ).toMatchObject({ status: 'failed', reason: 'rejected-by-majilis', stage: 'majilis' });
  });
  it('rejected-by-federation-council when the Duma fails to insist on its text', () => {
    const r = ru(
      ...dumaAdopted,
      vote('2022-11-30', 'federationCouncil', 'approve', 20),
      vote('2022-12-10', 'duma', 'reaffirm', 299),
    );
    expect(outcomeOf(r.trace)).toMatchObject({
      status: 'failed',
      reason: 'rejected-by-federation-council',
      stage: 'dumaReconsideration',
    });
  });
  it('override-of-upper-chamber when the Duma re-adopts its text by two-thirds (art. 105(5))', () => {
    const r = ru(
      ...dumaAdopted,
      vote('2022-11-30', 'federationCouncil', 'approve', 20),
      vote('2022-12-10', 'duma', 'reaffirm', 300),
      signed('2022-12-20'),
    );
    expect(outcomeOf(r.trace)).toEqual({
      status: 'enacted',
      reason: 'override-of-upper-chamber',
      stage: 'president',
      date: '2022-12-20',
    });
  });
  it('override-of-upper-chamber when the Mäjilis confirms its wording by two-thirds (art. 61(5))', () => {
    const r = kz(
      introduced('2025-01-15'),
      vote('2025-11-12', 'majilis', 'adopt', 60),
      vote('2025-12-18', 'senate', 'approve', 10),
      vote('2026-01-20', 'majilis', 'adoptAgreedText', 40),
      vote('2026-01-21', 'majilis', 'reaffirm', 66),
      signed('2026-01-30'),
    );
    expect(outcomeOf(r.trace)).toMatchObject({
      status: 'enacted',
      reason: 'override-of-upper-chamber',
    });
  });
  it('adopted-in-president-wording and adopted-in-new-wording after a Russian veto', () => {
    const vetoed = [
      ...dumaAdopted,
      vote('2022-11-30', 'federationCouncil', 'approve', 120),
      returned('2022-12-05'),
    ];
    const wording = (motion: 'adoptInPresidentWording' | 'adoptInNewWording') =>
      ru(
        ...vetoed,
        vote('2022-12-14', 'duma', motion, 300),
        vote('2022-12-21', 'federationCouncil', 'approve', 120),
        signed('2022-12-28'),
      );
    expect(outcomeOf(wording('adoptInPresidentWording').trace)).toMatchObject({
      status: 'enacted',
      reason: 'adopted-in-president-wording',
    });
    expect(outcomeOf(wording('adoptInNewWording').trace)).toMatchObject({
      status: 'enacted',
      reason: 'adopted-in-new-wording',
    });
  });
  it("adopted-in-president-wording when both Kazakh Chambers take the President's wording", () => {
    const r = kz(
      introduced('2025-01-15'),
      vote('2025-11-12', 'majilis', 'adopt', 60),
      vote('2025-12-18', 'senate', 'approve', 30),
      returned('2025-12-30'),
      vote('2026-01-10', 'majilis', 'adoptInPresidentWording', 60),
      vote('2026-01-15', 'senate', 'adoptInPresidentWording', 30),
      signed('2026-01-20'),
    );
    expect(outcomeOf(r.trace)).toMatchObject({
      status: 'enacted',
      reason: 'adopted-in-president-wording',
      stage: 'president',
    });
  });
  it('override when a later veto is overridden, whatever the path before', () => {
    const r = ru(
      ...dumaAdopted,
      vote('2022-11-30', 'federationCouncil', 'approve', 20),
      vote('2022-12-10', 'duma', 'reaffirm', 300),
      returned('2022-12-15'),
      vote('2022-12-20', 'duma', 'overrideVeto', 300),
      vote('2022-12-21', 'federationCouncil', 'overrideVeto', 114),
      signed('2022-12-23'),
    );
    expect(outcomeOf(r.trace)).toMatchObject({ status: 'enacted', reason: 'override' });
  });
  it("signed-in-stead when a law deemed signed is signed in the President's stead (kz-1995)", () => {
    const r = replay(
      [
        introduced('2010-05-05', 'constitutionalLaw'),
        vote('2010-05-12', 'majilis', 'adopt', 'passed'),
        vote('2010-05-13', 'senate', 'approve', 'passed'),
        transmitted('2010-05-13', 'president'),
        {
          type: 'SignedInStead',
          at: '2010-06-15',
          data: { by: 'the Chairs and the Prime Minister' },
        },
      ],
      { procedure: 'kz-1995' },
    );
    expect(outcomeOf(r.trace)).toEqual({
      status: 'enacted',
      reason: 'signed-in-stead',
      stage: 'president',
      date: '2010-06-15',
    });
  });
  it('reads reasons from the transitions, not from rule ids', () => {
    const r = kz(
      introduced('2025-01-15'),
      vote('2025-11-12', 'majilis', 'adopt', 60),
      vote('2025-12-18', 'senate', 'approve', 30),
      signed('2025-12-30'),
    );
    const renamed = r.trace.map((s) =>
      s.rule === undefined ? s : { ...s, rule: { ...s.rule, id: `${s.rule.id}.deemed` } },
    );
    expect(outcomeOf(renamed).reason).toBe('signed');
    const decided = r.trace.map((s, i) => (i === 2 ? { ...s, reason: 'some-reason' } : s));
    expect(outcomeOf(decided).reason).toBe('some-reason');
  });
  it('withdrawn, and pending with the current stage', () => {
    expect(
      outcomeOf(kz(introduced('2025-01-15'), plain('BillWithdrawn', '2025-02-01')).trace),
    ).toMatchObject({ status: 'withdrawn', reason: 'withdrawn' });
    expect(
      outcomeOf(kz(introduced('2025-01-15'), vote('2025-11-12', 'majilis', 'adopt', 60)).trace),
    ).toEqual({ status: 'pending', reason: 'in-progress', stage: 'senate', date: '2025-11-12' });
  });
});

describe('timeline', () => {
  it('lists each stage with its days, approximate where a month-only date bounds it', () => {
    const r = kz(
      introduced('2025-10'),
      vote('2025-11-12', 'majilis', 'adopt', 60),
      vote('2025-12-18', 'senate', 'approve', 30),
      signed('2025-12-30'),
    );
    expect(timelineOf(r.trace)).toEqual([
      {
        stage: 'majilis',
        label: 'Mäjilis',
        role: 'lowerChamber',
        from: '2025-10',
        to: '2025-11-12',
        days: 42,
        approximate: true,
      },
      {
        stage: 'senate',
        label: 'Senate',
        role: 'upperChamber',
        from: '2025-11-12',
        to: '2025-12-18',
        days: 36,
        approximate: false,
      },
      {
        stage: 'president',
        label: 'President',
        role: 'headOfState',
        from: '2025-12-18',
        to: '2025-12-30',
        days: 12,
        approximate: false,
      },
    ]);
  });
  it('counts the stages inside a grouping state (Russian constitutional laws)', () => {
    const r = replay(
      [
        introduced('2022-01-10', 'constitutionalLaw'),
        vote('2022-02-01', 'duma', 'passReading', 300, 1),
      ],
      { procedure: 'ru-2020' },
    );
    expect(timelineOf(r.trace).map((t) => t.stage)).toEqual(['constitutionalLaw.duma']);
  });
});
