// wink's English model (wink-eng-lite-web-model), loaded in about half the time. The package's core loader requires
// its 3 MB JSON, then deep-copies it through JSON.stringify and JSON.parse, and decodes two base64 tables one character
// at a time: about 0.3 s of CPU in every cold process (`argus analyze` of one article). Here the JSON is parsed once
// (a fresh parse is as private a copy as the deep copy) and base64 is decoded by Buffer; the rest is the package's own
// code (its read-core-model.js, load-core-model.js and model.js, version 1.8.1), and the model built is the same.
// Another version of the package is loaded through its own entry point.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type WinkModel from 'wink-eng-lite-web-model';

const require = createRequire(import.meta.url);
/** the version whose loader this file repeats */
const KNOWN_VERSION = '1.8.1';

interface Feature {
  list: string[] | unknown[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}
interface CoreModel {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, Feature>;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/** base64 to a Uint32Array of its own (what the package's bufferFromBase64 + new Uint32Array give) */
function u32FromBase64(s: string): Uint32Array {
  const bytes = Buffer.from(s, 'base64');
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return new Uint32Array(out.buffer);
}

/** read-core-model.js and load-core-model.js of version 1.8.1, with one JSON parse and native base64. */
function coreLoader(dist: string): () => CoreModel {
  const file = join(dist, 'languages', 'cur', 'models', 'eng-core-web-model.json');
  return () => {
    const model = JSON.parse(readFileSync(file, 'utf8')) as CoreModel;
    const packing = model.packing;
    const featuresData = model.features;
    const pos = model.pos;
    model.lexicon = u32FromBase64(model.lexicon as string);
    model.xpansions = u32FromBase64(model.xpansions as string);
    for (const f in packing.layout) {
      if ((packing.layout[f] as number[])[3] === 0) {
        const feature = featuresData[f] as Feature;
        feature.hash = Object.create(null) as Record<string, number>;
        for (let k = 0; k < feature.list.length; k += 1) feature.hash[feature.list[k] as string] = k;
      }
    }
    const lexeme = featuresData['lexeme'] as Feature;
    lexeme.hash = Object.create(null) as Record<string, number>;
    for (let k = 0; k < lexeme.list.length; k += 1) lexeme.hash[lexeme.list[k] as string] = k;
    const clusters = (featuresData['posClusters'] as Feature).list;
    for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
    // load-core-model.js
    packing.efList = [];
    for (const f in packing.layout) {
      const l = packing.layout[f] as number[];
      if (l[3] === 0) {
        const feature = featuresData[f] as Feature;
        feature.intrinsicSize = feature.list.length;
        feature.index = feature.list.length;
        feature.maxIndex = (l[1] as number) >>> (l[2] as number);
      }
      if (l[4] === 1) packing.efList.push(f);
    }
    lexeme.intrinsicSize = lexeme.list.length;
    lexeme.index = lexeme.list.length;
    return model;
  };
}

/** model.js of version 1.8.1 with the faster core loader. */
function fastModel(dist: string): typeof WinkModel {
  const req = (f: string): unknown => require(join(dist, f));
  const model = Object.create(null) as Record<string, unknown>;
  model['core'] = coreLoader(dist);
  model['sbd'] = req('load-sbd-model.js');
  model['pos'] = req('load-pos-model.js');
  model['ner'] = req('load-ner-model.js');
  model['negation'] = req('load-negation-model.js');
  model['sa'] = req('load-sa-model.js');
  model['metaCER'] = req('load-cer-meta-model.js');
  model['featureFn'] = req('feature.js');
  const addons = Object.create(null) as Record<string, unknown>;
  addons['stem'] = req('porter-stemmer.js');
  addons['lemmatize'] = req('lemmatize.js');
  addons['readabilityStats'] = req('readability-stats.js');
  addons['wordVectors'] = undefined;
  model['addons'] = addons;
  return model as unknown as typeof WinkModel;
}

let loaded: typeof WinkModel | null = null;

/** The model object the package exports (its `core()` builds a fresh core model on each call, as the package's does). */
export function winkModel(): typeof WinkModel {
  if (loaded) return loaded;
  const entry = require.resolve('wink-eng-lite-web-model');
  const dist = dirname(entry);
  const version = (JSON.parse(readFileSync(join(dist, '..', 'package.json'), 'utf8')) as { version: string }).version;
  loaded = version === KNOWN_VERSION && process.env['ARGUS_WINK_LOADER'] !== 'package' ? fastModel(dist) : (require(entry) as typeof WinkModel);
  return loaded;
}
