/**
 * Regular English inflection for dictionary entries that do not list their forms. PETRARCH's own
 * rules are cruder (PLAY -> PLAIES, FRANCS -> FRANCES); these follow ordinary spelling rules and
 * leave irregular forms to the dictionaries, which list them in {...}.
 */

const VOWELS = 'AEIOU';

/** Plural of an upper-case noun, or null where none should be made (already ends in a plain S). */
export function pluralNoun(word: string): string | null {
  if (word.length === 0) return null;
  if (/(SS|SH|CH|X|Z)$/.test(word)) return word + 'ES';
  if (word.endsWith('S')) return null;
  if (word.endsWith('Y') && word.length > 1 && !VOWELS.includes(word[word.length - 2])) return word.slice(0, -1) + 'IES';
  return word + 'S';
}

/** Regular verb forms of an upper-case verb: third person singular, past, present participle. */
export function regularVerbForms(verb: string): string[] {
  if (verb.length === 0) return [];
  const prev = verb.length > 1 ? verb[verb.length - 2] : '';
  const consonantY = verb.endsWith('Y') && prev !== '' && !VOWELS.includes(prev);
  let third: string;
  if (/(SS|SH|CH|X|Z|S|O)$/.test(verb)) third = verb + 'ES';
  else if (consonantY) third = verb.slice(0, -1) + 'IES';
  else third = verb + 'S';
  let past: string;
  if (verb.endsWith('E')) past = verb + 'D';
  else if (consonantY) past = verb.slice(0, -1) + 'IED';
  else past = verb + 'ED';
  let ing: string;
  if (verb.endsWith('IE')) ing = verb.slice(0, -2) + 'YING';
  else if (verb.endsWith('E') && !/(EE|YE|OE)$/.test(verb) && verb.length > 2) ing = verb.slice(0, -1) + 'ING';
  else ing = verb + 'ING';
  return [third, past, ing];
}

/**
 * Irregular verbs whose past participle differs from their past: base -> [past, participle]. Some
 * dictionary entries list the past but forget the participle ("WITHDRAW {WITHDRAWS WITHDRAWING
 * WITHDREW}"), so "its troops had withdrawn" matched nothing.
 */
const IRREGULAR: ReadonlyMap<string, readonly [string, string]> = new Map(([
  'ARISE AROSE ARISEN', 'AWAKE AWOKE AWOKEN', 'BEAR BORE BORNE', 'BEAT BEAT BEATEN', 'BEGIN BEGAN BEGUN', 'BITE BIT BITTEN',
  'BLOW BLEW BLOWN', 'BREAK BROKE BROKEN', 'CHOOSE CHOSE CHOSEN', 'DO DID DONE', 'DRAW DREW DRAWN', 'DRIVE DROVE DRIVEN',
  'EAT ATE EATEN', 'FALL FELL FALLEN', 'FLY FLEW FLOWN', 'FORBID FORBADE FORBIDDEN', 'FORESEE FORESAW FORESEEN',
  'FORGET FORGOT FORGOTTEN', 'FORGIVE FORGAVE FORGIVEN', 'FORSAKE FORSOOK FORSAKEN', 'FREEZE FROZE FROZEN', 'GET GOT GOTTEN',
  'GIVE GAVE GIVEN', 'GO WENT GONE', 'GROW GREW GROWN', 'HIDE HID HIDDEN', 'KNOW KNEW KNOWN', 'MISTAKE MISTOOK MISTAKEN',
  'OVERSEE OVERSAW OVERSEEN', 'OVERTAKE OVERTOOK OVERTAKEN', 'OVERTHROW OVERTHREW OVERTHROWN', 'OVERRIDE OVERRODE OVERRIDDEN',
  'RIDE RODE RIDDEN', 'RISE ROSE RISEN', 'SEE SAW SEEN', 'SHAKE SHOOK SHAKEN', 'SHOW SHOWED SHOWN', 'SHRINK SHRANK SHRUNK',
  'SINK SANK SUNK', 'SLAY SLEW SLAIN', 'SPEAK SPOKE SPOKEN', 'STEAL STOLE STOLEN', 'SWEAR SWORE SWORN', 'TAKE TOOK TAKEN',
  'TEAR TORE TORN', 'THROW THREW THROWN', 'UNDERGO UNDERWENT UNDERGONE', 'UNDERTAKE UNDERTOOK UNDERTAKEN', 'WEAR WORE WORN',
  'WITHDRAW WITHDREW WITHDRAWN', 'WRITE WROTE WRITTEN',
] as const).map((l) => {
  const [base, past, participle] = l.split(' ');
  return [base, [past, participle] as const];
}));

/**
 * The past participle a listed-forms entry forgot: the irregular participle of `verb` when `listed`
 * (its listed head words) has the verb's past but not the participle; otherwise null.
 */
export function missingParticiple(verb: string, listed: readonly string[]): string | null {
  const irregular = IRREGULAR.get(verb);
  if (!irregular || !listed.includes(irregular[0]) || listed.includes(irregular[1])) return null;
  return irregular[1];
}
