// The knowledge base the analyzer consults: countries, organizations, places, names. Loaded once per process.

export interface CountryRecord {
  /** ISO 3166-1 alpha-2 */
  iso2: string;
  iso3: string;
  /** common English name: "United States", "China", "North Korea" */
  name: string;
  /** other names and short forms: "U.S.", "US", "USA", "America", "People's Republic of China", "PRC", "DPRK" */
  aliases: string[];
  /** demonyms / nationality adjectives and plurals: "American", "Americans", "Chinese", "North Korean", "North Koreans" */
  demonyms: string[];
  /** seat of government used as metonym: "Washington", "Beijing", "Moscow"; plus "the Kremlin", "the White House" etc. */
  metonyms: string[];
  capital: string | null;
  /** representative point (centroid-like) */
  lat: number;
  lon: number;
  geonames: number | null;
  wikidata: string | null;
}

export interface OrgRecord {
  /** canonical name: "NATO" when the acronym is the common name, else the full name */
  name: string;
  /** full expansion: "North Atlantic Treaty Organization" */
  fullName: string | null;
  acronyms: string[];
  aliases: string[];
  /** nominals that refer to it: "the alliance", "the bloc" */
  nominals: string[];
  wikidata: string | null;
  /** metonyms: "Brussels" for the EU */
  metonyms: string[];
}

export type FeatureClass = 'country' | 'admin1' | 'city' | 'region' | 'sea' | 'strait' | 'island' | 'facility' | 'continent' | 'other';

export interface PlaceRecord {
  name: string;
  /** ascii/alternate names the record is known by */
  altNames?: string[];
  lat: number;
  lon: number;
  /** ISO alpha-2 country code, null for seas/regions spanning several countries */
  country: string | null;
  /** admin1 code as in GeoNames (e.g. "CA" for California, "40" for Tokyo), when known */
  admin1?: string | null;
  geonames: number | null;
  wikidata?: string | null;
  featureClass: FeatureClass;
  /** GeoNames feature code where known (PPLC capital, PPLA, PPLA2, ...) */
  featureCode?: string | null;
  population: number;
  /** a broad region (Europe, Indo-Pacific, Sahel): an entity, but not a mappable place */
  broad?: boolean;
  /** a city found by a GeoNames alternate name or among the villages of 500-999 people (`cities(name, true)`) */
  alternate?: boolean;
}

export interface KB {
  /**
   * Builds now the indexes that are otherwise built on first use (cities and their word index, the actors): the
   * analyzer's start-up calls it, so that no article pays for them; commands that read one fact never do.
   */
  prepare(): void;
  /** country by name or alias, case-sensitive on the original surface but tolerant of "the " prefix */
  countryByName(name: string): CountryRecord | undefined;
  countryByIso2(iso2: string): CountryRecord | undefined;
  /** country by demonym ("Chinese", "North Koreans") */
  countryByDemonym(word: string): CountryRecord | undefined;
  /** country by seat-of-government metonym ("Beijing", "the Kremlin") */
  countryByMetonym(name: string): CountryRecord | undefined;
  orgByName(name: string): OrgRecord | undefined;
  /** curated regions, seas, straits, islands and facilities ("South China Sea", "Indo-Pacific", "Strait of Hormuz") */
  region(name: string): PlaceRecord | undefined;
  /** first-level divisions (US states, provinces) by name, optionally restricted to a country */
  admin1(name: string, country?: string): PlaceRecord[];
  /** GeoNames cities (1,000+ people) with that main or ASCII name, most populous first; with `alternates`, also those
   * known by that GeoNames alternate name and the villages of 500-999 people (marked `alternate`) */
  cities(name: string, alternates?: boolean): PlaceRecord[];
  /** towns of 10,000 people or more spelled like `name` up to romanisation ("Myawaddy" -> Myawadi), marked `alternate` */
  citiesBySpelling?(name: string): PlaceRecord[];
  /** GeoNames cities of a country whose longer name contains `name` as whole words ("Subang" -> "Kampung Baru Subang"), most populous first */
  citiesContaining(name: string, country: string): PlaceRecord[];
  /** true for a common given (first) name */
  isGivenName(word: string): boolean;
  /** true for a one-word town name that is also an ordinary English word ("Summit", "Mission", "Independence") */
  isCommonWordPlace(name: string): boolean;
  /**
   * all gazetteer surface forms of at most `maxTokens` words, for fast span lookup, with their type; a form that starts
   * with a lower-case "the " is also there without it ("the Kremlin", "Kremlin")
   */
  readonly phrases: ReadonlyMap<string, GazetteerEntry>;
  /** the longest phrase key, in whitespace-separated words */
  readonly maxPhraseTokens: number;
  /** organizations a nominal can stand for ("the alliance" -> NATO, "the bloc" -> EU, ASEAN, ...) */
  orgsByNominal(nominal: string): OrgRecord[];
  /** a social platform a statement is posted on: a medium, never a party to an event */
  isPlatform(name: string): boolean;
  /** the first-level division with that GeoNames admin1 code ("US", "GA" -> Georgia) */
  admin1ByCode(country: string, code: string): PlaceRecord | undefined;
  /** every country record */
  readonly countries: readonly CountryRecord[];
  /**
   * The longest organisation name of the actor gazetteer (PETRARCH2 dictionaries) at tokens [start, end) of a
   * document (`lower`: its lower-case tokens, `words`: as written; the name's words must be capitalised).
   */
  actorOrgAt(lower: readonly string[], words: readonly string[], start: number, end: number): { end: number; org: ActorOrg } | null;
  /** an organisation of the actor gazetteer by name ("Joint Chiefs of Staff" -> MIL, US) */
  actorOrg(name: string): ActorOrg | undefined;
  /** a person of the actor gazetteer by full name: the roles the dictionary gives, with their date ranges */
  actorPerson(name: string): readonly ActorPersonSpan[] | undefined;
}

/** Role codes (from the CAMEO agent codes): GOV, MIL, COP, JUD, LEG, SPY, OPP, PTY, REB, IGO, NGO, BUS, MED, ELI. */
export interface ActorOrg {
  role: string;
  /** ISO 3166-1 alpha-2 country, null for international bodies and where the dictionary gives none */
  country: string | null;
}

/** One role a person held by the dictionary; dates "YYYY-MM-DD", null when open (the dictionaries stop in 2014). */
export interface ActorPersonSpan {
  role: string;
  country: string | null;
  from: string | null;
  to: string | null;
}

export interface GazetteerEntry {
  type: 'GPE' | 'LOC' | 'ORG' | 'NORP' | 'FAC';
  /** canonical name the phrase stands for */
  canonical: string;
  kind: 'name' | 'demonym' | 'metonym';
}
