import { parseDate } from '../domain/calendar.js';
import { SimulatorError } from '../domain/errors.js';
import type { ReadOptions } from './eventStore.js';

/** What a read does with the stream's next event. */
export type ReadDecision = 'skip' | 'take' | 'stop';

const checkVersion = (name: string, value: number | undefined): void => {
  if (value !== undefined && (!Number.isInteger(value) || value < 1)) {
    throw new SimulatorError(
      'input.invalidOption',
      `${name} must be a whole number ≥ 1, not ${String(value)}`,
      { [name]: value },
    );
  }
};

/**
 * The read options as a decision per event, the same in every adapter. `asOf` takes events as
 * replay does: up to the first one that may be dated after the date (a month-only date counts
 * from its first day).
 */
export const readFilter = (
  options: ReadOptions = {},
): ((version: number, at: string) => ReadDecision) => {
  checkVersion('fromVersion', options.fromVersion);
  checkVersion('toVersion', options.toVersion);
  const from = options.fromVersion ?? 1;
  const to = options.toVersion ?? Number.POSITIVE_INFINITY;
  const asOf = options.asOf === undefined ? undefined : parseDate(options.asOf).latest;
  return (version, at) => {
    if (version > to) return 'stop';
    if (asOf !== undefined && parseDate(at).earliest > asOf) return 'stop';
    return version < from ? 'skip' : 'take';
  };
};
