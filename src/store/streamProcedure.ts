import { procedureInForce } from '../../machines/index.js';
import { earliestDay } from '../domain/calendar.js';
import { isSimulatorError } from '../domain/errors.js';
import type { EventStore, StreamInfo } from './eventStore.js';

/**
 * The id of the procedure a stream is replayed under: the one its metadata names, or else the
 * one of its jurisdiction in force on its first event's date, as `replay` chooses it. Undefined
 * for an empty stream or a date no procedure covers.
 */
export const streamProcedureId = async (
  store: EventStore,
  info: StreamInfo,
): Promise<string | undefined> => {
  if (info.metadata.procedure !== undefined) return info.metadata.procedure;
  for await (const first of store.read(info.stream, { toVersion: 1 })) {
    try {
      return procedureInForce(info.metadata.jurisdiction, earliestDay(first.at)).id;
    } catch (e) {
      if (isSimulatorError(e, 'procedure.noneInForce')) return undefined;
      throw e;
    }
  }
  return undefined;
};
