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
