import { z } from 'zod';
import { isJurisdiction, jurisdictions, notAJurisdiction } from '../../machines/index.js';
import { CHAMBER_ID, CHAMBER_ID_SHAPE } from '../domain/chambers.js';
import { billEventSchema, dateSchema } from '../domain/eventSchema.js';
import { SimulatorError } from '../domain/errors.js';
import { billKinds, mandatorySubjects } from '../domain/events.js';

/**
 * The scenario file format (YAML or JSON): a real bill as an event log, what its replay is
 * expected to give, and what-if branches. Documented in docs/scenario-format.md; the JSON Schema
 * in schema/scenario.schema.json is generated from this file (`npm run schema`).
 */
export const outcomeStatuses = ['pending', 'enacted', 'failed', 'withdrawn', 'lapsed'] as const;

/** A rejection naming its chamber, `rejected-by-<chamber in kebab case>` (`rejected-by-senate`). */
const REJECTED_BY = /^rejected-by-[a-z]+(-[a-z]+)*$/;

/**
 * The outcome reasons (docs/scenario-format.md): the ends every procedure shares
 * (machines/shared/terminalStates.ts), the reasons its transitions decide (`meta.reason`), a
 * rejection naming its chamber, and `in-progress` while pending. tests/scenario checks every
 * machine against this list.
 */
export const outcomeReasons = [
  'in-progress',
  'signed',
  'override',
  'signed-in-stead',
  'deemed-approved',
  'override-of-upper-chamber',
  'adopted-in-president-wording',
  'adopted-in-new-wording',
  'not-adopted',
  'rejected',
  'rejected-by-upper-chamber',
  'veto-sustained',
  'objections-accepted',
  'unconstitutional',
  'withdrawn',
  'lapsed',
] as const;

export type OutcomeReason = (typeof outcomeReasons)[number] | `rejected-by-${string}`;

const isOutcomeReason = (reason: unknown): reason is OutcomeReason =>
  typeof reason === 'string' &&
  ((outcomeReasons as readonly string[]).includes(reason) || REJECTED_BY.test(reason));

/** A reason the replay computed, as a file's `expect` writes it; one outside the list is a bug. */
export const asOutcomeReason = (reason: string): OutcomeReason => {
  if (!isOutcomeReason(reason))
    throw new SimulatorError(
      'internal.unreachable',
      `outcome reason "${reason}" is missing from outcomeReasons`,
      { reason },
    );
  return reason;
};

const date = dateSchema;

export const expectSchema = z
  .strictObject({
    status: z.enum(outcomeStatuses).describe('outcome.status'),
    reason: z
      .string()
      .refine(isOutcomeReason, {
        error: (issue) =>
          `"${String(issue.input)}" is not an outcome reason; one of: ${outcomeReasons.join(', ')}, rejected-by-<chamber>`,
      })
      .meta({ examples: [...outcomeReasons] })
      .optional()
      .describe('outcome.reason, e.g. signed, override, deemed-approved, veto-sustained'),
    date: date.optional().describe('date of the deciding event'),
    stage: z
      .string()
      .optional()
      .describe('top-level stage where the bill stands or ended, e.g. president'),
    anomalies: z
      .array(
        z.strictObject({
          index: z.number().int().nonnegative().describe('index of the event that broke a rule'),
          rule: z.string().optional().describe('the rule at stake, e.g. fc.period'),
          code: z.string().optional().describe('e.g. replay.late, replay.breach'),
        }),
      )
      .optional()
      .describe(
        'conformance mode: exactly these breaches must be flagged (none, when absent), each by event index and rule',
      ),
  })
  .describe('what the replay must give');

const seats = z
  .record(z.string().regex(CHAMBER_ID, CHAMBER_ID_SHAPE), z.number().int().positive())
  .describe('chamber sizes in force where they vary (the Federation Council)');

const bill = z
  .strictObject({
    kind: z.enum(billKinds),
    title: z.string().min(1).optional(),
    number: z.string().optional(),
    initiator: z.string().optional(),
    lawNumber: z.string().optional(),
    subjects: z.array(z.enum(mandatorySubjects)).optional(),
  })
  .describe(
    'the bill; BillIntroduced takes its kind, title, number, initiator and subjects from here',
  );

/** Events as written in a scenario: BillIntroduced may leave to `bill` what it holds. */
const scenarioEvent = z.union([
  z.strictObject({
    type: z.literal('BillIntroduced'),
    at: date,
    data: z.record(z.string(), z.unknown()).optional(),
    source: z.url().optional(),
    note: z.string().optional(),
  }),
  billEventSchema,
]);

const branchFields = <E extends z.ZodType>(event: E) => ({
  name: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'a branch name is lower-case words joined by hyphens')
    .max(99, 'a branch name has at most 99 characters (its stream, <id>#<branch>, at most 200)'),
  description: z.string().optional(),
  after: z
    .number()
    .int()
    .nonnegative()
    .describe('index of the last event of the main history the branch keeps (0 = only the first)'),
  procedure: z.string().optional().describe('replay the branch under another procedure'),
  seats: seats.optional(),
  asOf: date.optional(),
  events: z.array(event).describe('the events that replace the rest of the history'),
  expect: expectSchema,
});

/** A jurisdiction some registered procedure belongs to (the registry decides, not this file). */
const jurisdictionSchema = z
  .string()
  .refine(isJurisdiction, {
    error: (issue) => notAJurisdiction(issue.input),
  })
  .meta({ examples: jurisdictions() });

const scenarioFields = <E extends z.ZodType>(event: E) => ({
  $schema: z.string().optional(),
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower-case words joined by hyphens')
    .max(100, "an id has at most 100 characters (it names the bill's stream in a store)"),
  title: z.string().min(1),
  description: z.string().optional(),
  jurisdiction: jurisdictionSchema,
  procedure: z
    .string()
    .optional()
    .describe('otherwise the procedure in force on the introduction date'),
  bill,
  seats: seats.optional(),
  seatsNote: z.string().optional().describe('where the seats come from, or why they are uncertain'),
  asOf: date.optional().describe('replay as of this date: clocks run out up to it'),
  mode: z
    .enum(['strict', 'conformance'])
    .optional()
    .describe(
      'conformance: the real history broke a rule; replay flags each breach and goes on (expect.anomalies lists them)',
    ),
  notes: z.array(z.string()).optional(),
  events: z.array(event).min(1),
  expect: expectSchema,
  branches: z.array(z.strictObject(branchFields(event))).optional(),
});

/** Validates everything but the events, which are checked one by one for precise messages. */
export const scenarioEnvelopeSchema = z.strictObject(scenarioFields(z.unknown()));

/** The full format, events included: the source of the published JSON Schema. */
export const scenarioSchema = z.strictObject(scenarioFields(scenarioEvent));

export type ScenarioEnvelope = z.infer<typeof scenarioEnvelopeSchema>;
export type Expectation = z.infer<typeof expectSchema>;
export type OutcomeStatus = (typeof outcomeStatuses)[number];
