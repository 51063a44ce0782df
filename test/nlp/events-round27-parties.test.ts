// Events, round 27 (parties): who an act is with or against when titles, lists and earlier acts name them. Invented
// sentences -> every (source, type, target); each row failed on the code before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // a person's name in apposition heads a title phrase however long, and with a lower-case "of" phrase
  // (stages/events-patterns.ts phraseHead)
  ['The Bolivian president met Chile\'s Minister for Andean Border Affairs, Ana Ruiz, in La Paz.', [['Bolivian', 'CONSULT', 'Ana Ruiz']]],
  ['President Luis Arce spoke by telephone with Paraguay\'s head of state, General Mario Benítez.', [['Luis Arce', 'CONSULT', 'Mario Benítez']]],
  // the first target's preposition repeated after "and" goes on with the list, also past the target window
  // (stages/events-patterns.ts coordinatedParties, takeTarget)
  ['Chile\'s foreign minister, Ana Soto, met with Argentine Foreign Minister Carlos Ruiz and with Bolivia\'s president, Luis Arce.', [['Ana Soto', 'CONSULT', 'Carlos Ruiz'], ['Ana Soto', 'CONSULT', 'Luis Arce']]],
  ['Gabon\'s leader, Brice Ndong, spoke by telephone late on Sunday with Chad\'s head of state, General Idriss Kaba, and with Cameroonian President Paul Mbarga.', [['Brice Ndong', 'CONSULT', 'Idriss Kaba'], ['Brice Ndong', 'CONSULT', 'Paul Mbarga']]],
  // "the parties", "the sides" of a joint act right after a meeting are its two participants as the meeting names them
  // (stages/events-patterns.ts latestPair)
  ['Foreign Minister Ana Soto held talks with her Peruvian counterpart, Carlos Ruiz, in Lima on Monday. The parties agreed to keep talking through their embassies.', [['Ana Soto', 'CONSULT', 'Carlos Ruiz'], ['Ana Soto', 'AGREE', 'Carlos Ruiz'], ['Carlos Ruiz', 'AGREE', 'Ana Soto']]],
  ['Kenya\'s president met Uganda\'s president in Nairobi. The sides agreed to reopen the border.', [['Kenya', 'CONSULT', 'Uganda'], ['Kenya', 'AGREE', 'Uganda'], ['Uganda', 'AGREE', 'Kenya']]],
  // a spokesperson acts for the body a fronted "At <body>," names, and for the body of a title whose rank stands before
  // the name (stages/acts-for.ts bodyAtFront, RANKS)
  ['At Peru\'s foreign ministry, spokeswoman Ana Soto accused Chile of violating the treaty.', [['Peru', 'ACCUSE', 'Chile']]],
  ['Niger\'s government closed the border on Tuesday. Government spokesman Colonel Amadou Diallo accused Benin of sheltering militants.', [['Niger', 'ACCUSE', 'Benin']]],
  // "a spokesperson for X's ministry" names its body inside its own phrase, not in the object of the clause's verb, so a
  // coordinated verb shares the body as its source (stages/attribution.ts resolveHead)
  ['In Lima, a spokesperson for Peru\'s foreign ministry thanked Chile for its "firm stance" and accused Bolivia of blocking the talks.', [['Peru', 'SUPPORT', 'Chile'], ['Peru', 'ACCUSE', 'Bolivia']]],
  ['A spokeswoman for Kenya\'s foreign ministry praised Uganda for its restraint and urged Tanzania to reopen the border.', [['Kenya', 'SUPPORT', 'Uganda'], ['Kenya', 'REQUEST', 'Tanzania']]],
  // "both leaders", "the two governments" that no list names are the recipients of the latest act, people for
  // "leaders", their states for "governments" (stages/events-patterns.ts recipientsOfLatestAct)
  ['President Ana Soto spoke by telephone with Peru\'s prime minister, Carlos Ruiz, and with Bolivian President Luis Arce. Soto urged both leaders to reopen the border crossings.',
    [['Ana Soto', 'CONSULT', 'Carlos Ruiz'], ['Ana Soto', 'CONSULT', 'Luis Arce'], ['Ana Soto', 'REQUEST', 'Carlos Ruiz'], ['Ana Soto', 'REQUEST', 'Luis Arce']]],
  // the pronoun subject of a clause joined by ", and" to a reporting clause is the reporter, not a name inside the
  // report (stages/attribution.ts reportingSubject)
  ['Kenya and Uganda are in a trade row. The East African Community said it had received complaints from Nairobi and Kampala, and it then urged both governments to lift the measures.',
    [['East African Community', 'REQUEST', 'Kenya'], ['East African Community', 'REQUEST', 'Uganda']]],
  ['Peru said Chile had moved troops to the border, and it urged Bolivia to mediate.', [['Peru', 'REQUEST', 'Bolivia']]],
  // "rejected the accusation" answers the accuser of the rejecter, not a later speaker whose statement names it nowhere
  // (stages/events-patterns.ts referredActor)
  ['Mali accused Guinea of sheltering the rebels. The National Liberation Front of Kouroussa announced on Sunday that its fighters had seized the town. Guinea rejected the accusation.',
    [['Mali', 'ACCUSE', 'Guinea'], ['Guinea', 'REJECT', 'Mali']]],
];

for (const [text, want] of ROWS) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
