import { describe, expect, it } from 'vitest';
import { ruFederalAssembly1993 } from '../../machines/ru/federalAssembly1993.procedure.js';
import { ruFederalAssembly2020 } from '../../machines/ru/federalAssembly2020.procedure.js';
import { addDays } from '../../src/domain/calendar.js';
import type { BillEvent, MandatorySubject } from '../../src/domain/events.js';
import { contextOf, replay } from '../../src/replay/replay.js';
import {
  amendments,
  introduced,
  plain,
  postponed,
  returned,
  signed,
  transmitted,
  vote,
} from '../helpers/events.js';
import { procedureHarness } from '../helpers/procedureHarness.js';

describe.each([
  { procedure: ruFederalAssembly1993, start: '2015-01-12' },
  { procedure: ruFederalAssembly2020, start: '2021-01-11' },
])('$procedure.id federal law', ({ procedure, start }) => {
  const day = (n: number) => addDays(start, n);
  const { run, path, rules, rejects } = procedureHarness(procedure);

  const first = (votes = 226) => vote(day(10), 'duma', 'passReading', votes, 1);
  const second = (votes = 226) => vote(day(20), 'duma', 'passReading', votes, 2);
  const adopted = (subjects?: readonly MandatorySubject[]) => [
    introduced(day(0), 'law', subjects),
    first(),
    second(),
    vote(day(20), 'duma', 'adopt', 226),
  ];
  // Received by the Federation Council on day 22: its fourteen days end on day 36.
  const received = [...adopted(), transmitted(day(22), 'federationCouncil')];
  const rejected = [...received, vote(day(30), 'federationCouncil', 'approve', 85)];
  const approved = [...received, vote(day(30), 'federationCouncil', 'approve', 86)];
  // Received by the President on day 32: the fourteen days end on day 46.
  const withPresident = [...approved, transmitted(day(32), 'president')];
  const vetoed = [...withPresident, returned(day(40))];
  const dumaOverride = [...vetoed, vote(day(60), 'duma', 'overrideVeto', 300)];
  const overridden = [...dumaOverride, vote(day(70), 'federationCouncil', 'overrideVeto', 114)];

  describe('State Duma: three readings by 226 of 450 (arts. 104, 105(2))', () => {
    it('introduces a federal law in the Duma', () => {
      expect(path(introduced(day(0)))).toBe('duma.firstReading');
      expect(rules(introduced(day(0)))).toEqual(['introduction.law']);
    });
    it('passes each reading with 226 and fails it with 225', () => {
      expect(path(introduced(day(0)), first())).toBe('duma.secondReading');
      expect(path(introduced(day(0)), first(225))).toBe('failed.notAdopted');
      expect(path(introduced(day(0)), first(), second())).toBe('duma.thirdReading');
      expect(path(introduced(day(0)), first(), second(225))).toBe('failed.notAdopted');
      expect(rules(introduced(day(0)), first(), second(225)).at(-1)).toBe('duma.readingFailed');
    });
    it('adopts at the third reading with 226 of 450, not with 225', () => {
      const r = run(...adopted());
      expect(r.stage.path).toBe('federationCouncil.awaitingTransmission');
      expect(r.trace.at(-1)?.rule?.id).toBe('duma.adopt');
      expect(r.trace.at(-1)?.vote).toMatchObject({ seats: 450, required: 226, margin: 0 });
      const failed = run(
        introduced(day(0)),
        first(),
        second(),
        vote(day(20), 'duma', 'adopt', 225),
      );
      expect(failed.stage.path).toBe('failed.notAdopted');
      expect(failed.trace.at(-1)?.rule?.id).toBe('duma.notAdopted');
      expect(failed.trace.at(-1)?.vote).toMatchObject({ result: 'failed', margin: -1 });
    });
    it('checks recorded readings for order: no first reading after the second', () => {
      rejects(
        introduced(day(0)),
        vote(day(10), 'duma', 'passReading', 300, 2),
        vote(day(11), 'duma', 'passReading', 300, 1),
      );
      rejects(...adopted(), vote(day(21), 'duma', 'passReading', 300, 1));
    });
    it('never demands the readings: the Constitution sets only the majority (art. 105(2))', () => {
      const sparse = run(introduced(day(0)), vote(day(10), 'duma', 'adopt', 308));
      expect(sparse.stage.path).toBe('federationCouncil.awaitingTransmission');
      expect(sparse.trace.at(-1)?.rule?.id).toBe('duma.adopt');
      expect(sparse.trace.at(-1)?.notRecorded).toBe('the first and second readings');
      const noFirst = run(
        introduced(day(0)),
        vote(day(10), 'duma', 'passReading', 300, 2),
        vote(day(11), 'duma', 'adopt', 300),
      );
      expect(noFirst.trace.map((s) => s.notRecorded)).toEqual([
        undefined,
        'the first reading',
        undefined,
      ]);
    });
    it('adopts "in the first reading and as a whole" at one sitting under its own rule', () => {
      const once = run(introduced(day(0)), vote(day(10), 'duma', 'adopt', 400, 1));
      expect(once.stage.path).toBe('federationCouncil.awaitingTransmission');
      expect(once.trace.at(-1)?.rule?.id).toBe('duma.adoptAtOnce');
      expect(once.trace.at(-1)?.notRecorded).toBeUndefined();
      expect(path(introduced(day(0)), vote(day(10), 'duma', 'adopt', 225, 1))).toBe(
        'failed.notAdopted',
      );
    });
    it('records amendments before the second reading and postponements', () => {
      expect(path(introduced(day(0)), first(), amendments(day(12), 'duma'))).toBe(
        'duma.secondReading',
      );
      expect(rules(introduced(day(0)), postponed(day(2), 'duma')).at(-1)).toBe('chamber.postponed');
      rejects(introduced(day(0)), amendments(day(2), 'duma'));
    });
    it('may be withdrawn or lapse before the third reading, not withdrawn after', () => {
      expect(path(introduced(day(0)), first(), second(), plain('BillWithdrawn', day(21)))).toBe(
        'withdrawn',
      );
      expect(path(introduced(day(0)), plain('BillLapsed', day(400)))).toBe('lapsed');
      rejects(...adopted(), plain('BillWithdrawn', day(21)));
    });
  });

  describe('Federation Council: 5 days to send, 14 to consider (arts. 105(3)–(4), 106)', () => {
    it('approves with 86 of 170 and fails with 85', () => {
      const r = run(...approved);
      expect(r.stage.path).toBe('president.awaitingTransmission');
      expect(r.trace.at(-1)?.rule?.id).toBe('fc.approve');
      expect(r.trace.at(-1)?.vote).toMatchObject({ seats: 170, required: 86 });
      expect(path(...rejected)).toBe('dumaReconsideration.duma');
      expect(rules(...rejected).at(-1)).toBe('fc.reject');
    });
    it('counts the size in force when a scenario gives it', () => {
      const r = replay(approved, { procedure, seats: { federationCouncil: 178 } });
      expect(r.stage.path).toBe('dumaReconsideration.duma');
      expect(r.trace.at(-1)?.vote).toMatchObject({ seats: 178, required: 90 });
    });
    it('may vote before the transmission is recorded', () => {
      expect(path(...adopted(), vote(day(21), 'federationCouncil', 'approve', 100))).toBe(
        'president.awaitingTransmission',
      );
    });
    it('a vote on day 14 after receipt is in time', () => {
      expect(rules(...received)).toContain('fc.received');
      expect(path(...received, vote(day(36), 'federationCouncil', 'approve', 86))).toBe(
        'president.awaitingTransmission',
      );
    });
    it('deems the law approved on day 15: the event comes after the derived deadline', () => {
      const r = run(...received, transmitted(day(37), 'president'));
      const derived = r.trace.find((s) => s.derived);
      expect(derived?.event).toMatchObject({ at: day(36), data: { clock: 'fc.period' } });
      expect(derived?.rule?.id).toBe('fc.deemedApproved');
      expect(r.stage.path).toBe('president.considering');
      // A vote after fourteen days from a recorded receipt breaks art. 105(4), not another rule.
      expect(() => run(...received, vote(day(37), 'federationCouncil', 'approve', 86))).toThrow(
        expect.objectContaining({
          code: 'replay.late',
          details: expect.objectContaining({ rule: 'fc.period' }) as unknown,
        }),
      );
    });
    it('does not deem an art. 106 law approved: the period is only overdue', () => {
      const budget = [...adopted(['budget']), transmitted(day(22), 'federationCouncil')];
      const r = run(...budget, vote(day(50), 'federationCouncil', 'approve', 86));
      expect(r.trace.find((s) => s.derived)?.rule?.id).toBe('fc.mandatoryConsideration');
      expect(r.trace.at(-2)?.after.path).toBe('federationCouncil.considering');
      expect(r.stage.path).toBe('president.awaitingTransmission');
      expect(contextOf(r.trace.at(-2)?.snapshot ?? r.snapshot).overdue).toEqual([
        expect.objectContaining({ clock: 'fc.period', dueOn: day(36) }),
      ]);
    });
    it('assumes receipt on the fifth day when none is recorded', () => {
      const r = run(...adopted(), vote(day(39), 'federationCouncil', 'approve', 86));
      const derived = r.trace.find((s) => s.derived);
      expect(derived?.event).toMatchObject({ at: day(25), data: { clock: 'fc.transmission' } });
      expect(derived?.rule?.id).toBe('fc.transmission');
      expect(derived?.assumedClocks).toEqual([
        expect.objectContaining({ id: 'fc.period', startedOn: day(25), dueOn: day(39) }),
      ]);
      expect(r.stage.path).toBe('president.awaitingTransmission');
      // Only recorded facts bind: a later vote revises the assumed receipt, never refused.
      const later = run(...adopted(), vote(day(40), 'federationCouncil', 'approve', 86));
      expect(later.stage.path).toBe('president.awaitingTransmission');
      expect(later.trace.filter((s) => s.derived).map((s) => s.rule?.id)).toEqual([
        'fc.transmission',
      ]);
      expect(later.trace.at(-1)?.revisedClocks).toEqual([
        expect.objectContaining({ clock: 'fc.period', from: day(25), to: day(26), dueOn: day(40) }),
      ]);
    });
    it('counts the fourteen days again from a receipt recorded late', () => {
      const late = [...adopted(), transmitted(day(28), 'federationCouncil')];
      expect(rules(...late).at(-1)).toBe('fc.receivedLate');
      expect(contextOf(run(...late).snapshot).clocks).toEqual([
        expect.objectContaining({ id: 'fc.period', startedOn: day(28), dueOn: day(42) }),
      ]);
      expect(path(...late, vote(day(42), 'federationCouncil', 'approve', 86))).toBe(
        'president.awaitingTransmission',
      );
    });
    it('records postponements, and the law may lapse', () => {
      expect(path(...received, postponed(day(25), 'federationCouncil'))).toBe(
        'federationCouncil.considering',
      );
      expect(path(...received, plain('BillLapsed', day(25)))).toBe('lapsed');
    });
  });

  describe('after rejection by the Federation Council (art. 105(4)–(5))', () => {
    it('goes through an optional conciliation commission', () => {
      const formed = [...rejected, plain('ConciliationCommissionFormed', day(35))];
      expect(path(...formed)).toBe('dumaReconsideration.conciliation');
      const done: BillEvent = {
        type: 'ConciliationCompleted',
        at: day(45),
        data: { agreed: true },
      };
      expect(path(...formed, done)).toBe('dumaReconsideration.duma');
      expect(rules(...formed, done).slice(-2)).toEqual([
        'conciliation.formed',
        'conciliation.completed',
      ]);
    });
    it('the agreed text adopted by 226 goes back to the Federation Council; 225 leaves it', () => {
      const agreed = (n: number) => vote(day(50), 'duma', 'adoptAgreedText', n);
      expect(path(...rejected, agreed(226))).toBe('federationCouncil.awaitingTransmission');
      expect(path(...rejected, agreed(225))).toBe('dumaReconsideration.duma');
      expect(rules(...rejected, agreed(225)).at(-1)).toBe('duma.agreedTextRejected');
      expect(
        path(...rejected, agreed(226), vote(day(52), 'federationCouncil', 'approve', 120)),
      ).toBe('president.awaitingTransmission');
    });
    it('the Duma overrides the rejection with 300 of 450, not with 299', () => {
      const reaffirm = (n: number) => vote(day(50), 'duma', 'reaffirm', n);
      expect(path(...rejected, reaffirm(300))).toBe('president.awaitingTransmission');
      expect(rules(...rejected, reaffirm(300)).at(-1)).toBe('duma.reaffirm');
      expect(path(...rejected, reaffirm(299))).toBe('failed.rejectedByUpperChamber');
      expect(rules(...rejected, reaffirm(299)).at(-1)).toBe('duma.reaffirmFailed');
    });
    it('may lapse while with the Duma', () => {
      expect(path(...rejected, plain('BillLapsed', day(300)))).toBe('lapsed');
    });
  });

  describe('President: 5 days to send, 14 to sign (art. 107(1)–(2))', () => {
    it('signs on day 14 after receipt with nothing overdue', () => {
      const r = run(...withPresident, signed(day(46)));
      expect(r.stage.path).toBe('enacted.signed');
      expect(r.trace.map((s) => s.rule?.id).slice(-2)).toEqual([
        'president.received',
        'president.sign',
      ]);
      expect(contextOf(r.snapshot).overdue).toEqual([]);
    });
    it('on day 15 the period is overdue first, with no other consequence', () => {
      const r = run(...withPresident, signed(day(47)));
      expect(r.trace.find((s) => s.derived)?.rule?.id).toBe('president.periodOverdue');
      expect(r.stage.path).toBe('enacted.signed');
      expect(contextOf(r.snapshot).overdue).toEqual([
        expect.objectContaining({ clock: 'president.period', dueOn: day(46) }),
      ]);
    });
    it('assumes receipt on the fifth day, and counts again from a late receipt', () => {
      const r = run(...approved, signed(day(36)));
      expect(r.trace.find((s) => s.derived)?.rule?.id).toBe('president.transmission');
      expect(r.stage.path).toBe('enacted.signed');
      const late = run(...approved, transmitted(day(37), 'president'));
      expect(late.trace.at(-1)?.rule?.id).toBe('president.receivedLate');
      expect(contextOf(late.snapshot).clocks).toEqual([
        expect.objectContaining({ id: 'president.period', dueOn: day(51) }),
      ]);
    });
    it('may sign or reject before the receipt is recorded', () => {
      expect(path(...approved, signed(day(31)))).toBe('enacted.signed');
      expect(path(...approved, returned(day(31)))).toBe('veto.duma');
    });
    it('records publication and entry into force without changing the outcome', () => {
      const r = run(
        ...withPresident,
        signed(day(40)),
        plain('Published', day(41)),
        plain('EnteredIntoForce', day(52)),
      );
      expect(r.stage.path).toBe('enacted.signed');
      expect(r.trace.map((s) => s.rule?.id).slice(-2)).toEqual([
        'law.publication',
        'law.entryIntoForce',
      ]);
    });
    it('has no lapse once with the President', () => {
      rejects(...withPresident, plain('BillLapsed', day(40)));
    });
  });

  describe('veto: two-thirds of each chamber, then 7 days to sign (art. 107(3))', () => {
    it('the rejection goes to the Duma', () => {
      expect(path(...vetoed)).toBe('veto.duma');
      expect(rules(...vetoed).at(-1)).toBe('president.reject');
    });
    it('the Duma overrides with 300, not 299', () => {
      expect(path(...dumaOverride)).toBe('veto.federationCouncil');
      expect(rules(...dumaOverride).at(-1)).toBe('veto.dumaOverride');
      expect(path(...vetoed, vote(day(60), 'duma', 'overrideVeto', 299))).toBe(
        'failed.vetoSustained',
      );
    });
    it('the Federation Council overrides with 114 of 170, not 113', () => {
      const r = run(...overridden);
      expect(r.stage.path).toBe('mustSign.awaitingTransmission');
      expect(r.trace.at(-1)?.vote).toMatchObject({ threshold: 'twoThirds', required: 114 });
      const sustained = [...dumaOverride, vote(day(70), 'federationCouncil', 'overrideVeto', 113)];
      expect(path(...sustained)).toBe('failed.vetoSustained');
      expect(rules(...sustained).at(-1)).toBe('veto.sustained');
      expect(rules(...dumaOverride, transmitted(day(62), 'federationCouncil')).at(-1)).toBe(
        'veto.transmitted',
      );
    });
    it("the President's wording adopted by 226 goes to the Federation Council; 225 leaves it", () => {
      const wording = (n: number) => vote(day(60), 'duma', 'adoptInPresidentWording', n);
      expect(path(...vetoed, wording(226))).toBe('federationCouncil.awaitingTransmission');
      expect(rules(...vetoed, wording(226)).at(-1)).toBe('veto.presidentWording');
      expect(path(...vetoed, wording(225))).toBe('veto.duma');
      expect(rules(...vetoed, wording(225)).at(-1)).toBe('veto.presidentWordingFailed');
    });
    it('signs within 7 days of receipt; on day 8 the period is overdue', () => {
      const sent = [...overridden, transmitted(day(72), 'president')];
      expect(rules(...sent).at(-1)).toBe('override.received');
      const r = run(...sent, signed(day(79)));
      expect(r.stage.path).toBe('enacted.override');
      expect(r.trace.at(-1)?.rule?.id).toBe('override.sign');
      expect(contextOf(r.snapshot).overdue).toEqual([]);
      const late = run(...sent, signed(day(80)));
      expect(late.trace.find((s) => s.derived)?.rule?.id).toBe('override.periodOverdue');
      expect(late.stage.path).toBe('enacted.override');
    });
    it('assumes receipt on the fifth day after the override, and counts again from a late one', () => {
      const r = run(...overridden, signed(day(76)));
      expect(r.trace.find((s) => s.derived)?.rule?.id).toBe('override.transmission');
      expect(rules(...overridden, transmitted(day(77), 'president')).at(-1)).toBe(
        'override.receivedLate',
      );
      rejects(...overridden, returned(day(72)));
    });
    it('may sign before the receipt is recorded', () => {
      expect(path(...overridden, signed(day(71)))).toBe('enacted.override');
    });
  });
});
