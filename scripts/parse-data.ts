// The treebank files the parser trains and is evaluated on (repo-local copies; see corpora/README.md).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { goldSentences, type GoldSentence } from '../src/nlp/parse/train.js';

export const TRAIN_FILES = ['corpora/ud-ewt/en_ewt-ud-train.conllu.gz', 'corpora/gum/conllu/train.conllu.gz'];
export const DEV_FILES: Record<string, string> = { 'EWT dev': 'corpora/ud-ewt/en_ewt-ud-dev.conllu.gz', 'GUM dev': 'corpora/gum/conllu/dev.conllu.gz' };

export function readGold(file: string): GoldSentence[] {
  const buf = readFileSync(file);
  return goldSentences((file.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8'), file);
}
