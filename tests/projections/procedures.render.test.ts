import { describe, expect, it } from 'vitest';
import { getProcedure } from '../../machines/index.js';
import { proceduresAsJson, proceduresAsTable } from '../../src/render/procedures.js';

describe('legisim procedures', () => {
  it('shows a size that changed by date oldest first, and says what the arrow means', () => {
    const table = proceduresAsTable([getProcedure('kg-2021'), getProcedure('ge-2018')]);
    expect(table).toContain('jogorkuKenesh 120→90');
    expect(table).toContain('parliament 150');
    expect(table).toContain('a→b: the size changed by date; each vote counts the size on its day');
    expect(table).not.toContain('* size not fixed');
  });
  it('marks a size the constitution does not fix', () => {
    const table = proceduresAsTable([getProcedure('ru-2020')]);
    expect(table).toContain('federationCouncil 170→178*');
    expect(table).toContain('* size not fixed by the constitution');
  });
  it('lists the sizes by date, each with its basis, in JSON', () => {
    const [kg] = proceduresAsJson([getProcedure('kg-2021')]);
    expect(kg?.chambers[0]).toMatchObject({
      seats: 120,
      sizes: [{ from: '2021-12-29', seats: 90, basis: expect.stringContaining('oath') as unknown }],
    });
  });
});
