/**
 * The valid Vietnamese syllables (lower case, NFC), generated from the language's phonotactics:
 * onsets x rimes x tones with the spelling rules (c/k/q, g/gh, ng/ngh, gi, i/y, iê/yê), tones
 * on stop-final rimes (-c, -ch, -p, -t) only sắc and nặng. No word list ships: the rules are
 * small and free of any licence question. The set overgenerates a little (rare but legal
 * syllables); the syllable n-gram model decides which are likely.
 */

/** Tone marks: none, huyền, sắc, hỏi, ngã, nặng (combining, composed with NFC). */
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;
const STOP_TONES = ['\u0301', '\u0323'] as const;

/**
 * Rimes with the tone-bearing vowel in upper case (the placement Vietnamese administrative
 * documents use: "hóa", "thủy", "quý"; "hoá", "thuỷ" are accepted too, see ALT_PLACEMENT).
 */
const PLAIN_RIMES = `A Ac Ach Ai Am An Ang Anh Ao Ap At Au Ay
Ăc Ăm Ăn Ăng Ăp Ăt Âc Âm Ân Âng Âp Ât Âu Ây
E Ec Em En Eng Eo Ep Et Ê Êch Êm Ên Ênh Êp Êt Êu
I Ia Ich Im In Inh Ip It Iu iÊc iÊm iÊn iÊng iÊp iÊt iÊu
O Oc Oi Om On Ong Op Ot oOng oOc Ô Ôc Ôi Ôm Ôn Ông Ôp Ôt Ơ Ơi Ơm Ơn Ơp Ơt
U Ua Uc Ui Um Un Ung Up Ut uÔc uÔi uÔm uÔn uÔng uÔt
Ư Ưa Ưc Ưi Ưm Ưn Ưng Ưt Ưu ưƠc ưƠi ưƠm ưƠn ưƠng ưƠp ưƠt ưƠu`.split(/\s+/);

/** Rimes with the medial o (hoa, khoán, ngoặt). */
const O_RIMES = 'Oa oAc oAch oAi oAm oAn oAng oAnh oAo oAp oAt oAy oĂc oĂm oĂn oĂng oĂt Oe oEn oEo oEt'.split(' ');
/** Rimes with the medial u (thủy, xuân, luật, huệ, chuyên). */
const U_RIMES = 'Uy uYa uYch uYn uYnh uYp uYt uYu uyÊn uyÊt uÊ uÊnh uÂn uÂng uÂt uÂy uƠ'.split(' ');
/** After qu the medial is the u of the onset. */
const QU_RIMES = `A Ac Ach Ai Am An Ang Anh Ao At Ay Ăc Ăm Ăn Ăng Ăt E En Eo Et Ê Êch Ênh
Y Ych Ynh Yt yÊn yÊt Ân Âng Ât Ây Ơ I Ôc`.split(/\s+/);
/** New-style placements that are also written: hoá, khoẻ, thuỷ. */
const ALT_PLACEMENT: Record<string, string> = { Oa: 'oA', Oe: 'oE', Uy: 'uY' };

const ONSETS = 'b c ch d đ g h k kh l m n ng nh p ph r s t th tr v x gi'.split(' ');
/** Onsets that take no medial o/u: labials, and c/k/g whose medial forms are spelt qu-, gu-. */
const NO_MEDIAL = new Set(['b', 'm', 'p', 'ph', 'v', 'c', 'k', 'g', 'gi', 'r']);
/** Vowel letters before which k, gh, ngh are written instead of c, g, ng. */
const FRONT = /^[ieêy]/;
/** Onsets written "i" or "y" alike before a bare i (lý/lí, kỹ/kĩ). */
const I_OR_Y = new Set(['', 'h', 'k', 'l', 'm', 'n', 's', 't', 'v', 'd', 'qu']);

function toned(rime: string, tone: string): string {
  return rime.replace(/\p{Lu}/u, (v) => (v.toLowerCase() + tone).normalize('NFC')).normalize('NFC');
}

function rimeTones(rime: string): readonly string[] {
  return /(c|ch|p|t)$/i.test(rime) ? STOP_TONES : TONES;
}

function spell(onset: string, rime: string): string | null {
  const r = rime.toLowerCase();
  if (onset === 'c' && FRONT.test(r)) return null;
  if (onset === 'k' && !FRONT.test(r)) return null;
  if ((onset === 'g' || onset === 'ng') && FRONT.test(r)) return `${onset}h`;
  if (onset === 'gi' && /^i/.test(r)) return 'g';
  if (onset === '' && /^iê/.test(r)) return 'y';
  return onset;
}

function generate(): Set<string> {
  const out = new Set<string>();
  const add = (prefix: string, rime: string): void => {
    for (const t of rimeTones(rime)) {
      const body = toned(rime, t);
      out.add(prefix + (prefix === 'y' && body.startsWith('i') ? body.slice(1) : body));
    }
  };
  for (const onset of ['', ...ONSETS]) {
    const rimes = [...PLAIN_RIMES, ...(NO_MEDIAL.has(onset) ? [] : [...O_RIMES, ...U_RIMES])];
    for (const rime of rimes) {
      const prefix = spell(onset, rime);
      if (prefix === null) continue;
      add(prefix, rime);
      const alt = ALT_PLACEMENT[rime];
      if (alt) add(prefix, alt);
      if (rime === 'I' && I_OR_Y.has(onset)) add(prefix, 'Y');
    }
  }
  for (const rime of QU_RIMES) add('qu', rime);
  // gu- before a vowel (guốc is g + uôc; "gu" + medial forms: goá/guá are rare) is covered by g.
  return out;
}

let cache: Set<string> | undefined;

/** The valid syllables, lower case NFC. Built once, on first use (about 20,000). */
export function validSyllables(): Set<string> {
  cache ??= generate();
  return cache;
}

/** True for a valid Vietnamese syllable in any case ("Giao", "QUẬN", "của"). */
export function isSyllable(word: string): boolean {
  return validSyllables().has(word.normalize('NFC').toLowerCase());
}
