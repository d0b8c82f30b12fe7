import { describe, expect, it } from 'vitest';
import { ruFederalAssembly1993 } from '../../machines/ru/federalAssembly1993.procedure.js';
import { ruFederalAssembly2020 } from '../../machines/ru/federalAssembly2020.procedure.js';
import { addDays } from '../../src/domain/calendar.js';
import type { BillEvent } from '../../src/domain/events.js';
import { outcomeOf } from '../../src/projections/outcome.js';
import { contextOf } from '../../src/replay/replay.js';
import { introduced, plain, returned, signed, transmitted, vote } from '../helpers/events.js';
import { procedureHarness } from '../helpers/procedureHarness.js';

const commission = (at: string, parties?: 'chambers' | 'chambersAndPresident'): BillEvent => ({
  type: 'ConciliationCommissionFormed',
  at,
  data: parties === undefined ? {} : { parties },
});
const completed = (at: string): BillEvent => ({
  type: 'ConciliationCompleted',
  at,
  data: { agreed: true },
});
const refused = (at: string): BillEvent => ({
  type: 'PresidentRefused',
  at,
  data: { reason: 'returned without consideration' },
});
const dispute = (at: string, question: 'conformity' | 'competenceDispute'): BillEvent => ({
  type: 'ConstitutionalReviewRequested',
  at,
  data: { by: 'federationCouncil', question },
});
const ruling = (at: string, signatureRequired: boolean): BillEvent => ({
  type: 'ConstitutionalReviewDecided',
  at,
  data: { signatureRequired },
});

describe.each([
  { procedure: ruFederalAssembly1993, start: '2015-01-12' },
  { procedure: ruFederalAssembly2020, start: '2021-01-11' },
])('$procedure.id veto and refusal (arts. 107(3), 125(3)(a))', ({ procedure, start }) => {
  const day = (n: number) => addDays(start, n);
  const { run, replayed, path, rules, rejects, clocksOf } = procedureHarness(procedure);
  const conformance = (...events: BillEvent[]) => replayed(events, { mode: 'conformance' });

  const approved = [
    introduced(day(0)),
    vote(day(10), 'duma', 'passReading', 226, 1),
    vote(day(20), 'duma', 'passReading', 226, 2),
    vote(day(20), 'duma', 'adopt', 226),
    transmitted(day(22), 'federationCouncil'),
    vote(day(30), 'federationCouncil', 'approve', 86),
  ];
  // Received by the President on day 32: the fourteen days end on day 46.
  const withPresident = [...approved, transmitted(day(32), 'president')];
  const vetoed = [...withPresident, returned(day(40))];
  // Received again on day 72 after the override: the seven days end on day 79.
  const overridden = [
    ...vetoed,
    vote(day(60), 'duma', 'overrideVeto', 300),
    vote(day(70), 'federationCouncil', 'overrideVeto', 114),
    transmitted(day(72), 'president'),
  ];

  describe("the Duma after the President's rejection (Duma Rules, ch. 16)", () => {
    it('a special commission of the chambers and the President may be formed', () => {
      const formed = [...vetoed, commission(day(45), 'chambersAndPresident')];
      expect(path(...formed)).toBe('veto.specialCommission');
      expect(rules(...formed).at(-1)).toBe('veto.specialCommission');
      expect(path(...formed, completed(day(55)))).toBe('veto.duma');
      expect(rules(...formed, completed(day(55))).at(-1)).toBe('veto.specialCommissionCompleted');
      // Unstated parties: the commission this stage provides.
      expect(path(...vetoed, commission(day(45)))).toBe('veto.specialCommission');
      rejects(...vetoed, commission(day(45), 'chambers'));
      rejects(...formed, vote(day(50), 'duma', 'overrideVeto', 300));
    });
    it('a new wording adopted by 226 passes the Federation Council again as a new law', () => {
      const wording = (n: number) => vote(day(60), 'duma', 'adoptInNewWording', n);
      const adopted = [...vetoed, wording(226)];
      expect(path(...adopted)).toBe('federationCouncil.awaitingTransmission');
      expect(rules(...adopted).at(-1)).toBe('veto.newWording');
      expect(run(...adopted).trace.at(-1)?.reason).toBe('adopted-in-new-wording');
      expect(path(...vetoed, wording(225))).toBe('veto.duma');
      expect(rules(...vetoed, wording(225)).at(-1)).toBe('veto.newWordingFailed');
      // The ordinary fourteen days of art. 105(4) run again: silence approves it.
      const r = run(...adopted, transmitted(day(61), 'federationCouncil'), signed(day(80)));
      expect(r.trace.find((s) => s.derived)?.rule?.id).toBe('fc.deemedApproved');
      expect(r.stage.path).toBe('enacted.signed');
    });
    it('agreeing with the rejection by 226 ends the law (art. 134.2); 225 leaves it', () => {
      const agree = (n: number) => vote(day(60), 'duma', 'rejectAsWhole', n);
      expect(path(...vetoed, agree(226))).toBe('failed.vetoSustained');
      expect(rules(...vetoed, agree(226)).at(-1)).toBe('veto.rejectionAccepted');
      expect(path(...vetoed, agree(225))).toBe('veto.duma');
      expect(rules(...vetoed, agree(225)).at(-1)).toBe('veto.rejectionNotAccepted');
      expect(outcomeOf(run(...vetoed, agree(226)).trace)).toMatchObject({
        status: 'failed',
        reason: 'veto-sustained',
        stage: 'veto',
      });
    });
    it('may be withdrawn, but does not lapse: no rule ends it with the convocation', () => {
      expect(path(...vetoed, plain('BillWithdrawn', day(50)))).toBe('withdrawn');
      expect(rules(...vetoed, plain('BillWithdrawn', day(50))).at(-1)).toBe('veto.withdrawn');
      expect(path(...vetoed, commission(day(45)), plain('BillWithdrawn', day(50)))).toBe(
        'withdrawn',
      );
      rejects(...vetoed, plain('BillLapsed', day(400)));
      const pending = replayed(vetoed, { asOf: addDays(start, 2000) });
      expect(pending.stage.path).toBe('veto.duma');
      expect(clocksOf(pending)).toEqual([]);
    });
  });

  describe('the President refuses to act (a breach)', () => {
    it('strict replay refuses a law returned without consideration', () => {
      expect(() => run(...withPresident, refused(day(40)))).toThrow(
        expect.objectContaining({ code: 'replay.breach' }),
      );
    });
    it('conformance records the breach; the law is back with the chambers, no clock runs', () => {
      const r = conformance(...withPresident, refused(day(40)));
      expect(r.stage.path).toBe('president.refused');
      expect(r.anomalies.map((a) => a.code)).toEqual(['replay.breach']);
      expect(r.trace.at(-1)?.rule?.id).toBe('president.refused');
      expect(clocksOf(r)).toEqual([]);
      // The law is no longer before the President: he cannot sign it until it is sent again.
      const early = conformance(...withPresident, refused(day(40)), signed(day(41)));
      expect(early.anomalies.map((a) => a.code)).toEqual([
        'replay.breach',
        'replay.eventNotAllowed',
      ]);
    });
    it('the chambers send it again: fourteen new days from the new receipt', () => {
      const r = conformance(...withPresident, refused(day(40)), transmitted(day(50), 'president'));
      expect(r.stage.path).toBe('president.considering');
      expect(r.trace.at(-1)?.rule?.id).toBe('president.resent');
      expect(contextOf(r.snapshot).clocks).toEqual([
        expect.objectContaining({ id: 'president.period', startedOn: day(50), dueOn: day(64) }),
      ]);
      const signedLater = conformance(
        ...withPresident,
        refused(day(40)),
        transmitted(day(50), 'president'),
        signed(day(55)),
      );
      expect(signedLater.stage.path).toBe('enacted.signed');
    });
    it('a ruling on the dispute over competence obliges the signature (ruling 11-P of 1998)', () => {
      const asked = [...withPresident, refused(day(40)), dispute(day(50), 'competenceDispute')];
      expect(conformance(...asked).stage.path).toBe('president.competenceDispute');
      expect(conformance(...asked).trace.at(-1)?.rule?.id).toBe('president.competenceDispute');
      const obliged = [...asked, ruling(day(80), true)];
      expect(conformance(...obliged).stage.path).toBe('president.signatureRequired');
      const r = conformance(...obliged, signed(day(89)));
      expect(r.stage.path).toBe('enacted.signed');
      expect(r.trace.at(-1)?.rule?.id).toBe('president.signAfterRuling');
      expect(r.anomalies).toHaveLength(1);
      const notObliged = conformance(...asked, ruling(day(80), false));
      expect(notObliged.stage.path).toBe('president.refused');
      expect(notObliged.trace.at(-1)?.rule?.id).toBe('president.signatureNotRequired');
    });
    it('the question must be one of competence', () => {
      const r = conformance(...withPresident, refused(day(40)), dispute(day(50), 'conformity'));
      expect(r.anomalies.map((a) => a.code)).toEqual(['replay.breach', 'replay.eventNotAllowed']);
      expect(r.stage.path).toBe('president.refused');
    });
    it('after an override: refused twice, sent again, then obliged by the Court (64-FZ)', () => {
      // The cultural valuables law: returned without consideration in 1997, sent again,
      // returned again; the Court ruled on 6 Apr 1998 and the President signed on 15 Apr.
      const history = [
        ...overridden,
        refused(day(75)),
        transmitted(day(90), 'president'),
        refused(day(95)),
        dispute(day(120), 'competenceDispute'),
        ruling(day(400), true),
        signed(day(409)),
      ];
      const r = conformance(...history);
      expect(
        r.trace
          .filter((s) => !s.derived)
          .map((s) => s.rule?.id)
          .slice(-7),
      ).toEqual([
        'override.received',
        'override.refused',
        'override.resent',
        'override.refused',
        'override.competenceDispute',
        'override.signatureRequired',
        'override.signAfterRuling',
      ]);
      expect(r.anomalies.map((a) => a.code)).toEqual(['replay.breach', 'replay.breach']);
      expect(r.stage.path).toBe('enacted.override');
      expect(outcomeOf(r.trace)).toMatchObject({ status: 'enacted', reason: 'override' });
      expect(
        conformance(
          ...overridden,
          refused(day(75)),
          dispute(day(80), 'competenceDispute'),
          ruling(day(90), false),
        ).stage.path,
      ).toBe('mustSign.refused');
    });
    it('the seven days end with the refusal and run again from the new receipt', () => {
      const r = conformance(...overridden, refused(day(75)), transmitted(day(90), 'president'));
      expect(contextOf(r.snapshot).clocks).toEqual([
        expect.objectContaining({ id: 'override.period', startedOn: day(90), dueOn: day(97) }),
      ]);
      expect(r.trace.some((s) => s.rule?.id === 'override.periodOverdue')).toBe(false);
    });
  });
});

describe('ru-2020: the referral before signature asks about conformity only', () => {
  it('a competence question is not a referral within the seven days', () => {
    const day = (n: number) => addDays('2021-01-11', n);
    const { rejects, path } = procedureHarness(ruFederalAssembly2020);
    const overridden = [
      introduced(day(0)),
      vote(day(10), 'duma', 'passReading', 226, 1),
      vote(day(20), 'duma', 'passReading', 226, 2),
      vote(day(20), 'duma', 'adopt', 226),
      vote(day(25), 'federationCouncil', 'approve', 86),
      returned(day(30)),
      vote(day(40), 'duma', 'overrideVeto', 300),
      vote(day(45), 'federationCouncil', 'overrideVeto', 114),
      transmitted(day(46), 'president'),
    ];
    rejects(...overridden, dispute(day(48), 'competenceDispute'));
    expect(path(...overridden, dispute(day(48), 'conformity'))).toBe('mustSign.review');
  });
});
