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
}
