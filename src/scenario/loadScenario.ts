import { Lexer, LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { describeIssue, describeLocation, parseEvent } from '../domain/eventSchema.js';
import { SimulatorError } from '../domain/errors.js';
import type { BillEvent } from '../domain/events.js';
import type { Branch, Scenario } from './scenario.js';
import type { ScenarioEnvelope } from './schema.js';
import { scenarioEnvelopeSchema } from './schema.js';

type Path = readonly (string | number)[];
type Position = Readonly<{ line: number; col: number }>;

/** Turns paths inside the parsed document back into line and column numbers of the file. */
const locator =
  (doc: Document, lines: LineCounter) =>
  (path: Path): Position | undefined => {
    for (let i = path.length; i >= 0; i--) {
      const node = doc.getIn(path.slice(0, i), true) as
        { range?: [number, number, number] } | undefined;
      if (node?.range !== undefined) return lines.linePos(node.range[0]);
    }
    return undefined;
  };

const invalid = (
  file: string,
  at: Position | undefined,
  message: string,
  details: Record<string, unknown> = {},
) =>
  new SimulatorError(
    'input.invalidScenario',
    `${file}${at === undefined ? '' : `:${at.line}:${at.col}`}: ${message}`,
    { file, ...(at === undefined ? {} : { line: at.line, column: at.col }), ...details },
  );

/**
 * The largest scenario file read, in bytes (1 MiB, about seventy times the largest real one):
 * parsing YAML with source ranges takes some seventy times the file's size in memory and a few
 * seconds a megabyte, so a larger file is refused before it is parsed (docs/scenario-format.md).
 */
export const MAX_SCENARIO_BYTES = 1024 * 1024;

/**
 * The most YAML tokens a scenario file may have (1 MiB of real scenario text has about 290,000):
 * memory while parsing grows with the nodes, not the bytes, so a file of tiny nodes (`[a,a,a,…]`)
 * within the size limit would still take hundreds of megabytes.
 */
export const MAX_SCENARIO_TOKENS = 300_000;

/**
 * Aliases may expand to at most this many nodes in all: enough for the anchors real files use,
 * and a "billion laughs" file (aliases of aliases) is refused instead of filling the memory.
 */
export const MAX_ALIAS_COUNT = 100;

export const tooLarge = (file: string, bytes?: number) =>
  new SimulatorError(
    'input.invalidScenario',
    `${file}: ${bytes === undefined ? 'is larger than' : `is ${bytes.toLocaleString('en-US')} bytes, more than`} the ${MAX_SCENARIO_BYTES.toLocaleString('en-US')} bytes (1 MiB) a scenario file may have`,
    { file, ...(bytes === undefined ? {} : { bytes }), limit: MAX_SCENARIO_BYTES },
  );

/** The document as plain data, refusing aliases that expand beyond MAX_ALIAS_COUNT nodes. */
const toData = (doc: Document, file: string): unknown => {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    // yaml throws a ReferenceError for "Excessive alias count indicates a resource exhaustion attack".
    if (!(e instanceof ReferenceError) || !/alias/i.test(e.message)) throw e;
    throw invalid(
      file,
      undefined,
      `its YAML aliases (*name) expand to more than ${MAX_ALIAS_COUNT} nodes; write the data out instead of nesting aliases`,
    );
  }
};

/** Counts the tokens with yaml's streaming lexer (a few megabytes at most) before parsing. */
const assertTokens = (text: string, file: string): void => {
  let tokens = 0;
  for (const _ of new Lexer().lex(text)) {
    tokens += 1;
    if (tokens > MAX_SCENARIO_TOKENS)
      throw new SimulatorError(
        'input.invalidScenario',
        `${file}: has more than ${MAX_SCENARIO_TOKENS.toLocaleString('en-US')} YAML tokens (values, keys, punctuation), the most a scenario file may have`,
        { file, limit: MAX_SCENARIO_TOKENS },
      );
  }
};

const parseYaml = (text: string, file: string): { doc: Document; lines: LineCounter } => {
  // Characters never outnumber UTF-8 bytes: a text longer than the limit is surely too large.
  if (text.length > MAX_SCENARIO_BYTES) throw tooLarge(file);
  assertTokens(text, file);
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  const error = doc.errors[0];
  if (error !== undefined) {
    const pos = error.linePos?.[0];
    const where = pos === undefined ? '' : `:${pos.line}:${pos.col}`;
    throw new SimulatorError(
      'input.invalidScenario',
      `${file}${where}: not valid YAML/JSON: ${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
      {
        file,
        ...(pos === undefined ? {} : { line: pos.line, column: pos.col }),
      },
    );
  }
  return { doc, lines };
};

/** BillIntroduced may leave its kind, title, number, initiator and subjects to the `bill` block. */
const withBill = (raw: unknown, envelope: ScenarioEnvelope): unknown => {
  if (
    typeof raw !== 'object' ||
    raw === null ||
    (raw as { type?: unknown }).type !== 'BillIntroduced'
  )
    return raw;
  const { kind, title, number, initiator, subjects } = envelope.bill;
  const fromBill = Object.fromEntries(
    Object.entries({ kind, title: title ?? envelope.title, number, initiator, subjects }).filter(
      ([, v]) => v !== undefined,
    ),
  );
  const data = (raw as { data?: unknown }).data;
  return {
    ...raw,
    data: { ...fromBill, ...(typeof data === 'object' && data !== null ? data : {}) },
  };
};

const parseEventList = (
  raws: readonly unknown[],
  envelope: ScenarioEnvelope,
  file: string,
  positionOf: (p: Path) => Position | undefined,
  base: Path,
) => {
  const events: BillEvent[] = [];
  const eventLines: (number | undefined)[] = [];
  raws.forEach((raw, index) => {
    const line = positionOf([...base, index])?.line;
    const where = line === undefined ? { index, file } : { index, file, line };
    try {
      events.push(parseEvent(withBill(raw, envelope), where));
    } catch (e) {
      if (!(e instanceof SimulatorError) || base.length <= 1) throw e;
      // Name the branch, since "event 2" alone would point at the main history.
      throw new SimulatorError(
        e.code,
        `${describeLocation(where)} of ${base.slice(0, 2).join('[')}]: ${e.message.split(': ').slice(1).join(': ')}`,
        e.details,
      );
    }
    eventLines.push(line);
  });
  return { events, eventLines };
};

/**
 * Parses and validates a scenario file's text (YAML, or JSON, which is YAML). Every error names
 * the file and line, and for an event its index and the field that is wrong.
 */
export const loadScenario = (text: string, file: string): Scenario => {
  const { doc, lines } = parseYaml(text, file);
  const positionOf = locator(doc, lines);
  const parsed = scenarioEnvelopeSchema.safeParse(toData(doc, file));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue === undefined) throw invalid(file, undefined, 'is not a scenario');
    throw invalid(file, positionOf(issue.path as Path), describeIssue(issue), {
      issues: parsed.error.issues.map(describeIssue),
    });
  }
  const envelope = parsed.data;
  const main = parseEventList(envelope.events, envelope, file, positionOf, ['events']);
  const names = new Set<string>();
  const branches: Branch[] = (envelope.branches ?? []).map((b, i) => {
    if (names.has(b.name))
      throw invalid(
        file,
        positionOf(['branches', i, 'name']),
        `branch "${b.name}" is defined twice`,
      );
    names.add(b.name);
    if (b.after >= main.events.length) {
      throw invalid(
        file,
        positionOf(['branches', i, 'after']),
        `branch "${b.name}" departs after event ${b.after}, but the history has ${main.events.length} events (0–${main.events.length - 1})`,
      );
    }
    const { events, eventLines } = parseEventList(b.events, envelope, file, positionOf, [
      'branches',
      i,
      'events',
    ]);
    return {
      name: b.name,
      after: b.after,
      events,
      eventLines,
      expect: b.expect,
      ...(b.description === undefined ? {} : { description: b.description }),
      ...(b.procedure === undefined ? {} : { procedure: b.procedure }),
      ...(b.seats === undefined ? {} : { seats: b.seats }),
      ...(b.asOf === undefined ? {} : { asOf: b.asOf }),
    };
  });
  return {
    file,
    id: envelope.id,
    title: envelope.title,
    jurisdiction: envelope.jurisdiction,
    bill: envelope.bill,
    notes: envelope.notes ?? [],
    events: main.events,
    eventLines: main.eventLines,
    expect: envelope.expect,
    branches,
    ...(envelope.description === undefined ? {} : { description: envelope.description }),
    ...(envelope.procedure === undefined ? {} : { procedure: envelope.procedure }),
    ...(envelope.seats === undefined ? {} : { seats: envelope.seats }),
    ...(envelope.seatsNote === undefined ? {} : { seatsNote: envelope.seatsNote }),
    ...(envelope.asOf === undefined ? {} : { asOf: envelope.asOf }),
    ...(envelope.mode === undefined ? {} : { mode: envelope.mode }),
  };
};
