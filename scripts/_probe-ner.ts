import { tokenize } from '../src/nlp/tokenize.js';
import { createTaggerRecognizer } from '../src/nlp/ner/index.js';
const r = createTaggerRecognizer();
const rows = process.argv.slice(2).length ? process.argv.slice(2) : [
  'NATO Secretary General Mark Rutte visited Tokyo.',
  'Georgia and Armenia signed a border agreement in Tbilisi on Monday.',
  'Jordan scored 30 points for the Bulls.',
  'Michael Jordan scored 30 points for the Chicago Bulls.',
  'King Abdullah of Jordan met the Egyptian president in Amman.',
  'The talks will resume in May, officials said.',
  'Theresa May resigned as prime minister of Britain.',
  'NATO CHIEF MARK RUTTE VISITS TOKYO',
  'Turkish President Recep Tayyip Erdoğan spoke with Ursula von der Leyen in Brussels.',
  'Luiz Inácio Lula da Silva won the election in Brazil.',
  'Secretary of State Antony Blinken traveled to Kyiv to meet President Volodymyr Zelenskyy.',
  'The United Nations Security Council met in New York on Tuesday.',
  'Apple and Microsoft reported earnings on Thursday.',
  'Russian forces shelled Kharkiv overnight, Ukrainian officials said.',
  'Angela Merkel met Emmanuel Macron in Berlin.',
  'The World Health Organization warned about the outbreak in Congo.',
  'Prime Minister Narendra Modi of India addressed the United Nations General Assembly.',
  'Reuters reported that Pete Hegseth visited the naval base at Yokosuka.',
];
for (const text of rows) {
  const ms = r.recognize(tokenize(text));
  console.log(text, '\n   ->', ms.map((m) => `${m.text}:${m.type}`).join(' | '));
}
