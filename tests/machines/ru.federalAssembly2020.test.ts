import { describe, expect, it } from 'vitest';
import { ruFederalAssembly1993 } from '../../machines/ru/federalAssembly1993.procedure.js';
import { ruFederalAssembly2020 } from '../../machines/ru/federalAssembly2020.procedure.js';
import { addDays } from '../../src/domain/calendar.js';
import type { BillEvent } from '../../src/domain/events.js';
import type { Procedure } from '../../src/domain/procedure.js';
import { contextOf, replay } from '../../src/replay/replay.js';
import {
  introduced,
  returned,
  reviewDecided,
  reviewRequested,
  signed,
  transmitted,
  vote,
} from '../helpers/events.js';

const day = (n: number) => addDays('2021-03-01', n);
const run = (procedure: Procedure, ...events: BillEvent[]) => replay(events, { procedure });
const ru2020 = (...events: BillEvent[]) => run(ruFederalAssembly2020, ...events);
const rejects = (procedure: Procedure, ...events: BillEvent[]) =>
  expect(() => run(procedure, ...events)).toThrow(
    expect.objectContaining({ code: 'replay.eventNotAllowed' }),
  );
const lastRule = (...events: BillEvent[]) => ru2020(...events).trace.at(-1)?.rule?.id;

const approvedLaw = [
  introduced(day(0)),
  vote(day(10), 'duma', 'passReading', 300, 1),
  vote(day(20), 'duma', 'passReading', 300, 2),
  vote(day(20), 'duma', 'adopt', 300),
  vote(day(25), 'federationCouncil', 'approve', 150),
  transmitted(day(27), 'president'),
];
// The chambers override the veto; the President receives the law on day 62 (7 days: day 69).
const overridden = [
  ...approvedLaw,
  returned(day(35)),
  vote(day(50), 'duma', 'overrideVeto', 320),
  vote(day(60), 'federationCouncil', 'overrideVeto', 140),
  transmitted(day(62), 'president'),
];
const referred = [...overridden, reviewRequested(day(65))];

const fkzWithPresident = [
  introduced(day(0), 'constitutionalLaw'),
  vote(day(10), 'duma', 'passReading', 300, 1),
  vote(day(20), 'duma', 'passReading', 300, 2),
  vote(day(20), 'duma', 'adopt', 310),
  vote(day(25), 'federationCouncil', 'approve', 140),
  transmitted(day(27), 'president'),
];
// The fourteen days of art. 108(2) end on day 41.
const fkzReferred = [...fkzWithPresident, reviewRequested(day(35))];

describe('ru-2020: referral after an override (art. 107(3) as amended)', () => {
  it('the referral within the seven days suspends the signing period', () => {
    const r = ru2020(...referred);
    expect(r.stage.path).toBe('mustSign.review');
    expect(r.trace.at(-1)?.rule?.id).toBe('court.referral');
    expect(contextOf(r.snapshot).clocks).toEqual([
      expect.objectContaining({ id: 'override.period', suspendedOn: day(65), remainingDays: 4 }),
    ]);
  });
  it('no deadline runs out while the Court considers the request', () => {
    const r = ru2020(...referred, reviewDecided(day(200), true));
    expect(r.trace.some((s) => s.derived)).toBe(false);
    expect(r.stage.path).toBe('mustSign.afterRuling');
    expect(r.trace.at(-1)?.rule?.id).toBe('court.confirmed');
    expect(contextOf(r.snapshot).clocks).toEqual([
      expect.objectContaining({ id: 'court.afterRuling', startedOn: day(200), dueOn: day(203) }),
    ]);
  });
  it('confirmed: the President signs within three days of the ruling', () => {
    const r = ru2020(...referred, reviewDecided(day(200), true), signed(day(203)));
    expect(r.stage.path).toBe('enacted.override');
    expect(r.trace.at(-1)?.rule?.id).toBe('court.sign');
    expect(contextOf(r.snapshot).overdue).toEqual([]);
    const late = ru2020(...referred, reviewDecided(day(200), true), signed(day(204)));
    expect(late.trace.find((s) => s.derived)?.rule?.id).toBe('court.afterRulingOverdue');
    expect(late.stage.path).toBe('enacted.override');
  });
  it('not confirmed: the law is returned to the Duma unsigned', () => {
    const r = ru2020(...referred, reviewDecided(day(100), false));
    expect(r.stage.path).toBe('failed.unconstitutional');
    expect(r.trace.at(-1)?.rule?.id).toBe('court.notConfirmed');
  });
  it('may be referred before the receipt is recorded', () => {
    const beforeReceipt = overridden.slice(0, -1);
    expect(ru2020(...beforeReceipt, reviewRequested(day(61))).stage.path).toBe('mustSign.review');
  });
  it('no signature while the Court considers it, and no second referral', () => {
    rejects(ruFederalAssembly2020, ...referred, signed(day(70)));
    rejects(ruFederalAssembly2020, ...referred, reviewRequested(day(70)));
    rejects(ruFederalAssembly2020, ...referred, reviewDecided(day(80), true), returned(day(81)));
  });
  it('is also open within the ordinary fourteen days (art. 125(5.1)(a))', () => {
    expect(ru2020(...approvedLaw, reviewRequested(day(30))).stage.path).toBe('president.review');
  });
});

describe('ru-2020: referral of a federal constitutional law (art. 108(2) as amended)', () => {
  it('the referral within the fourteen days suspends the signing period', () => {
    const r = ru2020(...fkzReferred);
    expect(r.stage.path).toBe('constitutionalLaw.president.review');
    expect(r.trace.at(-1)?.rule?.id).toBe('fkz.court.referral');
    expect(contextOf(r.snapshot).clocks).toEqual([
      expect.objectContaining({ id: 'fkz.president.period', suspendedOn: day(35) }),
    ]);
  });
  it('confirmed: signed within three days of the ruling', () => {
    const confirmed = [...fkzReferred, reviewDecided(day(90), true)];
    expect(lastRule(...confirmed)).toBe('fkz.court.confirmed');
    const r = ru2020(...confirmed, signed(day(93)));
    expect(r.trace.some((s) => s.derived)).toBe(false);
    expect(r.stage.path).toBe('enacted.signed');
    expect(r.trace.at(-1)?.rule?.id).toBe('fkz.court.sign');
    const late = ru2020(...confirmed, signed(day(94)));
    expect(late.trace.find((s) => s.derived)?.rule?.id).toBe('fkz.court.afterRulingOverdue');
  });
  it('may be referred before the receipt is recorded', () => {
    const beforeReceipt = fkzWithPresident.slice(0, -1);
    expect(ru2020(...beforeReceipt, reviewRequested(day(26))).stage.path).toBe(
      'constitutionalLaw.president.review',
    );
  });
  it('not confirmed: not signed', () => {
    const r = ru2020(...fkzReferred, reviewDecided(day(90), false));
    expect(r.stage.path).toBe('failed.unconstitutional');
    expect(r.trace.at(-1)?.rule?.id).toBe('fkz.court.notConfirmed');
  });
});

describe('ru-1993: no referral before signature', () => {
  it('rejects a referral after an override and of a federal constitutional law', () => {
    rejects(ruFederalAssembly1993, ...referred);
    rejects(ruFederalAssembly1993, ...fkzReferred);
  });
  it('otherwise replays the same histories', () => {
    expect(run(ruFederalAssembly1993, ...overridden, signed(day(65))).stage.path).toBe(
      'enacted.override',
    );
    expect(run(ruFederalAssembly1993, ...fkzWithPresident, signed(day(35))).stage.path).toBe(
      'enacted.signed',
    );
  });
});
