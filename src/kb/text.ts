// Name keys for gazetteer lookups: one folding rule shared by the build script and the loader.

const SPACE = /[\s\-‐‑–—_/]+/g;
const PLAIN = /^[A-Za-z ]+$/;
/** combining marks and punctuation dropped, letters that NFD does not decompose spelled out */
const SPECIAL = /[\u0300-\u036f.'’‘`ʻ,()ıøØæÆßđĐłŁ]/g;
const SPELL: Readonly<Record<string, string>> = { ı: 'i', ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', ß: 'ss', đ: 'd', Đ: 'd', ł: 'l', Ł: 'l' };

/**
 * the keys folded lately: an article asks for the same few hundred names again and again (about 430 calls an article,
 * under 100 distinct); emptied when full, so it stays small
 */
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 20_000;

/** "Chișinău" -> "chisinau", "Washington, D.C." -> "washington dc", "Xi’an" -> "xian", "Rostov-na-Donu" -> "rostov na donu". */
export function foldKey(s: string): string {
  const known = FOLDED.get(s);
  if (known !== undefined) return known;
  const k = fold(s);
  if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
  FOLDED.set(s, k);
  return k;
}

function fold(s: string): string {
  if (PLAIN.test(s)) return s.includes('  ') ? s.toLowerCase().replace(SPACE, ' ').trim() : s.toLowerCase().trim();
  return s.normalize('NFD').replace(SPECIAL, (ch) => SPELL[ch] ?? '').toLowerCase().replace(SPACE, ' ').trim();
}

const NON_ASCII = /[^ -~]/;
const MARKS = /\p{M}/gu;

/** "the Elysée" -> "the Elysee": the string without its combining accents (unchanged when it is ASCII). */
export function unaccented(s: string): string {
  return NON_ASCII.test(s) ? s.normalize('NFD').replace(MARKS, '') : s;
}

/** Drops a leading lower-case "the " ("the Kremlin" -> "Kremlin"); "The Hague" keeps its article. */
export function stripThe(s: string): string {
  return s.startsWith('the ') ? s.slice(4) : s;
}

/** Plural of a demonym: "American" -> "Americans", "Chinese"/"British"/"Swiss" -> none, "Frenchman" -> "Frenchmen". */
export function demonymPlural(d: string): string | null {
  if (/(ese|s|sh|ch|x|z|men|Burkinabe|Burkinabè|Malagasy|Basotho|Batswana|Sammarinese|Monegasque)$/.test(d)) return null;
  if (/(French|Dutch|English|Irish|Scots|Welsh)man$/.test(d)) return `${d.slice(0, -3)}men`;
  if (/\s/.test(d) && !/(an|i|er)$/.test(d)) return null;
  return `${d}s`;
}
