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
      return `ConstitutionalReviewDecided (${event.data.constitutional ? 'constitutional' : 'unconstitutional'})`;
    case 'DeadlineElapsed':
      return `DeadlineElapsed (${event.data.clock})`;
    case 'ConciliationCompleted':
    case 'ConciliationCommissionFormed':
    case 'PresidentSigned':
    case 'PresidentReturned':
    case 'ConstitutionalReviewRequested':
    case 'Published':
    case 'EnteredIntoForce':
    case 'BillWithdrawn':
    case 'BillLapsed':
      return event.type;
  }
};
