// Global keys of an analysis entity, most specific first: wd:Q.., iso:XX, gn:N, then TYPE:normalized name, then for
// people the name variants that the store joins across articles ("Joe Biden" = "Joseph R. Biden" = "Biden").
// Prefixes the store reads (src/store/sqlite/entity-writer.ts): "+" a key registered when free but not used to look up
// (a full name's surname: "Hunter Biden" must not find Joe), except that it adopts an entity known only by that surname;
// "?" a key used to look up, and registered when free (a bare surname finds the first full name that registered it).
import type { Entity } from '../core/analysis.js';
import { nameKey, normalizeName } from '../store/normalize.js';
import { GIVEN_NAME_GENDER } from '../nlp/lexicon/given-names.js';

/** Short forms of given names as news writes them, to the full form ("Joe" Biden = "Joseph" Biden). CC0, written for Argus. */
const GIVEN_NAME_FORMS: Readonly<Record<string, string>> = {
  joe: 'joseph', bill: 'william', will: 'william', bob: 'robert', rob: 'robert', mike: 'michael', jim: 'james',
  jimmy: 'james', tom: 'thomas', tony: 'anthony', antony: 'anthony', dick: 'richard', rick: 'richard', dan: 'daniel', dave: 'david',
  steve: 'stephen', ed: 'edward', ted: 'edward', chuck: 'charles', charlie: 'charles', nick: 'nicholas', pete: 'peter',
  andy: 'andrew', alex: 'alexander', sam: 'samuel', ben: 'benjamin', ron: 'ronald', don: 'donald', matt: 'matthew',
  chris: 'christopher', jeff: 'jeffrey', greg: 'gregory', kate: 'katherine', liz: 'elizabeth', beth: 'elizabeth',
  jen: 'jennifer', jenny: 'jennifer', sue: 'susan', pat: 'patrick', vlad: 'vladimir', sergei: 'sergey',
};

/** A word of a name made of letters, apostrophes and hyphens ("o'neill", "jae-in"). */
const NAME_WORD = /^\p{L}[\p{L}'-]*$/u;

/** Tokens that do not tell two people apart: middle initials and generational suffixes. */
const NEUTRAL = /^([a-z]\.?|jr\.?|sr\.?|ii|iii|iv)$/;

/**
 * Family names that Chinese and Korean names put first ("Xi Jinping", "Yoon Suk Yeol"), romanised as news writes them:
 * the common pinyin surnames and the common Korean ones. CC0, written for Argus from the general lists of the most
 * frequent family names. Japanese names are not listed: news writes them in either order, which the order-free key of
 * a two-word name joins; Vietnamese ones are not either: a later mention uses the given name, which comes last.
 */
const CHINESE_FAMILY = new Set(`
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han feng deng
cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao cui zhong tan fan jin shi liao
jia xia fu fang bai zou meng xiong qin qiu yin xue yan duan lei hou long tao gu mao hao gong shao wan qian dai mo kong
xiang xi bo geng zhai
`.trim().split(/\s+/));
const KOREAN_FAMILY = new Set(`
kim lee park choi jung jeong kang cho yoon yun jang lim oh seo shin kwon hwang ahn yoo hong jeon moon noh roh kwak chung ban
han song yang
`.trim().split(/\s+/));

/** Pinyin syllables ("jinping", "keqiang") and Korean romanised ones ("suk", "jae-in", "kyung"), one or more. */
const PINYIN = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiou]{1,3}(?:ng|n|r)?-?)+$/;
const KOREAN = /^(?:(?:kk|tt|pp|ss|jj|ch|[gkndtrmbpsjhw])?(?:yeo|yae|wae|eo|eu|ae|oe|wi|ya|yo|yu|ye|wa|wo|we|ui|oo|ee|a|e|i|o|u)(?:ng|[knltmp])?-?)+$/;

/**
 * Whether words (lower case) are a Chinese or Korean name with its family name first: a known family name, then one or
 * two given-name words made of that language's syllables; not when the last word is itself a family name ("Sung Kim": a
 * Korean American name in Western order).
 */
function familyNameFirst(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  if (CHINESE_FAMILY.has(last) || KOREAN_FAMILY.has(last)) return false;
  const given = words.slice(1);
  if (given.some((w) => w.replace(/-/g, '').length > 8)) return false;
  return (CHINESE_FAMILY.has(first) && given.every((w) => PINYIN.test(w))) || (KOREAN_FAMILY.has(first) && given.every((w) => KOREAN.test(w)));
}

/**
 * "Joseph R. Biden Jr." -> { given: "joseph", surname: "biden" }; "Xi Jinping" -> { given: "jinping", surname: "xi" }
 * (a Chinese or Korean name, family name first); null for a one-word name.
 */
export function personNameParts(name: string): { given: string | null; surname: string } | null {
  const words = normalizeName(name).replace(/,/g, ' ').split(' ').filter((w) => w && !NEUTRAL.test(w));
  const surname = words[words.length - 1];
  if (!surname || !NAME_WORD.test(surname)) return null;
  if (words.length === 1) return { given: null, surname };
  if (familyNameFirst(words)) return { given: words.slice(1).join(' '), surname: words[0] as string };
  const first = words[0] as string;
  return { given: GIVEN_NAME_FORMS[first] ?? first, surname };
}

/** The words of a name as the store normalizes it ("Kishida  Fumio" -> ["kishida", "fumio"]). */
function nameWords(name: string): string[] {
  return normalizeName(name).split(' ').filter((w) => w);
}

/** Japanese romanised syllables, one or more ("kishida", "fumio", "shinzo", "yoshimasa"; long vowels doubled or marked). */
const JAPANESE = /^(?:(?:ky|sh|ch|ts|ry|ny|hy|my|gy|by|py|[kstnhfmyrwgzjdbp])?[aeiouāīūēō]{1,2}n?)+$/;

/**
 * The first word of a two-word name that news may write in either order, when it can be the family name: a Japanese
 * name ("Kishida Fumio" and "Fumio Kishida" both appear, and a later mention is "Kishida" either way), both words made
 * of Japanese syllables and the first no given name the lexicon knows ("Kenji Sato": "Kenji" is the given name). The
 * last word is the surname key as usual; this one is registered beside it.
 */
function eitherOrderFamily(name: string): string | null {
  const words = nameWords(name);
  if (words.length !== 2 || !words.every((w) => w.length <= 12 && JAPANESE.test(w))) return null;
  const first = words[0] as string;
  return GIVEN_NAME_GENDER.has(first) ? null : first;
}

/** A two-word person name's words in a fixed order: "Kishida Fumio" and "Fumio Kishida" are one person. */
function orderFreeKey(name: string): string | null {
  const words = nameWords(name);
  if (words.length !== 2 || !words.every((w) => NAME_WORD.test(w))) return null;
  return `PERSON~pair:${[...words].sort().join(' ')}`;
}

/** How news writes a country inside an organisation's name, to one form: "U.S. Agency for …" = "United States Agency for …". */
const COUNTRY_FORMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![\p{L}\d.])(?:united states|u\.s\.|us)(?![\p{L}\d])/gu, 'us'],
  [/(?<![\p{L}\d.])(?:united kingdom|u\.k\.|uk)(?![\p{L}\d])/gu, 'uk'],
];

/** The organisation's normalized name with its country written one way, when that changes it, else null. */
function countryFormKey(norm: string): string | null {
  let out = norm;
  for (const [re, to] of COUNTRY_FORMS) out = out.replace(re, to);
  return out !== norm || norm.startsWith('us ') || norm.startsWith('uk ') ? `ORG~cc:${out}` : null;
}

/** An acronym an organisation is also called by ("USAID", "IAEA", "G7"): two to ten capitals, digits, "&" or dots. */
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Z0-9&.]{1,9}$/;

export function entityKeys(e: Pick<Entity, 'name' | 'type' | 'kb'> & { aliases?: readonly string[] | undefined }): string[] {
  const keys: string[] = [];
  if (e.kb?.wikidata) keys.push(`wd:${e.kb.wikidata}`);
  if (e.kb?.iso3166) keys.push(`iso:${e.kb.iso3166}`);
  if (e.kb?.geonames !== undefined) keys.push(`gn:${e.kb.geonames}`);
  const own = nameKey(e);
  keys.push(own);
  if (e.type === 'PERSON') {
    const parts = personNameParts(e.name);
    if (parts?.given) {
      // given name + surname, short forms and middle initials aside; the surname alone is registered, not looked up
      const variant = `PERSON:${parts.given} ${parts.surname}`;
      if (variant !== own) keys.push(variant);
      const pair = orderFreeKey(e.name);
      if (pair) keys.push(pair);
      keys.push(`+PERSON~surname:${parts.surname}`);
      const family = eitherOrderFamily(e.name);
      if (family && family !== parts.surname) keys.push(`+PERSON~surname:${family}`);
    } else if (parts) {
      keys.push(`?PERSON~surname:${parts.surname}`);
    }
  }
  if (e.type === 'ORG') {
    const cc = countryFormKey(normalizeName(e.name));
    if (cc) keys.push(cc);
  }
  if (e.type === 'ORG') {
    // "NATO Alliance": an alliance's acronym with its class noun after it is the alliance ("the NATO Alliance" = NATO)
    const m = /^(\S+) [Aa]lliance$/.exec(e.name.trim());
    if (m && ACRONYM.test(m[1] as string)) keys.push(`?ORG:${normalizeName(m[1] as string)}`);
  }
  if (e.type === 'ORG' && e.aliases && !ACRONYM.test(e.name)) {
    // an acronym the article gave the organisation ("the U.S. Agency for International Development (USAID)"): registered
    // when free, so that a later article naming only "USAID" finds it; an entity known only by that acronym, seen
    // first, is adopted (as a surname-only person is: see the store's entity writers) and keeps its name
    for (const a of e.aliases) if (ACRONYM.test(a)) keys.push(`+ORG:${normalizeName(a)}`);
  }
  return keys;
}
