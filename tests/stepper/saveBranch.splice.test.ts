import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkScenario } from '../../src/scenario/checkScenario.js';
import { loadScenario } from '../../src/scenario/loadScenario.js';
import { spliceBranch } from '../../src/stepper/branchText.js';
import { createScenarioSession } from '../../src/stepper/session.js';
import type { Effect } from '../../src/stepper/stepper.js';
import { createStepper } from '../../src/stepper/stepper.js';
import { plainStyle } from '../../src/stepper/style.js';
import { feed, kz, scenarioFiles, textOf } from './helpers.js';

/** Saves a Senate refusal after the first Senate reading of `text` and returns the effect. */
const saveRefusal = (file: string, text: string, name = 'senate-refuses'): Effect => {
  const st = createStepper(createScenarioSession({ file, text }), { style: plainStyle });
  const { replies } = feed(
    st,
    'jump 4',
    'alt 5 2025-12-18 for=20 against=25 abstained=2',
    `save ${name}`,
  );
  const effect = replies.at(-1)?.effect;
  if (effect === undefined) throw new Error(`no effect: ${JSON.stringify(replies.at(-1))}`);
  return effect;
};

/** The new text is the old one with one piece inserted: every other byte is unchanged. */
const expectOnlyInserted = (before: string, after: string): string => {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  const inserted = after.length - before.length;
  expect(after.slice(start + inserted)).toBe(before.slice(start));
  expect(after.slice(0, start)).toBe(before.slice(0, start));
  return after.slice(start, start + inserted);
};

describe('saving a branch into a scenario file', () => {
  it('appends a block entry to a YAML file and leaves every other byte as it was', () => {
    const before = textOf(kz);
    const effect = saveRefusal(kz, before);
    expect(effect).toMatchObject({ type: 'writeScenario', expected: before });
    const inserted = expectOnlyInserted(before, effect.text);
    expect(inserted).toMatch(/^ {2}- name: senate-refuses\n {4}description: >-\n/);
    expect(inserted).toContain(
      '        data: { chamber: senate, motion: approve, tally: { for: 20, against: 25, abstained: 2 } }\n',
    );
    const scenario = loadScenario(effect.text, kz);
    expect(scenario.branches.at(-1)).toMatchObject({
      name: 'senate-refuses',
      after: 3,
      expect: { status: 'pending', reason: 'in-progress', stage: 'conciliation' },
    });
    expect(checkScenario(scenario).every((c) => c.ok)).toBe(true);
  });

  it.each(scenarioFiles)('keeps %s byte for byte outside the new entry', (file) => {
    const before = textOf(file);
    const st = createStepper(createScenarioSession({ file, text: before }), { style: plainStyle });
    const { replies } = feed(st, 'jump 2', 'alt 1', 'save what-if');
    const effect = replies.at(-1)?.effect;
    expect(effect?.type).toBe('writeScenario');
    expectOnlyInserted(before, effect?.text ?? '');
    expect(checkScenario(loadScenario(effect?.text ?? '', file)).every((c) => c.ok)).toBe(true);
  });

  it('adds a `branches` list to a file that has none, and copes with a missing final newline', () => {
    const before = textOf(kz).replace(/\nbranches:[\s\S]*$/, '');
    expect(before.endsWith('\n')).toBe(false);
    const effect = saveRefusal(kz, before);
    expect(effect.text.startsWith(before)).toBe(true);
    expect(effect.text.slice(before.length)).toMatch(/^\nbranches:\n {2}- name: senate-refuses\n/);
    expect(loadScenario(effect.text, kz).branches).toHaveLength(1);
  });

  it('writes JSON into a JSON scenario file, inside its `branches` array', () => {
    const json = `${JSON.stringify(parse(textOf(kz)), null, 2)}\n`;
    const effect = saveRefusal('kz.json', json);
    const inserted = expectOnlyInserted(json, effect.text);
    expect(inserted.startsWith(',\n')).toBe(true);
    const parsed = JSON.parse(effect.text) as { branches: { name: string }[] };
    expect(parsed.branches.at(-1)?.name).toBe('senate-refuses');
  });

  it('adds a `branches` array to a JSON file without one', () => {
    const { branches: _b, ...rest } = parse(textOf(kz)) as Record<string, unknown>;
    const json = JSON.stringify(rest, null, 2);
    const effect = saveRefusal('kz.json', json);
    expectOnlyInserted(json, effect.text);
    const parsed = JSON.parse(effect.text) as { branches: { name: string }[] };
    expect(parsed.branches.map((b) => b.name)).toEqual(['senate-refuses']);
  });

  it('keeps CRLF line ends in a file written with them', () => {
    const before = textOf(kz).replace(/\n/g, '\r\n');
    const effect = saveRefusal(kz, before);
    const inserted = expectOnlyInserted(before, effect.text);
    expect(inserted.replace(/\r\n/g, '')).not.toContain('\n');
    expect(loadScenario(effect.text, kz).branches.at(-1)?.name).toBe('senate-refuses');
  });

  it('fills an empty flow list', () => {
    const before = `${textOf(kz).replace(/\nbranches:[\s\S]*$/, '')}\nbranches: [] # none yet\n`;
    const effect = saveRefusal(kz, before);
    expectOnlyInserted(before, effect.text);
    expect(loadScenario(effect.text, kz).branches.map((b) => b.name)).toEqual(['senate-refuses']);
  });

  it('replaces a branch of the same name only on request, keeping the others', () => {
    const before = textOf(kz);
    const st = createStepper(createScenarioSession({ file: kz, text: before }), {
      style: plainStyle,
    });
    const { replies } = feed(st, 'jump 3', 'alt 8 2025-12-20', 'save senate-silent-60-days', 'yes');
    const effect = replies.at(-1)?.effect;
    const after = loadScenario(effect?.text ?? '', kz);
    const old = loadScenario(before, kz);
    expect(after.branches.map((b) => b.name)).toEqual(old.branches.map((b) => b.name));
    expect(after.branches.find((b) => b.name === 'senate-silent-60-days')).toMatchObject({
      after: 2,
      expect: { status: 'lapsed' },
    });
    const beforeLines = before.split('\n');
    const afterLines = (effect?.text ?? '').split('\n');
    const start = beforeLines.findIndex((l) => l === '  - name: senate-silent-60-days');
    const next = beforeLines.findIndex((l, i) => i > start && l.startsWith('  - name: '));
    expect(afterLines.slice(0, start)).toEqual(beforeLines.slice(0, start));
    const tail = beforeLines.slice(next);
    expect(afterLines.slice(afterLines.length - tail.length)).toEqual(tail);
  });

  it('refuses a file whose `branches` is not a list', () => {
    expect(() => spliceBranch('id: x\nbranches: 3\n', 'x.yaml', { name: 'b' })).toThrow(
      expect.objectContaining({ code: 'input.invalidScenario' }),
    );
  });
});

describe('a branch built from another branch', () => {
  const saveFrom = (branch: string, ...lines: string[]) => {
    const st = createStepper(createScenarioSession({ file: kz, text: textOf(kz), branch }), {
      style: plainStyle,
    });
    const effect = feed(st, ...lines).replies.at(-1)?.effect;
    if (effect?.type !== 'writeScenario') throw new Error('no save');
    return loadScenario(effect.text, kz).branches.at(-1);
  };

  it('departs where that branch departs, keeping its events up to the fork', () => {
    const saved = saveFrom(
      'president-returns-parliament-overrides',
      'jump 7', // the President returned it (6) and the Mäjilis overrode (7)
      'alt 2 2026-01-22 for=33 against=13 abstained=2', // the Senate falls one short
      'save senate-one-short',
    );
    expect(saved).toMatchObject({
      after: 4,
      events: [
        { type: 'PresidentReturned' },
        { type: 'VoteHeld', data: { chamber: 'majilis', motion: 'overrideVeto' } },
        { type: 'VoteHeld', data: { chamber: 'senate', tally: { for: 33 } } },
      ],
      expect: { status: 'failed', reason: 'veto-sustained' },
    });
  });

  it('keeps the procedure that branch is replayed under', () => {
    const saved = saveFrom(
      'kurultai-2026-adopts',
      'jump 3',
      'alt 3 2026-10-30',
      'save kurultai-returned',
    );
    expect(saved).toMatchObject({
      after: 0,
      procedure: 'kz-2026-kurultai',
      expect: { status: 'pending', stage: 'objections' },
    });
  });
});
