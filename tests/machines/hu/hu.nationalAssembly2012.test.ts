import { describe, expect, it } from 'vitest';
import { huNationalAssembly2012 } from '../../../machines/hu/nationalAssembly2012.procedure.js';
import type { BillEvent, Motion } from '../../../src/domain/events.js';
import { contextOf } from '../../../src/replay/replay.js';
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
} from '../../helpers/events.js';
import { procedureHarness, rulesOf } from '../../helpers/procedureHarness.js';

const { replayed, run, path, rejects, clocksOf, derivedRules, unappliedRules } =
  procedureHarness(huNationalAssembly2012);

/** A vote of the National Assembly with its full tally (present = for + against + abstained). */
const vote = (
  at: string,
  motion: Motion,
  votesFor: number,
  against: number,
  abstained = 0,
): BillEvent => ({
  type: 'VoteHeld',
  at,
  data: { chamber: 'nationalAssembly', motion, tally: { for: votesFor, against, abstained } },
});

const intro = introduced('2021-05-25');
const cardinal = introduced('2021-05-25', 'constitutionalLaw');
// Adopted on 15 June: the Speaker's five days end on 20 June.
const adopted = [intro, vote('2021-06-15', 'adopt', 120, 60)];
// Sent on 18 June: the President's five days end on 23 June.
const received = [...adopted, transmitted('2021-06-18', 'president')];
const wasReturned = [...received, returned('2021-06-22')];
const readopted = [...wasReturned, vote('2021-07-06', 'overrideVeto', 120, 60)];
const referred = [...received, reviewRequested('2021-06-22')];
const found = [...referred, reviewDecided('2021-07-15', false)];
const again = [...found, vote('2021-10-19', 'adopt', 120, 60)];

describe('hu-2012: adoption (FL arts. 5(5), 5(6), T(4))', () => {
  it('adopts an Act with 51 of 100 present; 50 of 100 is not a majority', () => {
    const r = run(intro, vote('2021-06-15', 'adopt', 51, 49));
    expect(r.stage.path).toBe('president.awaitingTransmission');
    expect(r.trace.at(-1)?.vote).toMatchObject({ threshold: 'majorityOfPresent', margin: 0 });
    const failed = run(intro, vote('2021-06-15', 'adopt', 50, 50));
    expect(failed.stage.path).toBe('failed.notAdopted');
    expect(failed.trace.at(-1)?.rule?.id).toBe('nationalAssembly.notAdopted');
  });
  it('needs a quorum: 99 of 199 present is not enough even if all vote for', () => {
    expect(path(intro, vote('2021-06-15', 'adopt', 99, 0))).toBe('failed.notAdopted');
    expect(path(intro, vote('2021-06-15', 'adopt', 100, 0))).toBe('president.awaitingTransmission');
  });
  it('adopts a cardinal Act with 120 of 180 present; 119 is one short', () => {
    const r = run(cardinal, vote('2021-06-15', 'adopt', 120, 55, 5));
    expect(r.stage.path).toBe('president.awaitingTransmission');
    expect(r.trace[0]?.rule?.id).toBe('introduction.cardinal');
    expect(r.trace.at(-1)?.vote).toMatchObject({ threshold: 'twoThirdsOfPresent', margin: 0 });
    expect(path(cardinal, vote('2021-06-15', 'adopt', 119, 56, 5))).toBe('failed.notAdopted');
  });
  it('records amendments and postponement; may be withdrawn or lapse before the final vote', () => {
    expect(path(intro, amendments('2021-06-10', 'nationalAssembly'))).toBe('nationalAssembly');
    expect(path(intro, postponed('2021-06-10', 'nationalAssembly'))).toBe('nationalAssembly');
    expect(path(intro, plain('BillWithdrawn', '2021-06-10'))).toBe('withdrawn');
    expect(path(intro, plain('BillLapsed', '2021-06-10'))).toBe('lapsed');
    rejects(...adopted, plain('BillWithdrawn', '2021-06-16'));
    rejects(intro, vote('2021-06-15', 'approve', 150, 0));
  });
});

describe("hu-2012: the Speaker's and the President's five days (art. 6(3))", () => {
  it('a transmission on the fifth day is in time and starts the five days of receipt', () => {
    const r = run(...adopted, transmitted('2021-06-20', 'president'));
    expect(r.stage.path).toBe('president.considering');
    expect(derivedRules(r)).toEqual([]);
    expect(clocksOf(r)).toMatchObject([
      { id: 'president.signature', startedOn: '2021-06-20', dueOn: '2021-06-25' },
    ]);
  });
  it('unrecorded, the receipt is assumed on the fifth day; a later transmission restarts the days', () => {
    const r = run(...adopted, signed('2021-06-23'));
    expect(r.stage.path).toBe('enacted.signed');
    expect(derivedRules(r)).toEqual([['2021-06-20', 'speaker.deadline']]);
    const late = run(...adopted, transmitted('2021-06-22', 'president'));
    expect(late.trace.at(-1)?.rule?.id).toBe('speaker.late');
    expect(clocksOf(late).map((c) => c.dueOn)).toEqual(['2021-06-27']);
  });
  it('a signature on the fifth day is in time; the day after it is noted as overdue', () => {
    const inTime = run(...received, signed('2021-06-23'));
    expect(contextOf(inTime.snapshot).overdue).toEqual([]);
    const late = run(...received, signed('2021-06-24'));
    expect(late.stage.path).toBe('enacted.signed');
    expect(derivedRules(late)).toEqual([['2021-06-23', 'president.signatureOverdue']]);
  });
  it('publication and entry into force change nothing', () => {
    const done = [...received, signed('2021-06-23')];
    expect(path(...done, plain('Published', '2021-06-23'))).toBe('enacted.signed');
    expect(path(...done, plain('EnteredIntoForce', '2021-07-08'))).toBe('enacted.signed');
  });
});

describe('hu-2012: the return, once (art. 6(5))', () => {
  it('a return sends the Act to a new debate; re-adoption needs its own majority', () => {
    expect(path(...wasReturned)).toBe('reconsideration');
    expect(path(...readopted)).toBe('readopted.awaitingTransmission');
    expect(path(...wasReturned, vote('2021-07-06', 'overrideVeto', 90, 90))).toBe(
      'failed.vetoSustained',
    );
  });
  it('a cardinal Act is re-adopted with 120 of 180 present, not 119', () => {
    const back = [cardinal, vote('2021-06-15', 'adopt', 150, 20), returned('2021-06-22')];
    expect(path(...back, vote('2021-07-06', 'overrideVeto', 120, 55, 5))).toBe(
      'readopted.awaitingTransmission',
    );
    expect(path(...back, vote('2021-07-06', 'overrideVeto', 119, 56, 5))).toBe(
      'failed.vetoSustained',
    );
  });
  it('the re-adopted Act is signed as an override; a second return is a breach', () => {
    const r = run(...readopted, transmitted('2021-07-08', 'president'), signed('2021-07-12'));
    expect(r.stage.path).toBe('enacted.override');
    expect(r.trace.at(-1)?.rule?.id).toBe('president.signAfterReturn');
    const again2 = [...readopted, returned('2021-07-08')];
    expect(() => run(...again2)).toThrow(expect.objectContaining({ code: 'replay.breach' }));
    const c = replayed([...again2, signed('2021-07-09')], { mode: 'conformance' });
    expect(c.anomalies.map((a) => [a.code, a.rule])).toEqual([['replay.breach', 'return.once']]);
    expect(c.stage.path).toBe('enacted.override');
  });
  it('the re-adopted Act may be referred; upheld, the President must sign', () => {
    const r = run(...readopted, reviewRequested('2021-07-08'), reviewDecided('2021-07-20', true));
    expect(r.stage.path).toBe('readopted.afterRuling');
    expect(r.trace.at(-2)?.rule?.id).toBe('president.referralAfterReturn');
    expect(
      path(
        ...readopted,
        reviewRequested('2021-07-08'),
        reviewDecided('2021-07-20', true),
        signed('2021-07-20'),
      ),
    ).toBe('enacted.override');
    expect(() =>
      run(
        ...readopted,
        reviewRequested('2021-07-08'),
        reviewDecided('2021-07-20', true),
        returned('2021-07-21'),
      ),
    ).toThrow(expect.objectContaining({ code: 'replay.breach' }));
  });
  it('an Act awaiting its new debate may lapse', () => {
    expect(path(...wasReturned, plain('BillLapsed', '2022-04-01'))).toBe('lapsed');
  });
});

describe('hu-2012: the Constitutional Court before signature (art. 6(2), (4), (6)–(8))', () => {
  it("the President's referral gives the Court 30 days; the day after is overdue", () => {
    const r = run(...referred);
    expect(r.stage.path).toBe('court.president');
    expect(clocksOf(r)).toMatchObject([{ id: 'court.decision', dueOn: '2021-07-22' }]);
    const late = run(...referred, reviewDecided('2021-07-23', true));
    expect(derivedRules(late)).toEqual([['2021-07-22', 'court.deadlineOverdue']]);
  });
  it('upheld, the President must sign immediately and may not return the Act', () => {
    const upheld = [...referred, reviewDecided('2021-07-15', true)];
    expect(path(...upheld)).toBe('afterRuling');
    expect(path(...upheld, signed('2021-07-15'))).toBe('enacted.signed');
    expect(() => run(...upheld, returned('2021-07-16'))).toThrow(
      expect.objectContaining({ code: 'replay.breach' }),
    );
    const c = replayed([...upheld, returned('2021-07-16'), signed('2021-07-17')], {
      mode: 'conformance',
    });
    expect(c.anomalies.map((a) => a.rule)).toEqual(['president.noReturnAfterReferral']);
    expect(c.stage.path).toBe('enacted.signed');
  });
  it('a violation sends the Act to a new debate, not to an end', () => {
    expect(path(...found)).toBe('newDebate');
    expect(path(...again)).toBe('again.awaitingTransmission');
    expect(path(...found, vote('2021-10-19', 'adopt', 90, 90))).toBe('failed.unconstitutional');
    expect(path(...found, plain('BillLapsed', '2022-04-01'))).toBe('lapsed');
  });
  it('a repeated referral gives the Court 10 days; upheld, the President signs', () => {
    const repeat = [...again, reviewRequested('2021-10-21')];
    const r = run(...repeat);
    expect(r.stage.path).toBe('court.repeat');
    expect(clocksOf(r)).toMatchObject([{ id: 'court.decision', dueOn: '2021-10-31' }]);
    expect(derivedRules(run(...repeat, reviewDecided('2021-11-01', true)))).toEqual([
      ['2021-10-31', 'court.repeatDeadlineOverdue'],
    ]);
    expect(path(...repeat, reviewDecided('2021-10-28', true), signed('2021-10-28'))).toBe(
      'enacted.signed',
    );
    expect(path(...again, signed('2021-10-22'))).toBe('enacted.signed');
  });
  it("Parliament's referral before the Speaker signs; upheld, the President may return but not refer", () => {
    const parl = [...adopted, reviewRequested('2021-06-15')];
    expect(path(...parl)).toBe('court.parliament');
    const upheld = [...parl, reviewDecided('2021-07-01', true)];
    expect(path(...upheld)).toBe('afterReview.awaitingTransmission');
    rejects(...upheld, reviewRequested('2021-07-02'));
    expect(path(...upheld, returned('2021-07-03'))).toBe('reconsideration');
    expect(path(...upheld, signed('2021-07-03'))).toBe('enacted.signed');
    expect(path(...parl, reviewDecided('2021-07-01', false))).toBe('newDebate');
  });
});

describe('hu-2012: review after promulgation (art. 24(2)(e), (3)(a))', () => {
  const enacted = [...received, signed('2021-06-23')];
  it('an annulment makes the outcome unconstitutional; an upheld Act stays enacted', () => {
    const asked = [...enacted, reviewRequested('2021-09-01')];
    expect(path(...asked)).toBe('enacted.signed');
    expect(path(...asked, reviewDecided('2022-03-01', false))).toBe('failed.unconstitutional');
    expect(path(...asked, reviewDecided('2022-03-01', true))).toBe('enacted.signed');
  });
});

describe('hu-2012: coverage', () => {
  it('cites every rule the machine applies, and nothing else', () => {
    const rules = new Set(rulesOf(huNationalAssembly2012.machine.root));
    expect(
      [...rules].filter((r) => r === undefined || !(r in huNationalAssembly2012.citations)),
    ).toEqual([]);
    const clockRules = [
      'speaker.signature',
      'president.signature',
      'court.deadline',
      'court.repeatDeadline',
    ];
    const cited = Object.keys(huNationalAssembly2012.citations);
    expect(cited.filter((r) => !rules.has(r) && !clockRules.includes(r))).toEqual([]);
  });
  it('applies every rule of the machine', () => {
    expect(unappliedRules()).toEqual([]);
  });
});
