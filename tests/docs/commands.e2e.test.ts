import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { procedures } from '../../machines/index.js';

/**
 * Every shell command of README.md and docs/*.md, run as written from a scratch copy of the
 * scenarios, with `npx legisim` standing for the built binary (npm test builds it first).
 * Commands run in order within their block, so a `cp` or `store import` prepares the next line.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'dist/src/cli/main.js');
const docs = ['README.md', ...readdirSync(join(root, 'docs')).map((f) => `docs/${f}`)].filter((f) =>
  f.endsWith('.md'),
);

/** Commands not run, each with its reason. */
const skipped: Readonly<Record<string, string>> = {
  'npm install && npm test': 'the whole test suite: this test is part of it',
  'npm run bench': 'the full benchmark takes minutes; bench/ is not part of the tests',
  'BENCH_BILLS=10000 npm run bench': 'the benchmark is not part of the tests',
  'npx legisim check --properties --runs 2000 --seed 1':
    'about a minute and a half; tests/check/properties.e2e.test.ts runs check --properties',
};

type Command = Readonly<{ file: string; block: number; line: string; exit: number }>;

/** A trailing "# exit N" or "# exits N" comment states the exit code; otherwise 0. */
const expectedExit = (line: string): number => Number(/#\s*exits? (\d+)/.exec(line)?.[1] ?? 0);

const withoutComment = (line: string): string => line.replace(/\s+#\s[^'"]*$/, '').trim();

/** Shell blocks (sh, bash, shell, console), and `$ ` lines of transcripts in plain blocks. */
const commandsOf = (file: string): Command[][] => {
  const blocks: Command[][] = [];
  const fences = readFileSync(join(root, file), 'utf8').matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm);
  for (const [, lang = '', body = ''] of fences) {
    const shell = ['sh', 'bash', 'shell', 'console'].includes(lang);
    if (!shell && lang !== '') continue;
    const joined = body.replace(/\\\n\s*/g, '');
    const lines = joined
      .split('\n')
      .filter((l) => (shell ? l.trim() !== '' : l.startsWith('$ ')))
      .map((l) => l.replace(/^\$ /, ''));
    const commands = lines.map((line) => ({
      file,
      block: blocks.length,
      line: withoutComment(line),
      exit: expectedExit(line),
    }));
    if (commands.length > 0) blocks.push(commands);
  }
  return blocks;
};

const blocks = docs.flatMap(commandsOf);

/** `npx legisim` is the built binary; `npm install` has been done; anything else runs as is. */
const prelude = `set -o pipefail
npx() { if [ "$1" = legisim ]; then shift; node ${JSON.stringify(bin)} "$@"; else command npx "$@"; fi; }
npm() { if [ "$1" = install ]; then return 0; fi; command npm "$@"; }
`;

const run = (dir: string, line: string) =>
  spawnSync('bash', ['-c', `${prelude}${line}`], {
    cwd: dir,
    encoding: 'utf8',
    input: '',
    env: { ...process.env, NO_COLOR: '1' },
  });

describe('commands in README.md and docs/*.md', () => {
  it('finds the documented commands', () => {
    const all = blocks.flat().map((c) => c.line);
    expect(all).toContain('npx legisim check scenarios');
    expect(all.some((l) => l.includes('| npx legisim step kz-2025-propaganda-ban.yaml'))).toBe(
      true,
    );
    for (const line of Object.keys(skipped)) expect(all).toContain(line);
  });

  it('uses npx legisim, as the README does, never a bare legisim', () => {
    const bare = blocks.flat().filter((c) => /(^|[|;&]\s*)legisim\b/.test(c.line));
    expect(bare).toEqual([]);
  });

  it.each(blocks.map((b) => [b[0]?.file ?? '', b[0]?.block ?? 0, b] as const))(
    '%s, block %i, runs as written',
    (_file, _block, commands) => {
      const dir = mkdtempSync(join(tmpdir(), 'legisim-docs-'));
      cpSync(join(root, 'scenarios'), join(dir, 'scenarios'), { recursive: true });
      // docs/adding-a-procedure.md loads an outside procedure, which imports the built package.
      const fixtures = join('tests', 'cli', 'fixtures');
      cpSync(join(root, fixtures), join(dir, fixtures), { recursive: true });
      symlinkSync(join(root, 'dist'), join(dir, 'dist'));
      for (const c of commands) {
        if (skipped[c.line] !== undefined) continue;
        const result = run(dir, c.line);
        expect(
          { line: c.line, status: result.status, stderr: result.stderr },
          `${c.file}: ${c.line}`,
        ).toEqual({ line: c.line, status: c.exit, stderr: c.exit === 0 ? '' : result.stderr });
        // Line mode reports a refused command on stdout and goes on: a documented session has none.
        expect(result.stdout, `${c.file}: ${c.line}`).not.toMatch(/^error/m);
      }
    },
    120_000,
  );
});

describe('the README table of procedures', () => {
  it('marks provisional exactly the procedures the registry marks', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| `([a-z0-9-]+)` +\|.*\| ([^|]*) \|$/gm)];
    const marked = Object.fromEntries(
      rows.map(([, id = '', notes = '']) => [id, notes.startsWith('provisional')]),
    );
    expect(marked).toEqual(Object.fromEntries(procedures.map((p) => [p.id, p.provisional])));
  });
});
