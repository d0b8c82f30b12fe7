import type { ChamberSpec, Procedure } from '../domain/procedure.js';
import { renderTable } from './table.js';

/** The registry as plain data for `--format json`. */
export const proceduresAsJson = (list: readonly Procedure[]) =>
  list.map((p) => ({
    id: p.id,
    jurisdiction: p.jurisdiction,
    title: p.title,
    constitution: p.constitution,
    validFrom: p.validFrom,
    validTo: p.validTo ?? null,
    provisional: p.provisional,
    chambers: p.chambers,
    billKinds: p.billKinds,
    assumptions: p.assumptions,
    citations: p.citations,
  }));

/** `450`, or a size that changed by date: `178→176→…→170`, oldest first. */
const sizesOf = (c: ChamberSpec): string =>
  [c.seats, ...(c.sizes ?? []).map((s) => s.seats)].join('→');

export const proceduresAsTable = (list: readonly Procedure[]): string => {
  const table = renderTable(
    ['id', 'jurisdiction', 'valid from', 'valid to', 'chambers (seats)', 'title'],
    list.map((p) => [
      p.provisional ? `${p.id} (provisional)` : p.id,
      p.jurisdiction,
      p.validFrom,
      p.validTo ?? 'in force',
      p.chambers.map((c) => `${c.id} ${sizesOf(c)}${c.seatsVary === true ? '*' : ''}`).join(', '),
      p.title,
    ]),
  );
  const notes: string[] = [];
  if (list.some((p) => p.chambers.some((c) => (c.sizes?.length ?? 0) > 0))) {
    notes.push(
      'a→b: the size changed by date; each vote counts the size on its day (`--format json`: sizes)',
    );
  }
  if (list.some((p) => p.chambers.some((c) => c.seatsVary === true))) {
    notes.push(
      '* size not fixed by the constitution: a default; give the size in force in the scenario',
    );
  }
  if (list.some((p) => p.provisional)) {
    notes.push(
      'provisional: rests on assumptions no source confirms yet; see `--format json` (assumptions)',
    );
  }
  return table + (notes.length === 0 ? '' : `\n${notes.join('\n')}\n`);
};
