import { billSetup, initialContext } from '../shared/billSetup.js';
import { ruFederalAssemblyStates } from './federalAssemblyStates.js';

/**
 * Russia, Federal Assembly under the Constitution as amended on 4 July 2020: the 1993 procedure
 * plus the President's referral to the Constitutional Court before signature (arts. 107(3),
 * 108(2)). Ends when the law is signed, is not adopted, is found unconstitutional, is withdrawn
 * or lapses. Articles: see ./federalAssembly2020.citations.ts.
 */
export const ruFederalAssembly2020Machine = billSetup.createMachine({
  id: 'bill',
  initial: 'drafting',
  context: initialContext,
  states: ruFederalAssemblyStates({ courtReview: true }),
});
