#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { CommanderError } from '@commander-js/extra-typings';
import { createSimulator } from '../api.js';
import { isSimulatorError } from '../domain/errors.js';
import { exitCodeFor, exitCodes } from './exitCodes.js';
import type { Io } from './io.js';
import { buildProgram } from './program.js';

// The only place with process.exitCode: every error code maps to an exit code (exitCodes.ts).
const readVersion = (): string => {
  const pkg = JSON.parse(
    readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'),
  ) as { version?: string };
  return pkg.version ?? '0.0.0';
};

const io: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  color: process.stdout.isTTY && process.env['NO_COLOR'] === undefined,
  progress: process.stderr.isTTY,
  ...(process.stdin.isTTY && process.stdout.isTTY
    ? {
        confirm: async (message: string) => {
          const { confirm } = await import('@inquirer/prompts');
          return confirm({ message, default: false });
        },
      }
    : {}),
};

const debug = process.argv.includes('--debug');

// `legisim … | head` closes our stdout early: that is the reader's choice, not an error, so stop
// quietly as other Unix tools do instead of dying with an EPIPE stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(exitCodes.ok);
  throw error;
});

const main = async (): Promise<void> => {
  const { program, status } = buildProgram(createSimulator(), io, readVersion());
  try {
    await program.parseAsync(process.argv);
    if (status.checkFailed) process.exitCode = exitCodes.checkFailed;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version arrive here with exit code 0; usage errors are bad input.
      process.exitCode = error.exitCode === 0 ? exitCodes.ok : exitCodes.badInput;
      return;
    }
    if (isSimulatorError(error)) {
      io.err(`error [${error.code}]: ${error.message}\n`);
      if (debug && error.stack !== undefined) io.err(`${error.stack}\n`);
      process.exitCode = exitCodeFor[error.code];
      return;
    }
    io.err(`internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (debug && error instanceof Error && error.stack !== undefined) io.err(`${error.stack}\n`);
    else io.err('(run again with --debug for the stack trace, and please report it)\n');
    process.exitCode = exitCodes.internal;
  }
};

await main();
