import { to } from './transitions.js';

/** Events open in every stage before the first chamber's final vote: withdrawal and lapse. */
export const beforeAdoption = {
  BillWithdrawn: to('#bill.withdrawn', 'bill.withdrawn'),
  BillLapsed: to('#bill.lapsed', 'bill.lapsed'),
} as const;

/** Events open in the legislature's stages after adoption (a law before the President does not lapse). */
export const afterAdoption = {
  BillLapsed: to('#bill.lapsed', 'bill.lapsed'),
} as const;
