import type { Statechart } from '../render/statechart.js';

const mermaidId = (id: string): string => id.replace(/\./g, '__');
/**
 * Label text with the characters Mermaid reads as syntax (`:` ends a gantt task's name, `"` a
 * state's) written as its entity codes (`#58;`), which it shows as the characters themselves.
 */
export const mermaidText = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[#":;{}<>]/g, (c) => `#${c.charCodeAt(0)};`);

/**
 * Mermaid `stateDiagram-v2` text of a statechart, which GitHub renders. Transitions that stay in
 * their state (readings, postponements, overdue notes) are left out to keep the picture legible;
 * `legisim graph --format json` lists them all. `highlight` marks the states a replay passed
 * through.
 */
export const toMermaid = (
  chart: Statechart,
  highlight: ReadonlySet<string> = new Set(),
): string => {
  const lines = ['stateDiagram-v2', `  [*] --> ${mermaidId(chart.initial)}`];
  const childrenOf = (parent: string | undefined) =>
    chart.states.filter((s) => s.parent === parent);
  const emit = (parent: string | undefined, indent: string): void => {
    for (const state of childrenOf(parent)) {
      const id = mermaidId(state.id);
      if (state.compound) {
        lines.push(`${indent}state "${mermaidText(state.label)}" as ${id} {`);
        if (state.initial !== undefined)
          lines.push(`${indent}  [*] --> ${mermaidId(state.initial)}`);
        emit(state.id, `${indent}  `);
        lines.push(`${indent}}`);
      } else {
        lines.push(`${indent}state "${mermaidText(state.label)}" as ${id}`);
        if (state.final) lines.push(`${indent}${id} --> [*]`);
      }
    }
  };
  emit(undefined, '  ');
  const seen = new Set<string>();
  for (const t of chart.transitions) {
    if (t.target === undefined || t.target === t.source) continue;
    const line = `  ${mermaidId(t.source)} --> ${mermaidId(t.target)} : ${mermaidText(t.label)}`;
    if (!seen.has(line)) lines.push(line);
    seen.add(line);
  }
  if (highlight.size > 0) {
    lines.push('  classDef taken fill:#ffe08a,stroke:#b07d00,stroke-width:2px');
    const taken = chart.states
      .filter((s) => highlight.has(s.id) && !s.compound)
      .map((s) => mermaidId(s.id));
    if (taken.length > 0) lines.push(`  class ${taken.join(',')} taken`);
  }
  return `${lines.join('\n')}\n`;
};
