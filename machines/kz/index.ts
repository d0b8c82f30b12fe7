import { kzBicameral1995 } from './bicameral1995.procedure.js';
import { kzBicameral2023 } from './bicameral2023.procedure.js';
import { kzDeclarations } from './declarations.js';
import { kzKurultai2026 } from './kurultai2026.procedure.js';

/** Kazakhstan's procedures, oldest first, and their declarations for the property checks. */
export const procedures = [kzBicameral1995, kzBicameral2023, kzKurultai2026];
export { kzDeclarations as declarations };
