import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { buildCapLexicon } from '../src/nlp/ner/lexicon.js';
import { lowerHash } from '../src/nlp/ner/hash.js';
const text = gunzipSync(readFileSync('corpora/news-pd/bodies.txt.gz')).toString('utf8');
const lex = buildCapLexicon(text.split('\n').filter((l) => l && !l.startsWith('# ')));
let n = 0; for (const k of lex.keys) if (k) n++;
console.log('entries', n);
for (const w of ['may', 'the', 'blinken', 'ukraine', 'secretary', 'tokyo', 'byron', 'said', 'jordan', 'georgia', 'president']) console.log(w, lex.get(lowerHash(w)));
