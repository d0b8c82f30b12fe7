import { ruSources } from './sources.js';

/** How a Russian constitutional text is named and sourced in citations, per version. */
export type RuWording = Readonly<{
  /** e.g. "Constitution of Russia (1993)". */
  constitution: string;
  /** The Federation Council's members as the text names them ("senators" since 2020). */
  fcMembers: string;
  /** Where the text of art. 107 in this version was read. */
  art107: string;
  /** Where the text of art. 108 in this version was read. */
  art108: string;
}>;

export const ru1993Wording: RuWording = {
  constitution: 'Constitution of Russia (1993)',
  fcMembers: 'members of the Federation Council',
  art107: ruSources.art107old,
  art108: ruSources.art108old,
};

export const ru2020Wording: RuWording = {
  constitution: 'Constitution of Russia (as amended 2020)',
  fcMembers: 'senators of the Russian Federation',
  art107: ruSources.art107current,
  art108: ruSources.art108current,
};
