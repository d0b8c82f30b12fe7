import type { DeclarationTable } from '../src/domain/declarations.js';
import type { Procedure } from '../src/domain/procedure.js';
import * as ge from './ge/index.js';
import * as bg from './bg/index.js';
import * as kg from './kg/index.js';
import * as hu from './hu/index.js';
import * as kz from './kz/index.js';
import * as ru from './ru/index.js';

/** What a jurisdiction's folder exports (its index.ts): its procedures and their declarations. */
export type JurisdictionModule = Readonly<{
  procedures: readonly Procedure[];
  declarations: DeclarationTable;
}>;

/**
 * Every jurisdiction legisim ships, one line each: adding a country is a folder under machines/
 * and a line here (docs/adding-a-procedure.md). The registry and the declarations read this list.
 */
export const jurisdictionModules: readonly JurisdictionModule[] = [kz, ru, ge, hu, bg, kg];
