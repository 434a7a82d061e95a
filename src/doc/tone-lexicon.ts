/**
 * A small tone lexicon for political news, written for dyad: conflict words negative, cooperation
 * words positive, weights 1 (mild) to 3 (strong). A trailing * matches any ending
 * ("threat*" covers threat, threats, threatened, threatening).
 */
export const TONE_LEXICON: Readonly<Record<string, number>> = {
  // Violence and force
  'attack*': -3, 'kill*': -3, 'bomb*': -3, 'shell*': -2, 'invade*': -3, 'invasion*': -3, 'war': -3, 'wars': -3,
  'warfare': -3, 'massacre*': -3, 'slaughter*': -3, 'terror*': -3, 'airstrike*': -3, 'assault*': -3, 'dead': -2,
  'death*': -2, 'casualt*': -2, 'wounded': -2, 'injur*': -2, 'destroy*': -2, 'destruct*': -2, 'violen*': -2,
  'clash*': -2, 'fighting': -2, 'combat': -2, 'missile*': -1, 'execut*': -2, 'hostage*': -2, 'abduct*': -2,
  'seize*': -2, 'seizure*': -2, 'blockade*': -2, 'occupation': -2, 'annex*': -2, 'coup*': -3, 'riot*': -2,
  // Pressure and hostility
  'threat*': -2, 'sanction*': -2, 'condemn*': -2, 'denounc*': -2, 'accus*': -2, 'blame*': -1, 'protest*': -1,
  'hostil*': -2, 'aggress*': -2, 'provocat*': -2, 'provoke*': -2, 'retaliat*': -2, 'escalat*': -2, 'tension*': -1,
  'crisis': -2, 'crises': -2, 'dispute*': -1, 'conflict*': -2, 'expel*': -2, 'expuls*': -2, 'boycott*': -2,
  'ban': -1, 'bans': -1, 'banned': -1, 'arrest*': -1, 'detain*': -1, 'detention*': -1, 'warn': -1, 'warns': -1,
  'warned': -1, 'warning*': -1, 'reject*': -1, 'refus*': -1, 'oppos*': -1, 'critici*': -1, 'mistrust': -2,
  'distrust': -2, 'coerc*': -2, 'intimidat*': -2, 'bully*': -2, 'hegemon*': -2, 'interfer*': -1, 'illegal*': -1,
  'violat*': -2, 'collapse*': -2, 'stall*': -1, 'fail*': -1, 'danger*': -2, 'worsen*': -1, 'deteriorat*': -2,
  'unacceptable': -2, 'outrage*': -2, 'furious': -2, 'anger*': -2, 'angry': -2, 'slam*': -1, 'lash*': -1,
  'rebuke*': -2, 'ultimatum*': -2, 'militariz*': -2, 'militaris*': -2, 'confront*': -2, 'rival*': -1,
  'spy': -1, 'spying': -1, 'espionage': -2, 'cyberattack*': -2, 'hack*': -1, 'smear*': -2, 'lie': -1, 'lies': -1,
  // Cooperation
  'agree*': 2, 'accord*': 1, 'cooperat*': 2, 'collaborat*': 2, 'partner*': 2, 'peace*': 2, 'ceasefire*': 2,
  'truce*': 2, 'dialogue*': 1, 'negotiat*': 1, 'talks': 1, 'welcom*': 2, 'prais*': 2, 'support*': 1, 'aid': 1,
  'assist*': 1, 'help*': 1, 'friend*': 2, 'ally': 1, 'allies': 1, 'allied': 1, 'alliance*': 1, 'reconcil*': 3,
  'treaty': 1, 'treaties': 1, 'pact*': 1, 'deal': 1, 'deals': 1, 'resolv*': 2, 'stabil*': 1, 'stable': 1,
  'trust': 2, 'mutual*': 1, 'benefit*': 1, 'constructiv*': 2, 'progress*': 1, 'improv*': 1, 'thank*': 2,
  'congratulat*': 2, 'apolog*': 1, 'compromis*': 1, 'de-escalat*': 2, 'eas*': 1, 'restor*': 1, 'normaliz*': 2,
  'normalis*': 2, 'goodwill': 2, 'commit*': 1, 'humanitarian': 1, 'relief': 1, 'invest*': 1, 'celebrat*': 1,
  'solidarity': 2, 'harmon*': 2, 'respect*': 1, 'sincere*': 1, 'frank*': 1, 'win-win': 2, 'ties': 1,
};

/** Words that reverse the tone of what follows ("did not condemn", "no progress"). */
export const NEGATORS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'without', "n't", 'neither', 'nor',
  'cannot', 'hardly', 'lack', 'lacks', 'lacked', 'failed']);
