import { earliestDay } from '../domain/calendar.js';
import type { ReplayReport } from '../projections/report.js';
import type { ReplayResult } from '../replay/replay.js';
import { mermaidText, toMermaid } from './mermaid.js';
import { statechartOf } from './statechart.js';

/**
 * `legisim replay --format mermaid`: two Mermaid diagrams in fenced blocks (as GitHub renders
 * them): the statechart with the states the bill passed through highlighted, and a gantt of its
 * stages.
 */
export const replayAsMermaid = (result: ReplayResult, report: ReplayReport): string => {
  const visited = new Set<string>();
  for (const step of result.trace) {
    const segments = step.after.path.split('.');
    segments.forEach((_, i) => visited.add(segments.slice(0, i + 1).join('.')));
  }
  const chart = toMermaid(statechartOf(result.procedure), visited);
  const end = report.asOf ?? result.trace.at(-1)?.event.at ?? '';
  const gantt = [
    'gantt',
    `  title ${mermaidText(report.scenario?.title ?? report.procedure.title)}`,
    '  dateFormat YYYY-MM-DD',
    '  axisFormat %Y-%m-%d',
    '  section Stages',
    ...report.timeline.map(
      (t, i) =>
        `  ${mermaidText(t.label)} :s${i}, ${earliestDay(t.from)}, ${earliestDay(t.to ?? end)}`,
    ),
  ];
  const decided =
    report.outcome.status === 'pending'
      ? []
      : [
          `  ${mermaidText(`${report.outcome.status} (${report.outcome.reason})`)} :milestone, m0, ${earliestDay(report.outcome.date)}, 0d`,
        ];
  return [
    '```mermaid',
    chart.trimEnd(),
    '```',
    '',
    '```mermaid',
    [...gantt, ...decided].join('\n'),
    '```',
    '',
  ].join('\n');
};
