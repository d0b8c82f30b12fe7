import { describe, expect, it } from 'vitest';
import { geParliament2018 } from '../../../machines/ge/parliament2018.procedure.js';
import type { BillEvent, Tally } from '../../../src/domain/events.js';
import { contextOf } from '../../../src/replay/replay.js';
import {
  introduced,
  plain,
  postponed,
  refused,
  returned,
  reviewDecided,
  signed,
  signedInStead,
  transmitted,
  vote,
} from '../../helpers/events.js';
import { procedureHarness } from '../../helpers/procedureHarness.js';

// The lead adds ge-2018 to the registry; until then (and only once per file) register it here.

const { replayed, run, path, rejects, clocksOf, derivedRules, unappliedRules } =
  procedureHarness(geParliament2018);

const P = 'parliament';
const tallied = (at: string, motion: 'passReading' | 'adopt', tally: Tally): BillEvent => ({
  type: 'VoteHeld',
  at,
  data: { chamber: P, motion, tally },
});
const inStead = (at: string): BillEvent => signedInStead(at, 'Chairperson of Parliament');
const claim = (at: string): BillEvent => ({
  type: 'ConstitutionalReviewRequested',
  at,
  data: { by: 'President' },
});

const intro = introduced('2025-02-01');
const adopted = [intro, vote('2025-03-01', P, 'adopt', 84)];
// Received on 5 March: her two weeks end on 19 March.
const received = [...adopted, transmitted('2025-03-05', 'president')];
const remarks = [...received, returned('2025-03-10')];
const rejectedRemarks = [...remarks, vote('2025-03-20', P, 'adoptInPresidentWording', 'failed')];
const overridden = [...rejectedRemarks, vote('2025-03-20', P, 'overrideVeto', 76)];

describe('ge-2018: readings and adoption (arts. 45, 77)', () => {
  it('adopts an ordinary law by a majority of those present, more than half present', () => {
    const r = run(intro, tallied('2025-03-01', 'adopt', { for: 40, against: 39, abstained: 0 }));
    expect(r.stage.path).toBe('president.awaitingTransmission');
    expect(r.trace.at(-1)?.vote).toMatchObject({ threshold: 'majorityOfPresent', required: 40 });
    expect(r.trace.at(-1)?.rule?.id).toBe('parliament.adopt.law');
    expect(
      path(intro, tallied('2025-03-01', 'adopt', { for: 39, against: 40, abstained: 0 })),
    ).toBe('failed.notAdopted');
  });
  it('without more than half of the 150 present (76) an ordinary law is not adopted', () => {
    expect(path(intro, tallied('2025-03-01', 'adopt', { for: 76 }))).toBe(
      'president.awaitingTransmission',
    );
    const r = run(intro, tallied('2025-03-01', 'adopt', { for: 60, against: 15, abstained: 0 }));
    expect(r.stage.path).toBe('failed.notAdopted');
    expect(r.trace.at(-1)?.rule?.id).toBe('parliament.notAdopted');
  });
  it('a constitutional law needs 113 of 150 at each reading; 112 is not enough', () => {
    const cl = introduced('2025-02-01', 'constitutionalLaw');
    const r = run(cl, vote('2025-03-01', P, 'passReading', 113, 1));
    expect(r.stage.path).toBe('parliament');
    expect(r.trace.at(-1)?.vote).toMatchObject({ threshold: 'threeQuarters', required: 113 });
    expect(r.trace[0]?.rule?.id).toBe('introduction.constitutionalLaw');
    expect(path(cl, vote('2025-03-01', P, 'passReading', 112, 1))).toBe('failed.notAdopted');
    expect(path(cl, vote('2025-03-20', P, 'adopt', 113, 3))).toBe(
      'constitutionalSignature.awaitingTransmission',
    );
    expect(path(cl, vote('2025-03-20', P, 'adopt', 112, 3))).toBe('failed.notAdopted');
  });
  it('counts readings; a failed reading ends the bill (2023: the second reading failed 1–35)', () => {
    const readings = [
      vote('2025-02-10', P, 'passReading', 80, 1),
      vote('2025-02-20', P, 'passReading', 80, 2),
    ];
    const r = run(intro, ...readings);
    expect(contextOf(r.snapshot).readings).toBe(2);
    expect(r.trace.at(-1)?.rule?.id).toBe('parliament.reading.law');
    const failed = run(
      intro,
      readings[0] as BillEvent,
      tallied('2025-02-20', 'passReading', { for: 1, against: 35 }),
    );
    expect(failed.stage.path).toBe('failed.notAdopted');
    expect(failed.trace.at(-1)?.rule?.id).toBe('parliament.readingFailed');
  });
  it('may be postponed, withdrawn or lapse before adoption, not after', () => {
    expect(path(intro, postponed('2025-02-10', P))).toBe('parliament');
    expect(path(intro, plain('BillWithdrawn', '2025-02-10'))).toBe('withdrawn');
    expect(path(intro, plain('BillLapsed', '2025-02-10'))).toBe('lapsed');
    rejects(...adopted, plain('BillWithdrawn', '2025-03-02'));
    rejects(intro, vote('2025-03-01', 'senate', 'adopt', 100));
    rejects(intro, signed('2025-03-01'));
  });
});

describe('ge-2018: the President (art. 46(1)–(2))', () => {
  it('transmission on the tenth day is in time; unrecorded, receipt is assumed on the tenth', () => {
    const r = run(...adopted, transmitted('2025-03-11', 'president'));
    expect(r.stage.path).toBe('president.considering');
    expect(derivedRules(r)).toEqual([]);
    expect(clocksOf(r)).toMatchObject([{ id: 'president.signature', dueOn: '2025-03-25' }]);
    const late = run(...adopted, transmitted('2025-03-12', 'president'));
    expect(derivedRules(late)).toEqual([['2025-03-11', 'president.transmission']]);
    expect(late.trace.at(-1)?.rule?.id).toBe('president.presentedLate');
    expect(clocksOf(late).map((c) => c.dueOn)).toEqual(['2025-03-26']);
  });
  it('signs within two weeks of receipt; on the last day is in time', () => {
    const r = run(...received, signed('2025-03-19'));
    expect(r.stage.path).toBe('enacted.signed');
    expect(r.trace.at(-1)?.rule?.id).toBe('president.sign');
    expect(path(...adopted, signed('2025-03-02'))).toBe('enacted.signed');
  });
  it('after two weeks the Chairperson of Parliament signs within five days', () => {
    const r = run(...received, inStead('2025-03-24'));
    expect(r.stage.path).toBe('enacted.signedInStead');
    expect(derivedRules(r)).toEqual([['2025-03-19', 'president.signatureExpired']]);
    expect(r.trace.at(-1)?.rule?.id).toBe('speaker.sign');
    const late = run(...received, inStead('2025-03-25'));
    expect(late.stage.path).toBe('enacted.signedInStead');
    expect(derivedRules(late)).toEqual([
      ['2025-03-19', 'president.signatureExpired'],
      ['2025-03-24', 'speaker.signatureOverdue'],
    ]);
    expect(contextOf(late.snapshot).overdue.map((o) => o.clock)).toEqual(['speaker.signature']);
    expect(replayed(received, { asOf: '2025-03-20' }).stage.path).toBe('speakerSigns');
  });
  it('no signature of the President once her two weeks ran out', () => {
    expect(() => run(...received, signed('2025-03-20'))).toThrow(
      expect.objectContaining({ code: 'replay.late' }),
    );
  });
  it('a return without motivated remarks is no veto: the Chairperson signs (2024)', () => {
    const r = run(...received, refused('2025-03-10'));
    expect(r.stage.path).toBe('speakerSigns');
    expect(r.trace.at(-1)?.rule?.id).toBe('president.returnedWithoutRemarks');
    expect(clocksOf(r)).toMatchObject([{ id: 'speaker.signature', dueOn: '2025-03-15' }]);
    expect(path(...received, refused('2025-03-10'), inStead('2025-03-11'))).toBe(
      'enacted.signedInStead',
    );
  });
  it('a return with motivated remarks opens their reconsideration, with no time limit', () => {
    const r = run(...remarks);
    expect(r.stage.path).toBe('remarks.remarksVote');
    expect(r.trace.at(-1)?.rule?.id).toBe('president.return');
    expect(clocksOf(r)).toEqual([]);
    expect(replayed(remarks, { asOf: '2026-03-10' }).stage.path).toBe('remarks.remarksVote');
  });
});

describe("ge-2018: the President's remarks and the override (art. 46(3)–(4))", () => {
  it('Parliament first votes on the remarks: accepted by a majority of those present', () => {
    const r = run(...remarks, vote('2025-03-20', P, 'adoptInPresidentWording', 76));
    expect(r.stage.path).toBe('afterRemarks.awaitingTransmission');
    expect(r.trace.at(-1)?.rule?.id).toBe('remarks.accepted');
    const rejected = run(...rejectedRemarks);
    expect(rejected.stage.path).toBe('remarks.overrideVote');
    expect(rejected.trace.at(-1)?.rule?.id).toBe('remarks.notAccepted');
    rejects(...remarks, vote('2025-03-20', P, 'overrideVeto', 90));
  });
  it('re-adopts the original text with 76 of 150; 75 sustains the veto', () => {
    const r = run(...overridden);
    expect(r.stage.path).toBe('afterOverride.awaitingTransmission');
    expect(r.trace.at(-1)?.vote).toMatchObject({ threshold: 'majority', required: 76 });
    const short = run(...rejectedRemarks, vote('2025-03-20', P, 'overrideVeto', 75));
    expect(short.stage.path).toBe('failed.vetoSustained');
    expect(short.trace.at(-1)?.rule?.id).toBe('override.failed');
  });
  it('after the override: three days to send, five to sign, then the Chairperson', () => {
    expect(clocksOf(run(...overridden))).toMatchObject([
      { id: 'afterOverride.transmission', dueOn: '2025-03-23' },
    ]);
    const sent = [...overridden, transmitted('2025-03-21', 'president')];
    expect(path(...sent, signed('2025-03-26'))).toBe('enacted.override');
    const r = run(...sent, inStead('2025-03-27'));
    expect(r.stage.path).toBe('enacted.signedInStead');
    expect(derivedRules(r)).toEqual([['2025-03-26', 'afterOverride.signatureExpired']]);
  });
  it('after the remarks were accepted: five days to send, five to sign', () => {
    const accepted = [...remarks, vote('2025-03-20', P, 'adoptInPresidentWording', 80)];
    const r = run(...accepted, transmitted('2025-03-22', 'president'), signed('2025-03-27'));
    expect(r.stage.path).toBe('enacted.signed');
    expect(r.trace.at(-1)?.rule?.id).toBe('afterRemarks.sign');
    const expired = replayed(accepted, { asOf: '2025-03-31' });
    expect(derivedRules(expired)).toEqual([
      ['2025-03-25', 'afterRemarks.transmission'],
      ['2025-03-30', 'afterRemarks.signatureExpired'],
    ]);
    expect(expired.stage.path).toBe('speakerSigns');
  });
});

describe('ge-2018: every signing period alike', () => {
  const stages = [
    { prefix: 'president', before: adopted, sign: 14 },
    { prefix: 'afterOverride', before: overridden, sign: 5 },
    {
      prefix: 'afterRemarks',
      before: [...remarks, vote('2025-03-20', P, 'adoptInPresidentWording', 80)],
      sign: 5,
    },
    {
      prefix: 'constitutionalLaw',
      before: [introduced('2025-02-01', 'constitutionalLaw'), vote('2025-03-20', P, 'adopt', 120)],
      sign: 5,
    },
  ] as const;
  for (const { prefix, before } of stages) {
    it(`${prefix}: a late transmission, a return without remarks, a second return`, () => {
      const sent = [...before, transmitted('2025-03-21', 'president')];
      expect(run(...sent, transmitted('2025-03-22', 'president')).trace.at(-1)?.rule?.id).toBe(
        `${prefix}.presentedLate`,
      );
      expect(run(...sent, refused('2025-03-22')).trace.at(-1)?.rule?.id).toBe(
        `${prefix}.returnedWithoutRemarks`,
      );
      if (prefix !== 'president') {
        expect(() => run(...sent, returned('2025-03-22'))).toThrow(
          expect.objectContaining({ code: 'replay.breach' }),
        );
        const r = replayed([...sent, returned('2025-03-22'), signed('2025-03-23')], {
          mode: 'conformance',
        });
        expect(r.anomalies.map((a) => a.rule)).toEqual([`${prefix}.returnNotProvided`]);
      }
    });
  }
  it('a constitutional law: the President signs within five days, else the Chairperson', () => {
    const cl = stages[3].before;
    const sent = [...cl, transmitted('2025-03-21', 'president')];
    expect(path(...sent, signed('2025-03-26'))).toBe('enacted.signed');
    const r = run(...sent, inStead('2025-03-27'));
    expect(derivedRules(r)).toEqual([['2025-03-26', 'constitutionalLaw.signatureExpired']]);
    expect(r.stage.path).toBe('enacted.signedInStead');
  });
});

describe('ge-2018: after enactment, a constitutional claim (no review before signature)', () => {
  const law = [...received, signed('2025-03-15'), plain('Published', '2025-03-16')];
  it('the Court may strike the law down or uphold it', () => {
    rejects(...received, claim('2025-03-10'));
    const struck = run(...law, claim('2025-04-01'), reviewDecided('2025-10-01', false));
    expect(struck.stage.path).toBe('failed.unconstitutional');
    expect(struck.trace.at(-1)?.rule?.id).toBe('court.unconstitutional');
    const upheld = run(
      ...law,
      plain('EnteredIntoForce', '2025-03-20'),
      claim('2025-04-01'),
      reviewDecided('2025-10-01', true),
    );
    expect(upheld.stage.path).toBe('enacted.signed');
    expect(upheld.trace.at(-1)?.rule?.id).toBe('court.upheld');
  });
});

describe('ge-2018: coverage', () => {
  it('every rule of the machine is applied by some test above', () => {
    expect(unappliedRules()).toEqual([]);
  });
});
