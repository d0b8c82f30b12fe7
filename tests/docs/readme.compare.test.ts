import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { legisim } from '../helpers/cli.js';

/** The mirror laws of the README's comparison, in its column order. */
export const mirrorLaws = [
  'scenarios/kz-2025-propaganda-ban.yaml',
  'scenarios/ru-2013-135-fz.yaml',
  'scenarios/ru-2022-478-fz.yaml',
  'scenarios/ge-2024-family-values.yaml',
  'scenarios/hu-2021-act-lxxix.yaml',
  'scenarios/bg-2024-school-education-act.yaml',
  'scenarios/kg-2023-harmful-information.yaml',
] as const;

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = `${root}README.md`;
const START = '<!-- compare:start -->\n';
const END = '<!-- compare:end -->';

describe('the README comparison of the mirror laws', () => {
  it('is what `legisim compare --format markdown` prints for them', async () => {
    const run = legisim(['compare', ...mirrorLaws, '--format', 'markdown'], { cwd: root });
    expect(run.status).toBe(0);
    const text = readFileSync(readme, 'utf8');
    const from = text.indexOf(START);
    const to = text.indexOf(END);
    expect(from, 'the README has the compare markers').toBeGreaterThan(0);
    // The README is formatted by prettier (aligned table columns): so is the command's table here.
    const options = { ...(await resolveConfig(readme)), filepath: readme };
    const updated = await format(
      `${text.slice(0, from)}${START}\n${run.stdout}\n${text.slice(to)}`,
      options,
    );
    if (process.env['UPDATE_README'] === '1') writeFileSync(readme, updated);
    else expect(text).toBe(updated);
  });
});
