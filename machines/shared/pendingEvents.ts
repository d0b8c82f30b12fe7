import { to } from './transitions.js';

/** Events open in every stage before the first chamber's final vote: withdrawal and lapse. */
export const beforeAdoption = {
  BillWithdrawn: to('#bill.withdrawn', 'bill.withdrawn'),
  BillLapsed: to('#bill.lapsed', 'bill.lapsed'),
} as const;

/** Events open in every pending stage after adoption. */
export const afterAdoption = {
  BillLapsed: to('#bill.lapsed', 'bill.lapsed'),
} as const;
