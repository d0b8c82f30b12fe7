import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/loadScenario.js';
import { scenarioJsonSchema } from '../../src/scenario/jsonSchema.js';
import { caseOf, replayCase } from '../../src/scenario/runScenario.js';

const base = `id: test-bill
title: Test bill
jurisdiction: KZ
bill: { kind: law }
events:
  - type: BillIntroduced
    at: 2025-03
  - type: VoteHeld
    at: 2025-11-12
    data: { chamber: majilis, motion: adopt, result: passed }
expect: { status: pending, stage: senate }
`;

const load = (text: string) => loadScenario(text, 'bill.yaml');
const fails = (text: string, code: string, message: RegExp) => {
  expect(() => load(text)).toThrow(
    expect.objectContaining({ code, message: expect.stringMatching(message) as unknown }),
  );
};

describe('loadScenario', () => {
  it('fills BillIntroduced from the bill block and keeps event lines', () => {
    const s = load(base);
    expect(s.events[0]).toMatchObject({
      type: 'BillIntroduced',
      data: { kind: 'law', title: 'Test bill' },
    });
    expect(s.eventLines).toEqual([6, 8]);
  });
  it('names the file, line and column of a YAML syntax error', () => {
    fails(
      `${base}branches: [\n`,
      'input.invalidScenario',
      /^bill\.yaml:\d+:\d+: not valid YAML\/JSON/,
    );
  });
  it('names the line and field of a schema violation', () => {
    fails(
      base.replace('jurisdiction: KZ', 'jurisdiction: FR'),
      'input.invalidScenario',
      /^bill\.yaml:3:15: jurisdiction: "FR" is not a jurisdiction legisim has a procedure for; known: KZ, RU/,
    );
    fails(
      base.replace('expect: { status: pending, stage: senate }', 'expect: { status: won }'),
      'input.invalidScenario',
      /^bill\.yaml:11:19: expect\.status/,
    );
  });
  it('names the file, line and index of an invalid event', () => {
    fails(
      base.replace('chamber: majilis', 'chamber: 2house'),
      'input.invalidEvent',
      /^bill\.yaml, line 8, event 1 \(VoteHeld\): data\.chamber/,
    );
    fails(
      base.replace('at: 2025-11-12', 'at: 2025-11-31'),
      'input.invalidEvent',
      /line 8, event 1 .*at: expected a calendar date/,
    );
  });
  it('rejects a branch departing after an event that does not exist, and duplicate names', () => {
    const branch = (name: string, after: number) =>
      `  - name: ${name}\n    after: ${after}\n    events: []\n    expect: { status: pending }\n`;
    fails(
      `${base}branches:\n${branch('x', 5)}`,
      'input.invalidScenario',
      /bill\.yaml:\d+:\d+: branch "x" departs after event 5, but the history has 2 events/,
    );
    fails(
      `${base}branches:\n${branch('x', 0)}${branch('x', 1)}`,
      'input.invalidScenario',
      /branch "x" is defined twice/,
    );
  });
  it('reads JSON too', () => {
    const json = JSON.stringify({
      id: 'j',
      title: 'J',
      jurisdiction: 'RU',
      bill: { kind: 'law' },
      events: [{ type: 'BillIntroduced', at: '2022-07-18' }],
      expect: { status: 'pending' },
    });
    expect(loadScenario(json, 'j.json').jurisdiction).toBe('RU');
  });
  it('re-raises a replay error with the line of the offending event', () => {
    const s = load(
      base.replace('motion: adopt, result: passed', 'motion: approve, result: passed'),
    );
    expect(() => replayCase(caseOf(s))).toThrow(
      expect.objectContaining({
        code: 'replay.eventNotAllowed',
        message: expect.stringMatching(/^bill\.yaml:8: event 1/) as unknown,
      }),
    );
  });
  it('says which branches exist when one is unknown', () => {
    expect(() => caseOf(load(base), 'nope')).toThrow(
      expect.objectContaining({
        code: 'input.invalidOption',
        message: expect.stringContaining('branches: none') as unknown,
      }),
    );
  });
});

describe('the published JSON Schema', () => {
  it('is the one generated from the loader schema (run `npm run schema` after changing it)', () => {
    const file = JSON.parse(
      readFileSync(new URL('../../schema/scenario.schema.json', import.meta.url), 'utf8'),
    ) as unknown;
    expect(file).toEqual(scenarioJsonSchema());
  });
});
