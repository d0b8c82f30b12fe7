import { z } from 'zod';
import { DATE_SHAPES, isValidDate } from './calendar.js';
import { CHAMBER_ID, CHAMBER_ID_SHAPE } from './chambers.js';
import { SimulatorError } from './errors.js';
import type { BillEvent } from './events.js';
import { billKinds, mandatorySubjects, motions, votingMethods } from './events.js';

/**
 * Runtime validation of events from untrusted input (scenario files, the store, the stepper).
 * zod gives precise paths for nested data; the messages are turned into one sentence per event.
 */
/** A date as events and scenarios write it: a day, a month, or a range (calendar.ts). */
export const dateSchema = z.string().refine(isValidDate, {
  message: `expected a calendar date: ${DATE_SHAPES}`,
});
const date = dateSchema;
const count = z.number().int().nonnegative();
const tally = z.strictObject({
  for: count,
  against: count.optional(),
  abstained: count.optional(),
  absent: count.optional(),
});
const noData = z.strictObject({}).optional().default({});

const envelope = { at: date, source: z.url().optional(), note: z.string().optional() };
const event = <T extends string, D extends z.ZodType>(type: T, data: D) =>
  z.strictObject({ type: z.literal(type), data, ...envelope });

const chamber = z.string().regex(CHAMBER_ID, CHAMBER_ID_SHAPE);
const voteData = z
  .strictObject({
    chamber,
    motion: z.enum(motions),
    reading: z.number().int().positive().optional(),
    sitting: z.enum(['joint', 'separate']).optional(),
    tally: tally.optional(),
    result: z.enum(['passed', 'failed']).optional(),
    method: z.enum(votingMethods).optional(),
  })
  .refine((d) => d.tally !== undefined || d.result !== undefined, {
    message: 'a vote needs a tally or a declared result',
  });

export const billEventSchema = z.discriminatedUnion('type', [
  event(
    'BillIntroduced',
    z.strictObject({
      kind: z.enum(billKinds),
      title: z.string().min(1),
      number: z.string().optional(),
      initiator: z.string().optional(),
      subjects: z.array(z.enum(mandatorySubjects)).optional(),
    }),
  ),
  event('VoteHeld', voteData),
  event('ConsiderationPostponed', z.strictObject({ chamber, reason: z.string().optional() })),
  event(
    'AmendmentsProposed',
    z.strictObject({ chamber, articles: z.array(z.string()).optional() }),
  ),
  event(
    'ConciliationCommissionFormed',
    z
      .strictObject({ parties: z.enum(['chambers', 'chambersAndPresident']).optional() })
      .optional()
      .default({}),
  ),
  event('ConciliationCompleted', z.strictObject({ agreed: z.boolean() })),
  event('Transmitted', z.strictObject({ to: chamber })),
  event('PresidentSigned', noData),
  event(
    'PresidentReturned',
    z.strictObject({
      scope: z.enum(['law', 'articles']).optional(),
      articles: z.array(z.string()).optional(),
      reason: z.string().optional(),
    }),
  ),
  event(
    'PresidentRefused',
    z.strictObject({ reason: z.string().optional() }).optional().default({}),
  ),
  event('SignedInStead', z.strictObject({ by: z.string().min(1) })),
  event(
    'ConstitutionalReviewRequested',
    z.strictObject({
      by: z.string().min(1),
      urgent: z.boolean().optional(),
      question: z.enum(['conformity', 'competenceDispute']).optional(),
    }),
  ),
  event(
    'ConstitutionalReviewDecided',
    z
      .strictObject({
        constitutional: z.boolean().optional(),
        signatureRequired: z.boolean().optional(),
      })
      .refine((d) => (d.constitutional === undefined) !== (d.signatureRequired === undefined), {
        message: 'a ruling answers either constitutional (true/false) or signatureRequired',
      }),
  ),
  event('Published', z.strictObject({ where: z.string().optional() }).optional().default({})),
  event('EnteredIntoForce', noData),
  event('BillWithdrawn', z.strictObject({ by: z.string().optional() }).optional().default({})),
  event('BillLapsed', z.strictObject({ reason: z.string().optional() }).optional().default({})),
]);

/** One zod issue as a phrase: `path.to.field: what was expected`. */
export const describeIssue = (issue: z.core.$ZodIssue): string => {
  const path = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
  return `${path}${issue.message}`;
};

/** Where a bad event sits, for error messages: its index and, when known, its file. */
export type EventLocation = Readonly<{ index: number; file?: string; line?: number }>;

export const describeLocation = ({ index, file, line }: EventLocation): string =>
  [file, line === undefined ? undefined : `line ${line}`, `event ${index}`]
    .filter(Boolean)
    .join(', ');

/** Validates one untrusted event, or throws `input.invalidEvent` naming the field and what was expected. */
export const parseEvent = (raw: unknown, location: EventLocation): BillEvent => {
  const type =
    typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  if (type === 'DeadlineElapsed') {
    throw new SimulatorError(
      'input.invalidEvent',
      `${describeLocation(location)}: DeadlineElapsed is derived by the replay engine from the event dates and cannot be written by hand`,
      { ...location },
    );
  }
  const parsed = billEventSchema.safeParse(raw);
  if (!parsed.success) {
    const what = parsed.error.issues.map(describeIssue).join('; ');
    const label = typeof type === 'string' ? ` (${type})` : '';
    throw new SimulatorError(
      'input.invalidEvent',
      `${describeLocation(location)}${label}: ${what}`,
      {
        ...location,
        issues: parsed.error.issues.map(describeIssue),
      },
    );
  }
  return parsed.data as BillEvent;
};

export const parseEvents = (raws: readonly unknown[], file?: string): BillEvent[] =>
  raws.map((raw, index) => parseEvent(raw, file === undefined ? { index } : { index, file }));
