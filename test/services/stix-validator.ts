// Validates STIX 2.1 objects and bundles against the OASIS JSON Schemas copied into contract/stix2.1 (draft 2020-12).
// Two adjustments, in memory only (the copied files stay as published):
// - the copy leaves out the cyber-observable schemas, which bundle.json names in a oneOf: each is stood in for by a
//   schema that matches nothing, so a bundle of SDOs and SROs validates exactly as with the full set;
// - bundle.json's list of object schemas omits some SDOs that sdos/ defines (location, note, grouping, opinion,
//   incident). Such an object then falls to the "custom object" branch, where it matches both core.json and
//   cyber-observable-core.json and so fails that branch's oneOf: a valid location or note would make every bundle
//   invalid. The validator adds the missing sdos/ schemas to that list (upstream made the same fix for infrastructure,
//   oasis-open/cti-stix2-json-schemas#133). Every object is also validated against its own type's schema.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';
import { REPO_ROOT } from '../../src/services/demo.js';

export const STIX_DIR = join(REPO_ROOT, 'contract', 'stix2.1');
const BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/';

type AnySchema = { $id?: string } & Record<string, unknown>;
type Validate = ((data: unknown) => boolean) & { errors?: unknown };

export interface StixValidator {
  /** null when valid, else the first errors as text */
  object(o: { type: string } & Record<string, unknown>): string | null;
  bundle(b: unknown): string | null;
  /** the object types there is a schema for */
  types: Set<string>;
}

/** Adds `../sdos/X.json` to the bundle's list of object schemas for every sdos/ file it does not name (see above). */
function addMissingSdos(bundle: AnySchema, sdos: string[]): void {
  const objects = (bundle.properties as Record<string, { items: { anyOf: Array<{ oneOf?: Array<{ $ref: string }> }> } } | undefined>).objects;
  const list = objects?.items.anyOf[0]?.oneOf;
  if (!list) throw new Error('bundle.json has changed shape: objects.items.anyOf[0].oneOf not found');
  const named = new Set(list.map((x) => x.$ref));
  for (const f of sdos) if (!named.has(`../sdos/${f}`)) list.push({ $ref: `../sdos/${f}` });
}

export function stixValidator(): StixValidator {
  // unicodeRegExp off: the schemas' patterns use escapes such as \- that the u flag refuses
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
  // ajv-formats is CommonJS: its default export arrives wrapped under tsx
  const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ?? addFormatsImport) as (a: unknown) => void;
  addFormats(ajv);
  const ids = new Set<string>();
  const byType = new Map<string, string>();
  const sdos = readdirSync(join(STIX_DIR, 'sdos')).filter((x) => x.endsWith('.json'));
  for (const folder of ['common', 'sdos', 'sros']) {
    for (const f of readdirSync(join(STIX_DIR, folder)).filter((x) => x.endsWith('.json'))) {
      const s = JSON.parse(readFileSync(join(STIX_DIR, folder, f), 'utf8')) as AnySchema;
      if (folder === 'common' && f === 'bundle.json') addMissingSdos(s, sdos);
      ajv.addSchema(s);
      ids.add(s.$id as string);
      if (folder !== 'common') byType.set(f.replace(/\.json$/, ''), s.$id as string);
    }
  }
  const bundleSchema = JSON.parse(readFileSync(join(STIX_DIR, 'common', 'bundle.json'), 'utf8')) as AnySchema;
  for (const ref of JSON.stringify(bundleSchema).matchAll(/"\.\.\/(observables\/[a-z0-9-]+\.json)"/g)) {
    const id = BASE + ref[1];
    if (!ids.has(id)) {
      ajv.addSchema({ $id: id, not: {} });
      ids.add(id);
    }
  }
  const text = (v: Validate): string => JSON.stringify(v.errors).slice(0, 1500);
  const bundle = ajv.getSchema(BASE + 'common/bundle.json') as Validate;
  return {
    types: new Set(byType.keys()),
    object(o) {
      const id = byType.get(o.type);
      if (!id) return `no schema for type ${o.type}`;
      const v = ajv.getSchema(id) as Validate;
      return v(o) ? null : text(v);
    },
    bundle(b) {
      return bundle(b) ? null : text(bundle);
    },
  };
}
