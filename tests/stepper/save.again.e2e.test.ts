import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { legisim } from '../helpers/cli.js';
import { kz } from './helpers.js';

describe('legisim step, saving twice', () => {
  // Why this test? After one alternative, a second `save` said no alternative was tried.
  it('says the branch is already saved, and writes it once', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'legisim-step-')), 'bill.yaml');
    copyFileSync(kz, file);
    const run = legisim(['step', file], {
      input: 'jump 3\nalt 8\nsave again-branch\nsave again-branch\nsave\nsave other-name\nquit\n',
    });
    expect(run.status).toBe(0);
    const replies = run.stdout
      .split('\n')
      .filter((l) => /^(saved|already|error|nothing)/.test(l))
      .map((l) => l.replaceAll(file, 'FILE'));
    expect(replies).toEqual([
      expect.stringMatching(/^saved branch again-branch to FILE /) as unknown,
      'already saved: branch again-branch in FILE holds this history (alt N tries another alternative)',
      'already saved: branch again-branch in FILE holds this history (alt N tries another alternative)',
      'error: nothing new to save: this is branch again-branch as FILE holds it (alt N puts an alternative in place here)',
    ]);
    expect(readFileSync(file, 'utf8').match(/name: again-branch/g)).toHaveLength(1);
  });
});
