import type { BillEvent } from './events.js';

/** A short human label for an event, e.g. `VoteHeld (senate, approve)`. */
export const describeEvent = (event: BillEvent): string => {
  switch (event.type) {
    case 'VoteHeld': {
      const { chamber, motion, reading } = event.data;
      return `VoteHeld (${chamber}, ${motion}${reading === undefined ? '' : `, reading ${reading}`})`;
    }
    case 'BillIntroduced':
      return `BillIntroduced (${event.data.kind})`;
    case 'ConsiderationPostponed':
    case 'AmendmentsProposed':
      return `${event.type} (${event.data.chamber})`;
    case 'Transmitted':
      return `Transmitted (to ${event.data.to})`;
    case 'ConstitutionalReviewDecided':
      return event.data.signatureRequired === undefined
        ? `ConstitutionalReviewDecided (${event.data.constitutional === true ? 'constitutional' : 'unconstitutional'})`
        : `ConstitutionalReviewDecided (${event.data.signatureRequired ? 'must sign' : 'need not sign'})`;
    case 'SignedInStead':
      return `SignedInStead (by ${event.data.by})`;
    case 'DeadlineElapsed':
      return `DeadlineElapsed (${event.data.clock})`;
    case 'ConciliationCompleted':
    case 'ConciliationCommissionFormed':
    case 'PresidentSigned':
    case 'PresidentReturned':
    case 'PresidentRefused':
    case 'ConstitutionalReviewRequested':
    case 'Published':
    case 'EnteredIntoForce':
    case 'BillWithdrawn':
    case 'BillLapsed':
      return event.type;
  }
};
