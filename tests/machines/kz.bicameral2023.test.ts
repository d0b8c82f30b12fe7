import { describe, expect, it } from 'vitest';
import { kzBicameral2023 } from '../../machines/kz/bicameral2023.procedure.js';
import type { BillEvent } from '../../src/domain/events.js';
import { contextOf, replay } from '../../src/replay/replay.js';
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
import { procedureHarness } from '../helpers/procedureHarness.js';

const { run, rejects } = procedureHarness(kzBicameral2023);

const adopted = [introduced('2025-01-15'), vote('2025-11-12', 'majilis', 'adopt', 50)];
const approved = [...adopted, vote('2025-12-18', 'senate', 'approve', 26)];
/** Receipt recorded: the Senate's 60 days start on a recorded fact, not an assumption. */
const received: BillEvent[] = [
  ...adopted,
  { type: 'Transmitted', at: '2025-11-12', data: { to: 'senate' } },
];

describe('kz-2023 ordinary law: Mäjilis (art. 61(4))', () => {
  it('adopts with 50 of 98 and sends the law to the Senate', () => {
    expect(run(...adopted).stage.path).toBe('senate');
  });
  it('does not adopt with 49 of 98', () => {
    expect(
      run(introduced('2025-01-15'), vote('2025-11-12', 'majilis', 'adopt', 49)).stage.path,
    ).toBe('failed.notAdopted');
  });
  it('passes an intermediate reading and stays in the Mäjilis', () => {
    const r = run(introduced('2025-01-15'), vote('2025-10-01', 'majilis', 'passReading', 70, 1));
    expect(r.stage.path).toBe('majilis');
    expect(contextOf(r.snapshot).readings).toBe(1);
  });
  it('rejects as a whole with 50; a failed rejection leaves the bill before the Mäjilis', () => {
    expect(
      run(introduced('2025-01-15'), vote('2025-02-01', 'majilis', 'rejectAsWhole', 50)).stage.path,
    ).toBe('failed.rejected');
    expect(
      run(introduced('2025-01-15'), vote('2025-02-01', 'majilis', 'rejectAsWhole', 49)).stage.path,
    ).toBe('majilis');
  });
  it('may be postponed or withdrawn before adoption, but not withdrawn after', () => {
    expect(run(introduced('2025-01-15'), postponed('2025-02-01', 'majilis')).stage.path).toBe(
      'majilis',
    );
    expect(run(introduced('2025-01-15'), plain('BillWithdrawn', '2025-02-01')).stage.path).toBe(
      'withdrawn',
    );
    rejects(...adopted, plain('BillWithdrawn', '2025-11-20'));
  });
});

describe('kz-2023 Senate: 60 days (art. 61(4))', () => {
  it('approves with 26 of 50 and the law goes to the President', () => {
    expect(run(...approved).stage.path).toBe('president.awaitingTransmission');
  });
  it('does not approve with 25 of 50: conciliation (art. 61(5))', () => {
    expect(run(...adopted, vote('2025-12-18', 'senate', 'approve', 25)).stage.path).toBe(
      'conciliation.majilis',
    );
  });
  it('a vote on day 60 is in time; on day 61 the law has been presented to the President', () => {
    expect(run(...adopted, vote('2026-01-11', 'senate', 'approve', 30)).stage.path).toBe(
      'president.awaitingTransmission',
    );
    const late = () => run(...received, vote('2026-01-12', 'senate', 'approve', 30));
    expect(late).toThrow(
      expect.objectContaining({
        code: 'replay.late',
        details: expect.objectContaining({ rule: 'senate.deadline' }) as unknown,
      }),
    );
    const r = replay([...received, vote('2026-01-12', 'senate', 'approve', 30)], {
      procedure: kzBicameral2023,
      mode: 'conformance',
    });
    const derived = r.trace.find((s) => s.derived);
    expect(derived?.event).toMatchObject({
      type: 'DeadlineElapsed',
      at: '2026-01-11',
      data: { clock: 'senate.consideration' },
    });
    expect(derived?.rule?.id).toBe('senate.deemedPassed');
  });
  it('never lets the assumed start refuse a recorded vote: the start is revised instead', () => {
    const r = run(...adopted, vote('2026-01-20', 'senate', 'approve', 30));
    expect(r.stage.path).toBe('president.awaitingTransmission');
    expect(r.trace.some((s) => s.derived)).toBe(false);
    expect(r.trace.at(-1)?.revisedClocks).toEqual([
      expect.objectContaining({
        clock: 'senate.consideration',
        from: '2025-11-12',
        to: '2025-11-21',
        dueOn: '2026-01-20',
        index: 2,
      }),
    ]);
  });
  it('says that the 60 days are counted from adoption when no receipt is recorded', () => {
    const clock = contextOf(run(...adopted).snapshot).clocks[0];
    expect(clock).toMatchObject({
      startedOn: '2025-11-12',
      startAssumed: true,
      assumption: expect.stringContaining('counted from adoption') as unknown,
    });
    const received = contextOf(run(...adopted, transmitted('2025-11-20', 'senate')).snapshot)
      .clocks[0];
    expect(received).toMatchObject({ startedOn: '2025-11-20', startAssumed: false });
    expect(received?.assumption).toBeUndefined();
  });
  it('counts the 60 days from receipt when a Transmitted event records it', () => {
    const r = run(
      ...adopted,
      transmitted('2025-11-20', 'senate'),
      vote('2026-01-19', 'senate', 'approve', 30),
    );
    expect(r.stage.path).toBe('president.awaitingTransmission');
  });
  it('a postponement changes nothing and the clock runs on', () => {
    const r = run(...adopted, postponed('2025-12-04', 'senate'));
    expect(r.stage.path).toBe('senate');
    expect(contextOf(r.snapshot).clocks.map((c) => c.dueOn)).toEqual(['2026-01-11']);
  });
  it('new wording of articles returns the law to the Mäjilis, which accepts (50) or objects (49)', () => {
    const back = [...adopted, amendments('2025-12-18', 'senate')];
    expect(run(...back).stage.path).toBe('majilisReconsideration');
    expect(run(...back, vote('2025-12-25', 'majilis', 'acceptAmendments', 50)).stage.path).toBe(
      'president.awaitingTransmission',
    );
    expect(run(...back, vote('2025-12-25', 'majilis', 'acceptAmendments', 49)).stage.path).toBe(
      'conciliation.majilis',
    );
  });
});

describe('kz-2023 conciliation (art. 61(5))', () => {
  const conciliation = [...adopted, vote('2025-12-18', 'senate', 'approve', 10)];
  it('the agreed text adopted by the Mäjilis goes to the Senate, which approves it', () => {
    const r = run(
      ...conciliation,
      plain('ConciliationCommissionFormed', '2025-12-20'),
      vote('2026-01-20', 'majilis', 'adoptAgreedText', 60),
      vote('2026-02-01', 'senate', 'approve', 40),
    );
    expect(r.stage.path).toBe('president.awaitingTransmission');
    expect(r.trace.at(-1)?.rule?.id).toBe('conciliation.senate.approve');
  });
  it('the Mäjilis rejecting the agreed text re-votes its wording: 66 of 98 insists, 65 fails', () => {
    const revote = [...conciliation, vote('2026-01-20', 'majilis', 'adoptAgreedText', 40)];
    expect(run(...revote).stage.path).toBe('conciliation.majilisRevote');
    expect(run(...revote, vote('2026-01-21', 'majilis', 'reaffirm', 66)).stage.path).toBe(
      'president.awaitingTransmission',
    );
    expect(run(...revote, vote('2026-01-21', 'majilis', 'reaffirm', 65)).stage.path).toBe(
      'failed.notAdopted',
    );
  });
  it('a commission that agrees no text leads straight to the re-vote (assumption, [U])', () => {
    const none: BillEvent = {
      type: 'ConciliationCompleted',
      at: '2026-01-10',
      data: { agreed: false },
    };
    const r = run(...conciliation, none);
    expect(r.stage.path).toBe('conciliation.majilisRevote');
    expect(r.trace.at(-1)?.rule).toMatchObject({ id: 'conciliation.noAgreement', firmness: 'U' });
  });
  it('the Senate failing the agreed text leads to the re-vote (assumption, [U])', () => {
    const r = run(
      ...conciliation,
      vote('2026-01-20', 'majilis', 'adoptAgreedText', 60),
      vote('2026-02-01', 'senate', 'approve', 20),
    );
    expect(r.stage.path).toBe('conciliation.majilisRevote');
    expect(r.trace.at(-1)?.rule).toMatchObject({
      id: 'conciliation.senate.notApproved',
      firmness: 'U',
    });
  });
});

describe('kz-2023 President (arts. 44(2), 54(2)(2), 72–74)', () => {
  it('signs within the month after an assumed presentation on the tenth day', () => {
    const r = run(...approved, signed('2025-12-30'));
    expect(r.stage.path).toBe('enacted.signed');
    const presentation = r.trace.find((s) => s.derived);
    expect(presentation?.assumedClocks.map((c) => [c.id, c.startedOn, c.dueOn])).toEqual([
      ['president.signature', '2025-12-28', '2026-01-28'],
    ]);
  });
  it('a recorded presentation starts the month that day', () => {
    const r = run(...approved, transmitted('2025-12-20', 'president'));
    expect(contextOf(r.snapshot).clocks).toMatchObject([
      { id: 'president.signature', dueOn: '2026-01-20', startAssumed: false },
    ]);
  });
  it('notes a signature after the month as overdue, with no consequence', () => {
    const r = run(...approved, transmitted('2025-12-20', 'president'), signed('2026-02-15'));
    expect(r.stage.path).toBe('enacted.signed');
    expect(contextOf(r.snapshot).overdue.map((o) => o.clock)).toEqual(['president.signature']);
  });
  it('declining to sign without returning the law is a breach, with no consequence after', () => {
    const refused: BillEvent = { type: 'PresidentRefused', at: '2026-01-05', data: {} };
    const presented = [...approved, transmitted('2025-12-20', 'president')];
    expect(() => run(...presented, refused)).toThrow(
      expect.objectContaining({ code: 'replay.breach' }),
    );
    const r = replay([...presented, refused], {
      procedure: kzBicameral2023,
      mode: 'conformance',
      asOf: '2026-02-15',
    });
    expect(r.anomalies.map((a) => a.code)).toEqual(['replay.breach']);
    expect(r.trace.find((s) => s.event.type === 'PresidentRefused')?.rule?.id).toBe(
      'president.refused',
    );
    // The month runs out with no stated consequence: the law stays before the President.
    expect(r.stage.path).toBe('president.considering');
    rejects(...presented, { type: 'SignedInStead', at: '2026-01-10', data: { by: 'the Chairs' } });
  });
  const objections = [...approved, transmitted('2025-12-20', 'president'), returned('2026-01-31')];
  it('returned law: both Chambers override by two-thirds, then the President must sign', () => {
    const r = run(
      ...objections,
      vote('2026-02-10', 'majilis', 'overrideVeto', 66),
      vote('2026-02-20', 'senate', 'overrideVeto', 34),
      signed('2026-03-01'),
    );
    expect(r.stage.path).toBe('enacted.override');
  });
  it('65 in the Mäjilis or 33 in the Senate sustain the objections', () => {
    expect(run(...objections, vote('2026-02-10', 'majilis', 'overrideVeto', 65)).stage.path).toBe(
      'failed.vetoSustained',
    );
    expect(
      run(
        ...objections,
        vote('2026-02-10', 'majilis', 'overrideVeto', 66),
        vote('2026-02-20', 'senate', 'overrideVeto', 33),
      ).stage.path,
    ).toBe('failed.vetoSustained');
  });
  it('the objections month from 31 January ends on 28 February: later, the objections are accepted', () => {
    expect(run(...objections, vote('2026-02-28', 'majilis', 'overrideVeto', 66)).stage.path).toBe(
      'objections.senate',
    );
    const r = replay([...objections, vote('2026-03-01', 'majilis', 'overrideVeto', 66)], {
      procedure: kzBicameral2023,
      mode: 'conformance',
    });
    expect(r.stage.path).toBe('failed.objectionsAccepted');
    expect(r.anomalies.map((a) => [a.code, a.rule])).toEqual([
      ['replay.late', 'objections.deadline'],
    ]);
  });
  it("the Chambers may adopt the law in the President's wording, which goes back for signature", () => {
    const r = run(
      ...objections,
      vote('2026-02-10', 'majilis', 'adoptInPresidentWording', 50),
      vote('2026-02-12', 'senate', 'adoptInPresidentWording', 26),
    );
    expect(r.stage.path).toBe('president.awaitingTransmission');
  });
  it('Constitutional Court review suspends the month; the remaining days run from the decision', () => {
    const r = run(
      ...approved,
      transmitted('2025-12-20', 'president'),
      reviewRequested('2026-01-10'),
      reviewDecided('2026-02-05', true),
    );
    expect(r.stage.path).toBe('president.considering');
    // 10 days were left on 10 January (due 20 January): now due 15 February.
    expect(contextOf(r.snapshot).clocks).toMatchObject([
      { id: 'president.signature', dueOn: '2026-02-15' },
    ]);
  });
  it('a law found unconstitutional cannot be signed', () => {
    const r = run(...approved, reviewRequested('2025-12-20'), reviewDecided('2026-01-10', false));
    expect(r.stage.path).toBe('failed.unconstitutional');
    rejects(...approved, reviewRequested('2025-12-20'), signed('2025-12-25'));
  });
  it('an urgent review runs ten days instead of a month', () => {
    const r = run(...approved, reviewRequested('2025-12-20', true));
    expect(contextOf(r.snapshot).clocks.find((c) => c.id === 'court.decision')?.dueOn).toBe(
      '2025-12-30',
    );
  });
  it('records publication and entry into force after signature; nothing else changes an enacted law', () => {
    const r = run(
      ...approved,
      signed('2025-12-30'),
      plain('Published', '2025-12-31'),
      plain('EnteredIntoForce', '2026-01-10'),
    );
    expect(r.stage.path).toBe('enacted.signed');
    rejects(...approved, signed('2025-12-30'), returned('2026-01-02'));
  });
});

describe('kz-2023 constitutional laws (arts. 53, 62)', () => {
  const intro = introduced('2025-01-15', 'constitutionalLaw');
  const firstReading = [
    intro,
    vote('2025-02-01', 'majilis', 'passReading', 66, 1),
    vote('2025-02-01', 'senate', 'passReading', 34, 1),
  ];
  it('needs two-thirds of each Chamber in at least two readings at a joint sitting', () => {
    const r = run(
      ...firstReading,
      vote('2025-03-01', 'majilis', 'adopt', 66, 2),
      vote('2025-03-01', 'senate', 'adopt', 34, 2),
    );
    expect(r.stage.path).toBe('president.awaitingTransmission');
  });
  it('cannot be adopted in a single reading', () => {
    rejects(intro, vote('2025-02-01', 'majilis', 'adopt', 90, 1));
  });
  it('65 of 98 or 33 of 50 is not enough', () => {
    expect(run(intro, vote('2025-02-01', 'majilis', 'passReading', 65, 1)).stage.path).toBe(
      'failed.notAdopted',
    );
    expect(
      run(
        ...firstReading,
        vote('2025-03-01', 'majilis', 'adopt', 70, 2),
        vote('2025-03-01', 'senate', 'adopt', 33, 2),
      ).stage.path,
    ).toBe('failed.notAdopted');
  });
  it('objections are overridden by three-quarters: 74 and 38, not 73 or 37', () => {
    const objections = [
      ...firstReading,
      vote('2025-03-01', 'majilis', 'adopt', 90, 2),
      vote('2025-03-01', 'senate', 'adopt', 45, 2),
      returned('2025-03-10'),
    ];
    expect(
      run(
        ...objections,
        vote('2025-03-20', 'majilis', 'overrideVeto', 74),
        vote('2025-03-20', 'senate', 'overrideVeto', 38),
      ).stage.path,
    ).toBe('mustSign');
    expect(run(...objections, vote('2025-03-20', 'majilis', 'overrideVeto', 73)).stage.path).toBe(
      'failed.vetoSustained',
    );
    expect(
      run(
        ...objections,
        vote('2025-03-20', 'majilis', 'overrideVeto', 74),
        vote('2025-03-20', 'senate', 'overrideVeto', 37),
      ).stage.path,
    ).toBe('failed.vetoSustained');
  });
});
