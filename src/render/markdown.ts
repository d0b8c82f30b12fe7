/** A Markdown table row: a `|` inside a cell is escaped, so a title with one keeps its column. */
export const markdownRow = (cells: readonly string[]): string =>
  `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;

/** A Markdown table: the header, its rule, then the rows. */
export const markdownTable = (
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string => [header, header.map(() => '---'), ...rows].map(markdownRow).join('\n');
