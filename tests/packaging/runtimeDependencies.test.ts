import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

const sourceFiles = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });

/** Packages a file imports at run time (type-only imports vanish when compiled). */
const runtimeImports = (file: string): string[] =>
  [
    ...readFileSync(join(root, file), 'utf8').matchAll(
      /^import (?!type )[^;]*?from '([^'.][^']*)'/gm,
    ),
  ]
    .map((m) => m[1] ?? '')
    .filter((specifier) => !specifier.startsWith('node:'))
    .map((specifier) =>
      specifier.startsWith('@')
        ? specifier.split('/').slice(0, 2).join('/')
        : (specifier.split('/')[0] ?? ''),
    );

describe('the published package', () => {
  // A package imported by src/ or machines/ but kept in devDependencies works on a clone and
  // breaks for whoever installs legisim from the registry.
  it.each([...sourceFiles('src'), ...sourceFiles('machines')])(
    '%s imports only declared runtime dependencies',
    (file) => {
      for (const name of runtimeImports(file))
        expect(Object.keys(pkg.dependencies)).toContain(name);
    },
  );
});
