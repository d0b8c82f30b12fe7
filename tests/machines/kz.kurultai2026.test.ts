import { describe, expect, it } from 'vitest';
import { kzKurultai2026 } from '../../machines/kz/kurultai2026.procedure.js';
import type { BillEvent } from '../../src/domain/events.js';
import { contextOf } from '../../src/replay/replay.js';
import {
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

const { replayed, run, path, rejects, clocksOf, derivedRules, unappliedRules } =
  procedureHarness(kzKurultai2026);

const intro = introduced('2026-09-01');
const adopted = [intro, vote('2026-10-01', 'kurultai', 'adopt', 73)];
// Presented on 10 January 2027: the signing month ends on 10 February.
const before = [introduced('2026-12-01'), vote('2027-01-05', 'kurultai', 'adopt', 100)];
const presented = [...before, transmitted('2027-01-10', 'president')];

describe('kz-2026-kurultai: adoption (KRK-2026 arts. 60–61)', () => {
  it('adopts a law with 73 of 145 and sends it to the President; 72 is not enough', () => {
    const r = run(...adopted);
    expect(r.stage.path).toBe('president.awaitingTransmission');
    expect(r.trace.at(-1)?.vote).toMatchObject({
      threshold: 'majority',
      seats: 145,
      required: 73,
      margin: 0,
      result: 'passed',
    });
    const failed = run(intro, vote('2026-10-01', 'kurultai', 'adopt', 72));
    expect(failed.stage.path).toBe('failed.notAdopted');
    expect(failed.trace.at(-1)?.rule?.id).toBe('kurultai.notAdopted');
  });
  it('adopts a constitutional law with 97 of 145; 96 is not enough', () => {
    const cl = introduced('2026-09-01', 'constitutionalLaw');
    const r = run(cl, vote('2026-10-01', 'kurultai', 'adopt', 97));
    expect(r.stage.path).toBe('president.awaitingTransmission');
    expect(r.trace.at(-1)?.vote).toMatchObject({ threshold: 'twoThirds', required: 97 });
    expect(r.trace[0]?.rule?.id).toBe('introduction.constitutionalLaw');
    expect(path(cl, vote('2026-10-01', 'kurultai', 'adopt', 96))).toBe('failed.notAdopted');
  });
  it('allows any number of readings before adoption, none required (assumption)', () => {
    const readings = [1, 2, 3].map((n) =>
      vote(`2026-09-0${n + 1}`, 'kurultai', 'passReading', 80, n),
    );
    const r = run(intro, ...readings);
    expect(r.stage.path).toBe('kurultai');
    expect(contextOf(r.snapshot).readings).toBe(3);
    const done = run(intro, ...readings, vote('2026-10-01', 'kurultai', 'adopt', 80));
    expect(done.stage.path).toBe('president.awaitingTransmission');
    expect(done.trace.map((s) => s.rule?.id)).toEqual([
      'introduction.law',
      'kurultai.reading',
      'kurultai.reading',
      'kurultai.reading',
      'kurultai.adopt',
    ]);
    expect(contextOf(done.snapshot).readings).toBe(0);
  });
  it('a failed reading ends the bill (assumption [U]); a constitutional reading needs 97', () => {
    const r = run(intro, vote('2026-09-02', 'kurultai', 'passReading', 72, 1));
    expect(r.stage.path).toBe('failed.notAdopted');
    expect(r.trace.at(-1)?.rule).toMatchObject({ id: 'kurultai.readingFailed', firmness: 'U' });
    const cl = introduced('2026-09-01', 'constitutionalLaw');
    expect(path(cl, vote('2026-09-02', 'kurultai', 'passReading', 96, 1))).toBe(
      'failed.notAdopted',
    );
    expect(path(cl, vote('2026-09-02', 'kurultai', 'passReading', 97, 1))).toBe('kurultai');
  });
  it('rejects as a whole with 73 (art. 60(5)); 72 leaves the bill before the Kurultai', () => {
    expect(path(intro, vote('2026-09-10', 'kurultai', 'rejectAsWhole', 73))).toBe(
      'failed.rejected',
    );
    const r = run(intro, vote('2026-09-10', 'kurultai', 'rejectAsWhole', 72));
    expect(r.stage.path).toBe('kurultai');
    expect(r.trace.at(-1)?.rule?.id).toBe('kurultai.rejectionFailed');
  });
  it('may be postponed, withdrawn or lapse before adoption; not after (the President has it)', () => {
    expect(path(intro, postponed('2026-09-10', 'kurultai'))).toBe('kurultai');
    expect(path(intro, plain('BillWithdrawn', '2026-09-10'))).toBe('withdrawn');
    expect(path(intro, plain('BillLapsed', '2026-09-10'))).toBe('lapsed');
    rejects(...adopted, plain('BillWithdrawn', '2026-10-02'));
    rejects(...adopted, plain('BillLapsed', '2026-10-02'));
  });
  it('knows no other chamber and no signature before adoption', () => {
    rejects(intro, vote('2026-10-01', 'majilis', 'adopt', 98));
    rejects(intro, vote('2026-10-01', 'senate', 'approve', 50));
    rejects(intro, signed('2026-10-01'));
    rejects(intro, postponed('2026-09-10', 'majilis'));
  });
});

describe('kz-2026-kurultai: presentation within 10 days (art. 60(5))', () => {
  it('presentation on the tenth day is in time and starts the signing month', () => {
    const r = run(...adopted, transmitted('2026-10-11', 'president'));
    expect(r.stage.path).toBe('president.considering');
    expect(derivedRules(r)).toEqual([]);
    expect(clocksOf(r)).toMatchObject([
      { id: 'president.signature', startedOn: '2026-10-11', dueOn: '2026-11-11' },
    ]);
  });
  it('on the eleventh day the law is deemed presented on the tenth', () => {
    // A presentation recorded late restarts the month from actual receipt (assumption [U]).
    const r = run(...adopted, transmitted('2026-10-12', 'president'));
    expect(derivedRules(r)).toEqual([['2026-10-11', 'president.presentation']]);
    expect(r.trace.at(-1)?.rule?.id).toBe('president.presentedLate');
    expect(contextOf(r.snapshot).clocks.map((c) => c.dueOn)).toEqual(['2026-11-12']);
    const signedLate = run(...adopted, signed('2026-10-12'));
    expect(signedLate.stage.path).toBe('enacted.signed');
    expect(signedLate.trace.find((s) => s.derived)?.assumedClocks).toMatchObject([
      { id: 'president.signature', startedOn: '2026-10-11', startAssumed: true },
    ]);
  });
});

describe('kz-2026-kurultai: signature within one month (art. 46(3))', () => {
  it('a signature on the last day is in time; the day after it is noted as overdue', () => {
    const inTime = run(...presented, signed('2027-02-10'));
    expect(inTime.stage.path).toBe('enacted.signed');
    expect(contextOf(inTime.snapshot).overdue).toEqual([]);
    const late = run(...presented, signed('2027-02-11'));
    expect(late.stage.path).toBe('enacted.signed');
    expect(derivedRules(late)).toEqual([['2027-02-10', 'president.signatureOverdue']]);
    expect(contextOf(late.snapshot).overdue.map((o) => o.dueOn)).toEqual(['2027-02-10']);
  });
  it('declining to sign without returning the law is a breach; the law stays before him', () => {
    const refused: BillEvent = { type: 'PresidentRefused', at: '2027-01-20', data: {} };
    expect(() => run(...presented, refused)).toThrow(
      expect.objectContaining({ code: 'replay.breach' }),
    );
    const r = replayed([...presented, refused, signed('2027-01-25')], { mode: 'conformance' });
    expect(r.anomalies.map((a) => a.code)).toEqual(['replay.breach']);
    expect(r.trace.at(-2)).toMatchObject({
      rule: { id: 'president.refused' },
      after: { path: 'president.considering' },
    });
    expect(r.stage.path).toBe('enacted.signed');
  });
  it('records publication and entry into force; an enacted law cannot be returned', () => {
    const law = [...presented, signed('2027-01-20')];
    expect(
      path(...law, plain('Published', '2027-01-21'), plain('EnteredIntoForce', '2027-02-01')),
    ).toBe('enacted.signed');
    rejects(...law, returned('2027-01-25'));
  });
});

describe('kz-2026-kurultai: objections (art. 56(2))', () => {
  const objections = [...presented, returned('2027-01-31')];
  it('a return on 31 January leaves until 28 February; then the objections are accepted', () => {
    const r = run(...objections);
    expect(r.stage.path).toBe('objections.kurultai');
    expect(clocksOf(r).map((c) => [c.id, c.dueOn])).toEqual([['objections', '2027-02-28']]);
    expect(path(...objections, vote('2027-02-28', 'kurultai', 'overrideVeto', 97))).toBe(
      'mustSign',
    );
    // Late: the objections month (art. 56(2)) is the rule at stake.
    expect(() => run(...objections, vote('2027-03-01', 'kurultai', 'overrideVeto', 97))).toThrow(
      expect.objectContaining({ code: 'replay.late' }),
    );
    const lapsed = replayed(objections, { asOf: '2027-03-01' });
    expect(lapsed.stage.path).toBe('failed.objectionsAccepted');
    expect(derivedRules(lapsed)).toEqual([['2027-02-28', 'objections.deadline']]);
  });
  it('in a leap year a return on 31 January leaves until 29 February', () => {
    const leap = [
      introduced('2027-12-01'),
      vote('2028-01-05', 'kurultai', 'adopt', 90),
      transmitted('2028-01-10', 'president'),
      returned('2028-01-31'),
    ];
    expect(clocksOf(run(...leap)).map((c) => c.dueOn)).toEqual(['2028-02-29']);
    expect(replayed(leap, { asOf: '2028-02-29' }).stage.path).toBe('objections.kurultai');
    expect(replayed(leap, { asOf: '2028-03-01' }).stage.path).toBe('failed.objectionsAccepted');
  });
  it('overrides a law with 97 of 145 and the President must sign; 96 sustains the objections', () => {
    const r = run(
      ...objections,
      vote('2027-02-10', 'kurultai', 'overrideVeto', 97),
      signed('2027-03-10'),
    );
    expect(r.stage.path).toBe('enacted.override');
    expect(r.trace.at(-2)?.vote).toMatchObject({ threshold: 'twoThirds', required: 97 });
    expect(r.trace.at(-1)?.rule?.id).toBe('president.signAfterOverride');
    expect(path(...objections, vote('2027-02-10', 'kurultai', 'overrideVeto', 96))).toBe(
      'failed.vetoSustained',
    );
  });
  it('overrides a constitutional law with 109 of 145; 108 sustains the objections', () => {
    const cl = [
      introduced('2026-12-01', 'constitutionalLaw'),
      vote('2027-01-05', 'kurultai', 'adopt', 120),
      transmitted('2027-01-10', 'president'),
      returned('2027-01-31'),
    ];
    const r = run(...cl, vote('2027-02-10', 'kurultai', 'overrideVeto', 109));
    expect(r.stage.path).toBe('mustSign');
    expect(r.trace.at(-1)?.vote).toMatchObject({ threshold: 'threeQuarters', required: 109 });
    expect(r.trace.at(-1)?.rule?.id).toBe('objections.override.constitutionalLaw');
    expect(path(...cl, vote('2027-02-10', 'kurultai', 'overrideVeto', 108))).toBe(
      'failed.vetoSustained',
    );
  });
  it("adopts the law in the President's wording with 73 (assumption); 72 sustains", () => {
    const wording = vote('2027-02-10', 'kurultai', 'adoptInPresidentWording', 73);
    expect(path(...objections, wording)).toBe('president.awaitingTransmission');
    expect(path(...objections, vote('2027-02-10', 'kurultai', 'adoptInPresidentWording', 72))).toBe(
      'failed.vetoSustained',
    );
  });
  it('a signature more than a month after the override is noted as overdue', () => {
    const r = run(
      ...objections,
      vote('2027-02-10', 'kurultai', 'overrideVeto', 100),
      signed('2027-03-11'),
    );
    expect(r.stage.path).toBe('enacted.override');
    expect(derivedRules(r)).toEqual([['2027-03-10', 'president.mustSignOverdue']]);
  });
});

describe('kz-2026-kurultai: Constitutional Court review (arts. 73–75)', () => {
  const review = [...presented, reviewRequested('2027-01-20')];
  it('suspends the signing month: 21 days were left, so due 8 March after a 15 February decision', () => {
    const r = run(...review, reviewDecided('2027-02-15', true));
    expect(r.stage.path).toBe('president.considering');
    expect(derivedRules(r)).toEqual([]);
    expect(clocksOf(r)).toMatchObject([{ id: 'president.signature', dueOn: '2027-03-08' }]);
    expect(
      contextOf(run(...review, reviewDecided('2027-02-15', true), signed('2027-03-08')).snapshot)
        .overdue,
    ).toEqual([]);
    const late = run(...review, reviewDecided('2027-02-15', true), signed('2027-03-09'));
    expect(derivedRules(late)).toEqual([['2027-03-08', 'president.signatureOverdue']]);
  });
  it('the Court has one month (assumed); a later decision is noted as overdue', () => {
    expect(clocksOf(run(...review)).find((c) => c.id === 'court.decision')?.dueOn).toBe(
      '2027-02-20',
    );
    const r = run(...review, reviewDecided('2027-02-21', true));
    expect(derivedRules(r)).toEqual([['2027-02-20', 'court.deadlineOverdue']]);
    expect(r.stage.path).toBe('president.considering');
  });
  it('an urgent review runs ten days: a decision on day 10 is in time, on day 11 overdue', () => {
    const urgent = [...presented, reviewRequested('2027-01-20', true)];
    expect(clocksOf(run(...urgent)).find((c) => c.id === 'court.decision')?.dueOn).toBe(
      '2027-01-30',
    );
    expect(derivedRules(run(...urgent, reviewDecided('2027-01-30', true)))).toEqual([]);
    expect(derivedRules(run(...urgent, reviewDecided('2027-01-31', true)))).toEqual([
      ['2027-01-30', 'court.deadlineOverdue'],
    ]);
  });
  it('a law found unconstitutional may not be signed', () => {
    expect(path(...review, reviewDecided('2027-02-01', false))).toBe('failed.unconstitutional');
    rejects(...review, signed('2027-01-25'));
  });
  it('a referral before presentation starts the signing month on the decision', () => {
    const r = run(...before, reviewRequested('2027-01-06'), reviewDecided('2027-01-26', true));
    expect(clocksOf(r)).toMatchObject([
      { id: 'president.signature', startedOn: '2027-01-26', dueOn: '2027-02-26' },
    ]);
  });
});

describe('kz-2026-kurultai: registry entry', () => {
  it('is provisional, in force from 1 July 2026, with 145 seats', () => {
    expect(kzKurultai2026).toMatchObject({
      id: 'kz-2026-kurultai',
      validFrom: '2026-07-01',
      provisional: true,
      chambers: [{ id: 'kurultai', seats: 145 }],
    });
    expect(kzKurultai2026.assumptions.length).toBeGreaterThan(0);
  });
  it('every transition cites a rule in the citation table, and only KRK-2026 or [U] ones', () => {
    const rules = rulesOf(kzKurultai2026.machine.root);
    expect(rules).not.toContain(undefined);
    for (const id of rules) {
      const citation = kzKurultai2026.citations[id ?? ''];
      expect(citation, id).toBeDefined();
      expect(citation?.article.includes('KRK-2026') || citation?.firmness === 'U', id).toBe(true);
    }
  });
  it('the tests above apply every rule of the machine', () => {
    expect(unappliedRules()).toEqual([]);
  });
});
