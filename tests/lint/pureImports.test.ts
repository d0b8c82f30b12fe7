import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// ARCHITECTURE.md: pure folders do no I/O. The lint rule is the guard; this checks the guard.
const eslint = new ESLint();
const restricted = async (code: string, filePath: string): Promise<string[]> => {
  const [result] = await eslint.lintText(code, { filePath });
  // A file the linter could not parse would pass any filter: none may be fatal.
  expect(result?.messages.filter((m) => m.fatal === true)).toEqual([]);
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
};

describe('pure folders import none of Node’s modules', () => {
  it.each([
    ["import { readFileSync } from 'fs';", 'src/render/markdown.ts'],
    ["import { readFileSync } from 'node:fs';", 'src/domain/text.ts'],
    ["import { readFile } from 'fs/promises';", 'src/replay/votes.ts'],
    ["import { join } from 'path';", 'machines/shared/roles.ts'],
  ])(
    'refuses %s in %s',
    async (line, file) => {
      const messages = await restricted(
        `${line}\nexport const used = [${line.split(' ')[2]}];\n`,
        file,
      );
      expect(messages).toEqual([
        expect.stringContaining("pure code imports none of Node's modules"),
      ]);
    },
    60_000,
  );
  it('allows them at the edges (the store), and allows a folder named like a module', async () => {
    expect(
      await restricted(
        "import { readFileSync } from 'fs';\nexport const r = readFileSync;\n",
        'src/store/streamMetadata.ts',
      ),
    ).toEqual([]);
    expect(
      await restricted(
        "import { kebab } from '../domain/text.js';\nexport const k = kebab;\n",
        'src/render/markdown.ts',
      ),
    ).toEqual([]);
  }, 60_000);
});
