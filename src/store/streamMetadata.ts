import { z } from 'zod';
import { getProcedure, isJurisdiction, notAJurisdiction } from '../../machines/index.js';
import { CHAMBER_ID } from '../domain/chambers.js';
import { SimulatorError, isSimulatorError } from '../domain/errors.js';
import type { StreamMetadata } from './eventStore.js';
import { dateSchema, describeIssue } from '../domain/eventSchema.js';

/**
 * A stream name: 1–200 characters, letters, digits and `. _ - # : @ + /`, starting with a letter
 * or digit. A scenario's stream is its id; a branch's is `<id>#<branch>`.
 */
const STREAM_NAME = /^[A-Za-z0-9][A-Za-z0-9._\-#:@+/]{0,199}$/;

/** A value quoted for an error message, cut to a readable length. */
const clipped = (raw: unknown): string => {
  const text = JSON.stringify(raw) ?? String(raw);
  return text.length <= 80 ? text : `${text.slice(0, 60)}…" (${text.length} characters)`;
};

export const parseStreamName = (raw: unknown): string => {
  if (typeof raw === 'string' && STREAM_NAME.test(raw)) return raw;
  throw new SimulatorError(
    'store.invalidStreamName',
    `${clipped(raw)} is not a stream name: use 1 to 200 letters, digits and . _ - # : @ + /, starting with a letter or digit`,
    { stream: raw },
  );
};

const metadataSchema = z.strictObject({
  jurisdiction: z.string().refine(isJurisdiction, {
    error: (issue) => notAJurisdiction(issue.input),
  }),
  procedure: z.string().min(1).optional(),
  seats: z.record(z.string().regex(CHAMBER_ID), z.number().int().positive()).optional(),
  title: z.string().optional(),
  asOf: dateSchema.optional(),
  mode: z.literal('conformance').optional(),
});

/** Validates a stream's metadata (untrusted: from a caller or a file); the procedure must exist. */
export const parseStreamMetadata = (raw: unknown, stream: string): StreamMetadata => {
  const parsed = metadataSchema.safeParse(raw);
  if (!parsed.success) {
    const what = parsed.error.issues.map(describeIssue).join('; ');
    throw new SimulatorError(
      'store.invalidMetadata',
      `Stream "${stream}" has invalid metadata: ${what}`,
      { stream },
    );
  }
  if (parsed.data.procedure !== undefined) getProcedure(parsed.data.procedure);
  return parsed.data as StreamMetadata;
};

/** Whether `raw` is valid metadata for `stream` (`parseStreamMetadata` without the error). */
export const metadataValid = (stream: string, raw: unknown): boolean => {
  try {
    parseStreamMetadata(raw, stream);
    return true;
  } catch (e) {
    if (isSimulatorError(e)) return false;
    throw e;
  }
};
