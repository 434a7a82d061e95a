/**
 * Regression suite on the shipped model and dictionaries, events (continued from regression.test.ts):
 * stances, reported dates, reduced passives, stopping acts, subordinators and places, each text
 * with the exact events it must give (regression-cases.ts).
 */
import { cases } from './regression-cases.js';

cases('"is opposed to" states the subject\'s stance: it is the source, not the passive\'s target; "was opposed by" keeps its agent, and its subject is matched as the object ("- * PLAN", 127)', [
  ['Iran is opposed to talks with the United States.', ['IRN USA 125 actual author 2026-03-05']],
  ['The plan was opposed by Russia.', ['RUS - 127 actual author 2026-03-05']],
]);

cases('a subject the parser conjoins to the day before it ("said on Tuesday its forces had ...") is the reported clause\'s; a reported past event takes the report\'s date', [
  ['Serbia said on Tuesday its forces had completed their withdrawal from the town.', ['SRBMIL - 0874 actual reported 2026-03-03']],
  ['Russia said on Monday its troops had withdrawn from Kherson.', ['RUSMIL - 0874 actual reported 2026-03-02']],
  ['Serbia said on Tuesday that its forces would attack Kosovo next month.', ['SRBMIL KSV 1384 actual reported 2026-03-03', 'SRBMIL KSV 190 future reported 2026-03-05']],
]);

cases('a past participle after its noun is a passive: the noun is acted on, the by-phrase acts; a belief about the noun is no act', [
  ['France expelled two Iranian diplomats accused of spying.', ['FRA IRNGOV 161 actual author 2026-03-05']],
  ['Iran released a French journalist detained in Tehran since March.', ['IRN FRAMED 084 actual author 2026-03-05']],
]);

cases('stopping an act is not the act: it reduces relations or de-escalates, or codes nothing; "urged X to" aims the appeal at X', [
  ['Russia stopped supplying gas to Germany.', ['RUS DEU 160 actual author 2026-03-05']],
  ['Israel ceased cooperating with the UN investigators.', ['ISR IGOUNO 161 actual author 2026-03-05']],
  ['Israeli forces stopped shelling the town of Rafah.', ['ISRMIL PSEGZA 087 actual author 2026-03-05']],
  ['China urged Washington to stop arming Taiwan.', ['CHN USA 020 actual author 2026-03-05']],
]);

cases('a subordinator read as a preposition ("after parliament passed a law") leaves the clause its subject', [
  ['Protesters in Tbilisi clashed with police after parliament passed a new law.', [
    'GEOOPP GEOCOP 190 actual author 2026-03-05', 'GEOCOP GEOOPP 190 actual author 2026-03-05', 'GEOLEG - 080 actual author 2026-03-05',
  ]],
]);

cases('a place of the source\'s own is no partner in meeting or cooperating, but stays the target of easing or coercion at home', [
  ['Egypt hosted a summit on the Gaza war in Cairo.', ['EGY - 043 actual author 2026-03-05']],
]);

cases('a verb the tagger reads as an adjective after a modal ("it would free the hostages") is the verb', [
  ['Hamas said it would free the hostages only if Israel stopped its offensive.', [
    'PSEREBHMS - 0841 hypothetical reported 2026-03-05', 'PSEREBHMS ISR 0353 actual reported 2026-03-05',
  ]],
  ['Iran will be free to enrich uranium.', []],
]);

cases('facing a hardship is no meeting; facing sanctions is being sanctioned', [
  ['Should the sanctions be eased, Japanese companies will face stronger competition from Chinese firms.', []],
  ['Iran could face new sanctions from the European Union.', ['IGOEUREEC IRN 163 speculative author 2026-03-05']],
  ['Putin faced Zelensky in Istanbul.', ['RUSGOV UKRGOV 040 actual author 2026-03-05']],
]);

cases('a bare day the parser makes a subject ("A senior Chinese official yesterday criticized Japan") is the time, and dates the event', [
  ['A senior Chinese official yesterday criticized Japan.', ['CHNGOV JPN 111 actual author 2026-03-04']],
]);

cases('a conjunct whose two-word name the parser splits ("Japan and South Korea") is one member; an agreement to act is dated by the agreeing verb', [
  ['Japan and South Korea agreed on Tuesday to resume regular security talks.', [
    'JPN KOR 036 actual author 2026-03-03', 'KOR JPN 036 actual author 2026-03-03',
    'JPN KOR 046 future author 2026-03-05', 'KOR JPN 046 future author 2026-03-05',
  ]],
  ['Japan and South Africa signed a trade agreement on Tuesday.', ['JPN ZAF 0311 actual author 2026-03-03', 'ZAF JPN 0311 actual author 2026-03-03']],
]);

cases('a closing tag\'s clause the parser hangs on its subject as a modifier ("Israeli tanks fired ..., witnesses said") is reported', [
  ['Israeli tanks fired four shell bombs at targets in Jericho, witnesses said.', ['ISR - 194 actual reported 2026-03-05']],
]);

cases('a reported clause the parser reads as an adverbial of the closing tag\'s verb is reported; a date deep in the object\'s phrases dates the event', [
  ['North Korea fired a ballistic missile into the sea off its east coast on Sunday, South Korea\'s military said.', ['PRK - 190 actual reported 2026-03-01']],
  ['Police arrested dozens of protesters outside parliament in Nairobi on Tuesday.', ['KENCOP KENOPP 173 actual author 2026-03-03']],
]);

cases('conjoined demonyms the parser makes a subject beside their noun ("Ethiopian and Eritrean troops clashed") are the noun\'s owners; "according to X" reports, it is no target', [
  ['Ethiopian and Eritrean troops clashed along the border on Friday, according to local residents.', [
    'ERIMIL ETHMIL 190 actual reported 2026-02-27', 'ETHMIL ERIMIL 190 actual reported 2026-02-27',
  ]],
  ['Tokyo has no plans to send troops abroad, the defence minister said. Ethiopian and Eritrean troops clashed along the border on Friday, according to local residents.', [
    'ERIMIL ETHMIL 190 actual reported 2026-02-27', 'ETHMIL ERIMIL 190 actual reported 2026-02-27', 'JPNGOVMIL - 010 actual author 2026-03-05',
  ]],
]);

cases('a purpose infinitive is its clause subject\'s intended act: planned, or as uncertain as the act serving it; after a verb of object control it is the object\'s', [
  ['Washington might sacrifice its ally\'s interests to improve relations with Beijing.', ['USA CHN 030 speculative author 2026-03-05']],
  ['The United Nations urged Israel to allow aid into Gaza.', ['IGOUNO ISR 020 actual author 2026-03-05']],
]);

cases('tariffs raised or retaliated with are sanctions imposed (163), tariffs lifted are sanctions eased (085), in a condition too', [
  ['Washington raised tariffs on Chinese goods.', ['USA CHN 163 actual author 2026-03-05']],
  ['China retaliated with tariffs on American soybeans.', ['CHN USA 163 actual author 2026-03-05']],
  ['The US lifted tariffs on Mexican steel.', ['USA MEX 085 actual author 2026-03-05']],
  ['Should Washington lift tariffs on Chinese steel, South Korean exporters could lose market share.', ['USA CHN 085 hypothetical author 2026-03-05']],
]);

cases('a passive subject with no passive auxiliary before an object is the subject ("North Korea test-fired two missiles"); "according to" is no pattern preposition', [
  ['North Korea test-fired two short-range missiles, according to the South Korean military.', ['PRK - 150 actual reported 2026-03-05']],
]);

cases('a clause whose subject the parser conjoins to the day before it ("on Monday and Ukraine retaliated") is a clause; the day dates the event without its conjuncts; conjoined verbs share their date', [
  ['Russia attacked Kyiv on Monday and Ukraine retaliated.', ['RUS UKR 190 actual author 2026-03-02', 'UKR - 190 actual author 2026-03-05']],
  ['Israel struck Gaza on Friday and Saturday.', ['ISR PSEGZA 190 actual author 2026-02-27']],
  ['Chinese Foreign Minister Wang Yi welcomed the talks on Tuesday and called for further dialogue.', [
    'CHNGOV - 026 actual author 2026-03-03', 'CHNGOV - 051 actual author 2026-03-03',
  ]],
]);

cases('"the country" is the state that is or owns a subject of this or the previous sentence before the most recent state', [
  ['South Korea\'s foreign ministry criticized the trade talks between the United States and China. As the country\'s first vice foreign minister, Kim Jin-dong said Seoul had not been informed.', [
    'KORGOV CHN 111 actual author 2026-03-05', 'KORGOV USA 111 actual author 2026-03-05', 'KORGOV - 010 actual author 2026-03-05',
  ]],
]);

cases('suspending an actor (a member from a body) is reducing relations with it (161); suspending talks stays halting them (164)', [
  ['ECOWAS suspended Mali from the bloc.', ['IGOWAFBUSWAS MLI 161 actual author 2026-03-05']],
  ['Israel suspended aid to Gaza.', ['ISR PSEGZA 162 actual author 2026-03-05']],
]);

cases('a reported obligation is the speaker\'s demand of its subject even when the obligation codes nothing itself; "has to" is an obligation; a speech act reported by another is kept', [
  ['Germany said Iran must do more.', ['DEU IRN 100 actual author 2026-03-05']],
  ['Japan said China has to explain its military buildup.', ['CHN - 010 speculative reported 2026-03-05', 'JPN CHN 100 actual reported 2026-03-05']],
  ['Japan said it must do more.', ['JPN - 010 actual author 2026-03-05']],
  ['China said Japan should stop interfering in its internal affairs.', ['CHN JPN 100 actual reported 2026-03-05', 'JPN - 162 speculative reported 2026-03-05']],
]);

cases('an -s word that adjectives lead to from a preposition is a noun ("after bloody tribal clashes"), not the predicate; suing is a lawsuit (115), an overlay\'s pattern beating the base dictionary\'s equal one', [
  ['Sudan lifted a state of emergency in Darfur that was imposed after bloody tribal clashes there.', ['SDN SDN 0814 actual author 2026-03-05']],
  ['A Saudi businessman is suing the United States for damages to his plant.', ['SAUBUS USA 115 actual author 2026-03-05']],
  ['Greenpeace sued the French government.', ['NGOENV FRAGOV 115 actual author 2026-03-05']],
]);

cases('a bare participle adverbial is the clause subject\'s act; a false auxiliary is a noun; a participle the parser hangs with its object on the root noun is the predicate; a purpose\'s object is no partner of a compound', [
  ['Venezuela expelled the U.S. ambassador, accusing him of plotting a coup.', ['VEN USAGOV 112 actual author 2026-03-05', 'VEN USAGOV 174 actual author 2026-03-05']],
  ['NATO warplanes bombed Serb positions around Sarajevo.', ['IGOWSTNAT SRB 195 actual author 2026-03-05']],
  ['Ethiopian troops shelled Eritrean positions along the disputed border.', ['ETHMIL ERI 190 actual author 2026-03-05']],
  ['Egypt and Israel signed an agreement on Tuesday to reopen the Rafah crossing.', ['EGY ISR 057 actual author 2026-03-03', 'ISR EGY 057 actual author 2026-03-03']],
]);

cases('among equally good patterns the verb\'s own (CAMEO.2.0.txt notes each pattern\'s verb) beats another verb\'s of its block; "counterpart" is a government role', [
  ['The Pakistani army deployed thousands of troops to the Afghan border.', ['PAKMIL AFG 154 actual author 2026-03-05']],
  ['Rwanda closed its border with Congo after clashes between the two armies.', ['RWA COG 172 actual author 2026-03-05']],
  ['The Indian prime minister met his Pakistani counterpart on the sidelines of the summit in Kathmandu.', ['INDGOV PAKGOV 040 actual author 2026-03-05']],
]);

cases('what accusations, claims or reports say is alleged (speculative); what a demand noun asks is not done, and by no one the noun names; "its troops" of a government are its state\'s military; a past verb takes a noun object', [
  ['The Kenyan government denied accusations that its troops had killed civilians in Somalia.', ['KENGOV KENMIL 016 actual author 2026-03-05', 'KENMIL SOMCVL 202 speculative author 2026-03-05']],
  ['Syria rejected a UN demand to withdraw its troops from Lebanon.', ['SYR IGOUNO 1246 actual author 2026-03-05']],
  ['Israel denied claims that it attacked the convoy.', ['ISR - 190 speculative author 2026-03-05']],
]);

cases('a currency sign is its currency ("$1 billion" is money pledged); going on strike is a strike; a participle the parser hangs with its object on a closing tag\'s subject is the predicate; what a speaker states of its own state aims at no one', [
  ['Saudi Arabia pledged $1 billion for the reconstruction of Lebanon.', ['SAU LBN 0331 actual author 2026-03-05']],
  ['Thousands of Nigerian workers went on strike over fuel prices.', ['NGALAB - 143 actual author 2026-03-05']],
  ['Turkish warplanes struck Kurdish rebel targets in northern Iraq, the military said.', ['TURMIL IRQ 195 actual reported 2026-03-05']],
  ['Iranian Foreign Minister Manouchehr Mottaki said Tehran would not suspend uranium enrichment.', ['IRNGOV - 010 actual author 2026-03-05']],
]);

cases('"called on X to", "appealed to X to": the oblique is the one appealed to and the infinitive\'s actor; an agent phrase ending before an infinitive ("ambassador to protest") gives way to the shorter agent', [
  ['Germany and France called on Russia to respect the ceasefire in Georgia.', ['DEU RUS 020 actual author 2026-03-05', 'FRA RUS 020 actual author 2026-03-05']],
  ['Japan called on China to release the detained crew.', ['JPN CHN 020 actual author 2026-03-05']],
  ['China\'s foreign ministry summoned the Japanese ambassador to protest the visit.', ['CHNGOV - 111 future author 2026-03-05', 'CHNGOV JPNGOV 040 actual author 2026-03-05']],
]);

cases('what an accusation charges ("accused X of selling ...") is alleged; "failed to" takes its infinitive as complement, not purpose', [
  ['The United States accused North Korea of selling missile technology to Iran.', ['IRN PRK 062 speculative author 2026-03-05', 'PRK IRN 062 speculative author 2026-03-05', 'USA PRK 112 actual author 2026-03-05']],
  ['Chinese and Japanese negotiators failed to reach an agreement on gas fields in the East China Sea.', ['CHNGOV JPNGOV 120 actual author 2026-03-05', 'JPNGOV CHNGOV 120 actual author 2026-03-05']],
]);

cases('receiving a visitor is hosting a visit (043); a verb the tagger calls an adjective after its subject and an adverb is the predicate; "said in a statement that ..." reports the clause', [
  ['Jordan\'s King Abdullah received the Iraqi foreign minister in Amman on Tuesday.', ['JORGOV IRQGOV 043 actual author 2026-03-03']],
  ['Serbian forces reportedly shelled Albanian villages in Kosovo.', ['SRBMIL ALBCVL 190 speculative author 2026-03-05']],
  ['The French president said in a statement that France would send 2,000 troops to Lebanon.', ['FRA LBN 0312 actual reported 2026-03-05', 'FRA LBN 062 future reported 2026-03-05']],
]);

cases('a determiner or compound the parser hangs on a verb belongs to its subject; "Secretary-General" written as one hyphenated word is the role', [
  ['The UN Secretary-General condemned the attack on peacekeepers in Mali.', ['IGOUNO MLI 112 actual author 2026-03-05']],
  ['The NATO Secretary-General condemned the attack.', ['IGOWSTNAT - 111 actual author 2026-03-05']],
]);

cases('the "that" clause of a message noun ("sent a warning to Japan that ...") is reported by the one who delivers it', [
  ['China sent a warning to Japan that it would retaliate.', ['CHN - 190 speculative reported 2026-03-05']],
]);

cases('a passive verb\'s subject is matched as its object, as in the active sentence', [
  ['The proposal was rejected by the Palestinian Authority.', ['PSEGOV - 120 actual author 2026-03-05']],
  ['Iranian diplomats were expelled from Argentina.', ['ARG IRNGOV 161 actual author 2026-03-05']],
  ['An agreement was signed by Egypt and Israel on Monday.', ['EGY ISR 057 actual author 2026-03-02', 'ISR EGY 057 actual author 2026-03-02']],
]);

cases('"Western ambassadors", "foreign diplomats" belong to no state of the sentence', [
  ['The Turkish president threatened to expel 10 Western ambassadors.', ['TURGOV - 137 actual author 2026-03-05', 'TURGOV - 174 future author 2026-03-05']],
  ['Japan expelled two foreign diplomats.', ['JPN - 161 actual author 2026-03-05']],
]);

cases('signing a deal is signing an agreement (057); a phone call held with someone is discussing by telephone (041)', [
  ['Sudan and South Sudan signed an oil deal in Addis Ababa on Thursday.', ['SDN SSD 057 actual author 2026-03-05', 'SSD SDN 057 actual author 2026-03-05']],
  ['China\'s President Xi Jinping held a phone call with Russian President Vladimir Putin.', ['CHNGOV RUSGOV 041 actual author 2026-03-05', 'RUSGOV CHNGOV 041 actual author 2026-03-05']],
]);

cases('a verb the tagger calls a noun after an aside set off by commas ("Greece, like most other members, plans to ...") is the predicate', [
  ['Greece, like most other existing members, plans to impose restrictions on its labour market for new EU members.', ['GRC IGOEUREEC 1321 actual author 2026-03-05', 'GRC IGOEUREEC 1721 future author 2026-03-05']],
]);

cases('conjoined demonyms the parser makes the head of the clause ("Armenian and Azerbaijani forces clashed", "clashed" their conjunct) modify the subject noun', [
  ['Armenian and Azerbaijani forces clashed along the border overnight, both sides said.', ['ARMMIL AZEMIL 190 actual reported 2026-03-05', 'AZEMIL ARMMIL 190 actual reported 2026-03-05']],
]);

cases('"would" reported by "assured" is planned; an infinitive after the object of a verb of object control is the object\'s act, not the noun\'s', [
  ['The Japanese prime minister assured Washington that Tokyo would stand by the alliance.', ['JPN - 051 future author 2026-03-05', 'JPNGOV USA 030 actual author 2026-03-05']],
  ['Brazil\'s president invited his Argentine counterpart to visit Brasilia.', ['BRAGOV ARGGOV 040 actual author 2026-03-05']],
  ['Israel criticized the decision to withdraw.', ['ISR - 111 actual author 2026-03-05']],
]);

cases('among equal patterns one that matched a noun beats one that matched a particle ("broke off diplomatic relations", 161); an event noun its verb\'s pattern matched is no event of its own', [
  ['Venezuela broke off diplomatic relations with Colombia.', ['VEN COL 161 actual author 2026-03-05']],
  ['Germany and France reaffirmed their support for Ukraine.', ['DEU UKR 051 actual author 2026-03-05', 'FRA UKR 051 actual author 2026-03-05']],
]);

cases('what a noun\'s infinitive says is intended ("Japan\'s decision to buy", "troops to fight"), not done; under "refusal" it did not happen', [
  ['The Chinese foreign ministry criticized Japan\'s decision to buy the islands.', ['CHNGOV JPN 111 actual author 2026-03-05', 'JPN - 061 future author 2026-03-05']],
  ['Kenya deployed troops to Somalia to fight al-Shabaab militants.', ['KEN SOM 154 actual author 2026-03-05', 'KENMIL SOMREB 190 future author 2026-03-05']],
  ['Israel criticized Iran\'s refusal to cooperate with inspectors.', ['IRN - 050 negated author 2026-03-05', 'ISR IRN 111 actual author 2026-03-05']],
]);

cases('a second subject after "and" whose adjective the parser reads as the first subject\'s conjunct ("Egypt and the evil awful Sudan") is the first\'s conjunct, as is a third', [
  ['Egypt and the evil awful Sudan welcomed a resumption of ties with Libya.', ['EGY LBY 051 actual author 2026-03-05', 'SDN LBY 051 actual author 2026-03-05']],
  ['Kenya, Uganda and the evil awful Sudan welcomed a resumption of ties with Libya.', ['KEN LBY 051 actual author 2026-03-05', 'SDN LBY 051 actual author 2026-03-05', 'UGA LBY 051 actual author 2026-03-05']],
]);
