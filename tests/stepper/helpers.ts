import { readFileSync } from 'node:fs';
import { getProcedure } from '../../machines/index.js';
import { createBlankSession, createScenarioSession } from '../../src/stepper/session.js';
import type { Reply, Stepper } from '../../src/stepper/stepper.js';
import { createStepper, handleLine } from '../../src/stepper/stepper.js';
import { plainStyle } from '../../src/stepper/style.js';

export const scenarioFiles = [
  'scenarios/kz-2025-propaganda-ban.yaml',
  'scenarios/ru-2013-135-fz.yaml',
  'scenarios/ru-2022-478-fz.yaml',
] as const;

export const kz = scenarioFiles[0];

export const textOf = (file: string): string => readFileSync(file, 'utf8');

export const stepperOn = (file: string, branch?: string): Stepper =>
  createStepper(
    createScenarioSession({
      file,
      text: textOf(file),
      ...(branch === undefined ? {} : { branch }),
    }),
    { style: plainStyle },
  );

export const blankStepper = (procedure: string): Stepper =>
  createStepper(createBlankSession(getProcedure(procedure)), { style: plainStyle });

/** Feeds lines to a stepper, as line mode does (without effects), and returns every reply. */
export const feed = (start: Stepper, ...lines: string[]): { st: Stepper; replies: Reply[] } => {
  let st = start;
  const replies: Reply[] = [];
  for (const line of lines) {
    const reply = handleLine(st, line);
    replies.push(reply);
    st = reply.stepper;
  }
  return { st, replies };
};
