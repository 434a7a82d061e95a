/**
 * Role nouns Phoenix.agents.txt lacks but news uses all the time, in the PETRARCH agent format and
 * read by src/dict's reader. Phoenix has FOREIGN_!MINIST! and MINISTRY_, but not MINISTER or
 * OFFICIAL alone (nor SECRETARY-GENERAL), and codes "deputy ..." as police (DEPUTY [~COP]), so "Japanese officials" or "the
 * deputy foreign minister" would go uncoded or miscoded; it has ARMED_FORCES but not "Russian forces",
 * and FOREIGN_OFFICE but not the State Department; a national ("a US national") is a citizen, CVL as Phoenix's CITIZEN; prisoners are civilians (Phoenix has only prisoners
 * of war and political prisoners, and its PRISON stem is prison staff); "his Pakistani counterpart" (of a minister
 * or leader: government) went uncoded beyond the country; nor firms, banks, lenders or enterprises
 * (it has COMPANY, CORPORATION and CENTRAL_BANK), so "sanctions on Chinese firms" were on China;
 * "political forces" are parties, not FORCES' military; a crowd, marchers and a crowd
 * counted bare ("Thousands rallied in Tbilisi": their place's people; matchAgents skips a count
 * that goes on with "of", "thousands of students") had no code at all; "Israeli Army Radio" was the army
 * (ARMY) and "state radio" or "state TV" no outlet (Phoenix has STATE_MEDIA, not these). Dictionary phrases win over these (the
 * index keeps the first entry for a phrase and the supplement is added last).
 */
import { parseAgentDictionary } from '../../dict/agents.js';
import type { AgentSource } from './lexicon.js';

export const SUPPLEMENT_FILE = 'agent-supplement.ts';

const TEXT = `
OFFICIAL [~GOV]
SENIOR_OFFICIAL [~GOV]
GOVERNMENT_OFFICIAL [~GOV]
MINISTER [~GOV]
MINISTER_OF_DEFENCE [~GOVMIL]
MINISTER_OF_DEFENSE [~GOVMIL]
MINISTER_OF_FOREIGN_AFFAIRS [~GOV]
MINISTER_FOR_FOREIGN_AFFAIRS [~GOV]
MINISTRY_OF_DEFENCE [~GOVMIL]
MINISTRY_OF_DEFENSE [~GOVMIL]
MINISTRY_OF_FOREIGN_AFFAIRS [~GOV]
DEPUTY_MINISTER [~GOV]
VICE_MINISTER [~GOV]
DEPUTY_FOREIGN_MINISTER [~GOV]
VICE_FOREIGN_MINISTER [~GOV]
DEPUTY_DEFENCE_MINISTER [~GOVMIL]
DEPUTY_DEFENSE_MINISTER [~GOVMIL]
FOREIGN_MINISTRY_SPOKESMAN [~GOV]
FOREIGN_MINISTRY_SPOKESWOMAN [~GOV]
FOREIGN_MINISTRY_SPOKESPERSON [~GOV]
DEFENCE_MINISTRY_SPOKESMAN [~GOVMIL]
DEFENSE_MINISTRY_SPOKESMAN [~GOVMIL]
STATE_DEPARTMENT [~GOV]
DEPARTMENT_OF_STATE [~GOV]
TREASURY_DEPARTMENT [~GOV]
JUSTICE_DEPARTMENT [~GOV]
TOP_DIPLOMAT [~GOV]
SECRETARY_GENERAL [~GOV]
SECRETARY_-_GENERAL [~GOV]
SECRETARY-GENERAL [~GOV]
PRISONER [~CVL]
NATIONAL [~CVL]
INMATE [~CVL]
DETAINEE [~CVL]
ENVOY [~GOV]
REPRESENTATIVE [~GOV]
NEGOTIATOR [~GOV]
LEADER [~GOV]
COUNTERPART [~GOV]
FORCES [~MIL]
FIRM [~BUS]
BANK [~BUS]
LENDER [~BUS]
ENTERPRISE [~BUS]
POLITICAL_FORCES [~PTY]
CROWD [~PPL]
MARCHER [~OPP]
THOUSANDS [~PPL]
HUNDREDS [~PPL]
DOZENS [~PPL]
MILLIONS [~PPL]
TENS_OF_THOUSANDS [~PPL]
HUNDREDS_OF_THOUSANDS [~PPL]
ARMY_RADIO [~MED]
MILITARY_RADIO [~MED]
STATE_RADIO [~GOVMED]
STATE_TELEVISION [~GOVMED]
STATE_TV [~GOVMED]
STATE_BROADCASTER [~GOVMED]
PUBLIC_BROADCASTER [~MED]
`;

/**
 * Phoenix entries dyad reads otherwise, tried before Phoenix's own: a spokesperson speaks for a
 * government or body, not for the media (Phoenix: SPOKES!PERSON! [~MED], so "the spokesman" of a
 * ministry was coded its country's media). Phoenix's GOVERNMENT_ and MILITARY_SPOKES!PERSON! stay.
 */
const CORRECTIONS = `
SPOKESMAN [~GOV]
SPOKESMEN [~GOV]
SPOKESWOMAN [~GOV]
SPOKESWOMEN [~GOV]
SPOKESPERSON [~GOV]
SPOKESPEOPLE [~GOV]
`;

export function correctedAgents(): AgentSource {
  const d = parseAgentDictionary(CORRECTIONS, SUPPLEMENT_FILE);
  return { file: SUPPLEMENT_FILE, entries: d.entries };
}

export function supplementAgents(): AgentSource {
  const d = parseAgentDictionary(TEXT, SUPPLEMENT_FILE);
  return { file: SUPPLEMENT_FILE, entries: d.entries };
}
