import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkProperties } from '../../src/check/runProperties.js';
import type { CheckProgress } from '../../src/check/runProperties.js';
import { bar, progressLine } from '../../src/cli/progress.js';
import { getProcedure } from '../../src/index.js';
import { legisim } from '../helpers/cli.js';

const ESC = String.fromCharCode(27);

describe('the progress line', () => {
  it('redraws in place at most once per interval, and erases itself when done', () => {
    const written: string[] = [];
    let t = 0;
    const line = progressLine(
      (text) => written.push(text),
      () => t,
      100,
    );
    line.update('a');
    t = 50;
    line.update('b'); // too soon: skipped
    t = 150;
    line.update('c');
    line.clear();
    expect(written).toEqual([`\ra${ESC}[K`, `\rc${ESC}[K`, `\r${ESC}[K`]);
  });
  it('erases nothing if it never drew', () => {
    const written: string[] = [];
    progressLine(
      (text) => written.push(text),
      () => 0,
    ).clear();
    expect(written).toEqual([]);
  });
  it('draws a bar with the counts', () => {
    expect(bar(0, 2000, 10)).toBe('[..........] 0/2,000');
    expect(bar(1200, 2000, 10)).toBe('[######....] 1,200/2,000');
    expect(bar(5, 0, 4)).toBe('[....] 5/0');
  });
});

describe('checkProperties reports its progress', () => {
  it('after every random history, then every simple path', () => {
    const seen: CheckProgress[] = [];
    checkProperties({
      procedure: getProcedure('kz-2026-kurultai'),
      runs: 50,
      seed: 1,
      onProgress: (p) => seen.push(p),
    });
    const histories = seen.filter((p) => p.phase === 'histories');
    const paths = seen.filter((p) => p.phase === 'paths');
    expect(histories.map((p) => p.done)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(histories.every((p) => p.total === 50)).toBe(true);
    expect(paths.at(-1)).toEqual({ phase: 'paths', done: 168, total: 168 });
    expect(seen.indexOf(paths[0] as CheckProgress)).toBe(50);
  });
});

const hasScript = spawnSync('script', ['--version']).status === 0;
const bin = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));

describe('legisim check --properties on a terminal', () => {
  it.skipIf(!hasScript)('draws progress on stderr only when it is a TTY, and erases it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'legisim-progress-'));
    const out = join(dir, 'out.txt');
    const terminal = join(dir, 'terminal.log');
    const command = `${process.execPath} ${bin} check --properties --procedure kz-2026-kurultai --runs 400 --seed 1 > ${out}`;
    // `script` gives the command a pseudo-terminal: stderr is a TTY, stdout goes to a file.
    const run = spawnSync('script', ['-qec', command, terminal], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const screen = readFileSync(terminal, 'utf8');
    expect(screen).toMatch(/\rkz-2026-kurultai: random histories \[#*\.*\] [\d,]+\/400/);
    expect(screen).toContain(`\r${ESC}[K`);
    expect(readFileSync(out, 'utf8')).not.toContain('\r');
    expect(readFileSync(out, 'utf8')).toContain('all 14 checks hold');
  });
  it('draws nothing when stderr is not a terminal', () => {
    const run = legisim([
      'check',
      '--properties',
      '--procedure',
      'kz-2026-kurultai',
      '--runs',
      '100',
      '--seed',
      '1',
    ]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});
