// Name normalization shared by entity keys and look-ups: lower case, diacritics folded, whitespace collapsed.
export function normalizeName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2019\u2018`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The key an entity has by its type and name ("PERSON:mark rutte"): the one the writers fall back on when the analysis gave none. */
export function nameKey(e: { type: string; name: string }): string {
  return `${e.type}:${normalizeName(e.name)}`;
}
