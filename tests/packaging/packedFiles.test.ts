import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';

// The package ships the library and the CLI, built: not the benchmarks, tests or sources.
it('packs dist/src and dist/machines only, with the CLI entry', () => {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
  ) as [{ files: { path: string }[] }];
  const paths = pack.files.map((f) => f.path);
  expect(paths).toContain('dist/src/cli/main.js');
  expect(paths).toContain('dist/src/index.js');
  const unexpected = paths.filter(
    (p) => !/^(dist\/(src|machines)\/|package\.json$|README\.md$|LICENSE)/.test(p),
  );
  expect(unexpected).toEqual([]);
}, 60_000);
