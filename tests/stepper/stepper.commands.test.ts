import { describe, expect, it } from 'vitest';
import { parseCommand, tokenize } from '../../src/stepper/commands.js';
import { goTo, withAlternative } from '../../src/stepper/session.js';
import { viewOf } from '../../src/stepper/view.js';
import { blankStepper, feed, kz, stepperOn } from './helpers.js';

describe('parseCommand', () => {
  it.each([
    ['next', { type: 'next', count: 1 }],
    ['n 3', { type: 'next', count: 3 }],
    ['b', { type: 'back', count: 1 }],
    ['jump 4', { type: 'jump', position: 4 }],
    ['j 2026-01-20', { type: 'jumpDate', date: '2026-01-20' }],
    ['alt', { type: 'alt', explain: true, answers: {} }],
    ['alt 3 ?', { type: 'alt', move: 3, explain: true, answers: {} }],
    [
      'alt 3 2026-01-05 for=20 against=25 abstained=2',
      {
        type: 'alt',
        move: 3,
        explain: false,
        answers: { at: '2026-01-05', for: '20', against: '25', abstained: '2' },
      },
    ],
    ['explain all', { type: 'explain', all: true }],
    [
      'save my-branch The Senate refuses',
      { type: 'save', name: 'my-branch', description: 'The Senate refuses' },
    ],
    ['q', { type: 'quit' }],
  ])('%s', (line, command) => {
    expect(parseCommand(line)).toEqual(command);
  });

  it.each(['nxt', 'next two', 'jump', 'jump soon', 'alt x', 'alt 2 for', 'first 2', 'explain me'])(
    'refuses "%s" with a coded one-line error',
    (line) => {
      expect(() => parseCommand(line)).toThrow(
        expect.objectContaining({ code: 'input.invalidOption' }),
      );
    },
  );

  it('keeps quoted values whole', () => {
    expect(tokenize(`alt 1 note="the Senate waits" reason='no quorum'`)).toEqual([
      'alt',
      '1',
      'note=the Senate waits',
      'reason=no quorum',
    ]);
  });
});

describe('the stepper, given the Kazakh 2025 scenario', () => {
  it('starts at position 1 and walks forward and back', () => {
    const { st, replies } = feed(stepperOn(kz), 'next', 'next', 'back', 'last', 'first');
    expect(replies.map((r) => r.stepper.session.position)).toEqual([2, 3, 2, 6, 1]);
    expect(replies.every((r) => r.screen && r.error !== true)).toBe(true);
    expect(viewOf(st.session).stage.label).toBe('Mäjilis');
  });

  it('goes on from the last event to the date the case is replayed as of, as replay does', () => {
    const { st, replies } = feed(
      stepperOn(kz, 'objections-not-reconsidered'),
      'last',
      'next',
      'next',
      'back',
    );
    const [, asOf, again, back] = replies;
    expect(asOf?.error).not.toBe(true);
    expect(asOf?.stepper.session.asOf).toBe('2026-02-15');
    const stage = asOf === undefined ? undefined : viewOf(asOf.stepper.session).stage;
    expect(stage?.path).toBe('failed.objectionsAccepted');
    expect(again?.error).toBe(true);
    expect(back?.stepper.session).toMatchObject({ position: 6, asOf: undefined });
    expect(viewOf(st.session).stage.terminal).toBeUndefined();
  });

  it('stops at the last event when the case has no asOf', () => {
    const { replies } = feed(stepperOn(kz), 'last', 'next');
    expect(replies[1]?.error).toBe(true);
    expect(replies[1]?.stepper.session).toMatchObject({ position: 6, asOf: undefined });
  });

  it('shows the Senate clock with its day count and due date', () => {
    const { st } = feed(stepperOn(kz), 'jump 3');
    expect(viewOf(st.session).clocks).toEqual([
      expect.objectContaining({
        label: 'Senate consideration',
        day: 22,
        of: 60,
        dueOn: '2026-01-11',
      }),
    ]);
  });

  it('refuses bad input with one line and keeps the session and the branch being built', () => {
    const built = feed(stepperOn(kz), 'jump 4', 'alt 5 2025-12-18 for=20 against=25 abstained=2');
    const before = built.st.session;
    const { st, replies } = feed(
      built.st,
      'nxt', // unknown command
      'jump 9', // no such position
      'back 3',
      'alt 5 2025-11-01 for=20', // date before the last event
      'alt 5 2025-12-18 for=20 against=40', // tally larger than the chamber
      'alt 5 2025-12-18 for=30', // a tally that passes, for the move where the vote fails
      'alt 99', // no such move
      'jump 3',
      // (A Senate vote in February is not refused: the 60 days run from an assumed start, which
      // a recorded vote revises; tests/machines/kz.bicameral2023.test.ts covers it.)
      'last',
    );
    for (const r of replies.filter((x) => x.error === true)) {
      expect(r.message).toBeDefined();
      expect(r.message).not.toContain('\n');
      expect(r.quit).toBeUndefined();
    }
    expect(replies.filter((r) => r.error === true).length).toBeGreaterThanOrEqual(6);
    expect(replies[4]?.message).toMatch(/more than the 50 members of the Senate/);
    expect(replies[3]?.message).toMatch(/before the last event/);
    expect(st.session.events.slice(0, before.events.length)).toEqual(before.events);
    expect(st.session.events).toEqual(before.events);
    expect(st.session.changedFrom).toBe(4);
  });

  it('forks at the position shown and undoes the fork', () => {
    const { st } = feed(stepperOn(kz), 'jump 3', 'alt 8 2025-12-20');
    expect(st.session.events).toHaveLength(4);
    expect(viewOf(st.session)).toMatchObject({
      position: 4,
      total: 4,
      departure: 2,
      outcome: { status: 'lapsed' },
    });
    const back = feed(st, 'undo').st.session;
    expect(back.events).toHaveLength(6);
    expect(back.position).toBe(3);
    expect(back.changedFrom).toBeUndefined();
    expect(feed(stepperOn(kz), 'undo').replies[0]).toMatchObject({ error: true });
  });

  it('refuses an event the procedure forbids at that position', () => {
    const s = goTo(stepperOn(kz).session, 6);
    expect(() =>
      withAlternative(s, {
        type: 'VoteHeld',
        at: '2026-01-05',
        data: { chamber: 'senate', motion: 'approve', result: 'passed' },
      }),
    ).toThrow(expect.objectContaining({ code: 'replay.eventNotAllowed' }));
  });

  it('asks before replacing a branch of the same name, and a "no" keeps the file', () => {
    const { replies } = feed(stepperOn(kz), 'jump 3', 'alt 8', 'save senate-silent-60-days', 'no');
    expect(replies[2]?.question).toMatch(/already has a branch "senate-silent-60-days"/);
    expect(replies[2]?.effect).toBeUndefined();
    expect(replies[3]?.message).toMatch(/not saved/);
    expect(replies[3]?.effect).toBeUndefined();
  });

  it('quits in the middle of a question', () => {
    const { replies } = feed(stepperOn(kz), 'jump 3', 'alt 8', 'save', 'quit');
    expect(replies[3]).toMatchObject({ quit: true, message: 'the branch you built was not saved' });
    expect(replies[3]?.effect).toBeUndefined();
  });

  it('has nothing to save before an alternative, and refuses a bad branch name', () => {
    expect(feed(stepperOn(kz), 'save x').replies[0]).toMatchObject({ error: true });
    const named = feed(stepperOn(kz), 'jump 3', 'alt 8', 'save', 'Not A Name', 'ok-name');
    expect(named.replies[3]).toMatchObject({ error: true });
    expect(named.replies[3]?.question).toMatch(/Name of the new branch/);
    expect(named.replies[4]?.effect).toMatchObject({ type: 'writeScenario', name: 'ok-name' });
  });
});

describe('the stepper, given a blank bill', () => {
  it('starts before the introduction and offers it', () => {
    const view = viewOf(blankStepper('kz-2023').session);
    expect(view).toMatchObject({ position: 0, total: 0, stage: { path: 'drafting' } });
    expect(view.moves.map((m) => m.label)).toEqual([
      'BillIntroduced(law)',
      'BillIntroduced(constitutionalLaw)',
    ]);
  });

  it('introduces the bill and takes it to a vote', () => {
    const { st, replies } = feed(
      blankStepper('kz-2023'),
      'alt 1 2025-02-03 title="On archives"',
      'alt 3 2025-03-01 for=60 against=30',
      'back',
    );
    expect(replies.map((r) => r.error)).toEqual([undefined, undefined, undefined]);
    expect(st.session.events[0]).toMatchObject({ data: { kind: 'law', title: 'On archives' } });
    expect(viewOf(goTo(st.session, 2)).votes[0]).toMatchObject({ required: 50, margin: 10 });
  });
});
