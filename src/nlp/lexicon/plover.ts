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
  /** the recipient may stand inside the phrase ("lifted its ban on Armenian cargo"): look for it from the verb on */
  targetInside?: boolean;
  /** an act only when a hyphen joins its two parties in its phrase ("the fifth meeting of the X-Y Joint Working Group") */
  pairOnly?: boolean;
}

const t = (type: PloverType, cameo: string, mode: string | undefined, ...patterns: string[]): TriggerDef[] =>
  patterns.map((pattern) => (mode ? { pattern, type, cameo, mode } : { pattern, type, cameo }));

/**
 * Round 19: light-verb, phrasal and nominal constructions of general diplomatic and military reporting (appended to
 * TRIGGERS; a longer pattern still wins over a shorter one of the same first word).
 */
const ROUND19: readonly TriggerDef[] = [
  // imposing sanctions, tariffs or an embargo is CAMEO 163 (impose embargo, boycott or sanctions), announced or done: "plans
  // to impose tariffs" is the measure (eval/probe/README.md), as "said it would add seven firms to its export control
  // list" is; and so is prohibiting dealings or entry ("would prohibit all aid to X and deny entry to ..."), a measure
  // decided, as the PLOVER records code it
  ...t('SANCTION', '163', undefined, 'impose~ _ sanctions|tariffs|duties|embargo|levies', 'prohibit~', 'deny~ _ entry|visas'),
  // "regarded the decision as groundless": a denial; "as unacceptable": a verdict on another's act
  ...t('REJECT', '120', undefined, 'regard~|regarded|consider~|considered __ as _ baseless|groundless|unfounded|false|fabricated|absurd'),
  ...t('ACCUSE', '111', 'disapprove', 'regard~|regarded|consider~|considered __ as _ violation|breach|provocation|aggression|illegal|unlawful|unacceptable|unjustified|interference'),
  // "lodged stern representations with X", "made solemn representations": the formal protest of Chinese diplomatic usage
  ...t('ACCUSE', '111', 'disapprove', 'lodge~|lodged|make~|made _ representations', 'stern|solemn|strong representations'),
  // equipment and stores provided are material aid (CAMEO 070), arms military aid (072)
  ...t('AID', '070', undefined, 'provide~|provided|supply~|supplied|supplying _ boats|vessels|ships|vehicles|ambulances|generators|fuel|rations|shelter|tents|water|grain|wheat|vaccines|doses'),
  ...t('AID', '072', undefined, 'provide~|provided|supply~|supplied|supplying _ weapons|arms|ammunition|munitions|tanks|missiles|aircraft|helicopters|jets|drones|artillery'),
  // "supplied the force with fuel", "provided Ukraine with air defence systems", "equip the army with drones": the
  // recipient is the object, named between the verb and the goods (CAMEO 070)
  ...t('AID', '070', undefined, 'provide~|provided|supply~|supplied|supplying|equip~|equipped|equipping __ with').map((d) => ({ ...d, targetInside: true })),
  // support of a material kind is aid, not a statement of support (CAMEO 070, 071): "with technical support from X",
  // "received financial assistance from Y", "logistical support for the mission"
  ...t('AID', '070', undefined, 'technical|logistical|logistic|material _ support|assistance|help'),
  ...t('AID', '071', 'economic', 'financial|budget|budgetary _ support|assistance|help'),
  // money committed is money given, as money pledged is (the pattern coder's pledges): "committed 500 million euros to X"
  ...t('AID', '071', 'economic', 'commit~|committed _ million|billion|euros|dollars|pounds', 'commit~|committed $|€|£|us$'),
  // credit extended is economic aid (CAMEO 071)
  ...t('AID', '071', 'economic', 'extend~|extended _ loan|loans|credit|deposit|deposits|financing'),
  // police or forces acting together (CAMEO 062, operational cooperation): "in a joint operation", "coordinated raids";
  // the operation is theirs together, no mobilization of one
  ...t('COOPERATE', '062', undefined, 'joint|coordinated|combined _ operation|operations|raid|raids|investigation|investigations|crackdown|probe'),
  // standing with a party whatever adverb intervenes: "stood firmly with Estonia"
  ...t('SUPPORT', '051', undefined, 'stand~|stood|stands _ with|behind'),
  // a meeting of a body named for two parties: "the fifth meeting of the Bangladesh-Myanmar Joint Working Group" (with no
  // pair named, "a meeting of NATO ministers" says nothing of who met whom)
  ...t('CONSULT', '040', undefined, 'meeting|meetings|session|sessions|round of').map((d) => ({ ...d, pairOnly: true })),
  // a ban on trade or traffic lifted eases an embargo (CAMEO 085, RETREAT), as the ban imposed is one (163); a ban on a
  // party or an activity at home lifted stays a concession (080)
  ...t('RETREAT', '085', 'ease', 'lift~|lifted|ease~|eased|end~|ended _ ban|bans on _ imports|exports|import|export|cargo|trade|flights|shipments|goods|products|vessels|ships|trucks|lorries|transit|seafood|beef|grain',
    'lift~|lifted|ease~|eased|end~|ended _ import|export|trade|travel|flight|shipping|transit ban|bans').map((d) => ({ ...d, targetInside: true })),
  // pulling forces out or handing captives over with the object between verb and particle: "would not pull its
  // fighters back", "began pulling 500 troops out of Syria", "handed the prisoners over"
  ...t('RETREAT', '0872', 'withdraw', 'pull~|pulled _ troops|forces|fighters|soldiers|units|personnel back|out'),
  ...t('RETREAT', '084', undefined, 'hand~|handed _ prisoners|captives|detainees|hostages|bodies|territory|bases|base over|back'),
  // "closed its last two road crossings on the border": a frontier closed, however long its phrase
  ...t('SANCTION', '160', undefined, 'close~|closed|shut __ border|borders|crossing|crossings|airspace'),
];

export const TRIGGERS: readonly TriggerDef[] = [
  // AGREE (03x, and 057 signing: see OVERRIDES in kb/event-lexicon.ts): agreement, intent, offers, promises
  ...t('AGREE', '030', undefined, 'agree~|agreed', 'reach~|reached _ agreement|deal|accord|consensus|compromise|understanding',
    'strike~|struck _ deal|agreement|accord|pact|truce|bargain|compromise', 'hammer~|hammered out', 'offer~', 'promise~', 'pledge~', 'vow~|vowed', 'accept~', 'consent~', 'commit~ to',
    'committed to', 'agreement', 'deal', 'accord'),
  // settling a dispute (CAMEO 037)
  ...t('AGREE', '037', undefined, 'settle~|settled|resolve~|resolved _ dispute|disputes|differences|row'),
  ...t('AGREE', '036', undefined, 'propose~ talks', 'offer~ to negotiate|talk|mediate'),
  // CONSULT (04x)
  ...t('CONSULT', '040', undefined, 'meet|meets|met', 'meeting', 'meeting|meetings with|between', 'hold~|held _ talks|meeting|consultations|discussions|conversation|call|dialogue|summit|negotiations', 'talks',
    'discuss~', 'negotiate~', 'negotiations', 'consult~', 'consultations', 'confer~|conferred', 'sat down with', 'host~|hosted', 'receive~ _ delegation|mission|envoy'),
  // receiving inspectors, observers or peacekeepers lets outsiders in (CAMEO 0861/0862 -> RETREAT, access)
  ...t('RETREAT', '0862', 'access', 'receive~|received|admit~|admitted _ inspectors|observers|monitors|peacekeepers',
    'receive~|received _ mission|team|delegation of inspectors|observers|monitors'),
  ...t('CONSULT', '041', 'phone', 'spoke~|spoken|speak~ by phone|telephone|video|videolink', 'phone call', 'video call|conference', 'videoconference', 'call~ _ by phone', 'telephone~', 'phone~',
    // "spoke on the phone with X", "talked over the telephone to X"
    'spoke|spoken|speak|speaks|speaking|talk~ on|over _ phone|telephone',
    // "in a call with X", "a telephone conversation with X", "a call between X and Y"
    'call|calls|conversation|conversations with|between',
    // a conversation or a call had with a party, as one held (PETRARCH2's CONFER "(in {telephone conversation})"):
    // "had a phone conversation with X", "A and B had a long telephone call"
    'have|has|had|having _ conversation|conversations|call|calls'),
  // views or messages exchanged with a party are consultation (PETRARCH2's TRADE "* views" 046, "* messages" 040):
  // "exchanged views with X on the crisis", "A and B exchanged views on trade"
  ...t('CONSULT', '040', undefined, 'exchange~|exchanged _ views|messages'),
  // "spoke with X", "spoke to X": talks with a party (not "spoke to reporters": a recipient must be a party)
  ...t('CONSULT', '040', undefined, 'spoke|spoken|speak|speaks|speaking with|to'),
  ...t('CONSULT', '042', 'visit', 'visit~', 'trip to',
    // a call paid on a party is a visit to it ("paid a courtesy call on the prime minister")
    'pay~|paid _ call|calls on', 'travel~|travelled|traveled to', 'arrive~ in', 'tour~'),
  // receiving a visiting leader or envoy hosts a visit (CAMEO 043)
  ...t('CONSULT', '043', 'visit', 'receive~|received _ president|minister|premier|chancellor|king|queen|counterpart|leader|envoy|ambassador|secretary'),
  // (brokering a deal or a truce between sides mediates it: "Qatar and Egypt brokered the truce between X and Y")
  ...t('CONSULT', '045', undefined, 'mediate~', 'mediation', 'brokered|brokering'),
  // SUPPORT (05x)
  ...t('SUPPORT', '051', undefined, 'support~', 'back~|backed', 'welcome~', 'praise~', 'endorse~', 'commend~', 'hail~',
    'applaud~', 'thank~', 'congratulate~', 'stand~|stood with|by|behind', 'stand~|stood in _ solidarity with', 'solidarity',
    'support for', 'backing',
    // offering congratulations or thanks praises; expressing support or gratitude is support (PETRARCH2's EXPRESS
    // objects, CAMEO 051), where the bare verb "express" names nothing
    'offer~|offered _ congratulations|thanks|praise', 'express~|expressed _ support|backing|solidarity|appreciation|gratitude|satisfaction'),
  ...t('SUPPORT', '052', undefined, 'defend~'),
  // mobilizing support or lobbies for a party rallies support on its behalf (CAMEO 053), no mobilization of forces
  ...t('SUPPORT', '053', undefined, 'mobilize~|mobilise~|mobilised|mobilized|rally~|rallied _ support|supporters|opinion|groups|lobby|lobbies|backing|allies'),
  ...t('SUPPORT', '054', undefined, 'recognize~|recognise~', 'establish~ _ diplomatic ties|relations', 'upgrade~ _ ties|relations'),
  ...t('SUPPORT', '055', undefined, 'apologize~|apologise~|apologized|apologised'),
  ...t('SUPPORT', '056', undefined, 'forgive~|forgave'),
  ...t('AGREE', '057', undefined, 'sign~ _ agreement|treaty|accord|pact|deal|memorandum|declaration', 'signed',
    // an agreement concluded, sealed or clinched is made as one signed is (PETRARCH2's FINISH "* &treaty", 057)
    'conclude~|concluded|seal~|sealed|clinch~|clinched|finalise~|finalize~|finalised|finalized _ agreement|agreements|treaty|accord|pact|deal|deals',
    // ... and so is one inked (news usage for signing)
    'ink~|inked _ agreement|agreements|treaty|accord|pact|deal|deals|memorandum'),
  // COOPERATE (06x)
  ...t('COOPERATE', '060', undefined, 'cooperate~', 'cooperation', 'co-operate~', 'work~ together|closely|jointly',
    'working with', 'work~ with', 'collaborate~', 'partner~ with', 'partnership', 'join~ forces', 'ties with',
    'strengthen~|strengthened _ ties|relations|cooperation|alliance', 'deepen~ _ ties|relations|cooperation',
    'expand~|expanded _ ties|cooperation', 'alliance with', 'join~|joined',
    // teaming up or forming an alliance with a party works with it; becoming a member of a body joins it (CAMEO 06)
    'team~|teamed up with', 'form~|formed _ alliance|coalition|partnership with', 'become~|became _ member|members of',
    // acting "in coordination with" or "in collaboration with" a party works with it (occasionOfClauseSources)
    'coordination with', 'collaboration with'),
  ...t('COOPERATE', '064', undefined, 'share~ _ information|intelligence|data|expertise|evidence|experience', 'extradite~'),
  ...t('COOPERATE', '062', undefined, 'joint _ exercises|exercise|drills|drill|patrols|patrol|manoeuvres|maneuvers'),
  // AID (07x)
  ...t('AID', '070', undefined, 'aid', 'assistance', 'assist~', 'help~|helped', 'donate~', 'grant~', 'provide~ _ aid|assistance|support|funds|funding|loans|loan|million|billion',
    'relief', 'send~|sent _ aid|supplies|relief|food|medicine|teams|personnel', 'supplies', 'deliver~ _ aid|supplies|weapons',
    'dispatch~|dispatched', 'give~|gave _ aid|dollars|money|million|billion|grants', 'provide~ _ intelligence|training|equipment',
    'funding for', 'lend~|lent', 'loan~|loaned',
    // aid measured out: "provided 300 tonnes of emergency food aid", "sent two planeloads of medical supplies"
    'provide~|provided|send~|sent|deliver~|delivered|ship~|shipped|airlift~|airlifted __ aid|assistance|supplies|relief|food|medicine|medicines|tents|vaccines'),
  ...t('AID', '072', undefined, 'military aid', 'arms|weapons to', 'package of military aid', 'air defence|defense systems'),
  ...t('AID', '073', undefined, 'humanitarian _ aid|assistance|supplies', 'food aid', 'emergency _ teams|response'),
  // evacuating the wounded or civilians is humanitarian aid (PETRARCH2 codes EVACUATE 070); pulling out troops or
  // settlers stays a withdrawal (RETREAT 0872, below)
  ...t('AID', '073', undefined, 'evacuate~|evacuated _ wounded|injured|sick|casualties|civilians|refugees|children'),
  ...t('AID', '075', undefined, 'grant~ asylum', 'asylum'),
  // "approved a $180 million loan to X": the loan names its recipient
  ...t('AID', '071', 'economic', 'loan|loans to'),
  // CONCEDE (08x, easing)
  // giving way to demands or pressure (CAMEO 083, accede to demands): not an agreement between equals
  ...t('CONCEDE', '083', undefined, 'agree~|agreed to _ demand|demands', 'accept~|accepted|meet~|met _ demand|demands',
    'bow~|bowed to _ pressure|demand|demands'),
  ...t('CONCEDE', '080', undefined, 'concede~|conceded', 'yield~', 'concession|concessions', 'accede~', 'give~|gave in',
    'back~ down', 'ease~ _ restrictions|measures|curfew', 'lift~|lifted _ restrictions|curfew|emergency|ban|state',
    'relax~', 'allow~|allowed', 'permit~', 'call~|called off', 'cancel~|cancelled|canceled',
    // reopening what a sanction closed eases it (PETRARCH2: START/REOPEN "* border" 080)
    'reopen~ _ border|borders|crossing|crossings|airspace|embassy|consulate'),
  // suspending or halting a restriction, a sanction or an offensive eases it (CAMEO 081 ease administrative sanctions,
  // 085 ease economic sanctions, 087 de-escalate military engagement), not the suspension of relations (160) the bare
  // verb names; announced ("will suspend the rule") it is a promise, not a threat
  // (also with the object after a span of time: "will suspend for a year the rule that ...")
  ...['_', 'for __'].flatMap((gap) => t('CONCEDE', '081', undefined, `suspend~|halt~ ${gap} restrictions|restriction|rule|rules|requirement|requirements|ban|bans|curbs|curb|controls|regulation|regulations|quota|quotas|fees|levy|levies|curfew`)),
  // RETREAT (084-087)
  ...['_', 'for __'].flatMap((gap) => t('RETREAT', '085', 'ease', `suspend~|halt~ ${gap} sanctions|tariffs|tariff|duties|embargo|boycott`)),
  // (operations only military ones: "suspended operations at the embassy" closes a mission, no de-escalation)
  ...['_', 'for __'].flatMap((gap) => t('RETREAT', '087', 'disarm', `suspend~|halt~ ${gap} offensive|offensives|hostilities|fighting|airstrikes|bombing|bombardment|shelling`,
    `suspend~|halt~ ${gap} military|combat|offensive operations|operation`)),
  // captives exchanged or sent home are released (CAMEO 0841)
  ...t('RETREAT', '0841', 'release', 'exchange~|exchanged|swap~|swapped _ prisoners|captives|detainees|hostages|bodies', 'repatriate~'),
  ...t('RETREAT', '084', undefined, 'release~', 'free~|freed', 'return~|returned _ prisoners|hostages|detainees|territory|land|bodies|weapons|equipment', 'hand~ over|back', 'compensation'),
  // easing sanctions, an embargo or a suspension is CAMEO 085, which the table files under RETREAT
  ...t('RETREAT', '085', 'ease', 'lift~|lifted _ sanctions|embargo|embargoes|suspension|boycott', 'ease~|eased _ sanctions|embargo',
    'remove~|removed|scrap~|scrapped _ sanctions|embargo|embargoes|tariffs|duties',
    'lifting of _ sanctions|embargo|suspension'),
  ...t('RETREAT', '0871', 'ceasefire', 'ceasefire|cease-fire|truce', 'declare~ _ ceasefire|truce'),
  // what is withdrawn decides the act (PETRARCH2's WITHDRAW block): a bill, a decree or a charge withdrawn yields to
  // its opponents (CAMEO 0832, accede to demands for change in policy); an ambassador or diplomats withdrawn reduce
  // relations (161); inspectors, observers or peacekeepers withdrawn end international involvement (166); aid or an
  // offer withdrawn stops aid (162). Troops withdrawn stay a retreat (0872, below).
  ...t('CONCEDE', '0832', undefined, 'withdraw~|withdrew|withdrawn _ bill|bills|decree|decrees|law|tax|levy|proposal|reform|reforms|legislation|amendment|charges|charge|lawsuit|complaint|ordinance|policy',
    // (a participle before the measure is no gap word: "withdrew a proposed tax", "withdrew the planned reform")
    'withdraw~|withdrew|withdrawn _ proposed|planned|disputed|revised|amended _ bill|bills|decree|decrees|law|tax|levy|reform|reforms|legislation|amendment|ordinance|policy'),
  ...t('SANCTION', '161', undefined, 'withdraw~|withdrew|withdrawn _ ambassador|ambassadors|envoy|envoys|diplomats|diplomat|recognition'),
  // (and so does a state's or an agency's staff withdrawn from abroad: "withdrawing its staff from the seven capitals")
  ...t('SANCTION', '166', undefined, 'withdraw~|withdrew|withdrawn _ inspectors|observers|monitors|peacekeepers|peacekeeping|mission|advisers|advisors|staff|personnel|employees'),
  ...t('SANCTION', '162', undefined, 'withdraw~|withdrew|withdrawn _ aid|funding|support|offer|assistance|donation|donations'),
  ...t('RETREAT', '0872', 'withdraw', 'withdraw~|withdrew|withdrawn', 'withdrawal', 'pull~ out|back', 'retreat~', 'evacuate~',
    'lift~|lifted _ blockade|siege'),
  ...t('RETREAT', '0873', 'disarm', 'demobilize~|demobilise~', 'disarm~', 'surrender~', 'resign~', 'step~|stepped down'),
  // letting aid or monitors in (CAMEO 0863 allow delivery of humanitarian aid, 0862 receive inspectors)
  ...t('RETREAT', '0863', 'access', 'allow~|allowed|permit~|permitted _ humanitarian|aid|relief|inspectors|observers|monitors|peacekeepers|delivery|deliveries'),
  // REQUEST (10x)
  ...t('REQUEST', '100', undefined, 'urge~', 'call~ on|upon|for', 'called on|upon|for',
    // wire style puts the day between the verb and its particle: "called Thursday for talks"
    'call~|called monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday on|upon|for',
    'ask~', 'appeal~', 'request~', 'demand~',
    'plead~', 'petition~', 'invite~',
    // "insisted on X's withdrawal" is a demand; "insisted that the deal was close" is a statement (a demand's clause has
    // a modal: "insisted that X must withdraw", read by the syntax coder)
    'insist~|insisted on|upon', 'seek~|sought', 'must', 'should',
    'pressure~|pressured|pressuring', 'push~|pushing for|hard'),
  // "pressed China to use its influence on Russia": the one pressed stands in the trigger's gap, before the act asked
  ...t('REQUEST', '100', undefined, 'press~|pressed _ to', 'ordered|orders _ to').map((d) => ({ ...d, targetInside: true })),
  // ACCUSE (09x investigate, 11x disapprove)
  // a protest made to a government is a formal complaint (CAMEO 114), not a demonstration
  ...t('ACCUSE', '114', 'allege', 'protest~|protested to|with', 'convey~|conveyed|file~|filed|send~|sent|hand~|handed|issue~|issued|register~|registered _ protest|complaint|objection|objections'),
  ...t('ACCUSE', '111', 'disapprove', 'lodge~|lodged|deliver~|delivered _ protest|complaint|objection|objections|demarche|démarche', 'raise~|raised _ objection|objections', 'protest note', 'summon~ _ ambassador|envoy|diplomat|diplomats|chargé|commissioner',
    // ... and so is an envoy's summons told in the passive ("X's ambassador was summoned to the foreign ministry")
    "ambassador|envoy|diplomat|diplomats|chargé|d'affaires|commissioner was|were _ summoned", "ambassador|envoy|diplomat|diplomats|chargé|d'affaires|commissioner had|has|have been _ summoned",
    "ambassador|envoy|diplomat|diplomats|chargé|d'affaires __ was|were _ summoned",
    // "called in the ambassador", "the envoy was called in": the summons in its phrasal verb
    'call~|called in _ ambassador|envoy|diplomat|diplomats|chargé', "ambassador|envoy|diplomat|diplomats|chargé|d'affaires was|were _ called in",
    "ambassador|envoy|diplomat|diplomats|chargé|d'affaires had|has|have been _ called in",
    "ambassador|envoy|diplomat|diplomats|chargé|d'affaires __ was|were _ called in",
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
  // a verdict of guilt (CAMEO 116, find guilty or liable)
  ...t('ACCUSE', '116', 'disapprove', 'find~|found __ guilty|liable'),
  // sending inspectors or investigators opens an inquiry (CAMEO 090), no aid
  ...t('ACCUSE', '090', 'investigate', 'send~|sent|dispatch~|dispatched _ inspectors|investigators|inspector|investigator'),
  ...t('ACCUSE', '090', 'investigate', 'investigate~', 'investigation', 'probe~', 'inquiry'),
  // REJECT (12x)
  ...t('REJECT', '120', undefined, 'reject~', 'refuse~', 'deny~|denied', 'denies', 'dismiss~', 'rebuff~', 'veto~|vetoed',
    'decline~', 'oppose~ _ proposal|plan', 'turn~|turned down', 'renege~|reneged', 'defy~|defied', 'violate~', 'block~',
    'never recognise|recognize', 'refusal', 'rejection', 'rule~|ruled out', 'out of the question',
    // setting a claim or a demand aside: "brushed aside the criticism", "shrugged off the warnings", "snubbed the offer"
    'brush~|brushed aside|off', 'shrug~|shrugged off', 'snub~|snubbed', 'refute~|refuted',
    // "called the claims baseless": a denial
    'call~|called __ baseless|groundless|unfounded|false|fabricated|absurd|nonsense|lies',
    // withholding one's vote from a text put to the vote, or answering a proposal "no", refuses to back it (CAMEO 12):
    // "Russia and China abstained", "Brazil said no to the plan"
    'abstain~|abstained', 'say~|said|says no to'),
  // the party whose demands are ignored is named inside the phrase: "ignored Peru's demands" (as "rejected Peru's demands")
  ...t('REJECT', '120', undefined, 'ignore~|ignored _ calls|call|demands|demand|appeals|appeal|ultimatum|warnings|requests').map((d) => ({ ...d, targetInside: true })),
  // THREATEN (13x)
  // a vow or an oath of violence is a threat of force, not a promise (PETRARCH2's VOW block: "* ATTACK", "* REVENGE" ->
  // 138); "vowed to fight corruption", "vowed to strike a deal" are none: only verbs of violence with no other sense
  ...t('THREATEN', '138', undefined,
    'vow~|vowed|swear~|swore|sworn to attack|retaliate|avenge|destroy|crush|kill|wipe|hit|punish',
    'vow~|vowed|swear~|swore|sworn _ revenge|vengeance|retaliation'),
  ...t('THREATEN', '130', undefined, 'threaten~', 'threat|threats', 'warn~ of|against', 'warned', 'warns', 'ultimatum', 'give~|gave|set~ _ deadline',
    // "gave the junta until January 31 to publish a timetable": a deadline set for a party
    'give~|gave|given __ until', 'countermeasures',
    'retaliate~', 'retaliation',
    // keeping force in reserve: "reserved the right to respond", "reserves the right to take all necessary measures"
    'reserve~|reserved _ right to respond|retaliate|act|take|defend|use'),
  // PROTEST (14x)
  ...t('PROTEST', '140', undefined, 'protest~', 'in protest', 'protesters|protestors|demonstrators'),
  ...t('PROTEST', '141', 'demo', 'picket~', 'demonstrate~', 'demonstration|demonstrations', 'rally~|rallied', 'march~'),
  ...t('PROTEST', '142', 'hunger', 'hunger strike'),
  // blockades of roads are a protest's obstruction (CAMEO 144), where a blockade alone is a force's (191)
  ...t('PROTEST', '144', 'obstruct', 'road|roads|highway|highways|motorway blockade|blockades'),
  ...t('PROTEST', '144', 'obstruct', 'block~|blocked _ road|roads|streets|highway|highways|motorway|motorways|bridge|roadway|traffic|transport|access|port',
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
  // SANCTION (16x); a ban on trade is an embargo (CAMEO 163), not the coercive ban of a group or an activity (17x)
  // putting companies or officials on an export-control, entity or sanctions list restricts trade with them (CAMEO 163)
  ...t('SANCTION', '163', undefined, 'add~|added __ to _ list|lists|blacklist|blacklists', 'blacklist~|blacklisted'),
  // barring another country's lorries, flights or ships from one's territory cuts relations with it (eval/probe/README.md:
  // "suspending flights ... closing a border crossing ... are SANCTION"), no coercion of a group at home
  ...t('SANCTION', '160', undefined, 'ban~|banned|bar~|barred _ lorries|trucks|flights|airlines|carriers|vessels|ships|tankers|trawlers|boats|planes|aircraft'),
  // (and so is a ban on dealings with another's banks, ships or goods: "a transaction ban on eleven banks", "an oil
  // import ban", "a ban on transactions with Russian banks")
  // (barring, restricting, curbing, blocking, cutting or stopping a party's trade is the same embargo: "restricted
  // exports of chips to X", "cut power sales to Y", "stopped gas shipments to Z")
  ...t('SANCTION', '163', undefined, 'ban~|banned|bar~|barred|restrict~|curb~|curbed|block~|cut~|stop~|stopped|limit~ _ imports|exports|trade|sales|purchases|shipments|transactions|dealings',
    'ban~|banned _ import|export',
    'ban~ on _ imports|exports|import|export|trade|sales|purchases|shipments|transactions|transaction|dealings|investment|investments|banks|vessels|tankers|oil|gas|coal|steel',
    'transaction|transactions|import|export|trade|investment|oil|gas|shipping ban|bans'),
  ...t('SANCTION', '160', undefined, 'sanction~', 'sanctions', 'impose~ _ measures|restrictions',
    'tariffs|duties on', 'embargo~', // expelling envoys reduces relations, expelling inspectors or peacekeepers ends international involvement (CAMEO 166)
    'expel~|expelled _ diplomat|diplomats|ambassador|envoy|envoys|attaché|attache|consul|officials|inspectors|observers|monitors|peacekeepers|mission', 'order~|ordered _ diplomat|diplomats|envoy|envoys|ambassador|attaché|attache to leave',
    'declare~|declared _ persona non grata', 'declare~|declared __ persona non grata', 'order~|ordered __ to leave', 'cut~ _ ties|relations', 'sever~ _ ties|relations', 'suspend~',
    'halt~', 'freeze~|froze', 'recall~ _ ambassador|envoy', 'suspension',
    'close~|closed|shut _ border|borders|embassy|airspace|crossing|crossings|consulate', 'cancel~|cancelled|canceled _ visit|trip|talks', 'reduce~|cut~ _ aid|supplies|funding',
    // (and aid cut off: "cut off development aid to X", "cut off funding")
    'cut~ off _ aid|supplies|funding|assistance',
    'end~ _ mediation|cooperation|talks|aid', 'force~|forced _ out', 'downgrade~ _ ties|relations', 'break~|broke off',
    'tariffs', 'duties', 'retaliatory',
    // a boycott imposed is CAMEO 163 (PETRARCH2's BOYCOTT default, as the syntax coder reads it), so "would boycott"
    // is a threat (CAMEO 1312) by the intent rewrite, not a refusal
    'boycott~'),
  // MOBILIZE (15x)
  ...t('MOBILIZE', '150', 'military-exercise', 'exercise~|exercises', 'drill~|drills', 'war games', 'manoeuvres|maneuvers'),
  // flying or sailing into another state's airspace or waters demonstrates military power at it (CAMEO 150)
  ...t('MOBILIZE', '150', undefined, 'fly~|flew|flown|sail~|sailed into _ airspace|waters',
    'enter~|entered|violate~|violated|breach~|breached|intrude~|intruded|penetrate~|penetrated _ airspace|waters',
    'enter~|entered _ air defence|defense zone', 'airspace violation|violations|incursion|incursions'),
  ...t('MOBILIZE', '154', 'troops', 'deploy~', 'deployment', 'mobilize~|mobilise~|mobilised|mobilized', 'mobilization|mobilisation',
    'military buildup|build-up', 'buildup|build-up', 'mass~|massed _ troops|forces|soldiers|tanks|warships',
    // reinforcing forces or a frontier deploys; "reinforce the partnership", "reinforced the importance of" do not
    'reinforce~|reinforced _ troops|forces|border|borders|presence|flank|garrison|garrisons|positions|defences|defenses|units|lines',
    'militarization|militarisation',
    'launch~ _ operation', 'patrol~', 'remain~|remained on alert', 'strengthen~|strengthened _ forces|troops|presence',
    // (an amount is a longer phrase than a gap: "trained more than 500 computer hackers")
    'train~|trained _ troops|soldiers|fighters|hackers|militants', 'train~|trained __ troops|soldiers|fighters|hackers|militants', 'patrols', 'operation', 'put~ on alert', 'alert', 'place~|placed|put~ __ on _ alert',
    'raise~|raised _ alert level|alert', 'station~|stationed _ troops|soldiers|forces|missiles|warships|units',
    'step~|stepped up _ patrols|presence|deployment|deployments', 'call~|called up _ reservists|reserves|reservist|conscripts', 'move~|moved _ troops|tanks|forces|units|warships|artillery|missiles'),
  ...t('MOBILIZE', '153', 'police', 'police reinforcements', 'tighten~|tightened|beef~|beefed|step~|stepped|heighten~|heightened up _ security',
    'tighten~|tightened|heighten~|heightened _ security'),
  // sending forces somewhere is a deployment: "sent two frigates to the area", "would send more troops to the border"
  ...t('MOBILIZE', '154', 'troops', 'send~|sent|dispatch~|dispatched _ troops|soldiers|forces|reinforcements|warships|warship|frigates|frigate|corvettes|corvette|destroyers|destroyer|submarines|jets|fighter|fighters|tanks|battalion|battalions|marines|paratroopers|carrier|aircraft|warplanes|bombers|helicopters|gunboats'),
  // COERCE (17x, 191-192)
  // a sentence passed (PETRARCH2's SENTENCE 172), speech censored (1721), people evicted (174)
  ...t('COERCE', '172', 'restrict', 'sentenced', 'censor~'),
  // expelling people other than a state's envoys deports them (CAMEO 174, PETRARCH2's EXPEL default)
  ...t('COERCE', '174', 'deport', 'evict~', 'expel~|expelled'),
  ...t('COERCE', '173', 'arrest', 'arrest~', 'detain~', 'detention', 'jail~', 'imprison~', 'seize~', 'confiscate~',
    'raid~', 'crack~|cracked down', 'crackdown', 'deport~', 'ban~|banned', 'outlaw~', 'curfew', 'martial law', 'state of emergency', 'state of siege',
    // (boarding a ship by its past or gerund: "board", "boards" are far more often the governing body, "the IMF's board")
    'harass~', 'harassment', 'intercept~', 'boarded|boarding', 'control measures'),
  // stopping a demonstration restricts dissent (CAMEO 172, administrative sanctions: COERCE)
  ...t('COERCE', '172', 'restrict', 'prevent~|prevented|disperse~|dispersed _ demonstration|demonstrations|protest|protests|rally|rallies|march|marches|sit-in|crowd|crowds|demonstrators|protesters',
    'break~|broke up _ demonstration|demonstrations|protest|protests|rally|rallies|march|marches|sit-in|crowd|crowds'),
  // crowd control: CAMEO 175, violent repression
  ...t('COERCE', '175', 'repress', 'fire~|fired _ tear gas|teargas|rubber bullets|stun grenades', 'use~|used _ tear gas|teargas|rubber bullets|stun grenades',
    'tear gas|teargas on|at|against'),
  ...t('COERCE', '191', 'restrict', 'blockade~', 'block~ _ access', 'water cannon', 'ram~|rammed', 'occupy~|occupied'),
  // closing newspapers or broadcasters restricts speech (CAMEO 1721); sealing an area off restricts movement (191)
  ...t('COERCE', '1721', 'restrict', 'shut~|close~|closed down _ newspaper|newspapers|station|stations|broadcaster|broadcasters|website|websites|outlet|outlets',
    'close~|closed|shut~ _ newspaper|newspapers|broadcaster|broadcasters|website|websites'),
  ...t('COERCE', '191', 'restrict', 'seal~|sealed|cordon~|cordoned off'),
  ...t('COERCE', '171', 'seize', 'loot~', 'hack~ into', 'demolish~', 'set~ fire', 'deface~'),
  // ASSAULT (18x-20x)
  // "claimed responsibility for the attack": the claimer carried it out
  ...t('ASSAULT', '190', undefined, 'claim~|claimed responsibility for _ attack|attacks|bombing|bombings|strike|strikes|raid|raids|assault|ambush|killing|killings|shooting|explosion|blast'),
  ...t('ASSAULT', '190', undefined, 'attack~', 'assault~', 'strike~|struck', 'strikes', 'airstrike|airstrikes|air strike|air strikes',
    'shell~', 'shelling', 'bomb~', 'bombing', 'bombard~', 'bombardment', 'fire~|fired on|at|upon', 'open~|opened fire', 'kill~',
    'invade~', 'invasion', 'fight~|fought', 'fighting', 'clash~', 'clashes', 'offensive', 'shoot~|shot', 'shooting', 'raid',
    'massacre~', 'war', 'missile~', 'rocket~', 'drone attack|attacks', 'wound~', 'ambush~', 'assassinate~', 'kidnap~',
    'abduct~', 'hijack~', 'torture~', 'destroy~', 'battle~', 'beat~|beat up', 'abuse~|abused', 'capture~', 'mount~ _ invasion|attack|offensive|raid',
    'ethnic cleansing', 'car bomb|bombing', 'explosion', 'bombings', 'gunmen', 'killing|killings',
    'exchange~|trade~|traded _ fire|gunfire|shots',
    // hostage-taking is abduction (CAMEO 181)
    'take~|took|taken|taking|hold~|held _ hostage|hostages|captive', 'torch~|torched'),
  // taking a town or a position by force is fighting for it (eval/probe/README.md: "capturing a town" is ASSAULT), where
  // PETRARCH2 codes seizure of territory as occupation (CAMEO 192, COERCE); seizing a ship or goods stays COERCE
  ...t('ASSAULT', '190', undefined,
    'seize~|seized|retake~|retook|retaken|recapture~|recaptured|overrun|overran _ town|towns|village|villages|city|cities|territory|territories|district|districts|positions|position|base|bases|hill|hills|outpost|outposts|stronghold|strongholds|airport|airbase|garrison|settlement|settlements|capital|headquarters',
    'retake~|retook|retaken', 'recapture~|recaptured'),
  // a ceasefire violated is an attack, not a truce (CAMEO 196)
  ...t('ASSAULT', '196', undefined, 'ceasefire|cease-fire|truce violation|violations|breach|breaches', 'violate~|violated|breach~|breached _ ceasefire|cease-fire|truce'),
  // scrambling jets puts forces on alert (CAMEO 154, as PETRARCH2's SCRAMBLE block has no code of its own), voting
  // against a resolution or a motion rejects it (CAMEO 12), responding with force retaliates
  { pattern: 'scramble~|scrambled _ jets|fighter|fighters|aircraft|warplanes|interceptors|planes', type: 'MOBILIZE', cameo: '154', mode: 'troops' },
  { pattern: 'vote~|voted against', type: 'REJECT', cameo: '120' },
  // responding with force is retaliation (PETRARCH2's RETALIATE, 190); announced ("would respond firmly to any
  // attack", "said it would respond in kind") it is a threat, by the rewrite of an intended hostile act
  { pattern: 'respond~|responded firmly|forcefully|decisively|harshly|resolutely|militarily', type: 'ASSAULT', cameo: '190' },
  { pattern: 'respond~|responded in kind', type: 'ASSAULT', cameo: '190' },
  { pattern: 'respond~|responded with force|strength|military', type: 'ASSAULT', cameo: '190' },
  { pattern: 'vow~|vowed|swear~|swore|sworn|pledge~ to respond', type: 'THREATEN', cameo: '138' },
  // a response promised to any hostile act is a threat of force at whoever commits it ("would respond to any attack
  // by X", "will hit back at any provocation"); "any" makes the act a condition, not an act done
  { pattern: 'respond~|responded|retaliate~|react~ to|against any', type: 'THREATEN', cameo: '138' },
  { pattern: 'respond~|responded|retaliate~|react~ firmly|forcefully|decisively|harshly|resolutely|strongly|swiftly|immediately|militarily to|against any', type: 'THREATEN', cameo: '138' },
  { pattern: 'hit~|strike~ back at|against any', type: 'THREATEN', cameo: '138' },
  ...ROUND19,
];

/** words that take an infinitive or clause and so govern the triggers inside it ("threatened to shell", "urged X to support") */
export const CONTROL_TYPES: ReadonlySet<PloverType> = new Set(['AGREE', 'REQUEST', 'REJECT', 'THREATEN', 'ACCUSE']);

/** expressions of intent before a trigger: cooperative acts become AGREE, hostile ones THREATEN (CAMEO 03 / 13) */
export const INTENT_WORDS: ReadonlySet<string> = new Set([
  'will', "'ll", 'would', 'shall', 'may', 'might', 'ready', 'willing', 'prepared', 'plans', 'planned', 'plan', 'intends',
  'intend', 'aims', 'wants', 'could',
  // an oath to act is an intent: "vowed to fight", "have sworn to retaliate" (a hostile one is a threat, CAMEO 13)
  'vow', 'vows', 'vowed', 'vowing', 'swear', 'swears', 'swore', 'sworn', 'swearing',
  // seeking to act is trying to ("seeks to deepen ties with X"), as the syntax coder's INTENT_HEADS read it
  'seek', 'seeks', 'sought', 'seeking',
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

/** words of a span of time or a date ("on Tuesday", "over five years", "this month") */
export const TIME_WORDS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday', 'tomorrow', 'week',
  'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'day', 'days', 'weeks', 'months', 'years']);

/** nouns an act noun modifies that carry the act, not name a kind of thing: "an aid convoy", "a sanctions package" */
export const ACT_CARRIERS: ReadonlySet<string> = new Set([
  'package', 'packages', 'convoy', 'convoys', 'shipment', 'shipments', 'delivery', 'deliveries', 'flight', 'flights',
  'programme', 'programmes', 'program', 'programs', 'regime', 'campaign', 'operation', 'operations', 'talks',
  'negotiations', 'deal', 'agreement', 'effort', 'efforts', 'mission', 'missions', 'initiative', 'bid', 'bids',
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
  // an act someone could not do did not happen: "had been unable to agree"; nor has one looked forward to
  'unable', 'forward',
]);

/**
 * verbs of obtaining an act from another party: what is to be secured, sought or negotiated ("to secure the release of
 * the hostages", "will seek the withdrawal of the troops") is not done, and not by the party seeking it
 */
export const SEEKING: ReadonlySet<string> = new Set(['secure', 'seek', 'obtain', 'win', 'negotiate', 'ensure', 'facilitate', 'arrange', 'broker']);

/** prepositions that set a phrase as the time or the circumstance of a clause: "after the vote", "amid the talks" */
export const CIRCUMSTANCE_PREPS: ReadonlySet<string> = new Set(['after', 'before', 'during', 'amid', 'following', 'since', 'despite']);

/** nouns that refer back to an act already reported ("criticised the move", "rejected the criticism") */
/** documents and media: what is "released" or "published" this way is a text, not a captive ("released a statement") */
export const TEXT_OBJECTS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'communique', 'communiqué', 'report', 'reports', 'video', 'videos', 'footage', 'images', 'photos',
  'figures', 'data', 'details', 'document', 'documents', 'letter', 'declaration', 'list', 'results', 'transcript', 'plan',
  'budget', 'book', 'album', 'guidelines', 'guidance', 'findings', 'study', 'survey', 'poll', 'recording', 'audio', 'song',
  'advisory', 'strategy', 'index', 'assessment', 'review', 'analysis', 'roadmap', 'handbook', 'paper', 'memo', 'bulletin',
  'update', 'film', 'documentary', 'rankings', 'ranking', 'map', 'dataset', 'edition', 'version', 'text', 'draft',
]);

export const ANAPHORIC_ACTS: ReadonlySet<string> = new Set([
  'move', 'decision', 'step', 'measure', 'measures', 'criticism', 'accusation', 'accusations', 'allegation', 'allegations', 'charge', 'charges',
  'claim', 'claims', 'remarks', 'comments', 'proposal', 'offer', 'demand', 'demands', 'action', 'actions', 'deployment',
  'appeal', 'appeals', 'warning', 'warnings', 'complaint', 'complaints', 'call', 'calls', 'request', 'requests', 'threat',
  'threats', 'ultimatum', 'proposals', 'plan', 'criticisms',
  'withdrawal', 'pullout', 'release', 'releases', 'verdict', 'ruling', 'sentence',
  'ban', 'bans', 'restrictions', 'controls', 'closure', 'suspension', 'annexation', 'launch', 'launches', 'test', 'tests',
  'flight', 'flights', 'incursion', 'incursions', 'violation', 'violations', 'intrusion', 'intrusions',
]);

/**
 * words that condemn an act when a reported clause predicates them of it ("said the move was unjustified", "said the
 * strike was a war crime"): illegality, hostility, harm, bad faith
 */
export const CONDEMNING: ReadonlySet<string> = new Set([
  'unjustified', 'unjustifiable', 'unacceptable', 'illegal', 'unlawful', 'illegitimate', 'provocation', 'provocative', 'violation',
  'breach', 'unfair', 'harmful', 'dangerous', 'irresponsible', 'absurd', 'hostile', 'unfriendly', 'aggression', 'aggressive',
  'interference', 'blackmail', 'retaliation', 'escalation', 'outrageous', 'deplorable', 'reckless', 'discriminatory',
  'protectionist', 'protectionism', 'crime', 'crimes', 'terrorism', 'coercion', 'coercive', 'bullying', 'destabilising',
  'destabilizing', 'politically', 'unprovoked', 'barbaric', 'heinous', 'criminal', 'illegality', 'atrocity', 'massacre',
  'genocide', 'insult', 'affront', 'hypocritical', 'unilateral', 'inhumane', 'cruel',
]);

/** the acts among ANAPHORIC_ACTS done with words: "rejected the criticism" answers the latest speaker */
export const SPEECH_ACTS: ReadonlySet<string> = new Set([
  'criticism', 'accusation', 'accusations', 'allegation', 'allegations', 'claim', 'claims', 'remarks', 'comments', 'demand', 'demands',
  'appeal', 'appeals', 'warning', 'warnings', 'complaint', 'complaints', 'call', 'calls', 'request', 'requests', 'threat', 'threats',
  'ultimatum', 'statement', 'statements', 'criticisms',
]);
