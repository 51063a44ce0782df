// Shapes of the packed files in kb-data/ written by scripts/build-kb.ts and read by src/kb/index.ts.
import type { CountryRecord, OrgRecord, PlaceRecord } from './types.js';

export interface PackedRegion extends PlaceRecord {
  /** entity type the gazetteer gives the name: seas and broad regions LOC, disputed/sub-national regions GPE, facilities FAC */
  type: 'GPE' | 'LOC' | 'FAC';
  /** airports: IATA and ICAO codes (lookup data; never gazetteer phrases, "LHR" is too close to other acronyms) */
  codes?: string[];
}

export interface PackedAdmin1 extends PlaceRecord {
  /** abbreviations used after a city ("Atlanta, Ga.", "Austin, TX"): lookup only, never gazetteer phrases */
  abbr: string[];
}

/** kb-data/countries.json: derived from world-countries (ODbL 1.0) plus Argus' own additions; kept in a file of its own. */
export interface PackedCountries {
  source: string;
  license: string;
  countries: CountryRecord[];
}

/** kb-data/gazetteer.json: Argus' curated tables (CC0) and the given-name list (Moby, public domain). */
export interface PackedGazetteer {
  orgs: OrgRecord[];
  regions: PackedRegion[];
  admin1: PackedAdmin1[];
  /** [alias, GeoNames name, iso2]: exonyms ("Kiev" -> "Kyiv") */
  cityAliases: Array<[string, string, string]>;
  givenNames: string[];
  /** one-word town names that are ordinary English words ("Summit", "Mission"): towns only with evidence */
  commonWordPlaces?: string[];
  /** religious, sectarian and ethnic groups (NORP): name and other forms ("Kurdish": "Kurd", "Kurds") */
  groups?: Array<{ name: string; forms: string[] }>;
}

/**
 * kb-data/actors.json: the PETRARCH2 Phoenix actor dictionaries (MIT) converted by scripts/build-actors.ts. Names are
 * lower-case tokens as the tokenizer splits them, joined by single spaces, hyphens left out ("al qaeda in iraq").
 */
export interface PackedActors {
  source: string;
  license: string;
  /** what the role codes mean */
  roles: string;
  /** [name tokens, role (GOV, MIL, IGO, REB, BUS ...), ISO 3166-1 alpha-2 country or ""] */
  orgs: Array<[string, string, string]>;
  /** [name tokens (hyphens left out), spans [role, country, from "YYYY-MM-DD" or "", to or ""]] */
  persons: Array<[string, Array<[string, string, string, string]>]>;
}
