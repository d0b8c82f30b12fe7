import type { Procedure } from '../../src/domain/procedure.js';
import { ruAssumptions } from './assumptions.js';
import { ruFederalAssembly1993Machine } from './federalAssembly1993.js';
import { ruFederalAssembly1993Citations } from './federalAssembly1993.citations.js';

export const ruFederalAssembly1993: Procedure = {
  id: 'ru-1993',
  jurisdiction: 'RU',
  title: 'Russia: Federal Assembly, State Duma adopts and Federation Council approves',
  constitution: 'Constitution of the Russian Federation (1993), before the 2020 amendments',
  validFrom: '1993-12-25',
  validTo: '2020-07-03',
  chambers: [
    { id: 'duma', name: 'State Duma', seats: 450, basis: 'art. 95(3): 450 deputies' },
    {
      id: 'federationCouncil',
      name: 'Federation Council',
      seats: 170,
      seatsVary: true,
      basis:
        'art. 95(2): two members from each subject of the Federation, so the size follows the number of subjects; 170 (85 subjects) is a placeholder [U]: give the size in force',
    },
  ],
  billKinds: ['law', 'constitutionalLaw'],
  provisional: true,
  assumptions: ruAssumptions,
  citations: ruFederalAssembly1993Citations,
  machine: ruFederalAssembly1993Machine,
};
