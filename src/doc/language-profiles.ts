/**
 * Function-word profiles for Latin-script languages: the commonest short words, which make up a
 * large share of any running text in that language and little of any other. Written for dyad.
 */
export interface LatinProfile { code: string; name: string; words: string[] }

export const LATIN_PROFILES: LatinProfile[] = [
  { code: 'en', name: 'English', words: ['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'with', 'as', 'was', 'by', 'it', 'at', 'from', 'said', 'has', 'have', 'be', 'are', 'this', 'an', 'will', 'which', 'its', 'not', 'but', 'were', 'had', 'would', 'they', 'their', 'been', 'after', 'also', 'who', 'or', 'he', 'she'] },
  { code: 'fr', name: 'French', words: ['le', 'la', 'les', 'de', 'des', 'du', 'et', 'en', 'un', 'une', 'est', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'aux', 'avec', 'par', 'il', 'elle', 'ce', 'cette', 'sont', 'a', 'ont', 'plus', 'mais', 'ou', 'se', 'ne', 'été', 'selon', 'lors', 'leur'] },
  { code: 'de', name: 'German', words: ['der', 'die', 'das', 'und', 'in', 'den', 'von', 'zu', 'mit', 'sich', 'des', 'auf', 'für', 'ist', 'im', 'dem', 'nicht', 'ein', 'eine', 'als', 'auch', 'es', 'an', 'werden', 'aus', 'er', 'hat', 'dass', 'sie', 'nach', 'wird', 'bei', 'einer', 'um', 'am', 'sind', 'noch', 'wie', 'über', 'vor'] },
  { code: 'es', name: 'Spanish', words: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'del', 'se', 'las', 'por', 'un', 'para', 'con', 'no', 'una', 'su', 'al', 'es', 'lo', 'como', 'más', 'pero', 'sus', 'le', 'ha', 'me', 'si', 'sobre', 'este', 'ya', 'entre', 'cuando', 'también', 'fue', 'según', 'tras'] },
  { code: 'it', name: 'Italian', words: ['il', 'di', 'che', 'e', 'la', 'per', 'in', 'un', 'del', 'della', 'non', 'una', 'con', 'sono', 'alla', 'le', 'dei', 'gli', 'da', 'ha', 'si', 'nel', 'al', 'anche', 'come', 'più', 'ma', 'lo', 'delle', 'è', 'stato', 'dopo', 'tra', 'questo', 'secondo'] },
  { code: 'pt', name: 'Portuguese', words: ['de', 'a', 'o', 'que', 'e', 'do', 'da', 'em', 'um', 'para', 'com', 'não', 'uma', 'os', 'no', 'se', 'na', 'por', 'mais', 'as', 'dos', 'como', 'mas', 'ao', 'das', 'foi', 'ele', 'à', 'seu', 'sua', 'ou', 'são', 'também', 'pelo', 'pela', 'segundo', 'após'] },
  { code: 'nl', name: 'Dutch', words: ['de', 'het', 'een', 'van', 'en', 'in', 'is', 'dat', 'op', 'te', 'zijn', 'met', 'voor', 'niet', 'aan', 'er', 'die', 'ook', 'om', 'als', 'bij', 'maar', 'door', 'nog', 'naar', 'wordt', 'heeft', 'werd', 'uit', 'over', 'dit', 'zich', 'hij', 'ze'] },
  { code: 'sv', name: 'Swedish', words: ['och', 'i', 'att', 'det', 'som', 'en', 'på', 'är', 'av', 'för', 'med', 'till', 'den', 'har', 'de', 'inte', 'om', 'ett', 'han', 'men', 'var', 'jag', 'sig', 'från', 'vi', 'så', 'kan', 'efter', 'också', 'enligt'] },
  { code: 'pl', name: 'Polish', words: ['i', 'w', 'się', 'na', 'nie', 'z', 'do', 'to', 'że', 'jest', 'o', 'jak', 'po', 'co', 'ale', 'od', 'za', 'przez', 'dla', 'tym', 'są', 'jego', 'oraz', 'być', 'który', 'która', 'także', 'już', 'może', 'tak'] },
  { code: 'tr', name: 'Turkish', words: ['ve', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'olarak', 'çok', 'daha', 'en', 'gibi', 'olan', 'ama', 'kadar', 'sonra', 'ise', 'her', 'ne', 'mi', 'değil', 'göre', 'olduğunu', 'yeni', 'büyük', 'iki'] },
  { code: 'id', name: 'Indonesian', words: ['yang', 'dan', 'di', 'itu', 'dengan', 'untuk', 'tidak', 'ini', 'dari', 'dalam', 'akan', 'pada', 'juga', 'saya', 'ke', 'karena', 'tersebut', 'bisa', 'ada', 'mereka', 'lebih', 'kata', 'telah', 'oleh', 'sudah', 'menurut'] },
  { code: 'vi', name: 'Vietnamese', words: ['của', 'và', 'các', 'có', 'được', 'trong', 'là', 'cho', 'những', 'với', 'không', 'này', 'một', 'người', 'đã', 'về', 'để', 'khi', 'từ', 'theo', 'cũng', 'đến', 'nhiều', 'tại'] },
];
