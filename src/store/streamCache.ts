import type { StreamEvent } from './commit.js';
import type { EventRecord } from './records.js';

/**
 * The events of the streams a writer validated or forked lately, so the next append to them does
 * not read the log again; up to `limit` events, the least recently used streams dropped first.
 * A stream is cached whole (from its first event) or not at all.
 */
export const createStreamCache = (limit = 100_000) => {
  const streams = new Map<string, StreamEvent[]>();
  let size = 0;
  const trim = (keep: string): void => {
    for (const [stream, events] of streams) {
      if (size <= limit) return;
      if (stream === keep) continue;
      streams.delete(stream);
      size -= events.length;
    }
  };
  return {
    get: (stream: string): StreamEvent[] | undefined => {
      const events = streams.get(stream);
      if (events !== undefined) {
        streams.delete(stream);
        streams.set(stream, events);
      }
      return events;
    },
    put: (stream: string, events: StreamEvent[]): void => {
      streams.set(stream, events);
      size += events.length;
      trim(stream);
    },
    /** A new event of a cached stream (others are read from the log when needed). */
    add: (record: EventRecord): void => {
      const events = streams.get(record.stream);
      if (events === undefined) return;
      events.push({ event: record.event, validated: record.unchecked !== true });
      size += 1;
      trim(record.stream);
    },
    clear: (): void => {
      streams.clear();
      size = 0;
    },
  };
};
