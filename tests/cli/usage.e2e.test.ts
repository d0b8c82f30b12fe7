import { CommanderError } from '@commander-js/extra-typings';
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../src/api.js';
import { bufferIo } from '../helpers/bufferIo.js';
import { buildProgram } from '../../src/cli/program.js';
import { legisim } from '../helpers/cli.js';

const inProcess = async (args: readonly string[]) => {
  const io = bufferIo();
  const { program } = buildProgram(createSimulator(), io, '0.0.0-test');
  const error = await program.parseAsync(args, { from: 'user' }).then(
    () => undefined,
    (e: unknown) => e,
  );
  return { io, error };
};

// Why these tests? Commander printed usage errors as two lines without a code.
describe('usage errors', () => {
  it.each([
    [['replay', 'x.yaml', '--brnch', 'a'], /unknown option '--brnch' \(Did you mean --branch\?\)/],
    [['replay'], /missing required argument 'file'/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['check', '--properties', '--runs', '0'], /option '--runs <n>' argument '0' is invalid/],
    [['replay', 'x.yaml', '--format', 'xml'], /argument 'xml' is invalid\. Allowed choices/],
    [['replay', 'x.yaml', '--branch', 'a', '--all-branches'], /cannot be used with option/],
  ])('%j: one line, error [input.invalidOption], a CommanderError', async (args, message) => {
    const { io, error } = await inProcess(args);
    expect(error).toBeInstanceOf(CommanderError);
    expect(io.stderr()).toMatch(/^error \[input\.invalidOption\]: [^\n]+\n$/);
    expect(io.stderr()).toMatch(message);
  });

  it.each([
    [['replay', 'x.yaml', '--bogus']],
    [['explain']],
    [['graph']],
    [['check', 'no-such-file.yaml']],
    [['replay', 'no-such-file.yaml']],
  ])('the binary exits 2 with one coded line: %j', (args) => {
    const run = legisim(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error \[input\.[a-zA-Z]+\]: [^\n]+\n$/);
  });

  it('still prints --help and --version to stdout with exit 0', () => {
    const help = legisim(['replay', '--help']);
    expect(help).toMatchObject({ status: 0, stderr: '' });
    expect(help.stdout).toMatch(/^Usage: legisim replay \[options\] <file>/);
    const version = legisim(['--version']);
    expect(version).toMatchObject({ status: 0, stderr: '' });
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
