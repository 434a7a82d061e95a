/**
 * Abbreviation knowledge for the tokenizer (keep the period on the word, as EWT does) and the
 * sentence splitter (does the period also end the sentence?). Plain data; lookups are by exact
 * spelling without the final period unless a set says otherwise.
 */

/** Titles before a name: the period never ends a sentence ("Gen. Smith", "Mr. Jones"). */
export const TITLES: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Mmes', 'Mme', 'Mlle', 'Dr', 'Drs', 'Prof', 'Gen', 'Lt', 'Col', 'Capt', 'Cpt', 'Sgt',
  'Maj', 'Adm', 'Cmdr', 'Cdr', 'Brig', 'Cpl', 'Pvt', 'Gov', 'Sen', 'Sens', 'Rep', 'Reps', 'Rev', 'Hon', 'Pres',
  'Supt', 'Insp', 'Amb', 'Atty', 'Fr', 'Sr', 'Jr', 'Lieut', 'Gens', 'Msgr', 'Sec', 'Det', 'Ald', 'Dep', 'Pfc',
  'Spec', 'Sgts', 'Bros', 'Mt', 'Ft', 'Sta', 'Ste',
]);

/** Abbreviations that keep their period only before a number ("No. 5", "Art. 51", "p. 12"). */
export const BEFORE_NUMBER: ReadonlySet<string> = new Set([
  'No', 'no', 'Nos', 'nos', 'Art', 'art', 'Arts', 'Fig', 'fig', 'Figs', 'p', 'pp', 'Vol', 'vol', 'Ch', 'ch',
  'Para', 'para', 'Sec', 'sec', 'ext', 'Ext', 'Tel', 'tel', 'Ph', 'Rs', 'Nr', 'nr', 'Rm', 'Apt', 'apt', 'Ste',
]);

/** Other abbreviations that keep their period; they may end a sentence ("in the U.S. The next day"). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // companies, people, places
  'Inc', 'Corp', 'Co', 'Cos', 'Ltd', 'Plc', 'Bros', 'Assn', 'Assoc', 'Dept', 'Univ', 'Govt', 'Intl', 'Natl',
  'St', 'Sts', 'Ave', 'Blvd', 'Rd', 'Hwy', 'Mt', 'Ft', 'Pt', 'Sq', 'Jr', 'Sr', 'Esq',
  // months and days
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
  // US states and Canadian provinces in AP style (ambiguous ones like Ill., Miss., Wash. left out)
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Kan', 'Kans', 'Ky', 'La', 'Md', 'Mich',
  'Minn', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Penn', 'Tenn', 'Tex', 'Va', 'Vt', 'Wis', 'Wyo',
  'Ont', 'Que',
  // Latin and general
  'etc', 'vs', 'v', 'al', 'approx', 'ca', 'cf', 'esp', 'est', 'min', 'mins', 'hr', 'hrs', 'yr', 'yrs', 'mo', 'mos',
  'misc', 'dept', 'govt', 'Gov', 'Attn', 'attn', 'ie', 'eg', 'Vs', 'Etc', 'viz', 'Op', 'Ed', 'eds', 'Eds',
  'lb', 'lbs', 'oz', 'ft', 'sq', 'mi', 'km', 'kg', 'info',
]);

/**
 * Capitalised words that usually start a sentence and are not names: after "U.S." or "Inc."
 * such a word signals that the abbreviation's period also ended the sentence.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'There', 'Here', 'It', 'Its', 'He', 'She', 'We', 'They',
  'I', 'You', 'His', 'Her', 'Our', 'Their', 'My', 'Your', 'Some', 'Many', 'Most', 'All', 'Both', 'Each',
  'Every', 'Several', 'Few', 'Other', 'Others', 'Such', 'No', 'None', 'Nor', 'Not', 'In', 'On', 'At', 'By',
  'For', 'From', 'With', 'Without', 'Of', 'To', 'As', 'If', 'When', 'While', 'After', 'Before', 'Since',
  'Until', 'Although', 'Though', 'Because', 'But', 'And', 'Or', 'So', 'Yet', 'Then', 'Now', 'Still', 'Also',
  'However', 'Meanwhile', 'Moreover', 'Furthermore', 'Instead', 'Indeed', 'Thus', 'Later', 'Earlier',
  'Last', 'Next', 'Yesterday', 'Today', 'Tomorrow', 'What', 'Who', 'Why', 'How', 'Where', 'Which',
  'Whether', 'During', 'Under', 'Over', 'Despite', 'According', 'Asked', 'Officials', 'Police', 'Some',
  'One', 'Two', 'Three', 'Four', 'Five', 'Is', 'Are', 'Was', 'Were', 'Do', 'Does', 'Did', 'Has', 'Have',
  'Had', 'Will', 'Would', 'Can', 'Could', 'Should', 'May', 'Might', 'Must', 'Let', 'Please', 'Yes',
  'Thanks', 'Thank', 'Even', 'Only', 'Just', 'Once', 'Among', 'About', 'Against', 'Through', 'Into',
  'Overall', 'Separately', 'Elsewhere', 'Already', 'Again', 'Otherwise', 'Nevertheless', 'Nonetheless',
  'Further', 'Finally', 'First', 'Second', 'Third', 'Another', 'Any', 'Much', 'More', 'Less', 'Anyway',
  'Hence', 'Therefore', 'Besides', 'Unlike', 'Like', 'Following', 'Speaking', 'Given', 'Regardless',
]);

/**
 * Lower-case letter strings that follow a number as a unit and are split from it ("5km" -> "5" "km",
 * "7:30PM" -> "7:30" "PM"), as EWT does; ordinals and decades ("23rd", "1970s") are not in it.
 */
export const UNITS: ReadonlySet<string> = new Set([
  'km', 'm', 'cm', 'mm', 'kg', 'g', 'mg', 'lb', 'lbs', 'oz', 'mi', 'ft', 'k', 'bn', 'b', 'mn', 'mln', 'mph',
  'kph', 'kmh', 'am', 'pm', 'h', 'hr', 'hrs', 'min', 'mins', 'sec', 'secs', 'gb', 'mb', 'tb', 'kb', 'kw',
  'mw', 'gw', 'kwh', 'mwh', 'yr', 'yrs', 'l', 'ml', 'x', 'd', 'ha', 'sqm', 'usd', 'eur', 'gbp', 'bpd', 'mt',
]);

/** Contractions written without an apostrophe, and where EWT splits them. */
export const BARE_CONTRACTIONS: ReadonlyMap<string, number> = new Map([
  ['cannot', 3], ['gonna', 3], ['wanna', 3], ['gotta', 3], ['dont', 2], ['didnt', 3], ['doesnt', 4],
  ['cant', 2], ['wont', 2], ['isnt', 2], ['wasnt', 3], ['arent', 3], ['werent', 4], ['couldnt', 5],
  ['wouldnt', 5], ['shouldnt', 6], ['havent', 4], ['hasnt', 3], ['hadnt', 3], ['aint', 2], ['im', 1],
  ['youre', 3], ['thats', 4], ['whats', 4],
]);

/** Lower-case top-level domains that make "word.tld" a domain name, kept as one token. */
export const TLDS: ReadonlySet<string> = new Set([
  'com', 'org', 'net', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'io', 'co', 'uk', 'us', 'ca', 'au', 'de',
  'fr', 'ru', 'cn', 'jp', 'in', 'it', 'es', 'nl', 'se', 'no', 'ch', 'be', 'at', 'pl', 'br', 'mx', 'za', 'ie',
  'nz', 'il', 'tr', 'ir', 'pk', 'ua', 'kr', 'tv', 'me', 'eu', 'ly', 'news', 'html', 'htm', 'php', 'asp',
  'aspx', 'pdf', 'doc', 'docx', 'xls', 'xlsx', 'txt', 'jpg', 'png', 'gif', 'xml', 'json', 'csv', 'zip',
]);

/** Names written with an exclamation mark that belongs to them ("Yahoo! Inc.", "as popular as Yahoo! and AOL"). */
export const BANG_NAMES: ReadonlySet<string> = new Set(['Yahoo', 'YAHOO', 'Jeopardy', 'Yum']);
