import type { Tally } from './events.js';

/** Members a tally accounts for: the parts a source gave (an unknown part counts none). */
export const membersCounted = (t: Tally): number =>
  t.for + (t.against ?? 0) + (t.abstained ?? 0) + (t.absent ?? 0);

const part = (n: number | undefined): string => (n === undefined ? '?' : String(n));

/** `308–86–?`: for, against, abstained, with `?` where the source gives no number. */
export const formatTallyShort = (t: Tally): string =>
  `${t.for}–${part(t.against)}–${part(t.abstained)}`;

/** `308 for, 86 against, abstained not known`: the long form, unknown parts said in words. */
export const formatTallyLong = (t: Tally): string => {
  const word = (n: number | undefined, label: string): string =>
    n === undefined ? `${label} not known` : `${n} ${label}`;
  const parts = [`${t.for} for`, word(t.against, 'against'), word(t.abstained, 'abstained')];
  if (t.absent !== undefined) parts.push(`${t.absent} absent`);
  return parts.join(', ');
};
