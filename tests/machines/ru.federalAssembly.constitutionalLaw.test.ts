import { describe, expect, it } from 'vitest';
import { ruFederalAssembly1993 } from '../../machines/ru/federalAssembly1993.procedure.js';
import { ruFederalAssembly2020 } from '../../machines/ru/federalAssembly2020.procedure.js';
import { addDays } from '../../src/domain/calendar.js';
import { contextOf } from '../../src/replay/replay.js';
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
  { procedure: ruFederalAssembly1993, start: '2016-02-01' },
  { procedure: ruFederalAssembly2020, start: '2021-02-01' },
])('$procedure.id federal constitutional law (art. 108)', ({ procedure, start }) => {
  const day = (n: number) => addDays(start, n);
  const { run, path, rules, rejects } = procedureHarness(procedure);

  const fkz = introduced(day(0), 'constitutionalLaw');
  const readings = [
    fkz,
    vote(day(10), 'duma', 'passReading', 226, 1),
    vote(day(20), 'duma', 'passReading', 226, 2),
  ];
  const adopted = [...readings, vote(day(21), 'duma', 'adopt', 300)];
  const approved = [...adopted, vote(day(30), 'federationCouncil', 'approve', 128)];
  // Received by the President on day 32: the fourteen days end on day 46.
  const withPresident = [...approved, transmitted(day(32), 'president')];

  describe('State Duma', () => {
    it('introduces the law in the Duma on its own path', () => {
      expect(path(fkz)).toBe('constitutionalLaw.duma.firstReading');
      expect(rules(fkz)).toEqual(['introduction.constitutionalLaw']);
    });
    it('passes the first and second readings by a majority of 450 (assumed)', () => {
      const r = run(...readings);
      expect(r.stage.path).toBe('constitutionalLaw.duma.thirdReading');
      expect(r.trace.slice(1).map((s) => s.rule?.id)).toEqual([
        'fkz.duma.reading',
        'fkz.duma.reading',
      ]);
      expect(path(fkz, vote(day(10), 'duma', 'passReading', 225, 1))).toBe('failed.notAdopted');
      expect(rules(fkz, vote(day(10), 'duma', 'passReading', 225, 1)).at(-1)).toBe(
        'fkz.duma.readingFailed',
      );
    });
    it('adopts with 300 of 450, not with 299', () => {
      const r = run(...adopted);
      expect(r.stage.path).toBe('constitutionalLaw.federationCouncil');
      expect(r.trace.at(-1)?.vote).toMatchObject({ threshold: 'twoThirds', required: 300 });
      const failed = [...readings, vote(day(21), 'duma', 'adopt', 299)];
      expect(path(...failed)).toBe('failed.notAdopted');
      expect(rules(...failed).at(-1)).toBe('fkz.duma.notAdopted');
    });
    it('fails the second reading with 225 and records amendments before it', () => {
      const failed = [...readings.slice(0, 2), vote(day(20), 'duma', 'passReading', 225, 2)];
      expect(path(...failed)).toBe('failed.notAdopted');
      expect(rules(...failed).at(-1)).toBe('fkz.duma.readingFailed');
      const amended = [...readings.slice(0, 2), amendments(day(15), 'duma')];
      expect(path(...amended)).toBe('constitutionalLaw.duma.secondReading');
      expect(rules(...amended).at(-1)).toBe('duma.amendments');
    });
    it('may be postponed, withdrawn or lapse before the third reading', () => {
      expect(rules(fkz, postponed(day(3), 'duma')).at(-1)).toBe('chamber.postponed');
      expect(path(fkz, plain('BillLapsed', day(300)))).toBe('lapsed');
      expect(path(...readings, plain('BillWithdrawn', day(20)))).toBe('withdrawn');
      rejects(...adopted, plain('BillWithdrawn', day(22)));
    });
  });

  describe('Federation Council: three-quarters, no tacit approval', () => {
    it('approves with 128 of 170, not with 127', () => {
      const r = run(...approved);
      expect(r.stage.path).toBe('constitutionalLaw.president.awaitingTransmission');
      expect(r.trace.at(-1)?.vote).toMatchObject({ threshold: 'threeQuarters', required: 128 });
      const failed = [...adopted, vote(day(30), 'federationCouncil', 'approve', 127)];
      expect(path(...failed)).toBe('failed.rejectedByUpperChamber');
      expect(rules(...failed).at(-1)).toBe('fkz.fc.rejected');
    });
    it('has no time limit: a vote months later still counts, with nothing derived', () => {
      const late = [
        ...adopted,
        transmitted(day(23), 'federationCouncil'),
        vote(day(200), 'federationCouncil', 'approve', 150),
      ];
      const r = run(...late);
      expect(r.trace.some((s) => s.derived)).toBe(false);
      expect(r.trace.map((s) => s.rule?.id).slice(-2)).toEqual([
        'fkz.fc.received',
        'fkz.fc.approve',
      ]);
      expect(r.stage.path).toBe('constitutionalLaw.president.awaitingTransmission');
    });
    it('records postponements and may lapse', () => {
      expect(path(...adopted, postponed(day(25), 'federationCouncil'))).toBe(
        'constitutionalLaw.federationCouncil',
      );
      expect(path(...adopted, plain('BillLapsed', day(25)))).toBe('lapsed');
    });
  });

  describe('President: 14 days, no veto', () => {
    it('signs within 14 days of receipt', () => {
      const r = run(...withPresident, signed(day(46)));
      expect(r.stage.path).toBe('enacted.signed');
      expect(r.trace.map((s) => s.rule?.id).slice(-2)).toEqual([
        'fkz.president.received',
        'fkz.president.sign',
      ]);
      expect(contextOf(r.snapshot).overdue).toEqual([]);
    });
    it('on day 15 the period is overdue, with no other consequence', () => {
      const r = run(...withPresident, signed(day(47)));
      expect(r.trace.find((s) => s.derived)?.rule?.id).toBe('fkz.president.periodOverdue');
      expect(r.stage.path).toBe('enacted.signed');
    });
    it('assumes receipt on the fifth day, and counts again from a late receipt', () => {
      const r = run(...approved, signed(day(36)));
      expect(r.trace.find((s) => s.derived)?.rule?.id).toBe('fkz.president.transmission');
      expect(rules(...approved, transmitted(day(37), 'president')).at(-1)).toBe(
        'fkz.president.receivedLate',
      );
    });
    it('may sign before the receipt is recorded', () => {
      expect(path(...approved, signed(day(31)))).toBe('enacted.signed');
    });
    it('cannot reject a federal constitutional law', () => {
      rejects(...withPresident, returned(day(40)));
      rejects(...approved, returned(day(31)));
    });
  });
});
