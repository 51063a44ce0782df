// Name keys for gazetteer lookups: one folding rule shared by the build script and the loader.

const COMBINING = /[\u0300-\u036f]/g;
const DROP = /[.'’‘`ʻ,()]/g;
const SPACE = /[\s\-‐‑–—_/]+/g;

/** "Chișinău" -> "chisinau", "Washington, D.C." -> "washington dc", "Xi’an" -> "xian", "Rostov-na-Donu" -> "rostov na donu". */
const PLAIN = /^[A-Za-z ]+$/;

export function foldKey(s: string): string {
  if (PLAIN.test(s)) return s.includes('  ') ? s.toLowerCase().replace(SPACE, ' ').trim() : s.toLowerCase().trim();
  return s.normalize('NFD').replace(COMBINING, '').replace(/ı/g, 'i').replace(/ø/g, 'o').replace(/Ø/g, 'O')
    .replace(/æ/g, 'ae').replace(/ß/g, 'ss').replace(/đ/g, 'd').replace(/ł/g, 'l').replace(/Ł/g, 'L')
    .toLowerCase().replace(DROP, '').replace(SPACE, ' ').trim();
}

/** Drops a leading lower-case "the " ("the Kremlin" -> "Kremlin"); "The Hague" keeps its article. */
export function stripThe(s: string): string {
  return s.startsWith('the ') ? s.slice(4) : s;
}

/** Plural of a demonym: "American" -> "Americans", "Chinese"/"British"/"Swiss" -> none, "Frenchman" -> "Frenchmen". */
export function demonymPlural(d: string): string | null {
  if (/(ese|ss|sh|ch|z|men|Burkinabe|Burkinabè|Malagasy|Basotho|Batswana|Sammarinese|Monegasque)$/.test(d)) return null;
  if (d.endsWith('man')) return `${d.slice(0, -3)}men`;
  if (/\s/.test(d) && !/(an|i|er)$/.test(d)) return null;
  return `${d}s`;
}
