import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));

export type CliRun = Readonly<{ status: number | null; stdout: string; stderr: string }>;

/** Runs the built `legisim` binary (npm test builds it first), as a user would. */
export const legisim = (
  args: readonly string[],
  options: {
    cwd?: string;
    input?: string;
    env?: Record<string, string>;
    /** Run as another user (only root may): to meet permissions as an ordinary user does. */
    user?: { uid: number; gid: number };
  } = {},
): CliRun => {
  const run = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    cwd: options.cwd,
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    ...options.user,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};
