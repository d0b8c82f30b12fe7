import { describe, expect, it } from 'vitest';
import { ruFederalAssembly1993 } from '../../machines/ru/federalAssembly1993.procedure.js';
import { ruFederalAssembly2020 } from '../../machines/ru/federalAssembly2020.procedure.js';
import { addDays } from '../../src/domain/calendar.js';
import type { BillEvent } from '../../src/domain/events.js';
import { outcomeOf } from '../../src/projections/outcome.js';
import {
  introduced,
  returned,
  reviewDecided,
  reviewRequested,
  signed,
  transmitted,
  vote,
} from '../helpers/events.js';
import { procedureHarness } from '../helpers/procedureHarness.js';

const day = (n: number) => addDays('2021-01-11', n);
const dispute = (at: string): BillEvent => ({
  type: 'ConstitutionalReviewRequested',
  at,
  data: { by: 'federationCouncil', question: 'competenceDispute' },
});
const late = { code: 'replay.late' };

const approved = [
  introduced(day(0)),
  vote(day(10), 'duma', 'passReading', 226, 1),
  vote(day(20), 'duma', 'passReading', 226, 2),
  vote(day(20), 'duma', 'adopt', 226),
  transmitted(day(22), 'federationCouncil'),
  vote(day(30), 'federationCouncil', 'approve', 86),
];
// Received by the President on day 32: the fourteen days of art. 107(2) end on day 46.
const withPresident = [...approved, transmitted(day(32), 'president')];
const referred = [...withPresident, reviewRequested(day(40))];
const confirmed = [...referred, reviewDecided(day(120), true)];
// Received again on day 72 after the override: the seven days of art. 107(3) end on day 79.
const overridden = [
  ...withPresident,
  returned(day(40)),
  vote(day(60), 'duma', 'overrideVeto', 300),
  vote(day(70), 'federationCouncil', 'overrideVeto', 114),
  transmitted(day(72), 'president'),
];
// A federal constitutional law received on day 27: the fourteen days of art. 108(2) end on day 41.
const fkzWithPresident = [
  introduced(day(0), 'constitutionalLaw'),
  vote(day(10), 'duma', 'passReading', 300, 1),
  vote(day(20), 'duma', 'passReading', 300, 2),
  vote(day(20), 'duma', 'adopt', 310),
  vote(day(25), 'federationCouncil', 'approve', 140),
  transmitted(day(27), 'president'),
];

describe('ru-2020: referral of a federal law within the fourteen days (art. 125(5.1)(a))', () => {
  const { run, replayed, path, lastRule, rejects, clocksOf, derivedRules } =
    procedureHarness(ruFederalAssembly2020);

  describe('the referral', () => {
    it('suspends the fourteen days while the Court considers the law', () => {
      const r = run(...referred);
      expect(r.stage.path).toBe('president.review');
      expect(lastRule(...referred)).toBe('president.court.referral');
      expect(clocksOf(r)).toEqual([
        expect.objectContaining({ id: 'president.period', suspendedOn: day(40), remainingDays: 6 }),
      ]);
    });
    it('may be made before the receipt is recorded, and on the last of the fourteen days', () => {
      expect(path(...approved, reviewRequested(day(33)))).toBe('president.review');
      expect(path(...withPresident, reviewRequested(day(46)))).toBe('president.review');
    });
    it('cites art. 125(5.1)(a) with its firmness', () => {
      const rule = run(...referred).trace.at(-1)?.rule;
      expect(rule).toMatchObject({ id: 'president.court.referral', firmness: 'S' });
      expect(rule?.article).toContain('art. 125(5.1)(a)');
    });
  });

  describe('the ruling', () => {
    it('no deadline runs out while the Court considers it, however long', () => {
      const r = run(...confirmed);
      expect(derivedRules(r)).toEqual([]);
      expect(r.stage.path).toBe('president.afterRuling');
      expect(lastRule(...confirmed)).toBe('president.court.confirmed');
      expect(clocksOf(r)).toEqual([
        expect.objectContaining({
          id: 'president.court.afterRuling',
          startedOn: day(120),
          dueOn: day(123),
        }),
      ]);
    });
    it('confirmed: the President signs within three days of the ruling (art. 107(3), by analogy)', () => {
      const r = run(...confirmed, signed(day(123)));
      expect(r.stage.path).toBe('enacted.signed');
      expect(lastRule(...confirmed, signed(day(123)))).toBe('president.court.sign');
      expect(derivedRules(r)).toEqual([]);
    });
    it('a signature after the three days is noted as overdue, with no other consequence', () => {
      const r = run(...confirmed, signed(day(124)));
      expect(derivedRules(r)).toEqual([[day(123), 'president.court.afterRulingOverdue']]);
      expect(r.stage.path).toBe('enacted.signed');
    });
    it('not confirmed: the law is returned to the Duma unsigned, and fails', () => {
      const r = run(...referred, reviewDecided(day(90), false));
      expect(r.stage.path).toBe('failed.unconstitutional');
      expect(r.trace.at(-1)?.rule?.id).toBe('president.court.notConfirmed');
      expect(outcomeOf(r.trace)).toMatchObject({ status: 'failed', reason: 'unconstitutional' });
    });
  });

  describe('what it refuses', () => {
    it('no signature, rejection or second referral while the review is pending', () => {
      rejects(...referred, signed(day(41)));
      rejects(...referred, returned(day(41)));
      rejects(...referred, reviewRequested(day(41)));
    });
    it('no rejection after a confirming ruling: only the signature', () => {
      rejects(...confirmed, returned(day(121)));
    });
    it('a question of competence is not a referral', () => {
      rejects(...withPresident, dispute(day(40)));
    });
    it('a referral after the fourteen days is late (counted from the recorded receipt)', () => {
      expect(() => run(...withPresident, reviewRequested(day(47)))).toThrow(
        expect.objectContaining(late),
      );
      const r = replayed([...withPresident, reviewRequested(day(47))], { mode: 'conformance' });
      expect(r.anomalies.map((a) => a.code)).toEqual(['replay.late']);
      expect(r.anomalies[0]?.rule).toBe('president.period');
    });
    it('after the fourteen days the President may still sign or reject, but not refer', () => {
      const elapsed = replayed(withPresident, { asOf: day(50) });
      expect(elapsed.stage.path).toBe('president.periodElapsed');
      expect(derivedRules(elapsed)).toEqual([[day(46), 'president.periodOverdue']]);
      expect(path(...withPresident, signed(day(50)))).toBe('enacted.signed');
      expect(path(...withPresident, returned(day(50)))).toBe('veto.duma');
    });
    it('an assumed receipt is revised rather than close the referral', () => {
      // Unrecorded receipt: assumed on day 35, the fourteen days would end on day 49.
      const r = run(...approved, reviewRequested(day(52)));
      expect(r.stage.path).toBe('president.review');
      expect(r.trace.at(-1)?.revisedClocks).toEqual([
        expect.objectContaining({ clock: 'president.period', to: day(38), dueOn: day(52) }),
      ]);
    });
    it('a receipt recorded after an assumed period ran out counts the fourteen days again', () => {
      // Assumed on day 35, the fourteen days ran out on day 49; received on day 60 after all.
      expect(replayed(approved, { asOf: day(50) }).stage.path).toBe('president.periodElapsed');
      const received = [...approved, transmitted(day(60), 'president')];
      expect(path(...received)).toBe('president.considering');
      expect(lastRule(...received)).toBe('president.receivedLate');
      expect(path(...received, reviewRequested(day(74)))).toBe('president.review');
    });
  });
});

describe('ru-2020: the other referrals close with their periods (arts. 107(3), 108(2))', () => {
  const { run, replayed, path, lastRule } = procedureHarness(ruFederalAssembly2020);

  it('after an override: not after the seven days, though the signature still is', () => {
    expect(path(...overridden, reviewRequested(day(79)))).toBe('mustSign.review');
    expect(() => run(...overridden, reviewRequested(day(80)))).toThrow(
      expect.objectContaining(late),
    );
    expect(replayed(overridden, { asOf: day(80) }).stage.path).toBe('mustSign.periodElapsed');
    expect(path(...overridden, signed(day(80)))).toBe('enacted.override');
    expect(lastRule(...overridden, signed(day(80)))).toBe('override.sign');
  });
  it('a federal constitutional law: not after the fourteen days, though the signature still is', () => {
    expect(path(...fkzWithPresident, reviewRequested(day(41)))).toBe(
      'constitutionalLaw.president.review',
    );
    expect(() => run(...fkzWithPresident, reviewRequested(day(42)))).toThrow(
      expect.objectContaining(late),
    );
    expect(replayed(fkzWithPresident, { asOf: day(42) }).stage.path).toBe(
      'constitutionalLaw.president.periodElapsed',
    );
    expect(path(...fkzWithPresident, signed(day(42)))).toBe('enacted.signed');
  });
});

describe('ru-1993: no referral before signature (no such power before 2020)', () => {
  const { run, replayed, path, rejects, derivedRules } = procedureHarness(ruFederalAssembly1993);

  it('refuses a referral within the fourteen days', () => {
    rejects(...referred);
    rejects(...approved, reviewRequested(day(33)));
  });
  it('after the fourteen days nothing but the overdue note changes', () => {
    const elapsed = replayed(withPresident, { asOf: day(50) });
    expect(elapsed.stage.path).toBe('president.considering');
    expect(derivedRules(elapsed)).toEqual([[day(46), 'president.periodOverdue']]);
    expect(path(...withPresident, signed(day(50)))).toBe('enacted.signed');
    expect(() => run(...withPresident, reviewRequested(day(47)))).toThrow(
      expect.objectContaining({ code: 'replay.eventNotAllowed' }),
    );
  });
});
