// A cheap language guess for inputs that do not declare one: English when its function words dominate.

const EN_WORDS = new Set([
  'the', 'of', 'and', 'to', 'is', 'that', 'for', 'on', 'was', 'with', 'said', 'it', 'as', 'by', 'at', 'he', 'she', 'from', 'his', 'her',
  'are', 'were', 'have', 'has', 'had', 'be', 'been', 'will', 'would', 'not', 'but', 'they', 'their', 'this', 'which', 'who', 'after',
  'an', 'its', 'also', 'we', 'our', 'about', 'than', 'more', 'there', 'could', 'should', 'into', 'over', 'what', 'when', 'told', 'says',
]);

/** 'en' when at least a fifth of the first 300 words are common English function words, else null. */
export function guessLanguage(text: string): string | null {
  // English function words are ASCII: one lower-cased slice split on non-letters is enough and cheap.
  const words = text.slice(0, 2400).toLowerCase().split(/[^a-z\u00c0-\u024f]+/);
  let total = 0;
  let en = 0;
  for (const w of words) {
    if (w === '') continue;
    total++;
    if (EN_WORDS.has(w)) en++;
    if (total >= 300) break;
  }
  return total >= 8 && en / total >= 0.2 ? 'en' : null;
}

/** "en-US", "en_GB", "EN" -> "en"; null for empty or malformed tags. */
export function normalizeLanguageTag(tag: unknown): string | null {
  if (typeof tag !== 'string') return null;
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag);
  return m && m[1] !== undefined ? m[1].toLowerCase() : null;
}
