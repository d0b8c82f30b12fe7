import { describe, expect, it } from 'vitest';
import { kzBicameral1995 } from '../../machines/kz/bicameral1995.procedure.js';
import { seatsOn } from '../../src/domain/chambers.js';
import type { BillEvent } from '../../src/domain/events.js';
import { seatsOfProcedure } from '../../src/domain/procedure.js';
import { contextOf } from '../../src/replay/replay.js';
import {
  amendments,
  introduced,
  plain,
  postponed,
  returned,
  reviewDecided,
  reviewRequested,
  signed,
  transmitted,
  vote,
} from '../helpers/events.js';
import { procedureHarness, rulesOf } from '../helpers/procedureHarness.js';

const { replayed, run, path, lastRule, rejects, clocksOf, derivedRules, unappliedRules } =
  procedureHarness(kzBicameral1995);
const completed = (at: string): BillEvent => ({
  type: 'ConciliationCompleted',
  at,
  data: { agreed: true },
});

// Defaults: Mäjilis 107 (majority 54, two-thirds 72), Senate 47 (majority 24, two-thirds 32).
const intro = introduced('2015-01-05');
const adopted = [intro, vote('2015-01-10', 'majilis', 'adopt', 54)];
const approved = [...adopted, vote('2015-02-10', 'senate', 'approve', 24)];
const rejected = [...adopted, vote('2015-02-10', 'senate', 'rejectAsWhole', 30)];
const reapproved = [...rejected, vote('2015-02-20', 'majilis', 'reaffirm', 72)];
const cl = introduced('2015-01-05', 'constitutionalLaw');

describe('kz-1995 Mäjilis (Constitutional Law on Parliament, art. 18(1))', () => {
  it('approves with 54 of 107 and sends the bill to the Senate; 53 is not enough', () => {
    const r = run(...adopted);
    expect(r.stage.path).toBe('senate');
    expect(r.trace.at(-1)?.vote).toMatchObject({ seats: 107, required: 54, margin: 0 });
    expect(path(intro, vote('2015-01-10', 'majilis', 'adopt', 53))).toBe('failed.notAdopted');
  });
  it('counts intermediate readings; a failed reading ends the bill', () => {
    const r = run(intro, vote('2015-01-08', 'majilis', 'passReading', 54, 1));
    expect([r.stage.path, contextOf(r.snapshot).readings]).toEqual(['majilis', 1]);
    expect(path(intro, vote('2015-01-08', 'majilis', 'passReading', 53, 1))).toBe(
      'failed.notAdopted',
    );
  });
  it('may be postponed, withdrawn or lapse before approval; not withdrawn after', () => {
    expect(path(intro, postponed('2015-01-08', 'majilis'))).toBe('majilis');
    expect(path(intro, plain('BillWithdrawn', '2015-01-08'))).toBe('withdrawn');
    expect(path(...adopted, plain('BillLapsed', '2015-02-01'))).toBe('lapsed');
    rejects(...adopted, plain('BillWithdrawn', '2015-02-01'));
  });
  it('knows no rejection as a whole by the Mäjilis and no joint sitting', () => {
    rejects(intro, vote('2015-01-10', 'majilis', 'rejectAsWhole', 90));
    rejects(cl, vote('2015-01-10', 'senate', 'adopt', 40));
  });
});

describe('kz-1995 Senate: sixty days from receipt (art. 18(1))', () => {
  it('adopts with 24 of 47 and the law goes to the President', () => {
    const r = run(...approved);
    expect(r.stage.path).toBe('president.awaitingTransmission');
    expect(r.trace.at(-1)?.rule?.id).toBe('senate.adopt');
    expect(r.trace.at(-1)?.vote).toMatchObject({ seats: 47, required: 24 });
  });
  it('rejection as a whole by 24 returns the bill to the Mäjilis; 23 leaves it in the Senate', () => {
    expect(run(...rejected).stage.path).toBe('majilisReapproval');
    expect(path(...adopted, vote('2015-02-10', 'senate', 'rejectAsWhole', 23))).toBe('senate');
    expect(lastRule(...adopted, vote('2015-02-10', 'senate', 'rejectAsWhole', 23))).toBe(
      'senate.rejectionFailed',
    );
  });
  it('a failed adoption (23) or reading counts as rejection (assumption [U])', () => {
    const r = run(...adopted, vote('2015-02-10', 'senate', 'approve', 23));
    expect(r.stage.path).toBe('majilisReapproval');
    expect(r.trace.at(-1)?.rule).toMatchObject({ id: 'senate.notAdopted', firmness: 'U' });
    expect(path(...adopted, vote('2015-02-01', 'senate', 'passReading', 24, 1))).toBe('senate');
    expect(path(...adopted, vote('2015-02-01', 'senate', 'passReading', 23, 1))).toBe(
      'majilisReapproval',
    );
  });
  it('the sixtieth day is in time; after it the delay is noted and the Senate may still vote', () => {
    expect(clocksOf(run(...adopted)).map((c) => c.dueOn)).toEqual(['2015-03-11']);
    expect(derivedRules(run(...adopted, vote('2015-03-11', 'senate', 'approve', 24)))).toEqual([]);
    const late = run(...adopted, vote('2015-03-12', 'senate', 'approve', 24));
    // The vote is still allowed after the (assumed) sixty days, so nothing is revised: the
    // delay is noted, and the assumed start is listed among the assumptions.
    expect(derivedRules(late)).toEqual([['2015-03-11', 'senate.deadlineOverdue']]);
    expect(late.stage.path).toBe('president.awaitingTransmission');
    const waiting = replayed(adopted, { asOf: '2015-03-12' });
    expect(waiting.stage.path).toBe('senate');
    expect(contextOf(waiting.snapshot).overdue.map((o) => o.clock)).toEqual([
      'senate.consideration',
    ]);
  });
  it('a recorded receipt restarts the sixty days; a postponement changes nothing', () => {
    const r = run(
      ...adopted,
      transmitted('2015-01-20', 'senate'),
      postponed('2015-02-01', 'senate'),
    );
    expect(r.stage.path).toBe('senate');
    expect(clocksOf(r).map((c) => c.dueOn)).toEqual(['2015-03-21']);
  });
});

describe('kz-1995 re-approval after rejection (art. 18(1))', () => {
  it('the Mäjilis re-approves by 72 of 107 and the Senate has a new sixty days; 71 fails', () => {
    const r = run(...reapproved);
    expect(r.stage.path).toBe('senateAgain');
    expect(clocksOf(r).map((c) => [c.startedOn, c.dueOn])).toEqual([['2015-02-20', '2015-04-21']]);
    const failed = run(...rejected, vote('2015-02-20', 'majilis', 'reaffirm', 71));
    expect(failed.stage.path).toBe('failed.notAdopted');
    expect(failed.trace.at(-1)?.rule?.id).toBe('majilis.reapprovalFailed');
  });
  it('the second Senate vote adopts with 24, or the bill fails', () => {
    expect(path(...reapproved, vote('2015-03-01', 'senate', 'approve', 24))).toBe(
      'president.awaitingTransmission',
    );
    expect(lastRule(...reapproved, vote('2015-03-01', 'senate', 'approve', 24))).toBe(
      'senateAgain.adopt',
    );
    expect(path(...reapproved, vote('2015-03-01', 'senate', 'approve', 23))).toBe(
      'failed.rejectedByUpperChamber',
    );
    expect(path(...reapproved, vote('2015-03-01', 'senate', 'rejectAsWhole', 24))).toBe(
      'failed.rejectedByUpperChamber',
    );
    expect(path(...reapproved, vote('2015-03-01', 'senate', 'rejectAsWhole', 23))).toBe(
      'senateAgain',
    );
    expect(path(...reapproved, vote('2015-03-01', 'senate', 'passReading', 30, 1))).toBe(
      'senateAgain',
    );
  });
  it('no amendments at the second consideration; its delay is noted too', () => {
    rejects(...reapproved, amendments('2015-03-01', 'senate'));
    const late = run(...reapproved, vote('2015-04-22', 'senate', 'approve', 24));
    expect(derivedRules(late)).toEqual([['2015-04-21', 'senate.deadlineOverdue']]);
  });
});

describe("kz-1995 the Senate's amendments and conciliation (art. 18(2))", () => {
  const amended = [...adopted, amendments('2015-02-10', 'senate')];
  it('the Mäjilis agrees with 54 and the law goes to the President; 53 objects', () => {
    expect(run(...amended).stage.path).toBe('majilisAmendments');
    expect(path(...amended, vote('2015-02-20', 'majilis', 'acceptAmendments', 54))).toBe(
      'president.awaitingTransmission',
    );
    expect(path(...amended, vote('2015-02-20', 'majilis', 'acceptAmendments', 53))).toBe(
      'conciliation.majilis',
    );
    expect(path(...amended, plain('ConciliationCommissionFormed', '2015-02-20'))).toBe(
      'conciliation.majilis',
    );
  });
  const conciliation = [...amended, vote('2015-02-20', 'majilis', 'acceptAmendments', 40)];
  it('the agreed text passes the Mäjilis (54) and the Senate (24)', () => {
    const r = run(
      ...conciliation,
      plain('ConciliationCommissionFormed', '2015-02-21'),
      completed('2015-03-01'),
      vote('2015-03-05', 'majilis', 'adoptAgreedText', 54),
      vote('2015-03-10', 'senate', 'approve', 24),
    );
    expect(r.stage.path).toBe('president.awaitingTransmission');
    expect(r.trace.at(-1)?.rule?.id).toBe('conciliation.senateApproves');
  });
  it('either Chamber failing the agreed text ends the bill (assumption [U])', () => {
    expect(path(...conciliation, vote('2015-03-05', 'majilis', 'adoptAgreedText', 53))).toBe(
      'failed.notAdopted',
    );
    const senate = [...conciliation, vote('2015-03-05', 'majilis', 'adoptAgreedText', 54)];
    expect(path(...senate, vote('2015-03-10', 'senate', 'approve', 23))).toBe('failed.notAdopted');
    expect(lastRule(...senate, vote('2015-03-10', 'senate', 'approve', 23))).toBe(
      'conciliation.senateRejects',
    );
  });
});

describe('kz-1995 constitutional laws: two-thirds of each Chamber (art. 62(4))', () => {
  const clAdopted = [cl, vote('2015-01-10', 'majilis', 'adopt', 72)];
  it('72 of 107 in the Mäjilis and 32 of 47 in the Senate; 71 or 31 is not enough', () => {
    expect(path(cl, vote('2015-01-10', 'majilis', 'adopt', 71))).toBe('failed.notAdopted');
    const r = run(...clAdopted, vote('2015-02-10', 'senate', 'approve', 32));
    expect(r.stage.path).toBe('president.awaitingTransmission');
    expect(r.trace.at(-1)?.vote).toMatchObject({ threshold: 'twoThirds', required: 32 });
    expect(path(...clAdopted, vote('2015-02-10', 'senate', 'approve', 31))).toBe(
      'majilisReapproval',
    );
  });
  it("agreeing to the Senate's amendments needs 72 (assumption [U])", () => {
    const amended = [...clAdopted, amendments('2015-02-10', 'senate')];
    expect(path(...amended, vote('2015-02-20', 'majilis', 'acceptAmendments', 71))).toBe(
      'conciliation.majilis',
    );
  });
});

describe('kz-1995 President and Constitutional Council', () => {
  const presented = [...approved, transmitted('2015-02-15', 'president')];
  it('signs within the month after presentation within ten days', () => {
    expect(run(...approved, transmitted('2015-02-20', 'president')).stage.path).toBe(
      'president.considering',
    );
    // Presented late: the month runs from actual receipt (assumption [U]).
    const late = run(...approved, transmitted('2015-02-21', 'president'));
    expect([late.trace.at(-1)?.rule?.id, clocksOf(late).map((c) => c.dueOn)]).toEqual([
      'president.presentedLate',
      ['2015-03-21'],
    ]);
    const r = run(...presented, signed('2015-03-15'));
    expect([r.stage.path, derivedRules(r)]).toEqual(['enacted.signed', []]);
    expect(
      path(
        ...presented,
        signed('2015-03-15'),
        plain('Published', '2015-03-16'),
        plain('EnteredIntoForce', '2015-03-26'),
      ),
    ).toBe('enacted.signed');
  });
  // Why these tests? The Leader of the Nation laws (June 2010): declined in public, never
  // returned, and in force on 15 June over the Chairs' and the Prime Minister's signatures.
  it('a law neither signed nor returned within the month is deemed signed (art. 19, 2007)', () => {
    const deemed = replayed(presented, { asOf: '2015-03-16' });
    expect(deemed.stage.path).toBe('president.deemedSigned');
    expect(derivedRules(deemed)).toEqual([['2015-03-15', 'president.deemedSigned']]);
    expect(clocksOf(deemed)).toEqual([]);
    expect(path(...presented, signed('2015-03-20'))).toBe('enacted.signed');
    expect(() => run(...presented, returned('2015-03-16'))).toThrow(
      expect.objectContaining({ code: 'replay.late' }),
    );
  });
  it("then it is signed in the President's stead, not before the month is out", () => {
    const inStead = (at: string): BillEvent => ({
      type: 'SignedInStead',
      at,
      data: { by: 'the Chairs of the Senate and the Mäjilis and the Prime Minister' },
    });
    const r = run(...presented, inStead('2015-03-16'));
    expect(r.stage.path).toBe('enacted.signedInStead');
    expect(r.trace.at(-1)).toMatchObject({
      rule: { id: 'president.signedInStead', firmness: 'U' },
      reason: 'signed-in-stead',
    });
    expect(path(...presented, inStead('2015-03-16'), plain('Published', '2015-03-16'))).toBe(
      'enacted.signedInStead',
    );
    rejects(...presented, inStead('2015-03-15'));
  });
  it('declining to sign without returning the law is a breach; the month runs on', () => {
    const refused: BillEvent = { type: 'PresidentRefused', at: '2015-03-03', data: {} };
    expect(() => run(...presented, refused)).toThrow(
      expect.objectContaining({ code: 'replay.breach' }),
    );
    const r = replayed([...presented, refused], { mode: 'conformance', asOf: '2015-03-16' });
    expect(r.anomalies.map((a) => a.code)).toEqual(['replay.breach']);
    expect(r.trace.find((s) => s.event.type === 'PresidentRefused')?.after.path).toBe(
      'president.considering',
    );
    expect(r.stage.path).toBe('president.deemedSigned');
  });
  const objections = [...presented, returned('2015-03-01')];
  it('each Chamber overrides by two-thirds (72, 32), then the President must sign', () => {
    const overridden = [
      ...objections,
      vote('2015-03-10', 'majilis', 'overrideVeto', 72),
      vote('2015-03-20', 'senate', 'overrideVeto', 32),
    ];
    expect(path(...overridden, signed('2015-04-01'))).toBe('enacted.override');
    expect(derivedRules(run(...overridden, signed('2015-04-21')))).toEqual([
      ['2015-04-20', 'president.mustSignOverdue'],
    ]);
    expect(path(...objections, vote('2015-03-10', 'majilis', 'overrideVeto', 71))).toBe(
      'failed.vetoSustained',
    );
    expect(
      path(
        ...objections,
        vote('2015-03-10', 'majilis', 'overrideVeto', 72),
        vote('2015-03-20', 'senate', 'overrideVeto', 31),
      ),
    ).toBe('failed.vetoSustained');
  });
  it('a constitutional law is overridden by two-thirds too (assumption [U])', () => {
    const r = run(
      cl,
      vote('2015-01-10', 'majilis', 'adopt', 80),
      vote('2015-02-10', 'senate', 'approve', 40),
      returned('2015-02-20'),
      vote('2015-03-01', 'majilis', 'overrideVeto', 72),
    );
    expect(r.stage.path).toBe('objections.senate');
    expect(r.trace.at(-1)?.rule).toMatchObject({
      id: 'objections.override.constitutionalLaw',
      firmness: 'U',
    });
  });
  it("the Chambers may adopt the President's wording; the month runs out on 1 April", () => {
    const wording = [...objections, vote('2015-03-10', 'majilis', 'adoptInPresidentWording', 54)];
    expect(path(...wording)).toBe('objections.senateWording');
    expect(path(...wording, vote('2015-03-20', 'senate', 'adoptInPresidentWording', 24))).toBe(
      'president.awaitingTransmission',
    );
    expect(path(...wording, vote('2015-03-20', 'senate', 'adoptInPresidentWording', 23))).toBe(
      'failed.vetoSustained',
    );
    expect(replayed(objections, { asOf: '2015-04-01' }).stage.path).toBe('objections.majilis');
    expect(replayed(objections, { asOf: '2015-04-02' }).stage.path).toBe(
      'failed.objectionsAccepted',
    );
  });
  it('review by the Constitutional Council suspends the month; urgent review runs ten days', () => {
    const review = [...presented, reviewRequested('2015-02-25')];
    // 18 days were left on 25 February (due 15 March): after a 20 March decision, due 7 April.
    const r = run(...review, reviewDecided('2015-03-20', true));
    expect(clocksOf(r)).toMatchObject([{ id: 'president.signature', dueOn: '2015-04-07' }]);
    expect(r.trace.at(-1)?.rule?.article).toContain('73(2)');
    expect(path(...review, reviewDecided('2015-03-20', false))).toBe('failed.unconstitutional');
    const urgent = [...presented, reviewRequested('2015-02-25', true)];
    expect(derivedRules(run(...urgent, reviewDecided('2015-03-08', true)))).toEqual([
      ['2015-03-07', 'court.deadlineOverdue'],
    ]);
    expect(derivedRules(run(...urgent, reviewDecided('2015-03-07', true)))).toEqual([]);
  });
});

describe('kz-1995 registry entry', () => {
  it('is provisional, in force 5 Sep 1995 – 31 Dec 2022', () => {
    expect(kzBicameral1995).toMatchObject({
      id: 'kz-1995',
      validFrom: '1995-09-05',
      validTo: '2022-12-31',
      provisional: true,
    });
  });
  it.each([
    ['1997-05-05', 67, 47],
    ['1999-11-30', 67, 47],
    ['1999-12-01', 77, 39],
    ['2007-09-01', 77, 39],
    ['2007-09-02', 107, 47],
    ['2018-06-19', 107, 49],
    ['2022-12-31', 107, 49],
  ])('on %s counts a Mäjilis of %i and a Senate of %i (art. 50)', (day, majilis, senate) => {
    const seats = seatsOfProcedure(kzBicameral1995);
    expect([seatsOn(seats, 'majilis', day), seatsOn(seats, 'senate', day)]).toEqual([
      majilis,
      senate,
    ]);
  });
  it('counts the seats in force on the day of each vote: 39 of 77 and 20 of 39 in 2005', () => {
    const intro = introduced('2005-01-05');
    const r = replayed([
      intro,
      vote('2005-01-10', 'majilis', 'adopt', 39),
      vote('2005-02-10', 'senate', 'approve', 20),
    ]);
    expect(r.stage.path).toBe('president.awaitingTransmission');
    expect(r.trace.map((s) => s.vote?.seats).filter((n) => n !== undefined)).toEqual([77, 39]);
    expect(replayed([intro, vote('2005-01-10', 'majilis', 'adopt', 38)]).stage.path).toBe(
      'failed.notAdopted',
    );
  });
  it("a scenario's seats count for the whole bill, whatever the date", () => {
    const r = replayed([introduced('2005-01-05'), vote('2005-01-10', 'majilis', 'adopt', 54)], {
      seats: { majilis: 107 },
    });
    expect(r.trace.at(-1)?.vote).toMatchObject({ seats: 107, required: 54 });
  });
  it('every transition cites a rule in the citation table', () => {
    const rules = rulesOf(kzBicameral1995.machine.root);
    expect(rules).not.toContain(undefined);
    expect(rules.filter((id) => kzBicameral1995.citations[id ?? ''] === undefined)).toEqual([]);
  });
  // Why this test? It runs last and checks that the tests above applied every rule at least once.
  it('the tests above apply every rule of the machine', () => {
    expect(unappliedRules()).toEqual([]);
  });
});
