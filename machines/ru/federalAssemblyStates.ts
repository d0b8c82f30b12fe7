import { terminalStates } from '../shared/terminalStates.js';
import { whenKind } from '../shared/transitions.js';
import {
  dumaReadings,
  dumaReconsideration,
  federationCouncil,
  fkzFederationCouncil,
} from './chamberStages.js';
import type { RuPresidentOptions } from './presidentStages.js';
import { fkzPresident, ruPresidentStages } from './presidentStages.js';
import { endedRoles, withRoles } from '../shared/roles.js';

/**
 * The states of a Russian procedure version: federal laws pass the Duma (readings optional), the
 * Federation Council and the President (with the veto); federal constitutional laws take the
 * `constitutionalLaw` path (art. 108), where the Council must vote and there is no veto.
 */
export const ruFederalAssemblyStates = (o: RuPresidentOptions) =>
  withRoles(
    {
      drafting: {
        description: 'Not yet introduced',
        on: {
          BillIntroduced: [
            whenKind('law', {
              target: 'duma',
              rule: 'introduction.law',
              actions: ['recordIntroduction'],
            }),
            whenKind('constitutionalLaw', {
              target: 'constitutionalLaw',
              rule: 'introduction.constitutionalLaw',
              actions: ['recordIntroduction'],
            }),
          ],
        },
      },
      duma: dumaReadings({
        prefix: 'duma',
        adoptThreshold: 'majority',
        adopted: '#bill.federationCouncil',
      }),
      federationCouncil,
      dumaReconsideration,
      ...ruPresidentStages(o),
      constitutionalLaw: {
        description: 'Federal constitutional law',
        meta: { phases: 'children' },
        initial: 'duma' as const,
        states: withRoles(
          {
            duma: dumaReadings({
              prefix: 'fkz.duma',
              adoptThreshold: 'twoThirds',
              adopted: '#bill.constitutionalLaw.federationCouncil',
            }),
            federationCouncil: fkzFederationCouncil,
            president: fkzPresident(o),
          },
          { duma: 'lowerChamber', federationCouncil: 'upperChamber', president: 'headOfState' },
        ),
      },
      ...terminalStates(
        o.courtReview
          ? ['notAdopted', 'rejectedByUpperChamber', 'vetoSustained', 'unconstitutional']
          : ['notAdopted', 'rejectedByUpperChamber', 'vetoSustained'],
      ),
    },
    {
      drafting: 'drafting',
      duma: 'lowerChamber',
      federationCouncil: 'upperChamber',
      dumaReconsideration: 'reconsideration',
      president: 'headOfState',
      veto: 'reconsideration',
      mustSign: 'headOfState',
      constitutionalLaw: 'lowerChamber',
      ...endedRoles,
    },
  );
