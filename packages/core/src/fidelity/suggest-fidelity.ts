import {
  proposeCaseloadSize,
  proposeCompetitiveJobs,
  proposeEmployerContactFrequency,
  proposeEmployerDiversity,
  proposeJobTypeDiversity,
  proposeRapidJobSearch,
} from './suggest-counted.ts';
import {
  proposeTimeUnlimitedFollowAlong,
  proposeWorkIncentivesPlanning,
  proposeZeroExclusion,
} from './suggest-partly.ts';
import {
  proposeCommunityBasedServices,
  proposeEmployerContactQuality,
  proposeIndividualizedFollowAlong,
} from './suggest-activities.ts';
import {
  proposeAgencyCollaboration,
  proposeTeamAssignment,
  proposeTeamContact,
} from './suggest-meetings.ts';
import { fidelityWindow } from './review-window.ts';
import type {
  TFidelityProposal,
  TFidelitySuggestInput,
  TFidelitySuggestion,
} from './suggest-types.ts';
import { fidelityItemIds } from './types.ts';

/**
 * `lots fidelity suggest`: proposals with evidence for the items Lots can count
 * (fidelity.md "Data-assisted scoring", "Exact rules for the proposals"), in the
 * scale's item order. Window: `windowMonths` (default 12) up to and including D.
 */
export function proposeFidelityScores(input: TFidelitySuggestInput): TFidelitySuggestion {
  const window = fidelityWindow(input.date, input.windowMonths);
  const items: TFidelityProposal[] = [
    proposeCaseloadSize(input),
    proposeZeroExclusion(input, window),
    proposeWorkIncentivesPlanning(input, window),
    proposeRapidJobSearch(input, window),
    proposeEmployerContactFrequency(input),
    proposeJobTypeDiversity(input, window),
    proposeEmployerDiversity(input, window),
    proposeCompetitiveJobs(input, window),
    proposeTimeUnlimitedFollowAlong(input, window),
    proposeTeamAssignment(input),
    proposeTeamContact(input),
    proposeAgencyCollaboration(input, window),
    proposeEmployerContactQuality(input, window),
    proposeIndividualizedFollowAlong(input, window),
    proposeCommunityBasedServices(input, window),
  ];
  const order = (p: TFidelityProposal) => fidelityItemIds.indexOf(p.id);
  items.sort((a, b) => order(a) - order(b));
  return { programme: input.programme, date: input.date, window, items };
}
