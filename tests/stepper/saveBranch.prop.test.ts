import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { checkScenario } from '../../src/scenario/checkScenario.js';
import { loadScenario } from '../../src/scenario/loadScenario.js';
import { createScenarioSession, goTo } from '../../src/stepper/session.js';
import { createStepper, runCommand } from '../../src/stepper/stepper.js';
import { plainStyle } from '../../src/stepper/style.js';
import { viewOf } from '../../src/stepper/view.js';
import { scenarioFiles, textOf } from './helpers.js';

const texts = new Map(scenarioFiles.map((f) => [f, textOf(f)] as const));

/**
 * Why this test? Saving once wrote `PresidentReturned` without its (required, empty) `data`, so
 * the saved file did not load. Any move, at any position of any bundled scenario, taken with its
 * defaults (a declared result or the default tally for a vote), must save to a file that loads,
 * keeps the rest byte for byte, and checks.
 */
describe('saving any alternative', () => {
  test.prop(
    [
      fc.constantFrom(...scenarioFiles),
      fc.nat(),
      fc.nat(),
      fc.constantFrom<Record<string, string>>({}, { vote: 'tally' }),
    ],
    { numRuns: 60 },
  )('gives a file that loads and replays every case to its expectation', (file, k, m, answers) => {
    const text = texts.get(file) ?? '';
    const start = createScenarioSession({ file, text });
    const session = goTo(start, 1 + (k % start.events.length));
    const moves = viewOf(session).moves;
    fc.pre(moves.length > 0);
    const st = createStepper(session, { style: plainStyle });
    const alt = runCommand(st, {
      type: 'alt',
      move: 1 + (m % moves.length),
      explain: false,
      answers,
    });
    // A move may be refused with its defaults (a clock ran out by the date shown): not this test.
    fc.pre(alt.error !== true);
    const saved = runCommand(alt.stepper, { type: 'save', name: 'any-move' });
    if (saved.error === true) throw new Error(saved.message);
    const effect = saved.effect;
    if (effect?.type !== 'writeScenario') throw new Error('no write');
    expect(effect.text.startsWith(text)).toBe(true);
    const after = loadScenario(effect.text, file);
    expect(after.branches.at(-1)?.name).toBe('any-move');
    expect(checkScenario(after).filter((c) => !c.ok)).toEqual([]);
  });
});
