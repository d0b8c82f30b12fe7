import { Document, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { SimulatorError } from '../domain/errors.js';

/**
 * Writes a branch into a scenario file's text by splicing, never by re-serialising the document:
 * every byte outside the inserted (or, with consent, replaced) entry stays as it was, comments
 * and layout included. Block YAML gets a block entry in the file's own indentation and flow
 * style for `data` and `expect`, as the bundled scenarios write them; JSON (or a flow sequence)
 * gets a JSON entry.
 */
export type Splice = Readonly<{ text: string; start: number; end: number; inserted: string }>;

const cannot = (file: string, why: string): SimulatorError =>
  new SimulatorError(
    'input.invalidScenario',
    `${file}: cannot add a branch without rewriting the file: ${why}`,
    { file },
  );

const FLOW_KEYS = new Set(['data', 'expect', 'seats']);

/** The branch as a YAML sequence entry, `- name: …`, indented by `indent` spaces. */
export const branchAsYaml = (branch: Readonly<Record<string, unknown>>, indent: number): string => {
  const doc = new Document([branch]);
  visit(doc, {
    Pair: (_key, pair) => {
      if (!isScalar(pair.key)) return;
      const key = String(pair.key.value);
      if (FLOW_KEYS.has(key) && isMap(pair.value)) pair.value.flow = true;
      if (key === 'description' && isScalar(pair.value)) pair.value.type = 'BLOCK_FOLDED';
    },
  });
  const pad = ' '.repeat(indent);
  return doc
    .toString({ lineWidth: 100, minContentWidth: 40, flowCollectionPadding: true })
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => `${pad}${line}\n`)
    .join('');
};

const branchAsJson = (branch: Readonly<Record<string, unknown>>, indent: number): string =>
  JSON.stringify(branch, null, 2).replace(/\n/g, `\n${' '.repeat(indent)}`);

const lineStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;

const indentOfLine = (text: string, at: number): number => {
  const start = lineStart(text, at);
  return /^ */.exec(text.slice(start))?.[0].length ?? 0;
};

/** The offset of the `-` that opens a block sequence entry whose content starts at `at`. */
const dashBefore = (text: string, at: number, file: string): number => {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i] ?? '')) i--;
  if (text[i] !== '-') throw cannot(file, 'an entry of `branches` is not written as "- …"');
  return i;
};

const rangeOf = (node: YamlNode, file: string): readonly [number, number, number] => {
  if (node.range === undefined || node.range === null)
    throw cannot(file, 'the YAML parser gave no position');
  return node.range;
};

/** Splices `branch` in as a new entry, or in place of entry `replace` of `branches`. */
export const spliceBranch = (
  text: string,
  file: string,
  branch: Readonly<Record<string, unknown>>,
  replace?: number,
): Splice => {
  const doc = parseDocument(text);
  const root = doc.contents;
  if (!isMap(root)) throw cannot(file, 'the file is not a mapping');
  const seq: unknown = root.get('branches', true);
  // A file written with CRLF line ends gets an entry with CRLF line ends.
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const at = (start: number, end: number, raw: string): Splice => {
    const inserted = eol === '\n' ? raw : raw.replace(/\r?\n/g, eol);
    return { text: text.slice(0, start) + inserted + text.slice(end), start, end, inserted };
  };
  if (seq === undefined) {
    if (replace !== undefined) throw cannot(file, 'there is no branch to replace');
    if (root.flow === true) {
      const close = text.lastIndexOf('}', rangeOf(root, file)[1] - 1);
      const last = text.slice(0, close).trimEnd().length;
      return at(last, last, `,\n  "branches": [\n    ${branchAsJson(branch, 4)}\n  ]`);
    }
    const gap = text.length === 0 || text.endsWith('\n') ? '' : '\n';
    return at(text.length, text.length, `${gap}branches:\n${branchAsYaml(branch, 2)}`);
  }
  if (!isSeq(seq)) throw cannot(file, '`branches` is not a list');
  const [, end] = rangeOf(seq, file);
  const items = seq.items as YamlNode[];
  if (seq.flow === true) {
    const indent = indentOfLine(text, rangeOf(seq, file)[0]) + 2;
    if (replace !== undefined) {
      const item = items[replace];
      if (item === undefined) throw cannot(file, `there is no branch ${replace}`);
      const [s, e] = rangeOf(item, file);
      return at(s, e, branchAsJson(branch, indentOfLine(text, s)));
    }
    const close = text.lastIndexOf(']', end - 1);
    const last = text.slice(0, close).trimEnd().length;
    const comma = items.length === 0 ? '' : ',';
    return at(last, last, `${comma}\n${' '.repeat(indent)}${branchAsJson(branch, indent)}`);
  }
  const first = items[0];
  if (first === undefined) throw cannot(file, '`branches` is empty');
  const dash = dashBefore(text, rangeOf(first, file)[0], file);
  const indent = dash - lineStart(text, dash);
  const entry = branchAsYaml(branch, indent);
  if (replace !== undefined) {
    const item = items[replace];
    if (item === undefined) throw cannot(file, `there is no branch ${replace}`);
    const start = lineStart(text, dashBefore(text, rangeOf(item, file)[0], file));
    const next = items[replace + 1];
    const stop =
      next === undefined ? end : lineStart(text, dashBefore(text, rangeOf(next, file)[0], file));
    const gap = text.slice(start, stop).endsWith('\n') ? '' : '\n';
    return at(start, stop, next === undefined && gap !== '' ? entry.trimEnd() : entry);
  }
  const gap = end === 0 || text[end - 1] === '\n' ? '' : '\n';
  return at(end, end, `${gap}${entry}`);
};
