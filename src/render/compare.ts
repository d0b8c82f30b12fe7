import type { ComparisonColumn, ComparisonRole } from '../projections/compare.js';
import { comparisonRoles, roleLabels } from '../projections/compare.js';
import { renderTable } from './table.js';
import { markdownTable } from './markdown.js';

const days = (
  c: ComparisonColumn,
  n: number | undefined,
  role: ComparisonRole | 'total',
): string => (n === undefined ? '—' : `${c.approximate.includes(role) ? '~' : ''}${n}`);

/** A date with the days since introduction: `2013-06-29 (~485)`, `~` where a month-only date bounds it. */
const dated = (d: Readonly<{ on: string; days: number; approximate: boolean }>): string =>
  `${d.on} (${d.approximate ? '~' : ''}${d.days})`;

const rows = (columns: readonly ComparisonColumn[]): string[][] => [
  ['procedure', ...columns.map((c) => `${c.procedure}${c.provisional ? ' (provisional)' : ''}`)],
  ['outcome', ...columns.map((c) => `${c.outcome.status} (${c.outcome.reason})`)],
  ['introduced', ...columns.map((c) => c.introduced)],
  ['decided', ...columns.map((c) => c.outcome.date)],
  ['days in all', ...columns.map((c) => days(c, c.totalDays, 'total'))],
  [
    'adopted by parliament (days)',
    ...columns.map((c) => (c.adopted === undefined ? '—' : dated(c.adopted))),
  ],
  [
    'signed (days), by',
    ...columns.map((c) => (c.signed === undefined ? '—' : `${dated(c.signed)}, ${c.signed.by}`)),
  ],
  // A court row only where some case spent days before a court.
  ...comparisonRoles
    .filter((role) => role !== 'court' || columns.some((c) => c.daysByRole.court !== undefined))
    .map((role) => [
      `days: ${roleLabels[role]}`,
      ...columns.map((c) => days(c, c.daysByRole[role], role)),
    ]),
  ['votes', ...columns.map((c) => String(c.votes.length))],
  ['margins over the votes needed', ...columns.map((c) => c.margins.join(' · ') || '—')],
];

export const comparisonAsTable = (columns: readonly ComparisonColumn[]): string => {
  const table = renderTable(['', ...columns.map((c) => c.case)], rows(columns));
  const votes = columns
    .map((c) => `${c.case}\n${c.votes.map((v) => `  ${v}`).join('\n')}`)
    .join('\n');
  const note = columns.some((c) => c.approximate.length > 0)
    ? '\n~ a month-only date or a date range bounds a stage: days are approximate\n'
    : '';
  return `${table}${note}\nVOTES\n${votes}\n`;
};

export const comparisonAsMarkdown = (columns: readonly ComparisonColumn[]): string => {
  const header = ['', ...columns.map((c) => c.case)];
  return `${markdownTable(header, rows(columns))}\n`;
};
