// PLOVER event triggers: phrase patterns -> event type, mode and nearest CAMEO code.
// Pattern syntax: words separated by spaces; `a|b` alternatives; a trailing `~` inflects the word as a verb/noun
// (attack~ -> attack, attacks, attacked, attacking); `_` is a gap of up to three modifier tokens (a, the, new, 25,000, its).
// Word lists follow the CAMEO 2.0 verb dictionary categories and the CAMEO->PLOVER table in corpora/plover.
import type { PloverType } from '../../core/analysis.js';

export interface TriggerDef {
  pattern: string;
  type: PloverType;
  cameo: string;
  mode?: string;
}

const t = (type: PloverType, cameo: string, mode: string | undefined, ...patterns: string[]): TriggerDef[] =>
  patterns.map((pattern) => (mode ? { pattern, type, cameo, mode } : { pattern, type, cameo }));

export const TRIGGERS: readonly TriggerDef[] = [
  // AGREE (03x, and 057 signing: see OVERRIDES in kb/event-lexicon.ts): agreement, intent, offers, promises
  ...t('AGREE', '030', undefined, 'agree~|agreed', 'reach~|reached _ agreement|deal|accord|consensus|compromise|understanding',
    'strike~|struck _ deal|agreement', 'offer~', 'promise~', 'pledge~', 'vow~|vowed', 'accept~', 'consent~', 'commit~ to',
    'committed to', 'agreement', 'deal', 'accord'),
  ...t('AGREE', '036', undefined, 'propose~ talks', 'offer~ to negotiate|talk|mediate'),
  // CONSULT (04x)
  ...t('CONSULT', '040', undefined, 'meet|meets|met', 'meeting|meetings with|between', 'hold~|held _ talks|meeting|consultations|discussions|conversation|call', 'talks',
    'discuss~', 'negotiate~', 'negotiations', 'consult~', 'consultations', 'confer~|conferred', 'sat down with', 'host~|hosted', 'receive~ _ delegation|mission|envoy|observers'),
  ...t('CONSULT', '041', 'phone', 'spoke~|spoken|speak~ by phone|telephone|video|videolink', 'phone call', 'video call|conference', 'videoconference', 'call~ _ by phone', 'telephone~'),
  // "spoke with X", "spoke to X": talks with a party (not "spoke to reporters": a recipient must be a party)
  ...t('CONSULT', '040', undefined, 'spoke|spoken|speak|speaks|speaking with|to'),
  ...t('CONSULT', '042', 'visit', 'visit~', 'trip to', 'travel~|travelled|traveled to', 'arrive~ in', 'tour~'),
  ...t('CONSULT', '045', undefined, 'mediate~', 'mediation'),
  // SUPPORT (05x)
  ...t('SUPPORT', '051', undefined, 'support~', 'back~|backed', 'welcome~', 'praise~', 'endorse~', 'commend~', 'hail~',
    'applaud~', 'thank~', 'congratulate~', 'stand~|stood with|by|behind', 'stand~|stood in solidarity with', 'solidarity',
    'support for', 'backing'),
  ...t('SUPPORT', '052', undefined, 'defend~'),
  ...t('SUPPORT', '054', undefined, 'recognize~|recognise~', 'establish~ _ diplomatic ties|relations', 'upgrade~ _ ties|relations'),
  ...t('SUPPORT', '055', undefined, 'apologize~|apologise~|apologized|apologised'),
  ...t('SUPPORT', '056', undefined, 'forgive~|forgave'),
  ...t('AGREE', '057', undefined, 'sign~ _ agreement|treaty|accord|pact|deal|memorandum|declaration', 'signed'),
  // COOPERATE (06x)
  ...t('COOPERATE', '060', undefined, 'cooperate~', 'cooperation', 'co-operate~', 'work~ together|closely|jointly',
    'working with', 'work~ with', 'collaborate~', 'partner~ with', 'partnership', 'join~ forces', 'ties with',
    'strengthen~|strengthened _ ties|relations|cooperation|alliance', 'deepen~ _ ties|relations|cooperation',
    'expand~|expanded _ ties|cooperation', 'alliance with', 'join~|joined'),
  ...t('COOPERATE', '064', undefined, 'share~ _ information|intelligence|data|expertise|evidence|experience', 'extradite~'),
  ...t('COOPERATE', '062', undefined, 'joint _ exercises|exercise|drills|drill|patrols|patrol|manoeuvres|maneuvers'),
  // AID (07x)
  ...t('AID', '070', undefined, 'aid', 'assistance', 'assist~', 'help~|helped', 'donate~', 'grant~', 'provide~ _ aid|assistance|support|funds|funding|loans|loan',
    'relief', 'send~|sent _ aid|supplies|relief|food|medicine|teams|personnel', 'supplies', 'deliver~ _ aid|supplies|weapons',
    'dispatch~|dispatched', 'give~|gave _ aid|dollars|money|million|billion|grants', 'provide~ _ intelligence|training|equipment',
    'funding for', 'lend~|lent', 'loan~|loaned'),
  ...t('AID', '072', undefined, 'military aid', 'arms|weapons to', 'package of military aid', 'air defence|defense systems'),
  ...t('AID', '073', undefined, 'humanitarian _ aid|assistance|supplies', 'food aid', 'emergency _ teams|response'),
  ...t('AID', '075', undefined, 'grant~ asylum', 'asylum'),
  // "approved a $180 million loan to X": the loan names its recipient
  ...t('AID', '071', 'economic', 'loan|loans to'),
  // CONCEDE (08x, easing)
  ...t('CONCEDE', '080', undefined, 'concede~|conceded', 'yield~', 'concession|concessions', 'accede~', 'give~|gave in',
    'back~ down', 'ease~ _ restrictions|measures|curfew', 'lift~|lifted _ restrictions|curfew|emergency|ban|state',
    'relax~', 'allow~|allowed', 'permit~', 'call~|called off', 'cancel~|cancelled|canceled'),
  // RETREAT (084-087)
  ...t('RETREAT', '084', undefined, 'release~', 'free~|freed', 'return~|returned _ prisoners|hostages|detainees|territory|land|bodies|weapons|equipment', 'hand~ over|back', 'compensation'),
  // easing sanctions, an embargo or a suspension is CAMEO 085, which the table files under RETREAT
  ...t('RETREAT', '085', 'ease', 'lift~|lifted _ sanctions|embargo|embargoes|suspension|boycott', 'ease~|eased _ sanctions|embargo',
    'lifting of _ sanctions|embargo|suspension'),
  ...t('RETREAT', '0871', 'ceasefire', 'ceasefire|cease-fire|truce', 'declare~ _ ceasefire|truce'),
  ...t('RETREAT', '0872', 'withdraw', 'withdraw~|withdrew|withdrawn', 'withdrawal', 'pull~ out|back', 'retreat~', 'evacuate~',
    'lift~|lifted _ blockade|siege'),
  ...t('RETREAT', '0873', 'disarm', 'demobilize~|demobilise~', 'disarm~', 'surrender~', 'resign~', 'step~|stepped down'),
  // REQUEST (10x)
  ...t('REQUEST', '100', undefined, 'urge~', 'call~ on|upon|for', 'called on|upon|for', 'ask~', 'appeal~', 'request~', 'demand~',
    'press~|pressed _ to', 'plead~', 'petition~', 'invite~', 'insist~ that', 'seek~|sought', 'must', 'should',
    'pressure~|pressured|pressuring', 'push~|pushing for|hard', 'ordered|orders _ to'),
  // ACCUSE (09x investigate, 11x disapprove)
  // a protest made to a government is a formal complaint (CAMEO 114), not a demonstration
  ...t('ACCUSE', '114', 'allege', 'protest~|protested to|with', 'convey~|conveyed|file~|filed|send~|sent|hand~|handed|issue~|issued|register~|registered _ protest|complaint'),
  ...t('ACCUSE', '111', 'disapprove', 'lodge~|lodged|deliver~|delivered _ protest|complaint', 'protest note', 'summon~ _ ambassador|envoy|diplomat|diplomats|chargé',
    // ... and so is an envoy's summons told in the passive ("X's ambassador was summoned to the foreign ministry")
    "ambassador|envoy|diplomat|diplomats|chargé|d'affaires was|were _ summoned", "ambassador|envoy|diplomat|diplomats|chargé|d'affaires had|has|have been _ summoned",
    "ambassador|envoy|diplomat|diplomats|chargé|d'affaires __ was|were _ summoned",
    'criticize~|criticise~|criticized|criticised', 'criticism', 'condemn~', 'condemnation',
    'denounce~', 'blame~', 'rebuke~', 'deplore~', 'decry~', 'censure~', 'slam~|slammed', 'lambast~', 'object~ to',
    'objected', 'complain~', 'disapprove~', 'express~ _ concern', 'raised concerns', 'raise~ questions', 'oppose~',
    'voice~|voiced _ concern|concerns|alarm', 'deeply|gravely|seriously concerned', 'brand~|branded',
    'describe~|described __ as _ violation|breach|provocation|aggression|illegal|unlawful|unacceptable|unjustified',
    // "called the measures illegal", "called the visit a provocation": a verdict on another's act
    'call~|called __ illegal|unlawful|unacceptable|unjustified|unfriendly|hostile|provocation|provocative|blackmail|irresponsible|aggression|discriminatory'),
  ...t('ACCUSE', '112', 'allege', 'accuse~', 'accusation|accusations', 'allege~', 'charge~', 'sue~', 'lawsuit', 'indict~',
    'hold~|held __ responsible|accountable|liable',
    'convict~', 'interference'),
  ...t('ACCUSE', '090', 'investigate', 'investigate~', 'investigation', 'probe~', 'inquiry'),
  // REJECT (12x)
  ...t('REJECT', '120', undefined, 'reject~', 'refuse~', 'deny~|denied', 'denies', 'dismiss~', 'rebuff~', 'veto~|vetoed',
    'decline~', 'oppose~ _ proposal|plan', 'turn~|turned down', 'renege~|reneged', 'defy~|defied', 'violate~', 'block~',
    'boycott~', 'never recognise|recognize', 'refusal', 'rejection',
    // "called the claims baseless": a denial
    'call~|called __ baseless|groundless|unfounded|false|fabricated|absurd|nonsense|lies'),
  // THREATEN (13x)
  ...t('THREATEN', '130', undefined, 'threaten~', 'threat|threats', 'warn~ of|against', 'warned', 'ultimatum', 'countermeasures',
    'retaliate~', 'retaliation'),
  // PROTEST (14x)
  ...t('PROTEST', '140', undefined, 'protest~', 'in protest', 'protesters|protestors|demonstrators'),
  ...t('PROTEST', '141', 'demo', 'demonstrate~', 'demonstration|demonstrations', 'rally~|rallied', 'march~'),
  ...t('PROTEST', '142', 'hunger', 'hunger strike'),
  ...t('PROTEST', '144', 'obstruct', 'block~|blocked _ road|roads|streets|highway|highways|bridge|roadway|traffic|transport|access|port',
    'barricade~'),
  ...t('PROTEST', '141', 'demo', 'stage~|staged _ demonstration|demonstrations|rally|rallies|protest|protests|march|marches|sit-in',
    'took to the streets', 'sit-in', 'rally|rallies', 'collect~ signatures', 'stop~|stopped|shun~|shunned work'),
  ...t('PROTEST', '142', 'hunger', 'stage~|staged _ hunger strike', 'begin~|began _ hunger strike'),
  // a bare "strike" is as often a military one ("the strike on the depot"): a labour strike is named as one
  ...t('PROTEST', '143', 'boycott', 'strike~ _ against|over', 'general|nationwide|national|labour|labor|workers|transport strike', 'on strike',
    // a work stoppage is named by its length or its kind ("a 48-hour strike", "an open-ended strike"), never an air strike
    '- hour|day|week strike', 'indefinite|rolling|wildcat|warning|token|sympathy strike', 'open - ended strike',
    'walkout', 'walk~ out'),
  ...t('PROTEST', '145', 'riot', 'riot~', 'riots|unrest'),
  // SANCTION (16x)
  ...t('SANCTION', '160', undefined, 'sanction~', 'sanctions', 'impose~ _ sanctions|tariffs|duties|measures|embargo|restrictions',
    'tariffs|duties on', 'embargo~', 'expel~|expelled', 'order~|ordered _ diplomat|diplomats|envoy|envoys|ambassador|attaché|attache to leave',
    'declare~|declared _ persona non grata', 'declare~|declared __ persona non grata', 'order~|ordered __ to leave', 'cut~ _ ties|relations', 'sever~ _ ties|relations', 'suspend~',
    'halt~', 'freeze~|froze', 'recall~ _ ambassador|envoy', 'suspension', 'prohibit~', 'deny~ _ entry|visas',
    'close~|closed|shut _ border|borders|embassy|airspace|crossing|crossings|consulate', 'cancel~|cancelled|canceled _ visit|trip|talks', 'reduce~|cut~ _ aid|supplies|funding',
    'end~ _ mediation|cooperation|talks|aid', 'force~|forced _ out', 'downgrade~ _ ties|relations', 'break~|broke off',
    'tariffs', 'duties', 'retaliatory'),
  // MOBILIZE (15x)
  ...t('MOBILIZE', '150', 'military-exercise', 'exercise~|exercises', 'drill~|drills', 'war games', 'manoeuvres|maneuvers'),
  ...t('MOBILIZE', '154', 'troops', 'deploy~', 'deployment', 'mobilize~|mobilise~|mobilised|mobilized', 'mobilization|mobilisation',
    'military buildup|build-up', 'buildup|build-up', 'mass~|massed _ troops', 'reinforce~', 'militarization|militarisation',
    'launch~ _ operation', 'patrol~', 'remain~|remained on alert', 'strengthen~|strengthened _ forces|troops|presence',
    'train~|trained _ troops|soldiers|fighters|hackers|militants', 'patrols', 'operation', 'put~ on alert', 'alert', 'place~|placed|put~ __ on _ alert',
    'raise~|raised _ alert level|alert', 'call~|called up _ reservists|reserves|reservist|conscripts', 'move~|moved _ troops|tanks|forces|units|warships|artillery|missiles'),
  ...t('MOBILIZE', '153', 'police', 'police reinforcements'),
  // sending forces somewhere is a deployment: "sent two frigates to the area", "would send more troops to the border"
  ...t('MOBILIZE', '154', 'troops', 'send~|sent|dispatch~|dispatched _ troops|soldiers|forces|reinforcements|warships|warship|frigates|frigate|corvettes|corvette|destroyers|destroyer|submarines|jets|fighter|fighters|tanks|battalion|battalions|marines|paratroopers|carrier'),
  // COERCE (17x, 191-192)
  ...t('COERCE', '173', 'arrest', 'arrest~', 'detain~', 'detention', 'jail~', 'imprison~', 'seize~', 'confiscate~',
    'raid~', 'crack~|cracked down', 'crackdown', 'deport~', 'ban~|banned', 'outlaw~', 'curfew', 'martial law', 'state of emergency',
    'harass~', 'harassment', 'intercept~', 'board~|boarded', 'control measures'),
  // crowd control: CAMEO 175, violent repression
  ...t('COERCE', '175', 'repress', 'fire~|fired _ tear gas|teargas|rubber bullets|stun grenades', 'use~|used _ tear gas|teargas|rubber bullets|stun grenades',
    'tear gas|teargas on|at|against'),
  ...t('COERCE', '191', 'restrict', 'blockade~', 'block~ _ access', 'water cannon', 'ram~|rammed', 'occupy~|occupied'),
  ...t('COERCE', '171', 'seize', 'hack~ into', 'demolish~', 'set~ fire'),
  // ASSAULT (18x-20x)
  // "claimed responsibility for the attack": the claimer carried it out
  ...t('ASSAULT', '190', undefined, 'claim~|claimed responsibility for _ attack|attacks|bombing|bombings|strike|strikes|raid|raids|assault|ambush|killing|killings|shooting|explosion|blast'),
  ...t('ASSAULT', '190', undefined, 'attack~', 'assault~', 'strike~|struck', 'strikes', 'airstrike|airstrikes|air strike|air strikes',
    'shell~', 'shelling', 'bomb~', 'bombing', 'bombard~', 'bombardment', 'fire~|fired on|at|upon', 'open~|opened fire', 'kill~',
    'invade~', 'invasion', 'fight~|fought', 'fighting', 'clash~', 'clashes', 'offensive', 'shoot~|shot', 'shooting', 'raid',
    'massacre~', 'war', 'missile~', 'rocket~', 'drone attack|attacks', 'wound~', 'ambush~', 'assassinate~', 'kidnap~',
    'abduct~', 'hijack~', 'torture~', 'destroy~', 'battle~', 'beat~|beat up', 'abuse~|abused', 'capture~', 'mount~ _ invasion|attack|offensive|raid',
    'ethnic cleansing', 'car bomb|bombing', 'explosion', 'bombings', 'gunmen', 'killing|killings',
    'exchange~|trade~|traded _ fire|gunfire|shots'),
  // a ceasefire violated is an attack, not a truce (CAMEO 196)
  ...t('ASSAULT', '196', undefined, 'ceasefire|cease-fire|truce violation|violations|breach|breaches', 'violate~|violated|breach~|breached _ ceasefire|cease-fire|truce'),
];

/** words that take an infinitive or clause and so govern the triggers inside it ("threatened to shell", "urged X to support") */
export const CONTROL_TYPES: ReadonlySet<PloverType> = new Set(['AGREE', 'REQUEST', 'REJECT', 'THREATEN', 'ACCUSE']);

/** expressions of intent before a trigger: cooperative acts become AGREE, hostile ones THREATEN (CAMEO 03 / 13) */
export const INTENT_WORDS: ReadonlySet<string> = new Set([
  'will', "'ll", 'would', 'shall', 'may', 'might', 'ready', 'willing', 'prepared', 'plans', 'planned', 'plan', 'intends',
  'intend', 'aims', 'wants', 'could',
]);

export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'nor', 'without', 'failed', 'fails', 'fail']);

export const COOPERATIVE: ReadonlySet<PloverType> = new Set(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT']);
export const HOSTILE: ReadonlySet<PloverType> = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'PROTEST']);

/** event types whose two participants act on each other: "X and Y met" codes X->Y and Y->X */
export const SYMMETRIC: ReadonlySet<PloverType> = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

/** types whose reading the object can switch to AID: deploying or sending relief is aid, not mobilization (CAMEO 07) */
export const OBJECT_SWITCH: ReadonlySet<PloverType> = new Set(['MOBILIZE']);

/** object words that mark humanitarian or material aid */
export const AID_OBJECTS: ReadonlySet<string> = new Set([
  'relief', 'humanitarian', 'aid', 'medicine', 'medicines', 'medical', 'rescue', 'search-and-rescue', 'food', 'supplies',
  'emergency', 'doctors', 'assistance', 'shelter', 'tents', 'donations',
]);

/** "along with X", "together with X": a co-agent, not a target */
export const CO_AGENT: ReadonlySet<string> = new Set(['along', 'together', 'alongside']);

/**
 * words whose infinitive complement describes an ability, a plan or a schedule, not an event: "the ability to strike back",
 * "was due to visit", "is expected to travel", "was hard to accept"
 */
export const IRREALIS_HEADS: ReadonlySet<string> = new Set([
  'ability', 'capacity', 'capability', 'right', 'plan', 'plans', 'readiness', 'power',
  'means', 'chance', 'opportunity', 'option', 'freedom', 'bid', 'bids', 'attempt', 'attempts', 'effort', 'efforts', 'proposal', 'offer',
  'due', 'expected', 'scheduled', 'poised', 'likely', 'unlikely', 'hard', 'difficult', 'easy', 'impossible',
]);

/** prepositions that set a phrase as the time or the circumstance of a clause: "after the vote", "amid the talks" */
export const CIRCUMSTANCE_PREPS: ReadonlySet<string> = new Set(['after', 'before', 'during', 'amid', 'following', 'since', 'despite']);

/** nouns that refer back to an act already reported ("criticised the move", "rejected the criticism") */
/** documents and media: what is "released" or "published" this way is a text, not a captive ("released a statement") */
export const TEXT_OBJECTS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'communique', 'communiqué', 'report', 'reports', 'video', 'videos', 'footage', 'images', 'photos',
  'figures', 'data', 'details', 'document', 'documents', 'letter', 'declaration', 'list', 'results', 'transcript', 'plan',
  'budget', 'book', 'album', 'guidelines', 'guidance', 'findings', 'study', 'survey', 'poll', 'recording', 'audio', 'song',
]);

export const ANAPHORIC_ACTS: ReadonlySet<string> = new Set([
  'move', 'decision', 'step', 'measure', 'measures', 'criticism', 'accusation', 'accusations', 'allegation', 'allegations', 'charge', 'charges',
  'claim', 'claims', 'remarks', 'comments', 'proposal', 'offer', 'demand', 'demands', 'action', 'actions', 'deployment',
  'appeal', 'appeals', 'warning', 'warnings', 'complaint', 'complaints', 'call', 'calls', 'request', 'requests', 'threat',
  'threats', 'ultimatum', 'proposals', 'plan', 'criticisms',
  'withdrawal', 'pullout', 'release', 'releases', 'verdict', 'ruling', 'sentence',
]);

/** the acts among ANAPHORIC_ACTS done with words: "rejected the criticism" answers the latest speaker */
export const SPEECH_ACTS: ReadonlySet<string> = new Set([
  'criticism', 'accusation', 'accusations', 'allegation', 'allegations', 'claim', 'claims', 'remarks', 'comments', 'demand', 'demands',
  'appeal', 'appeals', 'warning', 'warnings', 'complaint', 'complaints', 'call', 'calls', 'request', 'requests', 'threat', 'threats',
  'ultimatum', 'statement', 'statements', 'criticisms',
]);
