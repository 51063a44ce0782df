// The tag and relation inventories of the parser (Universal Dependencies v2).

export const UPOS_TAGS = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X',
] as const;
export type Upos = (typeof UPOS_TAGS)[number];
export const N_UPOS = UPOS_TAGS.length;
export const UPOS_INDEX: Readonly<Record<string, number>> = Object.fromEntries(UPOS_TAGS.map((t, i) => [t, i]));

/** Universal relations without subtype. */
export const DEPRELS: readonly string[] = [
  'nsubj', 'obj', 'iobj', 'obl', 'nmod', 'conj', 'ccomp', 'xcomp', 'advcl', 'acl', 'appos', 'aux', 'cop', 'mark', 'case',
  'det', 'amod', 'compound', 'flat', 'nummod', 'advmod', 'cc', 'punct', 'root', 'parataxis', 'expl', 'csubj', 'list',
  'fixed', 'vocative', 'discourse', 'dislocated', 'orphan', 'goeswith', 'reparandum', 'dep', 'clf',
];
export const DEPREL_INDEX: Readonly<Record<string, number>> = Object.fromEntries(DEPRELS.map((t, i) => [t, i]));

/**
 * Relations the model predicts: every universal relation, then the English subtypes of UD EWT and GUM that occur
 * often enough to learn. Any other subtype is read as its universal relation.
 */
export const DEPRELS_FULL: readonly string[] = [
  ...DEPRELS,
  'nsubj:pass', 'nsubj:outer', 'csubj:pass', 'csubj:outer', 'aux:pass', 'obl:agent', 'obl:unmarked', 'obl:tmod', 'obl:npmod',
  'nmod:poss', 'nmod:unmarked', 'nmod:desc', 'nmod:tmod', 'nmod:npmod', 'acl:relcl', 'advcl:relcl', 'compound:prt',
  'det:predet', 'cc:preconj', 'flat:foreign',
];
export const N_DEPRELS_FULL = DEPRELS_FULL.length;
export const DEPREL_FULL_INDEX: Readonly<Record<string, number>> = Object.fromEntries(DEPRELS_FULL.map((t, i) => [t, i]));

/** DEPRELS_FULL index -> DEPRELS index (the universal part before ':'). */
export const FULL_TO_BASE: Uint8Array = Uint8Array.from(DEPRELS_FULL.map((d) => DEPREL_INDEX[d.split(':')[0] as string] ?? DEPREL_INDEX['dep'] as number));

/** The DEPRELS_FULL index of a relation string (unknown subtypes fall back to the universal part, unknown relations to 'dep'). */
export function fullDeprelIndex(rel: string): number {
  const full = DEPREL_FULL_INDEX[rel];
  if (full !== undefined) return full;
  const base = DEPREL_INDEX[rel.split(':')[0] as string];
  return base ?? (DEPREL_INDEX['dep'] as number);
}

export const ROOT_REL = DEPREL_INDEX['root'] as number;
