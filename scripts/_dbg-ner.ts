import { projectPos } from "../src/nlp/ner/pos.js";
import { readFileSync } from 'node:fs';
import { decodeModel } from '../src/nlp/ner/model.js';
import { Tagger } from '../src/nlp/ner/tagger.js';
import { parseIob2 } from '../src/nlp/ner/corpus.js';
import { LABEL_NAMES } from '../src/nlp/ner/tags.js';
const m = decodeModel(readFileSync(process.argv[2]!));
const t = new Tagger(m); 
const sents = parseIob2(readFileSync(process.argv[3]!, 'utf8'));
for (const s of sents.slice(0, Number(process.argv[4] ?? 15))) {
  const p = t.tag(s.words, projectPos(s.words));
  console.log(s.words.map((w, i) => (s.labels[i] || p[i]) ? `${w}[${LABEL_NAMES[s.labels[i]!]}|${LABEL_NAMES[p[i]!]}]` : w).join(' '));
}
