import type { Procedure } from '../../src/domain/procedure.js';
import { ruAssumptions, ruCourtAssumptions } from './assumptions.js';
import { ruFederalAssembly2020Machine } from './federalAssembly2020.js';
import { ruFederalAssembly2020Citations } from './federalAssembly2020.citations.js';

export const ruFederalAssembly2020: Procedure = {
  id: 'ru-2020',
  jurisdiction: 'RU',
  title:
    'Russia: Federal Assembly, with referral to the Constitutional Court before signature (2020)',
  constitution: 'Constitution of the Russian Federation (1993) as amended on 4 July 2020',
  validFrom: '2020-07-04',
  chambers: [
    { id: 'duma', name: 'State Duma', seats: 450, basis: 'art. 95(3): 450 deputies' },
    {
      id: 'federationCouncil',
      name: 'Federation Council',
      seats: 170,
      seatsVary: true,
      basis:
        'art. 95(2): two senators from each subject of the Federation, a former President for life, and up to 30 appointed by the President, so the size varies; 170 is a placeholder [U]: give the size in force',
    },
  ],
  billKinds: ['law', 'constitutionalLaw'],
  provisional: true,
  assumptions: [...ruAssumptions, ...ruCourtAssumptions],
  citations: ruFederalAssembly2020Citations,
  machine: ruFederalAssembly2020Machine,
};
