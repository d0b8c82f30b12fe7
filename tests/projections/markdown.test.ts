import { expect, it } from 'vitest';
import { markdownTable } from '../../src/render/markdown.js';
import { kebab } from '../../src/domain/text.js';

it('escapes a | inside a cell, so the row keeps its columns', () => {
  expect(markdownTable(['law', 'days'], [['A | B act', '12']])).toBe(
    '| law | days |\n| --- | --- |\n| A \\| B act | 12 |',
  );
});

it('turns a state or chamber name into outcome words', () => {
  expect(kebab('rejectedByUpperChamber')).toBe('rejected-by-upper-chamber');
  expect(kebab('federationCouncil')).toBe('federation-council');
});
