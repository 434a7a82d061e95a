/**
 * Regression suite from a coverage sweep over CAMEO's conflictual roots (10-20): one wire-style
 * sentence per code, each fix with the exact events it must give (regression-cases.ts).
 */
import { cases } from './regression-cases.js';

cases('force posture: exercises staged or held alone are a show of force (150), with a partner cooperation (062); an alert level raised is 152', [
  ['Russia staged military exercises near the Ukrainian border.', ['RUS UKR 150 actual author 2026-03-05']],
  ['Russia held military exercises with Belarus.', ['RUS BLR 062 actual author 2026-03-05']],
  ['South Korea raised its military alert level after the missile launch.', ['KOR - 152 actual author 2026-03-05']],
]);

cases('reducing relations: relations downgraded or broken off (161), talks broken off (164), aid halted or suspended by kind (162x)', [
  ['Lithuania downgraded its relations with China.', ['LTU CHN 161 actual author 2026-03-05']],
  ['Israel broke off talks with Hamas on Tuesday.', ['ISR PSEREBHMS 164 actual author 2026-03-03']],
  ['The World Bank suspended loans to Uganda.', ['IGOUNODEVWBK UGA 1621 actual author 2026-03-05']],
  ['The United States suspended military aid to Pakistan.', ['USA PAK 1622 actual author 2026-03-05']],
  ['The United States suspended humanitarian aid to Yemen.', ['USA YEM 1623 actual author 2026-03-05']],
  ["Moody's downgraded Turkey's credit rating.", []],
]);

cases('a request turned down is rejected (120); a blockade imposed is 191; weapons of mass destruction used are 204x, and threatening their use is 1385', [
  ["The IMF turned down Sri Lanka's request for an additional loan.", ['IGOBUSIMF LKA 120 actual author 2026-03-05']],
  ['Egypt imposed a blockade on Gaza.', ['EGY PSEGZA 191 actual author 2026-03-05']],
  ['The Syrian government used chemical weapons against civilians in Ghouta.', ['SYRGOV SYRCVL 2041 actual author 2026-03-05']],
  ['Pyongyang threatened to use nuclear weapons against the United States.', ['PRK USA 1385 actual author 2026-03-05', 'PRK USA 2042 future author 2026-03-05']],
  ['Israeli forces used tear gas against protesters.', ['ISRMIL ISROPP 175 actual author 2026-03-05']],
]);

cases('protesters or rioters storming, attacking or torching are a violent protest (145)', [
  ['Protesters stormed the parliament in Colombo.', ['LKAOPP LKALEG 145 actual author 2026-03-05']],
  ['Serbian protesters attacked the police.', ['SRBOPP SRBCOP 145 actual author 2026-03-05']],
]);

cases('a bare demand takes its kind from the act demanded of its that-clause or object (10x mirror of the act); going somewhere names no kind', [
  ['Moscow demanded that Washington lift visa restrictions on Russian diplomats.', ['RUS USA 1051 actual author 2026-03-05', 'USA RUSGOV 081 future author 2026-03-05']],
  ['The mayor of Kharkiv demanded that the United Nations send humanitarian aid to the besieged city.', ['IGOUNO - 073 future author 2026-03-05', 'UKRGOV IGOUNO 1033 actual author 2026-03-05']],
  ['Iran demanded Britain to release the seized tanker.', ['IRN GBR 1053 actual author 2026-03-05']],
  ['Egypt demanded that Israel withdraw its troops from the Rafah crossing.', ['EGY ISR 1056 actual author 2026-03-05', 'ISR PSEGZA 0874 future author 2026-03-05']],
  ['Iran ordered Britain to leave the talks.', ['IRN GBR 100 actual author 2026-03-05']],
]);

cases('expelling a mission is coded by its kind (1661 peacekeepers, 1662 inspectors, 1663 aid groups), also when threatened (136)', [
  ['Iran expelled the IAEA inspectors.', ['IRN IGOUNOIAE 1662 actual author 2026-03-05']],
  ['Ethiopia expelled the aid groups from Tigray.', ['ETH ETHNGODEV 1663 actual author 2026-03-05']],
  ["Mali's junta threatened to expel the UN peacekeeping mission.", ['MLIGOV IGOUNO 136 actual author 2026-03-05', 'MLIGOV IGOUNO 1661 future author 2026-03-05']],
]);

cases('atrocities and ethnic cleansing carried out are unconventional mass violence (200, 203); protesters rallying demonstrate (141)', [
  ['The militia carried out atrocities against civilians in Darfur.', ['SDNUAF SDNCVL 200 actual author 2026-03-05']],
  ['The Bosnian Serb forces carried out ethnic cleansing in the Drina valley.', ['BIHMIL - 203 actual author 2026-03-05']],
  ['Tens of thousands of Thai protesters rallied in Bangkok demanding reform of the monarchy.', ['THAOPP - 100 actual author 2026-03-05', 'THAOPP THA 141 actual author 2026-03-05']],
  ['The rebels committed crimes against civilians.', ['- - 180 actual author 2026-03-05']],
]);

cases('what a demand, call or request asks has not happened; rejecting it rejects the act asked for (12x)', [
  ['President Maduro rejected demands that he step down.', ['VENGOV - 0831 future author 2026-03-05', 'VENGOV - 1231 actual author 2026-03-05']],
  ['The United Nations rejected a request from Mali to deploy more peacekeepers.', ['IGOUNO MLI 1224 actual author 2026-03-05']],
  ["Sudan's military council rejected demands for a transition to civilian rule.", ['SDN - 124 actual author 2026-03-05']],
]);

cases('a demanded resignation or new constitution is a demand of its kind (1041, 1044); a protest for such a demand in a purpose or participle clause takes the protest subcode of its kind (14x1-14x4)', [
  ['Thousands of demonstrators in Yerevan demanded the resignation of Prime Minister Nikol Pashinyan.', ['ARMOPP ARMGOV 1041 actual author 2026-03-05']],
  ['Jailed activists went on hunger strike to demand the ouster of the prime minister.', ['- - 1041 future author 2026-03-05', '- - 1421 actual author 2026-03-05']],
  ['Teachers went on strike to demand the right to form unions.', ['- - 1043 future author 2026-03-05', '- - 1433 actual author 2026-03-05']],
  ["Protesters blocked roads in Lima to demand the president's resignation.", ['PEROPP - 1041 future author 2026-03-05', 'PEROPP PER 1441 actual author 2026-03-05']],
  ["Protesters stormed the presidential palace demanding the president's resignation.", ['- - 1041 actual author 2026-03-05', '- - 1451 actual author 2026-03-05']],
  ['Dock workers went on strike in Antwerp.', ['- BEL 143 actual author 2026-03-05']],
]);

cases('threats take the kind of what is threatened: curfews, emergencies, bans (132x), protests (133), repression (137), blockades (1381), bombings (1383)', [
  ['The government of Peru threatened to ban public gatherings in the capital.', ['PERGOV - 1321 actual author 2026-03-05', 'PERGOV - 1721 future author 2026-03-05']],
  ["Thailand's election commission threatened to dissolve the opposition party.", ['THAGOV THAOPP 1322 actual author 2026-03-05', 'THAGOV THAOPP 1722 future author 2026-03-05']],
  ["Peru's president threatened to declare a state of emergency in the southern provinces.", ['PERGOV - 1324 actual author 2026-03-05', 'PERGOV - 1724 future author 2026-03-05']],
  ['French trade unions threatened to stage nationwide protests against the pension reform.', ['FRALAB - 133 actual author 2026-03-05', 'FRALAB - 1412 future author 2026-03-05']],
  ['The Iranian police chief threatened to crush any protests.', ['IRNCOP - 137 actual author 2026-03-05', 'IRNCOP - 175 future author 2026-03-05']],
  ['China threatened to blockade Taiwan.', ['CHN TWN 1381 actual author 2026-03-05', 'CHN TWN 191 future author 2026-03-05']],
  ['Al-Shabaab threatened to carry out suicide attacks in Kenya.', ['SOMREB KEN 1383 actual author 2026-03-05', 'SOMREB KEN 1831 future author 2026-03-05']],
]);

cases('restrictions by kind: gatherings banned (1721), a party dissolved (1722), licences revoked (172); a crossing blockaded by protesters is obstructed (144); bombings and massacres carried out or committed (1831, 202)', [
  ['Hong Kong authorities banned public gatherings.', ['HKGGOV - 1721 actual author 2026-03-05']],
  ["Thailand's constitutional court dissolved the opposition party.", ['THAJUD THAOPP 1722 actual author 2026-03-05']],
  ['The Turkish government revoked the licences of two independent broadcasters.', ['TURGOV - 172 actual author 2026-03-05']],
  ['Polish truck drivers blockaded the border crossing.', ['POL - 144 actual author 2026-03-05']],
  ['Al-Shabaab carried out a suicide bombing in Mogadishu.', ['SOMREB SOM 1831 actual author 2026-03-05']],
  ['Sudanese paramilitaries committed a massacre in El Geneina.', ['SDNMIL SDN 202 actual author 2026-03-05']],
]);

cases('an accusation takes the kind of its charge: an act charged (1123 force) or a charge named (1121 corruption, 1124 war crimes, 1125 espionage); a curfew defied is a norm defied (128)', [
  ['Seoul accused Pyongyang of shelling its border island.', ['KOR PRK 1123 actual author 2026-03-05']],
  ['Russia accused Ukraine of attacking the Zaporizhzhia plant.', ['RUS UKR 1123 actual author 2026-03-05']],
  ['Kenyan police accused the former governor of corruption.', ['KENCOP KENELI 1121 actual author 2026-03-05']],
  ['China accused a US citizen of espionage.', ['CHN USACVL 1125 actual author 2026-03-05']],
  ['Ukraine accused Russian troops of war crimes in Bucha.', ['UKR RUSMIL 1124 actual author 2026-03-05']],
  ['Azerbaijan accused Armenia of provoking tensions along the border.', ['ARM - 140 speculative author 2026-03-05', 'AZE ARM 112 actual author 2026-03-05']],
  ['Thousands of protesters defied the curfew in Dhaka on Saturday.', ['BGDOPP BGD 128 actual author 2026-02-28']],
]);

cases('a ceasefire or truce broken is violated (196), and an accusation of it stays a bare accusation (112)', [
  ['The rebels broke the truce in Yemen.', ['YEMREB YEM 196 actual author 2026-03-05']],
  ["Pakistan's army accused India of violating the ceasefire.", ['PAKMIL IND 112 actual author 2026-03-05']],
]);

cases('an attempt on a life is 185, the killing 186; a conviction is a finding of guilt (116), a charge stays 173', [
  ['Gunmen tried to assassinate the governor of Kandahar.', ['AFGUAF AFGGOV 185 actual author 2026-03-05']],
  ["Gunmen assassinated Haiti's president at his home.", ['HTIUAF HTIGOV 186 actual author 2026-03-05']],
  ['A Moscow court convicted an opposition activist of treason.', ['RUSJUD RUSOPP 116 actual author 2026-03-05']],
  ['An Iranian court convicted the French tourist of spying.', ['IRNJUD FRACVL 116 actual author 2026-03-05']],
  ['The court charged the former president with corruption.', ['- - 173 actual author 2026-03-05']],
]);

cases('a request, call or offer rejected is coded by what it asked for or offered (122, 1222, 123, 125, 126)', [
  ['The Pakistani government rejected requests for aid from the flood-hit provinces.', ['PAKGOV - 122 actual author 2026-03-05']],
  ["Washington rejected Kyiv's request for long-range missiles.", ['USA UKR 1222 actual author 2026-03-05']],
  ['North Korea rejected an offer of talks from South Korea.', ['PRK KOR 125 actual author 2026-03-05']],
  ["Sudanese rebels rejected Qatar's offer of mediation.", ['SDNREB QAT 126 actual author 2026-03-05']],
  ["Sri Lanka's government rejected calls for political reform.", ['LKAGOV - 123 actual author 2026-03-05']],
]);

cases('a protest against a policy is for policy change (14x2); one against an actor keeps its code', [
  ['Students rallied in Dhaka against the job quota system.', ['BGDEDU BGD 1412 actual author 2026-03-05']],
  ['Detained migrants staged a hunger strike to protest against deportation rules.', ['- - 1422 actual author 2026-03-05']],
  ['Nigerian workers went on strike against fuel price hikes.', ['NGALAB - 1432 actual author 2026-03-05']],
  ['Polish truck drivers blockaded the border crossing to protest against the new fuel tax.', ['POL - 1442 actual author 2026-03-05']],
  ['Demonstrators set fire to government buildings in protest against fuel price hikes.', ['- - 1452 actual author 2026-03-05']],
  ['Serbian students rallied against the government in Belgrade.', ['SRBEDU SRBGOV 141 actual author 2026-03-05']],
]);

cases("an order to leave the country (or to leave, no place named) is an expulsion by what is expelled: troops 166, peacekeepers 1661, diplomats 161; leaving one's home is none", [
  ['Niger ordered French troops to leave the country by the end of the year.', ['NER FRAMIL 166 actual author 2026-03-05']],
  ['The Congolese government ordered UN peacekeepers to leave the country.', ['CODGOV IGOUNO 1661 actual author 2026-03-05']],
  ['Russia ordered the Estonian ambassador to leave the country.', ['RUS ESTGOV 161 actual author 2026-03-05']],
  ['Police in Kenya ordered residents to leave their homes.', ['KENCOP KENCVL 100 actual author 2026-03-05']],
]);

cases('forces put on alert or mobilized with no agent named are the source of their own force posture (15x); an attack suffered keeps its agent', [
  ['Police in Jakarta were placed on high alert ahead of the verdict.', ['IDNCOP - 151 actual author 2026-03-05']],
  ['Pakistani troops were put on alert.', ['PAKMIL - 152 actual author 2026-03-05']],
  ['Armenian reservists were mobilised on Monday.', ['ARMMIL - 154 actual author 2026-03-02']],
  ['Iraqi troops were attacked by militants.', ['IRQUAF IRQMIL 190 actual author 2026-03-05']],
]);
