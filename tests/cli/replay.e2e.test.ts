import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { legisim } from '../helpers/cli.js';

const kz = 'scenarios/kz-2025-propaganda-ban.yaml';
const ru2013 = 'scenarios/ru-2013-135-fz.yaml';
const ru2022 = 'scenarios/ru-2022-478-fz.yaml';

type Report = {
  outcome: { status: string; reason: string; stage: string; date: string };
  timeline: unknown[];
  votes: unknown[];
  nextSteps: { moves: unknown[]; clocks: unknown[] };
};
const replayJson = (...args: string[]) => {
  const run = legisim(['replay', ...args, '--format', 'json']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Report;
};

const scratch = () => mkdtempSync(join(tmpdir(), 'legisim-'));
const write = (dir: string, name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

describe('legisim replay', () => {
  it.each([
    [kz, '2025-12-30'],
    [ru2013, '2013-06-29'],
    [ru2022, '2022-12-05'],
  ])('%s: enacted on %s', (file, date) => {
    const report = replayJson(file);
    expect(report.outcome).toMatchObject({ status: 'enacted', date });
    expect(report.timeline.length).toBeGreaterThan(1);
    expect(report.votes.length).toBeGreaterThan(1);
    expect(report.nextSteps).toBeDefined();
  });
  it('shows outcome, timeline, votes and next steps as a table by default', () => {
    const run = legisim(['replay', kz]);
    expect(run.status).toBe(0);
    for (const section of [
      'OUTCOME  enacted (signed) at president on 2025-12-30',
      'TIMELINE',
      'VOTES',
      'NEXT STEPS',
      'ASSUMPTIONS',
    ]) {
      expect(run.stdout).toContain(section);
    }
  });
  it('replays a branch, and every branch', () => {
    expect(replayJson(kz, '--branch', 'senate-silent-60-days').outcome.reason).toBe(
      'deemed-approved',
    );
    const all = JSON.parse(legisim(['replay', kz, '--all-branches', '--json']).stdout) as Report[];
    expect(all.length).toBeGreaterThan(3);
  });
  it('replays as of a date, with the clocks running then', () => {
    const report = replayJson(kz, '--as-of', '2025-12-01');
    expect(report.outcome).toMatchObject({ status: 'pending', stage: 'senate' });
    expect(report.nextSteps.clocks).toEqual([
      expect.objectContaining({ clock: 'senate.consideration', dueOn: '2026-01-11', daysLeft: 41 }),
    ]);
  });
  it('replays under another procedure on request', () => {
    const run = legisim(['replay', kz, '--procedure', 'kz-2026-kurultai']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^error \[replay\.eventNotAllowed\]: scenarios\/kz-2025-propaganda-ban\.yaml:\d+: event 1/,
    );
  });
  it('prints Markdown and Mermaid (statechart with the path, and a gantt)', () => {
    expect(legisim(['replay', kz, '--format', 'markdown']).stdout).toMatch(/^## .*\n/);
    const mermaid = legisim(['replay', kz, '--format', 'mermaid']).stdout;
    expect(mermaid).toContain('stateDiagram-v2');
    expect(mermaid).toContain('class ');
    expect(mermaid).toContain('gantt');
  });
  it.each([
    [['replay', 'nope.yaml'], /^error \[input\.fileNotFound\]: nope\.yaml: no such file/],
    [['replay', kz, '--branch', 'nope'], /no branch "nope"; branches: /],
    [['replay', kz, '--procedure', 'xx'], /^error \[procedure\.unknown\]/],
    [['replay', kz, '--as-of', '2025-02-30'], /input\.invalidDate/],
    [['replay', kz, '--branch', 'a', '--all-branches'], /cannot be used with/],
  ])('bad input %j: one line, exit 2', (args, message) => {
    const run = legisim(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
  it('reports a YAML syntax error and a schema violation with file and line', () => {
    const dir = scratch();
    const broken = write(dir, 'broken.yaml', 'id: x\nevents: [\n');
    expect(legisim(['replay', broken]).stderr).toMatch(/broken\.yaml:3:1: not valid YAML\/JSON/);
    const wrong = write(
      dir,
      'wrong.yaml',
      'id: x\ntitle: X\njurisdiction: KZ\nbill: { kind: law }\nevents:\n  - type: BillIntroduced\n    at: 2025-13-01\nexpect: { status: pending }\n',
    );
    const run = legisim(['replay', wrong]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /wrong\.yaml, line 6, event 0 \(BillIntroduced\): at: expected a calendar date/,
    );
  });
  it('refuses seats for a chamber the procedure does not have, naming the file', () => {
    const file = write(
      scratch(),
      'seats.yaml',
      'id: x\ntitle: X\njurisdiction: KZ\nseats: { federationCouncil: 170 }\nbill: { kind: law }\nevents:\n  - { type: BillIntroduced, at: 2025-01-10 }\nexpect: { status: pending }\n',
    );
    const run = legisim(['replay', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^error \[input\.invalidOption\]: .*seats\.yaml: seats names the federationCouncil, which kz-2023 does not have/,
    );
  });
  it('stops at an event the procedure forbids (strict) or lists it (--conformance)', () => {
    const dir = scratch();
    const file = write(
      dir,
      'unlawful.yaml',
      'id: u\ntitle: U\njurisdiction: KZ\nbill: { kind: law }\nevents:\n  - { type: BillIntroduced, at: 2025-01-10 }\n  - { type: PresidentSigned, at: 2025-02-01 }\n  - { type: VoteHeld, at: 2025-03-01, data: { chamber: majilis, motion: adopt, result: passed } }\nexpect: { status: pending }\n',
    );
    const strict = legisim(['replay', file]);
    expect(strict.status).toBe(2);
    expect(strict.stderr).toMatch(
      /unlawful\.yaml:7: event 1 \(2025-02-01, PresidentSigned\) is not allowed by kz-2023 while the bill is at "Mäjilis"/,
    );
    const conformance = legisim(['replay', file, '--conformance', '--json']);
    expect(conformance.status).toBe(0);
    const report = JSON.parse(conformance.stdout) as Report & { anomalies: { index: number }[] };
    expect(report.anomalies.map((a) => a.index)).toEqual([1]);
    expect(report.outcome.stage).toBe('senate');
  });
});

describe('legisim explain', () => {
  it('chains each event through its rule and article to the outcome, with sources', () => {
    const run = legisim(['explain', kz]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      'rule: The Senate approves the law by a majority of the total number of senators',
    );
    expect(run.stdout).toContain('art. 61(4)');
    expect(run.stdout).toContain('source: https://');
    expect(run.stdout).toContain(
      '(derived from the dates) DeadlineElapsed (president.presentation)',
    );
    expect(run.stdout.trim().split('\n').at(-1)).toBe(
      'OUTCOME: enacted (signed) at president on 2025-12-30',
    );
  });
});

describe('legisim check', () => {
  it('passes every scenario and branch in scenarios/', () => {
    const run = legisim(['check', 'scenarios']);
    expect(run.stdout).toMatch(/\n\d+ passed, 0 failed\n$/);
    expect(run.status).toBe(0);
  });
  it('fails with exit 1 when an expectation is not met, and goes on with other files', () => {
    const dir = scratch();
    write(
      dir,
      'a.yaml',
      'id: a\ntitle: A\njurisdiction: KZ\nbill: { kind: law }\nevents:\n  - { type: BillIntroduced, at: 2025-01-10 }\nexpect: { status: enacted }\n',
    );
    write(
      dir,
      'b.yaml',
      'id: b\ntitle: B\njurisdiction: KZ\nbill: { kind: law }\nevents:\n  - { type: BillIntroduced, at: 2025-01-10 }\nexpect: { status: pending, stage: majilis }\n',
    );
    const run = legisim(['check', dir]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('status: expected enacted, got pending');
    expect(run.stdout).toMatch(/ok {3}.*b\.yaml/);
    expect(run.stdout).toContain('1 passed, 1 failed');
  });
  it('fails when it finds no scenario', () => {
    expect(legisim(['check', scratch()]).status).toBe(1);
  });
});

describe('legisim compare', () => {
  it('puts the Kazakh and Russian paths side by side', () => {
    const run = legisim(['compare', kz, ru2013, ru2022]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/days: upper chamber\s+36\s+15\s+6/);
    const columns = JSON.parse(
      legisim(['compare', kz, `${ru2022}#federation-council-silent-14-days`, '--json']).stdout,
    ) as { case: string }[];
    expect(columns.map((c) => c.case)).toEqual([
      'kz-2025-propaganda-ban',
      'ru-2022-478-fz#federation-council-silent-14-days',
    ]);
  });
});

describe('legisim schema', () => {
  it('prints the JSON Schema of scenario files', () => {
    const schema = JSON.parse(legisim(['schema']).stdout) as {
      properties: Record<string, unknown>;
    };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['events', 'branches', 'expect']),
    );
  });
});
