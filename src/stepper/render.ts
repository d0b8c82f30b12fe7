import { describeEvent } from '../domain/describeEvent.js';
import type { Firmness, Procedure } from '../domain/procedure.js';
import { chamberName } from '../domain/procedure.js';
import type { Explanation } from '../projections/explain.js';
import type { VoteRow } from '../projections/votes.js';
import type { AppliedRule } from '../replay/replay.js';
import type { VoteRecord } from '../replay/votes.js';
import type { Prompt } from './prompts.js';
import { messageOf } from './promptKit.js';
import type { MoveChoice } from './stepMoves.js';
import type { Style } from './style.js';
import type { ClockView, View } from './view.js';

/** Options of the screen: its style, and a width to cut long lines to (a terminal's). */
export type RenderOptions = Readonly<{ style: Style; width?: number }>;

const GUTTER = 10;

const fit = (line: string, width: number | undefined): string =>
  width === undefined || line.length <= width ? line : `${line.slice(0, Math.max(0, width - 1))}…`;

/** A labelled block: the label in the gutter, then each line (continuations indented). */
const block = (o: RenderOptions, label: string, lines: readonly string[]): string[] =>
  lines.map((line, i) => {
    const head = i === 0 ? label.padEnd(GUTTER) : ' '.repeat(GUTTER);
    return `${o.style.label(head)}${fit(line, o.width === undefined ? undefined : o.width - GUTTER)}`;
  });

const ruleText = (rule: AppliedRule): string => `${rule.id}: ${rule.article}`;

const tallyOf = (v: VoteRecord): string =>
  v.tally === undefined
    ? `declared ${v.result}, unverified (no tally)`
    : `${v.tally.for} for, ${v.tally.against ?? '?'} against, ${v.tally.abstained ?? '?'} abst.${v.tally.absent === undefined ? '' : `, ${v.tally.absent} absent`}`;

const marginOf = (v: VoteRecord): string =>
  v.margin === undefined ? '' : v.margin >= 0 ? `, margin +${v.margin}` : `, short by ${-v.margin}`;

const voteLine = (o: RenderOptions, procedure: Procedure, v: VoteRow): string => {
  const result = v.result === 'passed' ? o.style.good(v.result) : o.style.bad(v.result);
  const reading = v.reading === undefined ? '' : ` (reading ${v.reading})`;
  const outcome = v.tally === undefined ? '' : ` → ${result}`;
  const threshold = v.threshold.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return `${v.at} ${chamberName(procedure, v.chamber)} ${v.motion}${reading}: ${tallyOf(v)}${outcome}; needs ${v.required} of ${v.seats} (${threshold}${marginOf(v)})`;
};

/** "Constitution of Kazakhstan (as amended 2022), art. 61(4)" → "Const. art. 61(4)", for lists. */
const shortArticle = (article: string): string =>
  article.replace(/^Constitution of [^(,]+(\([^)]*\))?, /, 'Const. ');

const clockLine = (c: ClockView): string => {
  const where = c.article === undefined ? '' : `  [${shortArticle(c.article)}]`;
  if (c.suspended)
    return `${c.label}: suspended on day ${c.day} of ${c.of}, ${c.daysLeft} days left${where}`;
  const left = c.daysLeft >= 0 ? `${c.daysLeft} days left` : `overdue by ${-c.daysLeft} days`;
  const assumed = c.startAssumed ? '; start assumed' : '';
  return `${c.label}: day ${c.day} of ${c.of}, due ${c.dueOn} (${left}${assumed})${where}`;
};

const NOTE_LENGTH = 140;

export const moveLine = (m: MoveChoice): string => {
  const to = m.leadsTo === undefined ? 'stays at this stage' : `→ ${m.leadsTo}`;
  const article = m.article === undefined ? '' : `  [${shortArticle(m.article)}]`;
  return `${String(m.n).padStart(2)}  ${m.label.padEnd(44)} ${to}${article}`;
};

const header = (o: RenderOptions, v: View): string[] => {
  const where =
    v.asOf !== undefined
      ? `as of ${v.asOf}${v.event === undefined ? '' : ` (last event ${v.event.event.at})`}`
      : (v.date ?? 'no event yet');
  const origin =
    v.event === undefined
      ? ''
      : ` · ${v.event.origin === 'yours' ? o.style.accent('your alternative') : v.event.origin === 'main' ? 'main history' : 'from the branch'}`;
  const provisional = v.procedure.provisional ? ' (provisional)' : '';
  return [
    o.style.heading(fit(`${v.caseName} · procedure ${v.procedure.id}${provisional}`, o.width)),
    o.style.heading(`position ${v.position} of ${v.total} · ${where}`) + origin,
    '',
  ];
};

const eventBlock = (o: RenderOptions, v: View): string[] => {
  const e = v.event;
  if (e === undefined) return block(o, 'event', ['none yet: the bill is not introduced']);
  const vote = e.step.vote;
  const result = vote === undefined ? '' : ` → ${vote.result}`;
  const lines = [`${describeEvent(e.event)}${result}`];
  if (e.step.rule !== undefined) lines.push(`rule ${ruleText(e.step.rule)}`);
  if (e.event.source !== undefined) lines.push(`source ${e.event.source}`);
  if (e.event.note !== undefined) {
    const note = e.event.note.replace(/\s+/g, ' ');
    lines.push(
      `note ${note.length <= NOTE_LENGTH ? note : `${note.slice(0, NOTE_LENGTH - 1)}… (explain shows it all)`}`,
    );
  }
  return block(o, 'event', lines);
};

/** The screen at one position: the event, the stage and why, clocks, votes, and what may follow. */
export const renderScreen = (v: View, o: RenderOptions): string => {
  const out = header(o, v);
  if (v.elapsed.length > 0)
    out.push(
      ...block(
        o,
        'elapsed',
        v.elapsed.map(
          (d) =>
            `${d.at} ${d.clock} ran out → ${d.to}${d.rule === undefined ? '' : ` (${ruleText(d.rule)})`}`,
        ),
      ),
    );
  out.push(...eventBlock(o, v));
  const since =
    v.since === undefined
      ? []
      : [
          `since ${v.since.at}${v.since.rule === undefined ? '' : ` under ${ruleText(v.since.rule)}`}`,
        ];
  out.push(...block(o, 'stage', [o.style.heading(v.stage.label), ...since]));
  if (v.outcome.status !== 'pending')
    out.push(
      ...block(o, 'outcome', [`${v.outcome.status} (${v.outcome.reason}) on ${v.outcome.date}`]),
    );
  out.push(
    ...block(o, 'clocks', v.clocks.length === 0 ? ['none running'] : v.clocks.map(clockLine)),
  );
  out.push(
    ...block(
      o,
      'votes',
      v.votes.length === 0 ? ['none yet'] : v.votes.map((x) => voteLine(o, v.procedure, x)),
    ),
  );
  out.push(
    ...block(
      o,
      'next',
      v.moves.length === 0 ? ['nothing: the process has ended'] : v.moves.map(moveLine),
    ),
  );
  if (v.edited)
    out.push(
      ...block(o, 'branch', [
        o.style.accent(
          v.departure === undefined
            ? 'a new bill; not saved yet (save FILE writes it as a new scenario file)'
            : `keeps the first ${v.departure + 1} events of the main history (after: ${v.departure}); not saved yet (save NAME keeps it)`,
        ),
      ]),
    );
  return `${out.join('\n')}\n`;
};

const firmness: Readonly<Record<Firmness, string>> = {
  P: 'primary text',
  S: 'secondary source',
  U: 'uncertain',
};

/** `explain`: the steps at this position in full, or (all) one line per step so far. */
export const renderExplanation = (
  e: Explanation,
  fromStep: number,
  all: boolean,
  o: RenderOptions,
): string => {
  if (all) {
    const lines = e.steps.map(
      (s) =>
        `${s.derived ? '  (derived)' : String(s.index ?? '').padStart(3)}  ${s.at}  ${s.event}: ${s.from} → ${s.to}${s.rule === undefined ? '' : `  [${s.rule.id}, ${s.rule.article}]`}`,
    );
    return `${o.style.heading('Every step so far')}\n${lines.join('\n')}\n`;
  }
  const steps = e.steps.slice(fromStep);
  if (steps.length === 0) return 'Nothing has happened yet: the bill is not introduced.\n';
  const out: string[] = [];
  for (const s of steps) {
    out.push(o.style.heading(`${s.at}  ${s.event}${s.derived ? ' (derived from the dates)' : ''}`));
    out.push(...block(o, 'stage', [`${s.from} → ${s.to}`]));
    if (s.rule !== undefined)
      out.push(
        ...block(o, 'rule', [
          `${s.rule.id}: ${s.rule.text}`,
          `${s.rule.article} (${firmness[s.rule.firmness]})`,
          s.rule.source,
        ]),
      );
    if (s.vote !== undefined) out.push(...block(o, 'vote', [s.vote]));
    if (s.source !== undefined) out.push(...block(o, 'source', [s.source]));
    if (s.note !== undefined) out.push(...block(o, 'note', [s.note.replace(/\s+/g, ' ')]));
    if (s.assumptions.length > 0) out.push(...block(o, 'assumed', s.assumptions));
    out.push('');
  }
  return `${out.join('\n')}`;
};

const takes = (prompts: readonly Prompt[]): string =>
  prompts
    .filter((p) => p.key !== 'vote')
    .map((p) => p.key)
    .join(' ');

/** `alt`: the moves allowed here, each with the keys it takes on a line. */
export const renderAltList = (
  moves: readonly MoveChoice[],
  promptsOf: (m: MoveChoice) => readonly Prompt[],
): string =>
  moves.length === 0
    ? 'Nothing can happen here: the process has ended.\n'
    : `Moves allowed here (alt N [DATE] [key=value ...]):\n${moves
        .map((m) => `${moveLine(m)}\n      takes: ${takes(promptsOf(m))}`)
        .join('\n')}\n`;

/** `alt N ?`: what one move takes, with its defaults. */
export const renderAltHelp = (m: MoveChoice, prompts: readonly Prompt[]): string => {
  const answers: Record<string, string> = { vote: 'tally' };
  const lines = prompts
    .filter((p) => p.key !== 'vote')
    .map((p) => {
      const fallback = p.default?.(answers);
      if (fallback !== undefined) answers[p.key] = fallback;
      const choices =
        p.choices === undefined ? '' : ` (${p.choices.map((c) => c.value).join('|')})`;
      const shown = fallback === undefined || fallback === '' ? '' : `  default ${fallback}`;
      return `  ${p.key.padEnd(12)} ${messageOf(p, answers)}${choices}${shown}`;
    });
  const vote = prompts.some((p) => p.key === 'vote')
    ? '  Without for=, against= or abstained= the vote is recorded with its declared result.\n'
    : '';
  return `${moveLine(m)}\n${lines.join('\n')}\n${vote}`;
};
