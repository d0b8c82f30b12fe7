import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mermaidText } from '../../src/render/mermaid.js';
import { legisim } from '../helpers/cli.js';

const kz = 'scenarios/kz-2025-propaganda-ban.yaml';
const ru2013 = 'scenarios/ru-2013-135-fz.yaml';

describe('legisim replay --as-of before the first event', () => {
  // Why this test? The outcome line read "at drafting on " with no date.
  it('says no event was recorded by that date', () => {
    const run = legisim(['replay', kz, '--as-of', '2020-01-01']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      'OUTCOME  pending (in-progress) at drafting with no event recorded by 2020-01-01\n',
    );
    expect(run.stdout).not.toMatch(/ on \n/);
    const md = legisim(['replay', kz, '--as-of', '2020-01-01', '--format', 'markdown']);
    expect(md.stdout).toContain('**Outcome:** pending (in-progress) at drafting with no event');
  });
});

describe('Mermaid labels', () => {
  // Why this test? Colons were replaced by spaces, so "Senate: the President's wording" lost it.
  it('keep their colon as an entity code', () => {
    expect(mermaidText('Senate: "the" wording; #1 {a} <b>')).toBe(
      'Senate#58; #34;the#34; wording#59; #35;1 #123;a#125; #60;b#62;',
    );
    const run = legisim(['graph', 'kz-2023']);
    expect(run.stdout).toContain('state "Senate#58; the President\'s wording" as ');
  });
});

describe('legisim explain', () => {
  // Why this test? explain printed no header, unlike the other reports.
  it('starts with a one-line header naming the case and the procedure', () => {
    const run = legisim(['explain', kz, '--branch', 'senate-silent-60-days']);
    expect(run.status).toBe(0);
    const [first, second] = run.stdout.split('\n');
    expect(first).toMatch(
      /^EXPLAIN Kazakhstan 2025 .* \(kz-2025-propaganda-ban, branch senate-silent-60-days\) under kz-2023$/,
    );
    expect(second).toBe('');
  });
});

describe('--procedure of another jurisdiction', () => {
  // Why this test? A Kazakh bill replayed under ru-2020 ran on and failed at its first vote.
  it.each([
    ['replay', kz, 'ru-2020', 'RU', 'KZ'],
    ['explain', kz, 'ru-1993', 'RU', 'KZ'],
    ['replay', ru2013, 'kz-2023', 'KZ', 'RU'],
  ])('%s %s --procedure %s is refused, naming both', (command, file, procedure, theirs, ours) => {
    const run = legisim([command, file, '--procedure', procedure]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `error [input.invalidOption]: ${file}: procedure ${procedure} is of jurisdiction ${theirs}, but the bill is of ${ours}; name one of ${ours}: ${ours === 'KZ' ? 'kz-1995, kz-2023, kz-2026-kurultai' : 'ru-1993, ru-2020'}\n`,
    );
  });

  it('is refused in a scenario file too, as an invalid scenario', () => {
    const dir = mkdtempSync(join(tmpdir(), 'legisim-'));
    const file = join(dir, 'wrong.yaml');
    writeFileSync(
      file,
      'id: w\ntitle: W\njurisdiction: KZ\nprocedure: ru-2020\nbill: { kind: law }\nevents:\n  - { type: BillIntroduced, at: 2025-01-10 }\nexpect: { status: pending }\n',
    );
    const run = legisim(['replay', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error \[input\.invalidScenario\]: .*procedure ru-2020 is of/);
  });
});
