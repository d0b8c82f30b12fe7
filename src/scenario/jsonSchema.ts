import { z } from 'zod';
import { scenarioSchema } from './schema.js';

/** The JSON Schema of scenario files, generated from the zod schema the loader uses. */
export const scenarioJsonSchema = (): Record<string, unknown> => ({
  ...z.toJSONSchema(scenarioSchema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    io: 'input',
  }),
  $id: 'https://github.com/legisim/legisim/schema/scenario.schema.json',
  title: 'legisim scenario',
  description:
    'A real bill as a dated, sourced event log, its expected outcome and what-if branches (docs/scenario-format.md).',
});
