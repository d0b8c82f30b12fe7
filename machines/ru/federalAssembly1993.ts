import { billSetup, initialContext } from '../shared/billSetup.js';
import { ruFederalAssemblyStates } from './federalAssemblyStates.js';

/**
 * Russia, Federal Assembly under the Constitution of 1993 before the 2020 amendments
 * (25 Dec 1993 – 3 Jul 2020). Ends when the law is signed, is not adopted, is withdrawn or
 * lapses. Articles: see ./federalAssembly1993.citations.ts.
 */
export const ruFederalAssembly1993Machine = billSetup.createMachine({
  id: 'bill',
  initial: 'drafting',
  context: initialContext,
  states: ruFederalAssemblyStates({ courtReview: false }),
});
