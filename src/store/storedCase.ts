import { parseEvent } from '../domain/eventSchema.js';
import type { BillEvent } from '../domain/events.js';
import type { ScenarioCase } from '../scenario/runScenario.js';
import type { Scenario } from '../scenario/scenario.js';
import type { EventStore, StreamInfo } from './eventStore.js';
import { eventOf } from './eventStore.js';
import { streamNameOf } from './scenarioImport.js';

/** A stored stream as a case `replay` renders like a scenario's: its id is the stream name. */
export const caseOfStream = (info: StreamInfo, events: readonly BillEvent[]): ScenarioCase => {
  const { metadata } = info;
  const first = events[0];
  const scenario: Scenario = {
    id: info.stream,
    title: metadata.title ?? info.stream,
    jurisdiction: metadata.jurisdiction,
    ...(metadata.procedure === undefined ? {} : { procedure: metadata.procedure }),
    ...(metadata.seats === undefined ? {} : { seats: metadata.seats }),
    ...(metadata.asOf === undefined ? {} : { asOf: metadata.asOf }),
    ...(metadata.mode === undefined ? {} : { mode: metadata.mode }),
    bill: { kind: first?.type === 'BillIntroduced' ? first.data.kind : 'law' },
    notes: [],
    events,
    eventLines: [],
    // A stored stream carries no expectation; only `check` reads one, and it reads files.
    expect: { status: 'pending' },
    branches: [],
  };
  return { scenario, events, expect: scenario.expect };
};

/** Reads a stream (its events checked again against the event schema) as a replayable case. */
export const readStoredCase = async (store: EventStore, stream: string): Promise<ScenarioCase> => {
  const info = await store.info(stream);
  const events: BillEvent[] = [];
  for await (const recorded of store.read(stream)) {
    events.push(parseEvent(eventOf(recorded), { index: recorded.meta.version - 1, file: stream }));
  }
  return caseOfStream(info, events);
};

/**
 * The cases `replay --store` shows: the stream, the branch `<stream>#<branch>`, or with
 * `allBranches` the stream and every `<stream>#…` in the order they were created.
 */
export const readStoredCases = async (
  store: EventStore,
  stream: string,
  options: Readonly<{ branch?: string | undefined; allBranches?: boolean | undefined }> = {},
): Promise<ScenarioCase[]> => {
  const names =
    options.allBranches === true
      ? [
          stream,
          ...(await store.streams()).map((s) => s.stream).filter((s) => s.startsWith(`${stream}#`)),
        ]
      : [streamNameOf(stream, options.branch)];
  const cases: ScenarioCase[] = [];
  for (const name of names) cases.push(await readStoredCase(store, name));
  return cases;
};
