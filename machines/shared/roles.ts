import type { StageRole } from '../../src/domain/procedure.js';

/**
 * Gives each state of `states` its role (`meta.role`, see `stageRoles`), keeping the rest of its
 * meta. `roles` must name every state, so a machine with a stage that has no role does not
 * compile.
 */
export const withRoles = <const S extends Readonly<Record<string, object>>>(
  states: S,
  roles: { readonly [K in keyof S]: StageRole },
): S =>
  Object.fromEntries(
    Object.entries(states).map(([name, state]) => {
      const meta = (state as { meta?: Readonly<Record<string, unknown>> }).meta;
      return [name, { ...state, meta: { ...meta, role: roles[name as keyof S] } }];
    }),
  ) as S;

/** The roles of the end states every machine shares (terminalStates.ts). */
export const endedRoles = {
  enacted: 'ended',
  failed: 'ended',
  withdrawn: 'ended',
  lapsed: 'ended',
} as const satisfies Record<string, StageRole>;
