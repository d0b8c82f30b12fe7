import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/loadScenario.js';
import { casesOf } from '../../src/scenario/runScenario.js';
import { legisim } from '../helpers/cli.js';
import { kz, scenarioFiles, textOf } from './helpers.js';

const step = (args: readonly string[], input: string, cwd?: string) => {
  const run = legisim(['step', ...args], { input, ...(cwd === undefined ? {} : { cwd }) });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
};

const positions = (out: string): string[] =>
  [...out.matchAll(/^position (\d+ of \d+)/gm)].map((m) => m[1] ?? '');

const scratchCopy = (file: string): string => {
  const dir = mkdtempSync(join(tmpdir(), 'legisim-step-'));
  const copy = join(dir, file.split('/').at(-1) ?? 'scenario.yaml');
  copyFileSync(file, copy);
  return copy;
};

describe('legisim step, line mode', () => {
  it('runs the issue example: two steps forward, then quit', () => {
    const out = step([kz], 'next\nnext\nquit\n');
    expect(positions(out)).toEqual(['1 of 6', '2 of 6', '3 of 6']);
    expect(out).toContain('> next\n');
    expect(out).toContain('Senate consideration: day 22 of 60, due 2026-01-11');
    expect(out).not.toContain('\u001b['); // no colour in line mode
  });

  it.each(scenarioFiles)('walks %s to its end', (file) => {
    const n = loadScenario(textOf(file), file).events.length;
    const out = step([file], `${'next\n'.repeat(n)}quit\n`);
    expect(positions(out).at(-1)).toBe(`${n} of ${n}`);
    expect(out).toMatch(/^outcome +enacted \(signed\)/m);
    expect(out).toContain('error: this is the last position');
  });

  it.each(
    scenarioFiles.flatMap((file) =>
      casesOf(loadScenario(textOf(file), file)).flatMap((c) =>
        c.branch === undefined ? [] : [[file, c.branch.name, c.branch.asOf, c.expect] as const],
      ),
    ),
  )('walks %s --branch %s to its expected outcome', (file, branch, asOf, expected) => {
    const out = step(
      [file, '--branch', branch],
      `last\n${asOf === undefined ? '' : `jump ${asOf}\n`}`,
    );
    const last = out.slice(out.lastIndexOf('\nposition '));
    if (expected.status === 'pending') expect(last).not.toMatch(/^outcome/m);
    else
      expect(last).toMatch(
        new RegExp(`^outcome +${expected.status} \\(${expected.reason ?? ''}\\)`, 'm'),
      );
  });

  it('goes back and forth, jumps to positions and dates', () => {
    const out = step([kz], 'next\nnext\nback\nlast\nfirst\njump 4\njump 2026-01-20\nback\n');
    expect(positions(out)).toEqual([
      '1 of 6',
      '2 of 6',
      '3 of 6',
      '2 of 6',
      '6 of 6',
      '1 of 6',
      '4 of 6',
      '6 of 6',
      '6 of 6',
    ]);
    expect(out).toContain('position 6 of 6 · as of 2026-01-20 (last event 2025-12-30)');
    expect(out).toMatch(/^elapsed +2025-12-28 Presentation to the President \(10 days\) ran out/m);
  });

  it('forks with an alternative, saves it to a copy of the file, and replay --branch reproduces it', () => {
    const copy = scratchCopy(kz);
    const before = readFileSync(copy, 'utf8');
    const out = step(
      [copy],
      'jump 4\nalt 5 2025-12-18 for=20 against=25 abstained=2\nalt 1 2026-01-14\nalt 3 2026-01-28\nalt 2 2026-02-04 for=70 against=20\nalt 1 2026-02-04 for=70 against=20\nalt 2 2026-02-20\nsave senate-refuses-majilis-insists\nquit\n',
    );
    expect(out).toMatch(
      /^saved branch senate-refuses-majilis-insists to .*\(expect: enacted, override-of-upper-chamber on 2026-02-20\)/m,
    );
    const after = readFileSync(copy, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toMatch(/^ {2}- name: senate-refuses-majilis-insists\n/);
    const replay = legisim([
      'replay',
      copy,
      '--branch',
      'senate-refuses-majilis-insists',
      '--json',
    ]);
    expect(replay.status).toBe(0);
    expect(JSON.parse(replay.stdout)).toMatchObject({
      outcome: { status: 'enacted', reason: 'override-of-upper-chamber', date: '2026-02-20' },
    });
    expect(legisim(['check', copy]).status).toBe(0);
  });

  it('answers bad input with one line and the prompt again, never losing the branch being built', () => {
    const copy = scratchCopy(kz);
    const out = step(
      [copy],
      [
        'jump 4',
        'alt 5 2025-12-18 for=20 against=25 abstained=2',
        'dance', // unknown command
        'alt 1 2025-12-01', // a date before the last event
        'alt 4 2026-01-10 for=60 against=40', // wait, move 4 is a Mäjilis vote: 60 + 40 > 98
        'alt 1 2026-01-10 for=3', // a conciliation commission takes no tally
        'jump 12',
        'save',
        'Bad Name',
        'kept-branch',
      ].join('\n'),
    );
    const errors = out.split('\n').filter((l) => l.startsWith('error: '));
    expect(errors).toEqual([
      'error: unknown command "dance"; type help for the commands',
      expect.stringMatching(/^error: at: 2025-12-01 is before the last event \(2025-12-18\)/),
      expect.stringMatching(/^error: (for|against): .*more than the 98 members of the Mäjilis$/),
      expect.stringMatching(
        /^error: ConciliationCommissionFormed takes at, note, source; not for$/,
      ),
      'error: there is no position 12: positions run from 1 to 5',
      expect.stringMatching(/^error: "Bad Name" is not a branch name/),
    ]);
    expect(out).toMatch(/^saved branch kept-branch/m);
    expect(loadScenario(readFileSync(copy, 'utf8'), copy).branches.at(-1)?.name).toBe(
      'kept-branch',
    );
  });

  it('with --store, also records the saved branch in an event store, as a fork replay --store reads', () => {
    const copy = scratchCopy(kz);
    const store = join(dirname(copy), 'store');
    const out = step(
      [copy, '--store', store],
      'jump 3\nalt 8 2025-12-20\nsave senate-lapses\nquit\n',
    );
    expect(out).toMatch(
      /^recorded in the store .* as stream kz-2025-propaganda-ban#senate-lapses \(added\)$/m,
    );
    const run = legisim([
      'replay',
      'kz-2025-propaganda-ban',
      '--store',
      store,
      '--branch',
      'senate-lapses',
      '--json',
    ]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      outcome: { status: 'lapsed', date: '2025-12-20' },
    });
  });

  it('ends cleanly at the end of input, saying what was not saved', () => {
    const out = step([kz], 'jump 3\nalt 8\n');
    expect(out.trimEnd().split('\n').at(-1)).toBe('the branch you built was not saved');
  });

  it('starts a blank bill under a procedure and saves it as a new scenario file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'legisim-step-'));
    const out = step(
      ['--procedure', 'ru-2020'],
      'alt 1 2024-02-01 title="On a test"\nalt 1 2024-03-01 for=300 against=100\nsave test-bill.yaml\nquit\n',
      dir,
    );
    expect(positions(out).slice(0, 3)).toEqual(['0 of 0', '1 of 1', '2 of 2']);
    expect(out).toContain('saved as a new scenario: test-bill.yaml');
    const check = legisim(['check', join(dir, 'test-bill.yaml')]);
    expect(check.stdout).toContain('1 passed, 0 failed');
  });

  it.each([
    [[], /step needs a scenario file, or --procedure ID/],
    [['nowhere.yaml'], /^error \[input\.fileNotFound\]/],
    [[kz, '--branch', 'nope'], /no branch "nope"/],
    [['--procedure', 'xx-1'], /^error \[procedure\.unknown\]/],
  ])('refuses %j with exit code 2', (args, message) => {
    const run = legisim(['step', ...args], { input: 'quit\n' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('quits cleanly on Ctrl-C (SIGINT) while waiting for input', async () => {
    const bin = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));
    const child = spawn(process.execPath, [bin, 'step', kz], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    await new Promise<void>((resolve) => {
      const wait = setInterval(() => {
        if (!out.includes('next ')) return;
        clearInterval(wait);
        resolve();
      }, 20);
    });
    const code = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    child.kill('SIGINT');
    expect(await code).toBe(0);
  });
});
