// The GUM -> flat NER derivation (scripts/derive-gum.ts): rules as a table, and the committed IOB2 is its output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deriveSplit, docToIob2, parseGumConllu } from '../../scripts/derive-gum.js';
import { ROOT } from '../../scripts/eval-ner.js';

// ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC (LEMMA, XPOS, DEPS unused)
const row = (id: number, form: string, upos: string, head: number, deprel: string, misc = '_', feats = '_'): string =>
  [id, form, '_', upos, '_', feats, head, deprel, '_', misc].join('\t');

const CONLLU = [
  '# newdoc id = test',
  '# text = Byron loved Mary Chaworth, whom he met.',
  row(1, 'Byron', 'PROPN', 2, 'nsubj', 'Entity=(1-person-new-sssss-cf1-1-coref-Lord_Byron)'),
  row(2, 'loved', 'VERB', 0, 'root'),
  row(3, 'Mary', 'PROPN', 2, 'obj', 'Entity=(2-person-new-snnnn-cf2-1,2-coref'),
  row(4, 'Chaworth', 'PROPN', 3, 'flat'),
  row(5, ',', 'PUNCT', 8, 'punct'),
  row(6, 'whom', 'PRON', 8, 'obj'),
  row(7, 'he', 'PRON', 8, 'nsubj', 'Entity=(1-person-giv:act-sssss-cf1-1-ana-Lord_Byron)'),
  row(8, 'met', 'VERB', 3, 'acl:relcl', 'Entity=2)'),
  row(9, '.', 'PUNCT', 2, 'punct'),
  '',
  '# text = Professor Cres Eastman of the National Library of the Netherlands spoke.',
  row(1, 'Professor', 'PROPN', 2, 'nmod:desc', 'Entity=(3-person-new-nnnnn-cf1-1,2,3-coref'),
  row(2, 'Cres', 'PROPN', 11, 'nsubj'),
  row(3, 'Eastman', 'PROPN', 2, 'flat', 'Entity=3)'),
  row(4, 'of', 'ADP', 7, 'case'),
  row(5, 'the', 'DET', 7, 'det', 'Entity=(4-organization-new-nnnnn-cf2-2,3,4,6-sgl'),
  row(6, 'National', 'ADJ', 7, 'amod'),
  row(7, 'Library', 'PROPN', 2, 'nmod'),
  row(8, 'of', 'ADP', 10, 'case'),
  row(9, 'the', 'DET', 10, 'det', 'Entity=(5-place-new-nnnnn-cf3-2-coref-Netherlands'),
  row(10, 'Netherlands', 'PROPN', 7, 'nmod', 'Entity=5)4)'),
  row(11, 'spoke', 'VERB', 0, 'root'),
  row(12, '.', 'PUNCT', 11, 'punct'),
  '',
  '# text = Americans like Sweden.',
  row(1, 'Americans', 'PROPN', 2, 'nsubj', 'Entity=(6-person-new-nnnnn-cf1-1-sgl)', 'Number=Plur'),
  row(2, 'like', 'VERB', 0, 'root'),
  row(3, 'Sweden', 'PROPN', 2, 'obj', 'Entity=(7-organization-new-nnnnn-cf2-1-sgl)', 'Number=Sing'),
  row(4, '.', 'PUNCT', 2, 'punct'),
  '',
  '# text = He was named Protector.',
  row(1, 'He', 'PRON', 3, 'nsubj:pass', 'Entity=(8-person-new-nnnnn-cf1-1-coref-Emperor_Norton)'),
  row(2, 'was', 'AUX', 3, 'aux:pass'),
  row(3, 'named', 'VERB', 0, 'root'),
  row(4, 'Protector', 'PROPN', 3, 'xcomp', 'Entity=(8-person-giv:act-nnnnn-cf1-1-coref-Emperor_Norton)'),
  row(5, '.', 'PUNCT', 3, 'punct'),
  '',
  '# text = Photo of interviewee David Titley in the Bay of Bengal area.',
  row(1, 'Photo', 'NOUN', 0, 'root'),
  row(2, 'of', 'ADP', 3, 'case'),
  row(3, 'interviewee', 'NOUN', 1, 'nmod', 'Entity=(9-person-new-nnnnn-cf1-1,2,3-coref-David_Titley'),
  row(4, 'David', 'PROPN', 3, 'flat'),
  row(5, 'Titley', 'PROPN', 3, 'flat', 'Entity=9)'),
  row(6, 'in', 'ADP', 11, 'case'),
  row(7, 'the', 'DET', 11, 'det', 'Entity=(10-place-new-nnnnn-cf2-4,5-coref-Bay_of_Bengal'),
  row(8, 'Bay', 'PROPN', 11, 'compound'),
  row(9, 'of', 'ADP', 10, 'case'),
  row(10, 'Bengal', 'PROPN', 8, 'nmod', 'Entity=(11-place-new-nnnnn-cf3-1-sgl-Bengal)'),
  row(11, 'area', 'NOUN', 1, 'nmod', 'Entity=10)'),
  row(12, '.', 'PUNCT', 1, 'punct'),
  '',
  '# text = The Obama administration spoke.',
  row(1, 'The', 'DET', 3, 'det', 'Entity=(12-organization-new-nnnnn-cf1-3-coref-Presidency_of_Barack_Obama'),
  row(2, 'Obama', 'PROPN', 3, 'compound', 'Entity=(13-person-new-nnnnn-cf2-1-coref-Barack_Obama)'),
  row(3, 'administration', 'NOUN', 4, 'nsubj', 'Entity=12)'),
  row(4, 'spoke', 'VERB', 0, 'root'),
  row(5, '.', 'PUNCT', 4, 'punct'),
  '',
].join('\n');

const tagsOf = (iob: string): string[] => iob.split('\n').filter((l) => l.includes('\t')).map((l) => l.replace('\t', ' '));

test('derivation rules: name cores, titles, nesting, countries, groups, descriptors, names beside a noun head', () => {
  const [doc] = parseGumConllu(CONLLU);
  assert.ok(doc);
  const got = tagsOf(docToIob2(doc, new Set()));
  const cases: Array<[string, string[]]> = [
    ['a name inside a longer mention is its proper-noun head run', ['Mary B-PER', 'Chaworth I-PER', ', O', 'whom O']],
    ['leading titles (nmod:desc) are not part of a person name', ['Professor O', 'Cres B-PER', 'Eastman I-PER']],
    ['the outermost name wins over names nested in it', ['National B-ORG', 'Library I-ORG', 'of I-ORG', 'the I-ORG', 'Netherlands I-ORG']],
    ['a country GUM types as an organization is a place', ['Sweden B-LOC']],
    ['plural person mentions are groups, not names', ['Americans O']],
    ['a linked person mention sharing no word with its Wikipedia title is a descriptor', ['Protector O']],
    ['pronouns are never names', ['he O']],
    ['pronouns are never names', ['He O']],
    ['a name flat-attached to a descriptor noun is the person', ['interviewee O', 'David B-PER', 'Titley I-PER']],
    ['a linked mention headed by a common noun keeps the compound run that is its title', ['Bay B-LOC', 'of I-LOC', 'Bengal I-LOC', 'area O']],
    ['a compound name that is not the linked title is its own mention, not the organization', ['Obama B-PER', 'administration O']],
  ];
  const text = got.join('\n');
  for (const [why, lines] of cases) assert.ok(text.includes(lines.join('\n')), `${why}: expected\n${lines.join('\n')}\nin\n${text}`);
  assert.equal(got[0], 'Byron B-PER');
  assert.equal(got.length, 9 + 12 + 4 + 5 + 12 + 5);
});

test('the committed GUM IOB2 files are exactly what the derivation produces', () => {
  for (const split of ['train', 'dev'] as const) {
    const committed = readFileSync(join(ROOT, `corpora/gum/${split}.iob2`), 'utf8');
    assert.ok(committed === deriveSplit(split), `corpora/gum/${split}.iob2 is stale: run npm run derive:gum`);
  }
});
