import { describe, expect, it } from 'vitest';
import { kgDeclarations } from '../../../machines/kg/index.js';
import { kgJogorkuKenesh2021 } from '../../../machines/kg/jogorkuKenesh2021.procedure.js';
import { procedures as registry } from '../../../machines/index.js';
import { seatsOn } from '../../../src/domain/chambers.js';
import type { BillEvent } from '../../../src/domain/events.js';
import { seatsOfProcedure } from '../../../src/domain/procedure.js';
import { outcomeOf } from '../../../src/projections/outcome.js';
import { contextOf } from '../../../src/replay/replay.js';
import {
  introduced,
  plain,
  postponed,
  returned,
  reviewDecided,
  signed,
  signedInStead,
  transmitted,
  vote,
} from '../../helpers/events.js';
import { procedureHarness, rulesOf } from '../../helpers/procedureHarness.js';

const { replayed, run, path, rejects, clocksOf, derivedRules, unappliedRules } =
  procedureHarness(kgJogorkuKenesh2021);

const JK = 'jogorkuKenesh';
const formed = (at: string): BillEvent => ({ type: 'ConciliationCommissionFormed', at, data: {} });
const completed = (at: string, agreed: boolean): BillEvent => ({
  type: 'ConciliationCompleted',
  at,
  data: { agreed },
});
const inStead = (at: string): BillEvent => signedInStead(at, 'Toraga of the Jogorku Kenesh');
const complaint = (at: string): BillEvent => ({
  type: 'ConstitutionalReviewRequested',
  at,
  data: { by: 'a citizen' },
});

const intro = introduced('2023-03-01');
const adopted = [intro, vote('2023-06-01', JK, 'adopt', 46)];
// Received on 31 January 2024: the signing month ends on 29 February (leap year).
const received = [
  introduced('2023-12-01'),
  vote('2024-01-10', JK, 'adopt', 60),
  transmitted('2024-01-31', 'president'),
];
const objections = [...received, returned('2024-02-10')];
const overridden = [...objections, vote('2024-03-01', JK, 'overrideVeto', 60)];
const agreed = [...objections, formed('2024-03-01'), completed('2024-04-01', true)];

describe('kg-2021: adoption by the Jogorku Kenesh (2010 art. 80, [U] for 2021)', () => {
  it('adopts a law with 46 of 90 and sends it to the President; 45 is not enough', () => {
    const r = run(...adopted);
    expect(r.stage.path).toBe('president.awaitingTransmission');
    expect(r.trace.at(-1)?.vote).toMatchObject({ threshold: 'majority', seats: 90, required: 46 });
    const failed = run(intro, vote('2023-06-01', JK, 'adopt', 45));
    expect(failed.stage.path).toBe('failed.notAdopted');
    expect(failed.trace.at(-1)?.rule?.id).toBe('jk.notAdopted');
  });
  it('adopts a constitutional law with 60 of 90; 59 is not enough', () => {
    const cl = introduced('2023-03-01', 'constitutionalLaw');
    const r = run(cl, vote('2023-06-01', JK, 'adopt', 60));
    expect(r.stage.path).toBe('president.awaitingTransmission');
    expect(r.trace[0]?.rule?.id).toBe('introduction.constitutionalLaw');
    expect(r.trace.at(-1)?.vote).toMatchObject({ threshold: 'twoThirds', required: 60 });
    expect(path(cl, vote('2023-06-01', JK, 'adopt', 59))).toBe('failed.notAdopted');
  });
  it('counts with 120 seats in the 6th convocation: 61 passes, 60 fails', () => {
    const r = replayed([intro, vote('2023-06-01', JK, 'adopt', 61)], {
      seats: { jogorkuKenesh: 120 },
    });
    expect(r.trace.at(-1)?.vote).toMatchObject({ seats: 120, required: 61, result: 'passed' });
    const short = replayed([intro, vote('2023-06-01', JK, 'adopt', 60)], {
      seats: { jogorkuKenesh: 120 },
    });
    expect(short.stage.path).toBe('failed.notAdopted');
  });
  it('readings pass with 46 and are counted; a failed reading ends the bill (assumption)', () => {
    const r = run(intro, vote('2023-04-01', JK, 'passReading', 46, 1));
    expect(r.stage.path).toBe('jogorkuKenesh');
    expect(contextOf(r.snapshot).readings).toBe(1);
    const failed = run(intro, vote('2023-04-01', JK, 'passReading', 45, 1));
    expect(failed.stage.path).toBe('failed.notAdopted');
    expect(failed.trace.at(-1)?.rule).toMatchObject({ id: 'jk.readingFailed', firmness: 'U' });
  });
  it('may be postponed, withdrawn or lapse before adoption, not after', () => {
    expect(path(intro, postponed('2023-04-01', JK))).toBe('jogorkuKenesh');
    expect(path(intro, plain('BillWithdrawn', '2023-04-01'))).toBe('withdrawn');
    expect(path(intro, plain('BillLapsed', '2023-04-01'))).toBe('lapsed');
    rejects(...adopted, plain('BillWithdrawn', '2023-06-02'));
    rejects(intro, vote('2023-06-01', 'kurultai', 'adopt', 80));
    rejects(intro, signed('2023-06-01'));
  });
});

describe("kg-2021: the President's month (2021 [S]; 2010 art. 81(2))", () => {
  it('signs without a recorded receipt: no clock runs', () => {
    const r = run(...adopted, signed('2023-08-14'));
    expect(r.stage.path).toBe('enacted.signed');
    expect(derivedRules(r)).toEqual([]);
  });
  it('receipt starts the month: a signature on the last day is in time, the next is overdue', () => {
    const r = run(...received);
    expect(r.stage.path).toBe('president.considering');
    expect(clocksOf(r)).toMatchObject([
      { id: 'president.signature', startedOn: '2024-01-31', dueOn: '2024-02-29' },
    ]);
    expect(contextOf(run(...received, signed('2024-02-29')).snapshot).overdue).toEqual([]);
    const late = run(...received, signed('2024-03-01'));
    expect(late.stage.path).toBe('enacted.signed');
    expect(derivedRules(late)).toEqual([['2024-02-29', 'president.signatureOverdue']]);
  });
  it('returns the law with objections; an enacted law cannot be returned', () => {
    const r = run(...objections);
    expect(r.stage.path).toBe('objections');
    expect(clocksOf(r)).toEqual([]);
    rejects(...received, signed('2024-02-01'), returned('2024-02-02'));
  });
  it('records publication and entry into force', () => {
    expect(
      path(
        ...received,
        signed('2024-02-01'),
        plain('Published', '2024-02-02'),
        plain('EnteredIntoForce', '2024-02-12'),
      ),
    ).toBe('enacted.signed');
  });
});

describe('kg-2021: override and the Toraga (2010 art. 81(3), [U])', () => {
  it('overrides with 60 of 90 (for a constitutional law too); 59 sustains the objections', () => {
    const r = run(...overridden);
    expect(r.stage.path).toBe('mustSign');
    expect(r.trace.at(-1)?.vote).toMatchObject({ threshold: 'twoThirds', required: 60 });
    const short = run(...objections, vote('2024-03-01', JK, 'overrideVeto', 59));
    expect(short.stage.path).toBe('failed.vetoSustained');
    expect(outcomeOf(short.trace)).toMatchObject({ status: 'failed', reason: 'veto-sustained' });
  });
  it('the President signs within 14 days of the override (receipt not recorded)', () => {
    const r = run(...overridden, signed('2024-03-15'));
    expect(r.stage.path).toBe('enacted.override');
    expect(r.trace.at(-1)?.rule?.id).toBe('president.signAfterOverride');
    expect(clocksOf(run(...overridden))).toMatchObject([
      { id: 'president.mustSign', dueOn: '2024-03-15', startAssumed: true },
    ]);
  });
  it('a recorded receipt restarts the 14 days', () => {
    const r = run(...overridden, transmitted('2024-03-05', 'president'));
    expect(r.trace.at(-1)?.rule?.id).toBe('president.mustSignReceipt');
    expect(clocksOf(r)).toMatchObject([{ id: 'president.mustSign', dueOn: '2024-03-19' }]);
    expect(path(...overridden, transmitted('2024-03-05', 'president'), signed('2024-03-19'))).toBe(
      'enacted.override',
    );
  });
  it('after 14 days the Toraga signs within 10; a later Toraga signature is overdue', () => {
    const r = run(...overridden, inStead('2024-03-25'));
    expect(r.stage.path).toBe('enacted.signedInStead');
    expect(derivedRules(r)).toEqual([['2024-03-15', 'president.mustSign']]);
    expect(outcomeOf(r.trace)).toMatchObject({ reason: 'signed-in-stead', stage: 'toragaSigns' });
    const late = run(...overridden, inStead('2024-03-26'));
    expect(derivedRules(late)).toEqual([
      ['2024-03-15', 'president.mustSign'],
      ['2024-03-25', 'toraga.signatureOverdue'],
    ]);
    // From a recorded receipt the 14 days bind: a later signature by the President is late.
    const receipt = transmitted('2024-03-01', 'president');
    expect(() => run(...overridden, receipt, signed('2024-03-16'))).toThrow(
      expect.objectContaining({ code: 'replay.late' }),
    );
    // Without a recorded receipt the assumed start moves to fit the signature instead.
    expect(path(...overridden, signed('2024-03-16'))).toBe('enacted.override');
  });
});

describe('kg-2021: conciliation group and agreed version (Rules of Procedure)', () => {
  it('an agreed version adopted by 46 goes to the President for a new month', () => {
    const r = run(
      ...agreed,
      vote('2024-04-10', JK, 'adoptAgreedText', 46),
      transmitted('2024-04-20', 'president'),
      signed('2024-05-20'),
    );
    expect(r.stage.path).toBe('enacted.signed');
    expect(outcomeOf(r.trace)).toMatchObject({ reason: 'adopted-in-new-wording' });
    expect(derivedRules(r)).toEqual([]);
  });
  it('without an agreement the objections are back before the plenary', () => {
    const r = run(...objections, formed('2024-03-01'), completed('2024-04-01', false));
    expect(r.stage.path).toBe('objections');
    expect(r.trace.at(-1)?.rule?.id).toBe('conciliation.disagreed');
  });
  it('45 votes bar the agreed version for six months; a re-vote within them is a breach', () => {
    const rejected = [...agreed, vote('2024-04-10', JK, 'adoptAgreedText', 45)];
    const r = run(...rejected);
    expect(r.stage.path).toBe('conciliation.barred');
    expect(outcomeOf(r.trace)).toMatchObject({ status: 'pending', stage: 'conciliation' });
    expect(clocksOf(r)).toMatchObject([{ id: 'rules.rejectionBar', dueOn: '2024-10-10' }]);
    const revote = vote('2024-05-08', JK, 'adoptAgreedText', 80);
    expect(() => run(...rejected, revote)).toThrow(
      expect.objectContaining({ code: 'replay.breach' }),
    );
    const c = replayed([...rejected, revote], { mode: 'conformance' });
    expect(c.anomalies.map((a) => [a.code, a.rule])).toEqual([
      ['replay.breach', 'rules.rejectionBar'],
    ]);
    expect(c.stage.path).toBe('president.awaitingTransmission');
    const failedAgain = run(...rejected, vote('2024-05-08', JK, 'adoptAgreedText', 40));
    expect(failedAgain.stage.path).toBe('conciliation.barred');
    expect(failedAgain.trace.at(-1)?.rule?.id).toBe('rules.revoteFailed');
    expect(clocksOf(failedAgain)).toMatchObject([{ dueOn: '2024-10-10' }]);
  });
  it('after six months the agreed version may be put again', () => {
    const rejected = [...agreed, vote('2024-04-10', JK, 'adoptAgreedText', 45)];
    const r = run(...rejected, vote('2024-10-11', JK, 'adoptAgreedText', 50));
    expect(derivedRules(r)).toEqual([['2024-10-10', 'rules.rejectionBarEnded']]);
    expect(r.stage.path).toBe('president.awaitingTransmission');
  });
});

describe('kg-2021: Constitutional Court after enactment (2010 art. 97(7), (9), [U])', () => {
  const law = [...received, signed('2024-02-01')];
  it('rejects a review before signature', () => {
    rejects(...received, complaint('2024-02-01'));
  });
  it('a law found unconstitutional ends as failed/unconstitutional', () => {
    const r = run(...law, complaint('2024-03-01'), reviewDecided('2024-06-01', false));
    expect(r.stage.path).toBe('failed.unconstitutional');
    expect(outcomeOf(r.trace)).toMatchObject({
      status: 'failed',
      reason: 'unconstitutional',
      stage: 'enacted',
      date: '2024-06-01',
    });
  });
  it('a law found constitutional stays enacted', () => {
    const r = run(...law, complaint('2024-03-01'), reviewDecided('2024-06-01', true));
    expect(r.stage.path).toBe('enacted.signed');
    expect(outcomeOf(r.trace)).toMatchObject({ status: 'enacted', reason: 'signed' });
  });
});

describe('kg-2021: registry entry', () => {
  it('is provisional, in force from 5 May 2021, with 120 seats until the 7th convocation, 90 after', () => {
    expect(kgJogorkuKenesh2021).toMatchObject({
      id: 'kg-2021',
      jurisdiction: 'KG',
      validFrom: '2021-05-05',
      provisional: true,
    });
    const seats = seatsOfProcedure(kgJogorkuKenesh2021);
    expect(seatsOn(seats, 'jogorkuKenesh', '2021-12-28')).toBe(120);
    expect(seatsOn(seats, 'jogorkuKenesh', '2021-12-29')).toBe(90);
    expect(registry.some((p) => p.id === 'kg-2021')).toBe(true);
    expect(Object.keys(kgDeclarations)).toEqual(['kg-2021']);
  });
  it('every transition cites a rule in the citation table', () => {
    for (const id of rulesOf(kgJogorkuKenesh2021.machine.root)) {
      expect(id).toBeDefined();
      expect(kgJogorkuKenesh2021.citations[id ?? ''], id).toBeDefined();
    }
  });
  it('the tests above apply every rule of the machine', () => {
    expect(unappliedRules()).toEqual([]);
  });
});
