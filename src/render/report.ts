import { formatTallyShort } from '../domain/tally.js';
import type { Explanation } from '../projections/explain.js';
import type { Outcome } from '../projections/outcome.js';
import type { ReplayReport } from '../projections/report.js';
import { renderTable } from './table.js';
import { markdownTable } from './markdown.js';

const timelineHeader = ['stage', 'from', 'to', 'days'];
const timelineRows = (r: ReplayReport): string[][] =>
  r.timeline.map((t) => [
    t.label,
    t.from,
    t.to ?? '…',
    t.days === undefined ? '' : `${t.approximate ? '~' : ''}${t.days}`,
  ]);

const tallyText = (v: ReplayReport['votes'][number]): string =>
  v.tally === undefined ? `declared ${v.declared ?? v.result}` : formatTallyShort(v.tally);

/** The votes; a `method` column only when a source gave how some vote was taken. */
const votesTable = (votes: ReplayReport['votes']): string => {
  const withMethod = votes.some((v) => v.method !== undefined);
  const header = ['date', 'chamber', 'motion', 'for–against–abst.', 'needed', 'margin', 'result'];
  return renderTable(
    withMethod ? [...header, 'method'] : header,
    votes.map((v) => {
      const row = [
        v.at,
        v.chamber,
        v.reading === undefined ? v.motion : `${v.motion} (reading ${v.reading})`,
        tallyText(v),
        `${v.required} of ${v.seats}`,
        v.margin === undefined ? '' : v.margin >= 0 ? `+${v.margin}` : `${v.margin}`,
        v.verified ? v.result : `${v.result} (unverified)`,
      ];
      return withMethod ? [...row, v.method ?? ''] : row;
    }),
  );
};

/**
 * "pending (in-progress) at senate on 2025-11-12"; before any event (an as-of date before the
 * first) there is no date to give, and the line says so.
 */
export const outcomeText = (o: Outcome, asOf?: string): string =>
  `${o.status} (${o.reason}) at ${o.stage} ${o.date === '' ? `with no event recorded${asOf === undefined ? '' : ` by ${asOf}`}` : `on ${o.date}`}`;

const caseName = (r: ReplayReport): string =>
  r.scenario === undefined
    ? 'events'
    : `${r.scenario.title} (${r.scenario.id}${r.branch === undefined ? '' : `, branch ${r.branch}`})`;

const heading = (r: ReplayReport): string[] => {
  const lines = [
    caseName(r),
    `procedure: ${r.procedure.id}${r.procedure.provisional ? ' (PROVISIONAL: rests on unconfirmed assumptions)' : ''} — ${r.procedure.title}`,
  ];
  if (r.asOf !== undefined) lines.push(`as of: ${r.asOf}`);
  if (r.mode === 'conformance')
    lines.push('mode: conformance (unlawful events are listed, not fatal)');
  return lines;
};

/** The default view of `legisim replay`: outcome, timeline, votes and next steps. */
export const reportAsTable = (r: ReplayReport): string => {
  const o = r.outcome;
  const out = [...heading(r), '', `OUTCOME  ${outcomeText(o, r.asOf)}`, '', 'TIMELINE'];
  out.push(renderTable(timelineHeader, timelineRows(r)));
  out.push('VOTES');
  out.push(r.votes.length === 0 ? '(none)\n' : votesTable(r.votes));
  out.push('NEXT STEPS');
  if (r.nextSteps.clocks.length > 0) {
    out.push(
      renderTable(
        ['clock', 'started', 'due', 'days left'],
        r.nextSteps.clocks.map((c) => [
          c.label,
          `${c.startedOn}${c.startAssumed ? ' (assumed)' : ''}`,
          c.dueOn,
          c.suspended ? 'suspended' : String(c.daysLeft),
        ]),
      ),
    );
  }
  out.push(
    r.nextSteps.moves.length === 0
      ? '(none: the process has ended)\n'
      : `${r.nextSteps.moves.map((m) => `- ${m.event}${m.article === undefined ? '' : `  [${m.article}]`}`).join('\n')}\n`,
  );
  if (r.assumptions.length > 0)
    out.push(`ASSUMPTIONS\n${r.assumptions.map((a) => `- ${a}`).join('\n')}\n`);
  if (r.overdue.length > 0)
    out.push(`OVERDUE (no consequence stated)\n${r.overdue.map((a) => `- ${a}`).join('\n')}\n`);
  if (r.anomalies.length > 0)
    out.push(
      `ANOMALIES\n${r.anomalies.map((a) => `- event ${a.index}: [${a.code}] ${a.message}`).join('\n')}\n`,
    );
  return out.join('\n');
};

export const reportAsMarkdown = (r: ReplayReport): string => {
  const [title, ...rest] = heading(r);
  const o = r.outcome;
  const parts = [
    `## ${title ?? ''}`,
    rest.map((l) => `- ${l}`).join('\n'),
    `**Outcome:** ${outcomeText(o, r.asOf)}`,
  ];
  parts.push('### Timeline', markdownTable(timelineHeader, timelineRows(r)));
  parts.push(
    '### Votes',
    r.votes.length === 0
      ? '(none)'
      : markdownTable(
          ['date', 'chamber', 'motion', 'tally', 'needed', 'result', 'source'],
          r.votes.map((v) => [
            v.at,
            v.chamber,
            v.motion,
            tallyText(v),
            `${v.required} of ${v.seats}`,
            v.verified ? v.result : `${v.result} (unverified)`,
            v.source ?? '',
          ]),
        ),
  );
  parts.push(
    '### Next steps',
    r.nextSteps.moves.length === 0
      ? 'None: the process has ended.'
      : r.nextSteps.moves
          .map((m) => `- ${m.event}${m.article === undefined ? '' : ` (${m.article})`}`)
          .join('\n'),
  );
  if (r.nextSteps.clocks.length > 0)
    parts.push(
      r.nextSteps.clocks
        .map((c) => `- ${c.label}: due ${c.dueOn}${c.startAssumed ? ' (start assumed)' : ''}`)
        .join('\n'),
    );
  if (r.assumptions.length > 0)
    parts.push('### Assumptions', r.assumptions.map((a) => `- ${a}`).join('\n'));
  if (r.anomalies.length > 0)
    parts.push(
      '### Anomalies',
      r.anomalies.map((a) => `- event ${a.index}: ${a.message}`).join('\n'),
    );
  return `${parts.join('\n\n')}\n`;
};

/**
 * `legisim explain`: a one-line header naming the case and the procedure (from the report of the
 * same replay), then the chain from each event through the rule applied to the outcome.
 */
export const explanationAsText = (e: Explanation, r: ReplayReport): string => {
  const lines: string[] = [
    `EXPLAIN ${caseName(r)} under ${r.procedure.id}${r.procedure.provisional ? ' (PROVISIONAL)' : ''}${r.asOf === undefined ? '' : `, as of ${r.asOf}`}${r.mode === 'conformance' ? ', conformance mode' : ''}`,
    '',
  ];
  for (const s of e.steps) {
    const head = `${s.at}  ${s.derived ? '(derived from the dates) ' : `#${s.index ?? ''} `}${s.event}`;
    lines.push(head);
    if (s.vote !== undefined) lines.push(`    vote: ${s.vote}`);
    if (s.rule !== undefined)
      lines.push(
        `    rule: ${s.rule.text} — ${s.rule.article} [${s.rule.firmness}] ${s.rule.source}`,
      );
    lines.push(`    ${s.from} → ${s.to}`);
    for (const a of s.assumptions) lines.push(`    assumption: ${a}`);
    if (s.source !== undefined) lines.push(`    source: ${s.source}`);
    if (s.note !== undefined) lines.push(`    note: ${s.note}`);
  }
  for (const a of e.anomalies) lines.push(`ANOMALY event ${a.index}: [${a.code}] ${a.message}`);
  lines.push(`OUTCOME: ${outcomeText(e.outcome, r.asOf)}`);
  return `${lines.join('\n')}\n`;
};
