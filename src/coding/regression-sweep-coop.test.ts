/**
 * Regression suite on the shipped model and dictionaries: a coverage sweep over the cooperative CAMEO
 * roots (02 appeal to 09 investigate), each text with the exact events it must give (regression-cases.ts).
 */
import { cases } from './regression-cases.js';

cases('a reporting verb with no reported clause ("declared a ceasefire") is read as its own act, not searched for an obligation', [
  ['Israel and Hezbollah declared a ceasefire on Wednesday.', ['ISR LBNREB 0871 actual author 2026-03-04', 'LBNREB ISR 0871 actual author 2026-03-04']],
]);

cases('freeing or releasing people is releasing persons (0841); returning seized or looted things is returning property (0842)', [
  ['Russia freed an American journalist.', ['RUS USAMED 0841 actual author 2026-03-05']],
  ['The rebels released three Turkish workers on Sunday.', ['- TURLAB 0841 actual author 2026-03-01']],
  ['Britain returned the looted bronzes to Nigeria.', ['GBR NGA 0842 actual author 2026-03-05']],
  ['North Korea handed back the remains of US soldiers.', ['PRK USAMIL 0841 actual author 2026-03-05']],
  ['Syrian refugees returned to Syria.', []],
  ['Iran released a statement on Syria.', ['IRN SYR 010 actual author 2026-03-05']],
]);

cases('an appeal to do something takes the appeal code of the act asked for (lifting sanctions 0254, talks 026, releasing people 0253, de-escalating 0256); stopping an act asks for nothing CAMEO names', [
  ['Venezuela called on Washington to lift sanctions on its oil industry.', ['VEN USA 0254 actual author 2026-03-05']],
  ['Germany urged Russia and Ukraine to hold talks.', ['DEU RUS 026 actual author 2026-03-05', 'DEU UKR 026 actual author 2026-03-05']],
  ['The European Union urged Belarus to release political prisoners.', ['IGOEUREEC BLR 0253 actual author 2026-03-05']],
  ['Egypt urged both sides to declare a ceasefire.', ['EGY - 0256 actual author 2026-03-05']],
  ['The United States urged China to stop arming Russia.', ['USA CHN 020 actual author 2026-03-05']],
]);

cases('lifting or easing sanctions is 085 (not the intent 0351), easing a blockade 0872; improving relations is 050', [
  ['Washington lifted sanctions on Venezuelan oil exports.', ['USA VEN 085 actual author 2026-03-05']],
  ['Saudi Arabia eased its blockade of Yemen\'s ports.', ['SAU YEM 0872 actual author 2026-03-05']],
  ['Greece and Turkey agreed to improve relations after years of tension.', [
    'GRC TUR 032 actual author 2026-03-05', 'GRC TUR 050 future author 2026-03-05', 'TUR GRC 032 actual author 2026-03-05', 'TUR GRC 050 future author 2026-03-05',
  ]],
]);

cases('letting in aid is 0863, tolerating or allowing protests 082; respecting rights is 0833 and respecting a truce 087', [
  ['Israel allowed aid trucks into Gaza through the Kerem Shalom crossing.', ['ISR PSEGZA 0863 actual author 2026-03-05']],
  ['The archbishop urged the Kenyan government to allow peaceful protests.', ['KENCHR KENGOV 0252 actual author 2026-03-05']],
  ['The Taliban pledged to respect the rights of women in Afghanistan.', ['AFGGOV AFGCVL 0343 actual author 2026-03-05', 'AFGGOV AFGCVL 0833 future author 2026-03-05']],
  ['The UN praised Ghana and said it respects its people.', ['IGOUNO GHA 051 actual author 2026-03-05']],
]);

cases('calling, asking or appealing for a release, aid, reforms or a constitution is the matching appeal (0253, 023x, 024, 0244); a phone call stays 041', [
  ['France called for the release of two French citizens held in Iran.', ['FRA FRACVL 0253 actual author 2026-03-05']],
  ['France urged the release of two French citizens held in Iran.', ['FRA FRACVL 0253 actual author 2026-03-05']],
  ['Aid agencies called for urgent humanitarian assistance to reach civilians in Gaza.', ['- PSEGZA 0233 actual author 2026-03-05']],
  ['Germany called for political reforms in Egypt.', ['DEU EGY 024 actual author 2026-03-05']],
  ['Rebel leaders called for a new constitution for Myanmar.', ['- MMR 0244 actual author 2026-03-05']],
  ['Sri Lanka asked India for economic assistance.', ['LKA IND 0231 actual author 2026-03-05']],
  ['Obama called Putin on Tuesday.', ['RUSGOV USAELI 041 actual author 2026-03-03', 'USAELI RUSGOV 041 actual author 2026-03-03']],
]);

cases('expanding economic cooperation is 061, sharing intelligence with a partner 064, delivering medical supplies 073, deploying peacekeepers 074', [
  ['Vietnam and South Korea expanded economic cooperation on Friday.', ['KOR VNM 061 actual author 2026-02-27', 'VNM KOR 061 actual author 2026-02-27']],
  ['Britain shared intelligence with Ukraine about Russian troop movements.', ['GBR UKR 064 actual author 2026-03-05']],
  ['The Red Cross delivered medical supplies to hospitals in Gaza.', ['NGOHLHIRC PSEGZA 073 actual author 2026-03-05']],
  ['The UN deployed peacekeepers to southern Lebanon.', ['IGOUNO LBN 074 actual author 2026-03-05']],
  ['Russia sent troops to Syria.', ['RUS SYR 062 actual author 2026-03-05']],
]);

cases('negotiating is engaging in negotiation (046), with a partner both ways; investigating a kind of wrongdoing takes its subcode (091-094)', [
  ['Serbia and Kosovo negotiated for two days in Brussels without a breakthrough.', ['KSV SRB 046 actual author 2026-03-05', 'SRB KSV 046 actual author 2026-03-05']],
  ['Israel negotiated with Hamas over the hostages.', ['ISR PSEREBHMS 046 actual author 2026-03-05', 'PSEREBHMS ISR 046 actual author 2026-03-05']],
  ['Prosecutors in South Africa investigated the former president for corruption.', ['ZAFJUD ZAFELI 091 actual author 2026-03-05']],
  ['The Pentagon investigated the drone strike that killed ten civilians in Kabul.', ['USAMIL AFGCVL 093 actual author 2026-03-05']],
  ['The International Criminal Court is investigating war crimes committed in Ukraine.', ['IGOJUDICC UKR 094 actual author 2026-03-05']],
]);

cases('an appeal coarser than the act asked for takes the act\'s appeal code ("urged NATO to deepen military cooperation": 0212, not the pattern\'s 022)', [
  ['Ukraine has urged NATO to deepen military cooperation with Kyiv ahead of the winter.', ['UKR IGOWSTNAT 0212 actual author 2026-03-05']],
]);

cases('a phrasal verb whose particle is there wins over the bare verb\'s patterns even by its own code ("gave in to demands for reform" yields, 080; not GIVE\'s "- * REFORM", 071)', [
  ['The Algerian government gave in to protesters\' demands for political reform.', ['DZAGOV DZAOPP 080 actual author 2026-03-05']],
]);

cases('offering or promising a kind of aid or reforms is its intent (0333, 034); a policy change is 0832 (its announcement 0342), concessions 080 (035), handing over power 0834 (0344)', [
  ['Saudi Arabia offered humanitarian assistance to earthquake victims in Turkey.', ['SAU TURCVL 0333 actual author 2026-03-05']],
  ['The Tunisian president promised political reforms in a televised speech.', ['TUNGOV - 034 actual author 2026-03-05']],
  ['Canada\'s government said it will change its immigration policy next year.', ['CANGOV - 0342 actual reported 2026-03-05', 'CANGOV - 0832 future reported 2026-03-05']],
  ['The junta said it was ready to make concessions to the opposition.', ['- - 035 actual reported 2026-03-05', '- - 080 future reported 2026-03-05']],
  ['The military government agreed to hand power to a civilian administration.', ['- - 0344 actual author 2026-03-05', '- - 0834 future author 2026-03-05']],
  ['The president handed the award to the singer.', []],
]);

cases('reducing attacks is de-escalating (087); fighters disarming is demobilizing (0873), disarming an actor stays 190; formally recognizing a state is 054; lifting a ban on a party 0812', [
  ['The Russian army reduced its attacks on Kharkiv.', ['RUSMIL UKR 087 actual author 2026-03-05']],
  ['The FARC rebels disarmed under the peace deal.', ['COLREB - 0873 actual author 2026-03-05']],
  ['Government troops disarmed the rebels.', ['- - 190 actual author 2026-03-05']],
  ['Spain formally recognized the State of Palestine on Tuesday.', ['ESP PSE 054 actual author 2026-03-03']],
  ['Thailand\'s election commission lifted the ban on the opposition party.', ['THAGOV THAOPP 0812 actual author 2026-03-05']],
]);

cases('returning to the negotiating table is negotiating (046; appealing for it 026); rallying support for someone is 053; lifting a protest ban eases dissent (082, its pledge 0352)', [
  ['Germany urged Russia and Ukraine to return to the negotiating table.', ['DEU RUS 026 actual author 2026-03-05', 'DEU UKR 026 actual author 2026-03-05']],
  ['Thousands of refugees returned to their homes.', []],
  ['The Arab League rallied support for the Palestinian cause at the UN General Assembly.', ['IGOMEAARL PSE 053 actual author 2026-03-05']],
  ['The government of Ecuador pledged to lift the ban on street protests.', ['ECUGOV - 0352 actual author 2026-03-05', 'ECUGOV - 082 future author 2026-03-05']],
]);

cases('releasing or freeing an actor named as the object is releasing persons (0841) when no pattern coded it; a statement or report released is not', [
  ['Venezuela released six American oil executives on Saturday.', ['VEN USA 0841 actual author 2026-02-28']],
  ['Iran freed a French tourist after two years in custody.', ['IRN FRACVL 0841 actual author 2026-03-05']],
  ['The rebels released two Kenyan engineers.', ['- KENCVL 0841 actual author 2026-03-05']],
  ['The UN released a report on Myanmar.', []],
  ['The Pentagon released a Russian report.', []],
]);

cases('a meeting in a country none of the parties is from is a third-location meeting (044); at one party\'s home it stays 040', [
  ['The Chinese and Australian foreign ministers met in Singapore on the sidelines of a regional forum.', ['AUSGOV CHNGOV 044 actual author 2026-03-05', 'CHNGOV AUSGOV 044 actual author 2026-03-05']],
  ['Israeli and Palestinian negotiators met in Cairo.', ['ISRGOV PSEGOV 044 actual author 2026-03-05', 'PSEGOV ISRGOV 044 actual author 2026-03-05']],
  ['Putin met Xi in Beijing.', ['RUSGOV CHNGOV 040 actual author 2026-03-05']],
  ['Egypt\'s foreign minister met his Qatari counterpart in Doha.', ['EGYGOV QATGOV 040 actual author 2026-03-05']],
]);

cases('cooperating on a field is that kind of cooperation (extradition 063, its promise 0313; counterterrorism 062); cooperating on anything else stays 050', [
  ['Pakistan promised to cooperate with Interpol on the extradition of the suspects.', ['PAK IGOCOPITP 0313 actual author 2026-03-05', 'PAK IGOCOPITP 063 future author 2026-03-05']],
  ['France and Morocco cooperated on counterterrorism.', ['FRA MAR 062 actual author 2026-03-05', 'MAR FRA 062 actual author 2026-03-05']],
  ['Russia and China are cooperating on a joint lunar research station.', ['CHN RUS 050 actual author 2026-03-05', 'RUS CHN 050 actual author 2026-03-05']],
]);

cases('pulling forces from a place is a retreat (0874); accepting a truce is declaring it (0871); training soldiers is military aid (072), offering it 0332', [
  ['Armenia pulled its forces from Karabakh.', ['ARM - 0874 actual author 2026-03-05']],
  ['Russia pulled its troops from Syria.', ['RUS SYR 0874 actual author 2026-03-05']],
  ['Hezbollah accepted the truce proposed by France.', ['FRA - 020 actual author 2026-03-05', 'LBNREB FRA 0871 actual author 2026-03-05']],
  ['Britain trained Ukrainian soldiers.', ['GBR UKRMIL 072 actual author 2026-03-05']],
  ['India offered to train Vietnamese navy personnel, the defence minister said.', ['IND VNM 0332 actual reported 2026-03-05', 'IND VNM 072 future reported 2026-03-05']],
]);

cases('mediating is 045 (asking someone to mediate 028); a bare demand of someone to act takes the demand code of the act ("pressed Beijing to release the activists": 1053)', [
  ['Kenya asked Uganda to mediate in the dispute.', ['KEN UGA 028 actual author 2026-03-05']],
  ['Qatar mediated the dispute between Israel and Hamas.', ['QAT ISR 045 actual author 2026-03-05', 'QAT PSEREBHMS 045 actual author 2026-03-05']],
  ['Washington pressed Beijing to release the activists.', ['USA CHN 1053 actual author 2026-03-05']],
]);
