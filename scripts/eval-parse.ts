// `npm run eval:parse`: UAS, LAS (universal relation, the part before ':'), LAS with subtypes and UPOS accuracy of
// the shipped parser (or ARGUS_PARSE_MODEL) on EWT dev and GUM dev; every word counts, punctuation included. Each
// line is followed by the same scores without the tag and relation dictionaries (src/nlp/parse/dictionaries.ts).
import { loadParser } from '../src/nlp/parse/index.js';
import { evaluate } from '../src/nlp/parse/train.js';
import { DEV_FILES, readGold } from './parse-data.js';

const model = loadParser();
if (model.beam > 1) console.log(`beam width ${model.beam}, margin ${model.beamMargin}`);
for (const [name, file] of Object.entries(DEV_FILES)) {
  const gold = readGold(file);
  const r = evaluate(model.tagger, model.trans, model.labeler, gold, model.words, model.dict, model.beam, model.beamMargin);
  console.log(`${name.padEnd(8)} UAS ${r.uas.toFixed(4)}  LAS ${r.las.toFixed(4)}  LAS(with subtypes) ${r.lasFull.toFixed(4)}  UPOS ${r.upos.toFixed(4)}  (${r.words.toLocaleString('en-US')} words)`);
  // the ablation: every token tagged and every arc labelled by the weights, as without models/parse/parser.dict.json
  if (model.dict) {
    const a = evaluate(model.tagger, model.trans, model.labeler, gold, model.words, null, model.beam, model.beamMargin);
    console.log(`${''.padEnd(8)} without the tag and relation dictionaries: UAS ${a.uas.toFixed(4)}  LAS ${a.las.toFixed(4)}  UPOS ${a.upos.toFixed(4)}`);
  }
}
