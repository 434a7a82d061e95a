/**
 * Regression suite on the shipped model and dictionaries: families of wordings of PLOVER's event
 * types, each text in our own words with the exact events it must give (regression-cases.ts).
 */
import { cases } from './regression-cases.js';

cases('SANCTION: exports, supplies, deliveries, links and contacts halted, cut or severed reduce relations', [
  // The tagger read "arms" as the subject of the verb "exports", and "cut" as an adjective ("cut gas").
  ['Germany halted arms exports to Turkey over its offensive in northern Syria.', ['DEU TUR 163 actual author 2026-03-05']],
  ['Russia cut gas supplies to Moldova.', ['RUS MDA 162 actual author 2026-03-05']],
  ['Azerbaijan cut oil supplies to Armenia on Monday.', ['AZE ARM 162 actual author 2026-03-02']],
  ['Azerbaijan stopped oil deliveries to Armenia.', ['AZE ARM 162 actual author 2026-03-05']],
  ['Turkey severed trade links with Israel, the trade ministry said.', ['TUR ISR 163 actual reported 2026-03-05']],
  ['Egypt cut all contacts with Hamas.', ['EGY PSEREBHMS 161 actual author 2026-03-05']],
  ['Ukraine cut trade ties with Iran over its drone deliveries to Moscow.', ['UKR IRN 163 actual author 2026-03-05']],
]);

cases('an -s noun after a name\'s possessive and nouns, after a verb, is that verb\'s object ("condemned North Korea\'s missile launches")', [
  // "launches" was read as the sentence's verb, with "missile" its subject: an attack by North Korea on the UN.
  ["The UN Security Council adopted a resolution condemning North Korea's missile launches.", ['IGOUNO PRK 057 actual author 2026-03-05', 'IGOUNO PRK 111 actual author 2026-03-05']],
  ["Japan condemned North Korea's missile launches.", ['JPN PRK 111 actual author 2026-03-05']],
  // A verb of saying before a subject with a possessive keeps its clause.
  ["Russia's army attacks Ukrainian towns every night, officials said.", ['RUSMIL UKR 190 actual reported 2026-03-05']],
]);

cases('a pattern\'s closing "on" is the verb\'s particle ("pressed on"), not a preposition inside its infinitive\'s object', [
  // PRESS's "- * ON" (190) matched "on Russia" in the infinitive's object: pressing a state to act was an attack.
  ['The European Union pressed China to use its influence on Russia.', ['IGOEUREEC CHN 100 actual author 2026-03-05']],
  ['Washington pressed Israel to put pressure on Hamas.', ['USA ISR 100 actual author 2026-03-05']],
  ['Russian forces pressed on with their offensive in the east.', ['RUSMIL - 190 actual author 2026-03-05']],
]);

cases('provinces, regions and towns of wars and unrest are places of their state', [
  ['The government of Sindh province ordered patrols by police.', ['PAKGOV - 152 actual author 2026-03-05']],
  ['Sudanese paramilitaries attacked El Fasher on Sunday.', ['SDNMIL SDN 190 actual author 2026-03-01']],
  ['Russian forces shelled Kherson overnight.', ['RUSMIL UKR 194 actual author 2026-03-05']],
  ['Israeli troops raided Jenin on Tuesday.', ['ISRMIL PSE 190 actual author 2026-03-03']],
  ['Police in Tigray arrested ten people.', ['ETHCOP ETHPPL 173 actual author 2026-03-05']],
]);

cases('RETREAT: a town or region a force pulls out of is where it was, not a recipient; a state stays the target', [
  ['Russia said on Monday its troops had withdrawn from Kherson.', ['RUSMIL - 0874 actual reported 2026-03-02']],
  ['Russia pulled its forces out of the city of Kherson.', ['RUS - 0874 actual author 2026-03-05']],
  ['Russia withdrew its troops from Syria.', ['RUS SYR 0874 actual author 2026-03-05']],
]);

cases('CONSULT: talks facilitated or sponsored between two parties are mediated (045)', [
  ['Oman facilitated indirect talks between Iran and the United States.', ['OMN IRN 045 actual author 2026-03-05', 'OMN USA 045 actual author 2026-03-05']],
  ['Egypt sponsored negotiations between Hamas and Fatah in Cairo.', ['EGY PSEREBHMS 045 actual author 2026-03-05', 'EGY PSE 045 actual author 2026-03-05']],
]);

cases('nouns of a standing state of affairs (influence, control, trade, claims, approach, concern) are no event nouns', [
  ["China's influence on Pakistan has grown in recent years.", []],
  ["Analysts discussed Turkey's control over northern Syria.", []],
  ["Analysts discussed India's trade with Iran.", []],
  ["Analysts discussed China's claims on the Philippines.", []],
  // An act noun stays one.
  ["Analysts discussed Japan's visit to China.", ['JPN CHN 042 actual author 2026-03-05']],
]);

cases('ASSAULT: what an instrument is used for is done by its user, as actually as the use', [
  // The parser hung the infinitive on the object ("drones ... to attack"): the attack had no source and was only intended.
  ["Russia used drones to attack Ukraine's power grid.", ['RUS UKR 190 actual author 2026-03-05']],
  ['Israel used bulldozers to demolish Palestinian homes in the West Bank.', ['ISR PSE 1712 actual author 2026-03-05']],
  ['Iran used proxies to target US bases in Iraq.', ['IRN USA 190 actual author 2026-03-05']],
  // A purpose of another verb stays intended.
  ['Hamas built tunnels to attack Israel.', ['PSEREBHMS ISR 190 future author 2026-03-05']],
]);

cases('MOBILIZE: forces sent against the object of a hostile purpose are mobilized against it (154), not military cooperation with it', [
  ['Russia sent troops to attack Ukraine.', ['RUS UKR 154 actual author 2026-03-05', 'RUS UKR 190 future author 2026-03-05']],
  ['Russia deployed soldiers to fight rebels in Mali.', ['RUS MLIREB 154 actual author 2026-03-05', 'RUS MLIREB 190 future author 2026-03-05']],
  // A friendly purpose stays cooperation.
  ['The US sent troops to help Iraq fight the Islamic State.', ['USA IRQ 062 actual author 2026-03-05', 'USAMIL IRQ 070 future author 2026-03-05']],
]);

cases('COERCE: what a law, bill, decree or resolution passed or issued does, the body passing it does', [
  // The parser read "banning" as a compound of "protests"; the clause had the bill, no actor, as subject.
  ["Kenya's parliament passed a bill banning protests near parliament.", ['KENLEG - 080 actual author 2026-03-05', 'KENLEG - 1721 actual author 2026-03-05']],
  ["Hungary's parliament approved a law restricting the rights of NGOs.", ['HUNLEG HUNNGO 080 actual author 2026-03-05', 'HUNLEG HUNNGO 170 actual author 2026-03-05']],
  ["Russia's Duma passed a law recognising the independence of the two breakaway regions.", ['RUSLEG - 080 actual author 2026-03-05', 'RUSLEG - 054 actual author 2026-03-05']],
]);

cases('a condition the parser hung on a noun ("a crushing response if it attacked") is still a condition', [
  ['North Korea warned of a nuclear response if South Korea attacked Pyongyang.', ['KOR PRK 190 hypothetical author 2026-03-05']],
  ['Russia warned NATO of a harsh response if Finland joined the alliance.', ['RUS IGOWSTNAT 130 actual author 2026-03-05', 'FIN - 040 hypothetical author 2026-03-05']],
]);
