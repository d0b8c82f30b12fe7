import { describe, expect, it } from 'vitest';
import { geParliament2018 } from '../../machines/ge/parliament2018.procedure.js';
import type { BillEvent } from '../../src/domain/events.js';
import { replay } from '../../src/replay/replay.js';
import { introduced, returned, signedInStead, transmitted, vote } from '../helpers/events.js';

// Only recorded facts bind (DESIGN.md, Real records). In Georgia the President has 3 days to
// receive and 5 to sign a law adopted over her remarks; then the Chairperson signs in her stead
// (art. 46(4)–(5)). Unrecorded, the receipt is assumed on the last day allowed; a recorded
// signature in her stead shows that her days had already run out, so the receipt was earlier.
const P = 'parliament';
const overridden: BillEvent[] = [
  introduced('2025-02-01'),
  vote('2025-03-01', P, 'adopt', 84),
  transmitted('2025-03-05', 'president'),
  returned('2025-03-10'),
  vote('2025-03-20', P, 'adoptInPresidentWording', 'failed'),
  vote('2025-03-20', P, 'overrideVeto', 76),
];
const run = (...events: BillEvent[]) =>
  replay([...overridden, ...events], { procedure: geParliament2018 });
const inStead = (at: string) => signedInStead(at, 'Chairperson of Parliament');

describe('an assumed clock start moves earlier when a recorded act shows the time had run out', () => {
  it('takes her five days to have ended the day before the Chairperson signs', () => {
    // Receipt assumed 23 Mar, so her days would end on 28 Mar: the signature that day is lawful
    // only if she received the law by 22 Mar.
    const r = run(inStead('2025-03-28'));
    expect(r.stage.path).toBe('enacted.signedInStead');
    const revised = r.trace.at(-1)?.revisedClocks;
    expect(revised).toEqual([
      expect.objectContaining({
        from: '2025-03-23',
        to: '2025-03-22',
        dueOn: '2025-03-27',
        kind: 'ranOut',
      }),
    ]);
    const ended = r.trace.filter((s) => s.derived).map((s) => [s.event.at, s.rule?.id]);
    expect(ended.at(-1)).toEqual(['2025-03-27', 'afterOverride.signatureExpired']);
  });
  it('never moves the start before the last recorded event', () => {
    // Ended by 24 Mar would need a receipt on 19 Mar, before the override on 20 Mar.
    expect(() => run(inStead('2025-03-24'))).toThrow(
      expect.objectContaining({ code: 'replay.eventNotAllowed' }),
    );
    const earliest = run(inStead('2025-03-26'));
    expect(earliest.trace.at(-1)?.revisedClocks?.[0]).toMatchObject({ to: '2025-03-20' });
  });
  it('never moves a recorded start', () => {
    const sent = transmitted('2025-03-21', 'president');
    expect(() => run(sent, inStead('2025-03-26'))).toThrow(
      expect.objectContaining({ code: 'replay.eventNotAllowed' }),
    );
    expect(run(sent, inStead('2025-03-27')).stage.path).toBe('enacted.signedInStead');
  });
});
