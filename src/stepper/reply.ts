import { assertNever } from '../domain/errors.js';
import type { RenderOptions } from './render.js';
import { renderScreen } from './render.js';
import type { Session } from './session.js';
import { viewOf } from './view.js';

/** A question the next line answers (in a terminal, a prompt asks it). */
export type Pending =
  | Readonly<{ kind: 'branchName'; description?: string }>
  | Readonly<{ kind: 'overwrite'; name: string; description?: string }>
  | Readonly<{ kind: 'fileName' }>;

/** What the shell must do for the stepper: the only effects, both writes of a scenario file. */
export type Effect =
  | Readonly<{
      type: 'writeScenario';
      file: string;
      /** The text the file must still hold, or the write is refused (someone else changed it). */
      expected: string;
      text: string;
      name: string;
    }>
  | Readonly<{ type: 'createScenario'; file: string; text: string }>;

export type Stepper = Readonly<{ session: Session; pending?: Pending; render: RenderOptions }>;

/** The answer to one line: the new state and what to show. */
export type Reply = Readonly<{
  stepper: Stepper;
  /** One line: what happened, or why the input was refused. */
  message?: string;
  error?: boolean;
  /** A page to show (help, explain, the list of moves). */
  page?: string;
  /** Show the screen at the (new) position. */
  screen: boolean;
  question?: string;
  effect?: Effect;
  quit?: boolean;
}>;

export const createStepper = (session: Session, render: RenderOptions): Stepper => ({
  session,
  render,
});

export const screenOf = (st: Stepper): string => renderScreen(viewOf(st.session), st.render);

export const reply = (
  stepper: Stepper,
  rest: Omit<Reply, 'stepper' | 'screen'> & { screen?: boolean },
) => ({
  screen: false,
  ...rest,
  stepper,
});
export const moved = (st: Stepper, session: Session, message?: string): Reply =>
  reply({ ...st, session }, { screen: true, ...(message === undefined ? {} : { message }) });
export const refuse = (st: Stepper, message: string): Reply => reply(st, { message, error: true });

export const questionOf = (p: Pending): string => {
  switch (p.kind) {
    case 'branchName':
      return 'Name of the new branch (lower-case words joined by hyphens; empty to cancel):';
    case 'overwrite':
      return `The file already has a branch "${p.name}". Replace it? (yes/no)`;
    case 'fileName':
      return 'File to write the new scenario to (e.g. my-bill.yaml; empty to cancel):';
    default:
      return assertNever(p, 'questionOf');
  }
};

export const ask = (st: Stepper, pending: Pending, message?: string, error = false): Reply =>
  reply(
    { ...st, pending },
    { question: questionOf(pending), ...(message === undefined ? {} : { message, error }) },
  );
