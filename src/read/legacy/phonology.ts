/**
 * The shape of a Vietnamese syllable, as data: an optional initial consonant, a rhyme
 * (medial + vowel nucleus + final) and at most one tone mark. Used to score candidate
 * decodings of legacy bytes: a right decoding yields real syllables ("nhân"), a wrong one
 * yields strings no Vietnamese word has ("nh©n", "Vieọt").
 *
 * Structural, not a dictionary: "đy" passes although no word is spelt so. That is enough
 * to tell encodings apart, and it never rejects a real word for being rare.
 */

/** Initial consonants, longest first so that "ngh" is tried before "ng" and "n". */
export const INITIALS: readonly string[] = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x',
];

/** Rhymes without tone, lower case, precomposed (ă â ê ô ơ ư). */
export const RHYMES: readonly string[] = [
  // a ă â
  'a', 'ac', 'ach', 'ai', 'am', 'an', 'ang', 'anh', 'ao', 'ap', 'at', 'au', 'ay',
  'ăc', 'ăm', 'ăn', 'ăng', 'ăp', 'ăt',
  'âc', 'âm', 'ân', 'âng', 'âp', 'ât', 'âu', 'ây',
  // e ê
  'e', 'ec', 'em', 'en', 'eng', 'eo', 'ep', 'et',
  'ê', 'êch', 'êm', 'ên', 'ênh', 'êp', 'êt', 'êu',
  // i iê
  'i', 'ia', 'ich', 'im', 'in', 'inh', 'ip', 'it', 'iu',
  'iêc', 'iêm', 'iên', 'iêng', 'iêp', 'iêt', 'iêu',
  // o oa oă oe
  'o', 'oc', 'oi', 'om', 'on', 'ong', 'op', 'ot', 'ooc', 'oong',
  'oa', 'oac', 'oach', 'oai', 'oam', 'oan', 'oang', 'oanh', 'oao', 'oap', 'oat', 'oay',
  'oăc', 'oăm', 'oăn', 'oăng', 'oăt',
  'oe', 'oem', 'oen', 'oeo', 'oet',
  // ô ơ
  'ô', 'ôc', 'ôi', 'ôm', 'ôn', 'ông', 'ôp', 'ôt',
  'ơ', 'ơi', 'ơm', 'ơn', 'ơp', 'ơt',
  // u uâ uê uơ uô uy
  'u', 'ua', 'uc', 'ui', 'um', 'un', 'ung', 'up', 'ut',
  'uân', 'uâng', 'uât', 'uây',
  'uê', 'uêch', 'uênh',
  'uơ',
  'uôc', 'uôi', 'uôm', 'uôn', 'uông', 'uôt',
  'uy', 'uya', 'uych', 'uyên', 'uyêt', 'uyn', 'uynh', 'uyp', 'uyt', 'uyu',
  // ư ươ
  'ư', 'ưa', 'ưc', 'ưi', 'ưm', 'ưn', 'ưng', 'ưt', 'ưu',
  'ươc', 'ươi', 'ươm', 'ươn', 'ương', 'ươp', 'ươt', 'ươu',
  // y yê
  'y', 'yêm', 'yên', 'yêng', 'yêt', 'yêu',
];

/** The five tone marks as combining characters (after NFD). */
export const TONE_MARKS: ReadonlySet<string> = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

/** Tones allowed on a syllable closed by a stop (p t c ch): only sắc and nặng. */
export const STOP_TONES: ReadonlySet<string> = new Set(['', '\u0301', '\u0323']);

/** Finals that close a syllable with a stop. */
export const STOP_FINALS: readonly string[] = ['ch', 'c', 'p', 't'];
