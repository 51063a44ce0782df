import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../kb/index.js';

// Given names that mark a person's gender in news copy, for pronoun resolution ("Ana Ruiz met Ivo Tarkan. He said …":
// "he" is not Ana Ruiz). Only names used for one gender across the languages they occur in; ambiguous ones (Andrea,
// Jean, Kim, Nikola, Sasha, Mika, …) are left out. The article's own evidence (Mr., Ms., spokeswoman) wins over these.

const MALE_NAMES = `
aaron abdul abdullah abdulla abdel abdelaziz abdelkader abdullahi abu adam adrian ahmad ahmed akira alan alberto
alejandro aleksandr aleksei alexander alexandre alexei alexis alfonso ali alistair amir anatoly anders andrei andrew
andrzej angelo anton antonio antony anwar arnaud arturo ashraf aziz bakhyt benjamin bernard bilal bogdan boris brian
bruno carl carlos cesar charles christian christopher claude constantin cristian daniel dario david dmitri dmitry
dominic donald dragan duncan edgar eduardo edward emmanuel enrique eric erik ernesto esteban evgeny fabio faisal farid
fernando filip francesco francisco franz frederic friedrich gabriel george georgi gerhard giorgio giovanni giuseppe
gregory guillaume gustavo hamid hans harald hassan heinrich helmut henrik henry hiroshi horst hossein hugo ibrahim igor
ilya imran ismail ivan ivo jacob jakub james javier jens jerzy joachim johan johannes john jonathan jorge jose
joseph josef juan julian jurgen kamal karim karl kazuo kenji khalid klaus konstantin kwame lars laurent leonid luca
lucas luis lukas mahmoud manuel marco marcos marek mario mark martin mateusz matthew maxim michael michel miguel mikhail
milan mohamed mohammad mohammed muhammad mustafa nabil nasser nicholas nicolas nikolai nikolay olaf oleg oleksandr
omar oscar otto pablo paolo patrick paul pavel pedro peter petr philip philippe pierre piotr rafael rahul rajesh ramon
raul ricardo richard robert roberto rodrigo roman rustam said salman salvador samuel sanjay saeed sergei sergey sergio
stefan stephen steven sven tariq thomas tomas tomasz vadim vasily viktor vincent vladimir vladislav walter
werner william wojciech xavier yaroslav yasser yevgeny yosef youssef yuri yusuf zoran
`;

const FEMALE_NAMES = `
adriana agnes agnieszka aisha alejandra aleksandra alexandra alice alicia alina amal amanda amina ana anastasia
angela angelika anita anna anne annalena annika antonia beata beatriz birgit brigitte camila carla carmen carolina
caroline catherine cecilia charlotte christina christine claudia cristina dagmar daria deborah diana dolores dorota
elena eleni elisabeth elizabeth elsa emilia emily emma esther eva ewa fatima fatma fernanda francesca
gabriela gabriele gloria grace hanna hannah heidi helen helena ingrid irina isabel isabella jacinda jennifer jessica
joanna johanna julia juliana karen karin katarina katarzyna katharina katherine kathleen katrin kristin kristina
larisa laura layla leila lena leyla linda lisa liudmila lucia ludmila luisa lyudmila magdalena maria mariam marina
marta martina mary maryam melanie mette mia michelle monika nadia nadezhda natalia natalya nicole nina olena olga
paola patricia petra rachel rania rebecca renata rosa ruth sabine sandra sara sarah silvia simone sofia sonia sophie
susan svetlana tamara tatiana tatyana teresa ulrike ursula valentina valeria vanessa veronica victoria viktoria
yasmin yelena yulia zainab zeynep zuzana
`;

/**
 * The Moby given-name lists' names that only one of them holds (kb-data/given-names-gender.txt, "f name" / "m name"
 * lines; kb-data/README.md), less names another language gives the other gender ("Andrea", "Daniele", "Misha").
 */
function mobyNames(): Array<[string, number]> {
  const path = join(dataDir(), 'given-names-gender.txt');
  const out: Array<[string, number]> = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) if (line.length > 2) out.push([line.slice(2), line[0] === 'f' ? 2 : 1]);
  return out;
}

/** lower-cased given name -> 1 male, 2 female (the hand-written lists above win over the Moby lists) */
export const GIVEN_NAME_GENDER: ReadonlyMap<string, number> = new Map([
  ...mobyNames(),
  ...MALE_NAMES.split(/\s+/).filter(Boolean).map((n): [string, number] => [n, 1]),
  ...FEMALE_NAMES.split(/\s+/).filter(Boolean).map((n): [string, number] => [n, 2]),
]);
