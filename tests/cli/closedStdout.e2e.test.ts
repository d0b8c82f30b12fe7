import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));

/** Runs legisim with a reader that closes the pipe at once, as `legisim … | head -0` does. */
const runWithClosedStdout = (args: readonly string[]) =>
  new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, NO_COLOR: '1' },
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });

describe('a reader that closes stdout early (legisim … | head)', () => {
  it('ends quietly with exit 0, without an EPIPE stack trace', async () => {
    const run = await runWithClosedStdout([
      'replay',
      'scenarios/kz-2025-propaganda-ban.yaml',
      '--all-branches',
      '--format',
      'json',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});
