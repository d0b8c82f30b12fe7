import { describeEvent } from '../domain/describeEvent.js';
import { assertNever, isSimulatorError } from '../domain/errors.js';
import { explanationOf } from '../projections/explain.js';
import { altContextOf, buildAlternative, promptsFor } from './alternative.js';
import type { Command } from './commands.js';
import { helpText, parseCommand } from './commands.js';
import type { Answers } from './prompts.js';
import { renderAltHelp, renderAltList, renderExplanation } from './render.js';
import type { Reply, Stepper } from './reply.js';
import { moved, refuse, reply } from './reply.js';
import { answer, save } from './saving.js';
import type { Session } from './session.js';
import { caseAsOfOf, firstPosition, goTo, goToDate, undone, withAlternative } from './session.js';
import { resultAt, viewOf } from './view.js';

export type { Effect, Pending, Reply, Stepper } from './reply.js';
export { createStepper, questionOf, screenOf } from './reply.js';
export type { EffectResult } from './saving.js';
export { effectDone } from './saving.js';

const step = (st: Stepper, to: number, edge: string): Reply => {
  const s = st.session;
  const target = Math.min(Math.max(to, firstPosition(s)), s.events.length);
  if (target === s.position && s.asOf === undefined) return refuse(st, edge);
  return moved(st, goTo(s, target));
};

/** `next`: the next event; after the last, the case's `asOf` date if it has one; then nothing. */
const next = (st: Stepper, s: Session, count: number): Reply => {
  const last = `this is the last position (${s.events.length} of ${s.events.length}${s.asOf === undefined ? '' : `, as of ${s.asOf}`}); alt N continues the story from here`;
  if (s.position < s.events.length) return step(st, s.position + count, last);
  if (s.asOf !== undefined) return refuse(st, last);
  const asOf = caseAsOfOf(s);
  if (asOf === undefined) return refuse(st, last);
  return moved(st, goToDate(s, asOf), `as of ${asOf}, the date the case is replayed as of`);
};

const alternative = (
  st: Stepper,
  n: number | undefined,
  explain: boolean,
  answers: Answers,
): Reply => {
  const s = st.session;
  const view = viewOf(s);
  const ctx = altContextOf(s);
  if (n === undefined)
    return reply(st, { page: renderAltList(view.moves, (m) => promptsFor(ctx, m.move)) });
  const choice = view.moves[n - 1];
  if (choice === undefined)
    return refuse(
      st,
      view.moves.length === 0
        ? 'nothing can happen here: the process has ended (back or jump to an earlier position)'
        : `there is no move ${n} here: pick 1 to ${view.moves.length} from the "next" list`,
    );
  if (explain) return reply(st, { page: renderAltHelp(choice, promptsFor(ctx, choice.move)) });
  const event = buildAlternative(ctx, choice.move, answers);
  const next = withAlternative(s, event);
  const applied = next.full?.trace.find((t) => t.index === next.position - 1);
  const other =
    choice.rule !== undefined && applied?.rule !== undefined && applied.rule.id !== choice.rule
      ? `; note: by ${event.at} a deadline ran out first, so rule ${applied.rule.id} applied, not ${choice.rule}`
      : '';
  return moved(st, next, `alternative: ${describeEvent(event)} on ${event.at}${other}`);
};

const explain = (st: Stepper, all: boolean): Reply => {
  const result = resultAt(st.session);
  const applied = (i: number) => result.trace[i]?.index !== undefined;
  const eventAt = result.trace.findLastIndex((_t, i) => applied(i));
  const previous = result.trace.findLastIndex((_t, i) => i < eventAt && applied(i));
  return reply(st, {
    page: renderExplanation(explanationOf(result), previous + 1, all, st.render),
  });
};

/** Runs one command. Bad input is refused with a one-line message; the session is kept. */
export const runCommand = (st: Stepper, c: Command): Reply => {
  const s = st.session;
  try {
    switch (c.type) {
      case 'next':
        return next(st, s, c.count);
      case 'back':
        return step(
          st,
          s.asOf === undefined ? s.position - c.count : s.position + 1 - c.count,
          'this is the first position',
        );
      case 'first':
        return moved(st, goTo(s, firstPosition(s)));
      case 'last':
        return moved(st, goTo(s, s.events.length));
      case 'jump':
        return moved(st, goTo(s, c.position));
      case 'jumpDate':
        return moved(st, goToDate(s, c.date));
      case 'alt':
        return alternative(st, c.move, c.explain, c.answers);
      case 'undo': {
        const back = undone(s);
        if (back === undefined) return refuse(st, 'nothing to undo');
        const gone = s.events[s.events.length - 1];
        return moved(
          st,
          back,
          `undone: ${gone === undefined ? 'the last alternative' : describeEvent(gone)}`,
        );
      }
      case 'explain':
        return explain(st, c.all);
      case 'save':
        return save(st, c.name, c.description);
      case 'show':
        return reply(st, { screen: true });
      case 'help':
        return reply(st, { page: helpText });
      case 'quit': {
        const unsaved =
          s.changedFrom === undefined ? undefined : 'the branch you built was not saved';
        return reply(st, { quit: true, ...(unsaved === undefined ? {} : { message: unsaved }) });
      }
      default:
        return assertNever(c, 'runCommand');
    }
  } catch (e) {
    if (isSimulatorError(e)) return refuse(st, e.message);
    throw e;
  }
};

/** Handles one line of input: the answer to a pending question, or a command. */
export const handleLine = (st: Stepper, line: string): Reply => {
  if (st.pending !== undefined) {
    // `quit` ends the session even in the middle of a question (no branch is named "quit").
    if (/^(q|quit)$/i.test(line.trim()))
      return runCommand({ session: st.session, render: st.render }, { type: 'quit' });
    return answer(st, st.pending, line);
  }
  if (line.trim() === '') return reply(st, {});
  try {
    return runCommand(st, parseCommand(line));
  } catch (e) {
    if (isSimulatorError(e)) return refuse(st, e.message);
    throw e;
  }
};
