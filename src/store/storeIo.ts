import { SimulatorError } from '../domain/errors.js';

export type IoAction = 'read' | 'write' | 'lock';

/** Turns a file-system error of a store into a coded error that names the path and the cause. */
export const storeIoError = (error: unknown, path: string, action: IoAction): Error => {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string') return error instanceof Error ? error : new Error(String(error));
  const details = { path, errno: code };
  const reading = action === 'read';
  switch (code) {
    case 'ENOENT':
      return reading
        ? new SimulatorError(
            'store.notFound',
            `There is no event store at ${path} (\`legisim store import\` creates one)`,
            details,
          )
        : new SimulatorError(
            'store.unwritable',
            `Cannot write the store: ${path} does not exist`,
            details,
          );
    case 'ENOTDIR':
    case 'EEXIST':
      return reading
        ? new SimulatorError(
            'store.notFound',
            `There is no event store at ${path}: a path on the way is a file, not a directory`,
            details,
          )
        : new SimulatorError(
            'store.unwritable',
            `Cannot write the store: ${path} (or a path on the way) is a file, not a directory`,
            details,
          );
    case 'EISDIR':
      return new SimulatorError(
        'store.corrupt',
        `${path} is a directory where the store keeps its log file`,
        details,
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return reading
        ? new SimulatorError('input.unreadableFile', `${path}: no permission to read it`, details)
        : new SimulatorError(
            'store.unwritable',
            `Cannot write the store: no permission to write ${path}${code === 'EROFS' ? ' (read-only file system)' : ''}`,
            details,
          );
    case 'ENOSPC':
    case 'EDQUOT':
      return new SimulatorError(
        'store.unwritable',
        `Cannot write the store: no space left for ${path}`,
        details,
      );
    default:
      return reading
        ? new SimulatorError('input.unreadableFile', `${path}: cannot be read (${code})`, details)
        : new SimulatorError('store.unwritable', `Cannot write ${path} (${code})`, details);
  }
};
