import { describe, expect, it } from 'vitest';
import { bgNationalAssembly1991 as bg } from '../../../machines/bg/nationalAssembly1991.procedure.js';
import { procedures as registry } from '../../../machines/index.js';
import type { BillEvent, Motion } from '../../../src/domain/events.js';
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

// Why the guard? A second registration of the same id in one file is refused.

const { replayed, run, path, rejects, clocksOf, derivedRules, unappliedRules } =
  procedureHarness(bg);

/** A vote in the National Assembly with `votesFor` for, `against` against and none abstaining. */
const na = (at: string, motion: Motion, votesFor: number, against = 0, reading?: number) =>
  ({
    type: 'VoteHeld',
    at,
    data: {
      chamber: 'nationalAssembly',
      motion,
      ...(reading === undefined ? {} : { reading }),
      tally: { for: votesFor, against, abstained: 0 },
    },
  }) satisfies BillEvent;

const intro = introduced('2024-06-03');
const first = na('2024-07-03', 'passReading', 150, 20, 1);
// Adopted on 10 July 2024: the 15 days of art. 88(3) end on 25 July.
const adopted = [intro, first, na('2024-07-10', 'adopt', 150, 20, 2)];
const back = [...adopted, returned('2024-07-15')];
const readopted = [...back, na('2024-07-24', 'overrideVeto', 121, 100)];
const promulgated = [...adopted, signed('2024-07-12')];

describe('bg-1991: the two votes (arts. 81, 88(1))', () => {
  it('passes the first vote by a majority of those present: 101 of 200 passes, 100 does not', () => {
    const r = run(intro, na('2024-07-03', 'passReading', 101, 99, 1));
    expect(r.stage.path).toBe('nationalAssembly.secondVote');
    expect(r.trace.at(-1)?.vote).toMatchObject({ threshold: 'majorityOfPresent', margin: 0 });
    const failed = run(intro, na('2024-07-03', 'passReading', 100, 100, 1));
    expect(failed.stage.path).toBe('failed.notAdopted');
    expect(failed.trace.at(-1)?.rule?.id).toBe('na.firstVoteFailed');
  });
  it('needs a quorum of 121 present: 120 unanimous votes do not pass', () => {
    expect(path(intro, na('2024-07-03', 'passReading', 120, 0, 1))).toBe('failed.notAdopted');
    expect(path(intro, na('2024-07-03', 'passReading', 61, 60, 1))).toBe(
      'nationalAssembly.secondVote',
    );
  });
  it('adopts at the second vote by a majority of those present and sends the law on', () => {
    const r = run(...adopted);
    expect(r.stage.path).toBe('president.considering');
    expect(r.trace.at(-1)?.rule?.id).toBe('na.secondVote');
    expect(path(intro, first, na('2024-07-10', 'adopt', 100, 100, 2))).toBe('failed.notAdopted');
    expect(path(intro, first, na('2024-07-10', 'adopt', 101, 100, 2))).toBe(
      'president.considering',
    );
  });
  it('accepts an adoption whose first vote is not recorded', () => {
    const r = run(intro, na('2024-07-10', 'adopt', 150, 20, 2));
    expect(r.stage.path).toBe('president.considering');
    expect(path(intro, na('2024-07-10', 'adopt', 90, 100, 2))).toBe('failed.notAdopted');
  });
  it('takes amendments and postponements between the votes, withdrawal and lapse before adoption', () => {
    const between = [intro, first, amendments('2024-07-05', 'nationalAssembly')];
    expect(path(...between, postponed('2024-07-06', 'nationalAssembly'))).toBe(
      'nationalAssembly.secondVote',
    );
    expect(path(...between, plain('BillWithdrawn', '2024-07-06'))).toBe('withdrawn');
    expect(path(intro, plain('BillLapsed', '2024-07-06'))).toBe('lapsed');
    rejects(...adopted, plain('BillWithdrawn', '2024-07-11'));
  });
  it('refuses a signature before adoption', () => {
    rejects(intro, signed('2024-07-01'));
  });
});

describe('bg-1991: the President (arts. 88(3), 98(4), 101)', () => {
  it('runs 15 days from adoption; a transmission does not restart them', () => {
    const r = run(...adopted, transmitted('2024-07-12', 'president'));
    expect(clocksOf(r).map((c) => [c.id, c.dueOn])).toEqual([
      ['president.publication', '2024-07-25'],
    ]);
    expect(r.stage.path).toBe('president.considering');
  });
  it('promulgates: enacted, signed; publication and entry into force are recorded', () => {
    const r = run(
      ...promulgated,
      plain('Published', '2024-07-16'),
      plain('EnteredIntoForce', '2024-07-19'),
    );
    expect(r.stage.path).toBe('enacted.signed');
    expect(r.trace.at(-3)?.rule?.id).toBe('president.promulgate');
  });
  it('returns the law within the 15 days to the Assembly', () => {
    expect(path(...back)).toBe('returned');
  });
  it('at the end of the 15 days the return lapses and promulgation is overdue', () => {
    expect(replayed(adopted, { asOf: '2024-07-25' }).stage.path).toBe('president.considering');
    const late = replayed(adopted, { asOf: '2024-07-26' });
    expect(late.stage.path).toBe('president.periodElapsed');
    expect(derivedRules(late)).toEqual([['2024-07-25', 'president.periodElapsed']]);
    const r = run(...adopted, signed('2024-08-01'));
    expect(r.stage.path).toBe('enacted.signed');
    expect(r.trace.at(-1)?.rule?.id).toBe('president.promulgateLate');
  });
  it('a return after the 15 days, or a refusal, is a breach', () => {
    expect(() => run(...adopted, returned('2024-08-01'))).toThrow(
      expect.objectContaining({ code: 'replay.breach' }),
    );
    const refused: BillEvent = { type: 'PresidentRefused', at: '2024-07-12', data: {} };
    expect(() => run(...adopted, refused)).toThrow(
      expect.objectContaining({ code: 'replay.breach' }),
    );
    const r = replayed([...adopted, refused, returned('2024-08-01'), signed('2024-08-02')], {
      mode: 'conformance',
    });
    expect(r.anomalies.map((a) => a.rule)).toEqual(['president.refused', 'president.returnLate']);
    expect(r.stage.path).toBe('enacted.signed');
  });
});

describe('bg-1991: the return (art. 101(2)–(3))', () => {
  it('re-adopts with 121 of 240 even if more are present; 120 of 200 present is not enough', () => {
    const r = run(...readopted);
    expect(r.stage.path).toBe('mustPromulgate.readopted');
    expect(r.trace.at(-1)?.vote).toMatchObject({ threshold: 'majority', required: 121 });
    const short = run(...back, na('2024-07-24', 'overrideVeto', 120, 80));
    expect(short.stage.path).toBe('failed.vetoSustained');
    expect(short.trace.at(-1)?.rule?.id).toBe('returned.notReadopted');
  });
  it('takes a re-vote after a passed re-adoption; the last ballot decides (2022, 2025 practice)', () => {
    const again = run(...readopted, na('2024-07-24', 'overrideVeto', 126, 46));
    expect(again.stage.path).toBe('mustPromulgate.readopted');
    expect(again.trace.at(-1)?.rule?.id).toBe('returned.revote');
    expect(clocksOf(again).map((c) => c.dueOn)).toEqual(['2024-07-31']);
    const lost = run(...readopted, na('2024-07-24', 'overrideVeto', 120, 100));
    expect(lost.stage.path).toBe('failed.vetoSustained');
    expect(lost.trace.at(-1)?.rule?.id).toBe('returned.revoteFailed');
  });
  it('promulgates the re-adopted law within 7 days: enacted, override', () => {
    expect(clocksOf(run(...readopted)).map((c) => [c.id, c.dueOn, c.startAssumed])).toEqual([
      ['president.afterReturn', '2024-07-31', true],
    ]);
    expect(path(...readopted, signed('2024-07-26'))).toBe('enacted.override');
  });
  it('counts the 7 days from a recorded receipt; their expiry is only overdue', () => {
    const received = [...readopted, transmitted('2024-07-26', 'president')];
    expect(clocksOf(run(...received)).map((c) => [c.dueOn, c.startAssumed])).toEqual([
      ['2024-08-02', false],
    ]);
    const late = replayed(received, { asOf: '2024-08-10' });
    expect(late.stage.path).toBe('mustPromulgate.readopted');
    expect(derivedRules(late)).toEqual([['2024-08-02', 'president.afterReturnOverdue']]);
  });
  it('a second return or a refusal is a breach; the duty to promulgate stands', () => {
    const refused: BillEvent = { type: 'PresidentRefused', at: '2024-07-25', data: {} };
    const r = replayed([...readopted, returned('2024-07-25'), refused, signed('2024-07-26')], {
      mode: 'conformance',
    });
    expect(r.anomalies.map((a) => a.rule)).toEqual(['president.secondReturn', 'president.refused']);
    expect(r.stage.path).toBe('enacted.override');
  });
  it('accepts a partial return by a majority of those present; the rest is promulgated', () => {
    const dropped = [...back, na('2024-07-23', 'adoptInPresidentWording', 101, 100)];
    expect(path(...dropped)).toBe('mustPromulgate.remainder');
    expect(path(...back, na('2024-07-23', 'adoptInPresidentWording', 100, 100))).toBe('returned');
    const r = run(...dropped, signed('2024-07-25'));
    expect(r.stage.path).toBe('enacted.signed');
    expect(r.trace.at(-1)?.rule?.id).toBe('president.promulgateRemainder');
  });
  it('the Assembly may put off the new debate', () => {
    expect(path(...back, postponed('2024-07-20', 'nationalAssembly'))).toBe('returned');
  });
});

describe('bg-1991: the Constitutional Court after promulgation (arts. 149–151)', () => {
  it('a referral leaves the law in force; a ruling of unconstitutionality ends it', () => {
    const asked = [...promulgated, reviewRequested('2024-09-01')];
    expect(path(...asked)).toBe('enacted.signed');
    const r = run(...asked, reviewDecided('2025-01-15', false));
    expect(r.stage.path).toBe('failed.unconstitutional');
    expect(r.trace.at(-1)?.rule?.id).toBe('court.unconstitutional');
  });
  it('a ruling that the law is constitutional leaves it enacted', () => {
    const upheld = [...readopted, signed('2024-07-26'), reviewRequested('2024-09-01')];
    expect(path(...upheld, reviewDecided('2025-01-15', true))).toBe('enacted.override');
  });
  it('there is no review before promulgation', () => {
    rejects(...adopted, reviewRequested('2024-07-12'));
  });
});

describe('bg-1991: registry', () => {
  it('is registered, provisional, with assumptions', () => {
    expect(registry.some((p) => p.id === 'bg-1991')).toBe(true);
    expect(bg.provisional).toBe(true);
    expect(bg.assumptions.length).toBeGreaterThan(0);
  });
  it('every transition cites a rule in the citation table', () => {
    const rules = rulesOf(bg.machine.root);
    expect(rules).not.toContain(undefined);
    for (const id of rules) expect(bg.citations[id ?? ''], id).toBeDefined();
  });
  it('the tests above apply every rule of the machine', () => {
    expect(unappliedRules()).toEqual([]);
  });
});
