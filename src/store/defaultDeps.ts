import { nanoid } from 'nanoid';
import type { StoreDeps } from './eventStore.js';

/** The clock and ids of the real world, for adapters used at the edge (the CLI). */
export const systemStoreDeps: StoreDeps = {
  now: () => new Date().toISOString(),
  newId: () => nanoid(),
};
