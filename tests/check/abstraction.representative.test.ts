import { describe, expect, it } from 'vitest';
import { ruFederalAssembly1993 } from '../../machines/ru/federalAssembly1993.procedure.js';
import { ruFederalAssembly2020 } from '../../machines/ru/federalAssembly2020.procedure.js';
import { addDays } from '../../src/domain/calendar.js';
import type { BillEvent } from '../../src/domain/events.js';
import { representativeEvents } from '../../src/check/abstraction.js';
import { seatsOfProcedure } from '../../src/domain/procedure.js';
import { replay } from '../../src/replay/replay.js';
import { introduced, reviewRequested, transmitted, vote } from '../helpers/events.js';

const day = (n: number) => addDays('2021-01-11', n);
const withPresident = [
  introduced(day(0)),
  vote(day(10), 'duma', 'passReading', 226, 1),
  vote(day(20), 'duma', 'passReading', 226, 2),
  vote(day(20), 'duma', 'adopt', 226),
  vote(day(25), 'federationCouncil', 'approve', 86),
  transmitted(day(27), 'president'),
];
const refused: BillEvent = { type: 'PresidentRefused', at: day(30), data: {} };
const dispute: BillEvent = {
  type: 'ConstitutionalReviewRequested',
  at: day(31),
  data: { by: 'federationCouncil', question: 'competenceDispute' },
};

describe.each([ruFederalAssembly1993, ruFederalAssembly2020])(
  '$id representative events',
  (procedure) => {
    const at = day(40);
    const eventsAt = (history: BillEvent[]) =>
      representativeEvents(
        procedure,
        seatsOfProcedure(procedure),
        at,
      )(replay(history, { procedure, mode: 'conformance' }).snapshot);

    it('ask the Court about competence where the stage provides that question', () => {
      expect(eventsAt([...withPresident, refused])).toContainEqual({
        type: 'ConstitutionalReviewRequested',
        at,
        data: { by: 'federationCouncil', question: 'competenceDispute' },
      });
    });
    it('answer a competence dispute with both rulings on the signature', () => {
      const rulings = eventsAt([...withPresident, refused, dispute]).filter(
        (e) => e.type === 'ConstitutionalReviewDecided',
      );
      expect(rulings.map((e) => e.data)).toEqual([
        { signatureRequired: true },
        { signatureRequired: false },
      ]);
    });
    it('never take the breach itself (paths are lawful histories)', () => {
      expect(eventsAt(withPresident).map((e) => e.type)).not.toContain('PresidentRefused');
    });
  },
);

describe('ru-2020 representative events at the President', () => {
  const at = day(40);
  const eventsAt = (history: BillEvent[]) =>
    representativeEvents(
      ruFederalAssembly2020,
      seatsOfProcedure(ruFederalAssembly2020),
      at,
    )(replay(history, { procedure: ruFederalAssembly2020 }).snapshot);

  it('include the referral within the fourteen days, and both rulings on it', () => {
    expect(eventsAt(withPresident)).toContainEqual({
      type: 'ConstitutionalReviewRequested',
      at,
      data: { by: 'president' },
    });
    const rulings = eventsAt([...withPresident, reviewRequested(day(30))]).filter(
      (e) => e.type === 'ConstitutionalReviewDecided',
    );
    expect(rulings.map((e) => e.data)).toEqual([
      { constitutional: true },
      { constitutional: false },
    ]);
  });
});
