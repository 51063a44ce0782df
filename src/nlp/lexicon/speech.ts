// Word lists for the quote stage: reporting verbs (cues), pronouns, and nouns that speak for an organization.

/**
 * reporting verbs that also take a plain object ("conveyed his condolences", "conceded defeat", "maintained contact",
 * "revealed the plan", "reaffirmed its support"): cues (CUE_VERBS) that report only with "that" (THAT_CUES)
 */
const OBJECT_TAKING_CUES: readonly string[] = [
  'convey', 'conveys', 'conveyed', 'conveying',
  'concede', 'concedes', 'conceded', 'conceding',
  'maintain', 'maintains', 'maintained', 'maintaining',
  'suggest', 'suggests', 'suggested', 'suggesting',
  'reveal', 'reveals', 'revealed', 'revealing',
  'disclose', 'discloses', 'disclosed', 'disclosing',
  'indicate', 'indicates', 'indicated', 'indicating',
  'assure', 'assures', 'assured', 'assuring',
  'reassure', 'reassures', 'reassured', 'reassuring',
  'inform', 'informs', 'informed', 'informing',
  'reaffirm', 'reaffirms', 'reaffirmed', 'reaffirming',
  'affirm', 'affirms', 'affirmed', 'affirming',
  'underline', 'underlines', 'underlined', 'underlining',
  'underscore', 'underscores', 'underscored', 'underscoring',
  'testify', 'testifies', 'testified', 'testifying',
  'hint', 'hints', 'hinted', 'hinting',
  'boast', 'boasts', 'boasted', 'boasting',
  'highlight', 'highlights', 'highlighted', 'highlighting',
];

/** finite and participle forms of reporting verbs that introduce direct or indirect speech */
export const CUE_VERBS: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'saying',
  'state', 'states', 'stated', 'stating',
  'tell', 'tells', 'told', 'telling',
  'add', 'adds', 'added', 'adding',
  'warn', 'warns', 'warned', 'warning',
  'note', 'notes', 'noted', 'noting',
  'insist', 'insists', 'insisted', 'insisting',
  'argue', 'argues', 'argued', 'arguing',
  'claim', 'claims', 'claimed', 'claiming',
  'explain', 'explains', 'explained', 'explaining',
  'write', 'writes', 'wrote', 'writing',
  'announce', 'announces', 'announced', 'announcing',
  'confirm', 'confirms', 'confirmed', 'confirming',
  // ("..., the disaster agency reported": a body's report is its word; "reported the attack" needs "that")
  'report', 'reports', 'reported',
  'declare', 'declares', 'declared', 'declaring',
  'stress', 'stresses', 'stressed', 'stressing',
  'emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised', 'emphasising',
  'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging',
  'admit', 'admits', 'admitted', 'admitting',
  'assert', 'asserts', 'asserted', 'asserting',
  'allege', 'alleges', 'alleged', 'alleging',
  'reiterate', 'reiterates', 'reiterated', 'reiterating',
  'predict', 'predicts', 'predicted',
  'reply', 'replies', 'replied',
  'remark', 'remarks', 'remarked',
  'recall', 'recalls', 'recalled',
  'conclude', 'concludes', 'concluded',
  'contend', 'contends', 'contended',
  'tweet', 'tweets', 'tweeted',
  ...OBJECT_TAKING_CUES,
  'posted', 'asked', 'asks', 'answered', 'urged', 'urges', 'mentioned', 'observed', 'cautioned', 'vowed', 'pledged',
  'promised', 'announced', 'complained', 'countered', 'added', 'continued', 'quipped', 'responded', 'remarked',
  'shouted', 'exclaimed', 'commented', 'commenting',
]);

/** cues that take a direct quote but never an indirect clause on their own */
export const DIRECT_ONLY_CUES: ReadonlySet<string> = new Set([
  'asked', 'asks', 'answered', 'urged', 'urges', 'continued', 'quipped', 'responded', 'replied', 'replies', 'tweet', 'tweets',
  'tweeted', 'posted', 'remarked', 'remark', 'remarks', 'vowed', 'pledged', 'promised', 'complained', 'countered',
  'observed', 'cautioned', 'mentioned', 'shouted', 'exclaimed',
]);

/**
 * verbs of judgement that report their subject's words only as a quoted fragment, never as a clause: "described the
 * plan as “reckless”", "accused the rebels of “cowardly attacks”", "branded the vote “a farce”"
 */
export const FRAGMENT_CUES: ReadonlySet<string> = new Set([
  'describe', 'describes', 'described', 'describing', 'call', 'calls', 'called', 'calling', 'dismiss', 'dismisses',
  'dismissed', 'dismissing', 'brand', 'brands', 'branded', 'branding', 'term', 'terms', 'termed', 'terming', 'label',
  'labels', 'labelled', 'labeled', 'labelling', 'labeling', 'denounce', 'denounces', 'denounced', 'denouncing',
  'condemn', 'condemns', 'condemned', 'condemning', 'accuse', 'accuses', 'accused', 'accusing', 'hail', 'hails',
  'hailed', 'hailing', 'praise', 'praises', 'praised', 'praising', 'criticise', 'criticises', 'criticised',
  'criticising', 'criticize', 'criticizes', 'criticized', 'criticizing', 'characterise', 'characterises',
  'characterised', 'characterize', 'characterizes', 'characterized', 'decry', 'decries', 'decried', 'slam', 'slams',
  'slammed', 'blast', 'blasts', 'blasted', 'reject', 'rejects', 'rejected', 'rejecting', 'deny', 'denies', 'denied',
  'denying', 'welcome', 'welcomes', 'welcomed', 'welcoming', 'vow', 'vows', 'vowed', 'pledge', 'pledges', 'pledged',
  'promise', 'promises', 'promised', 'urge', 'urges', 'urged', 'urging', 'demand', 'demands', 'demanded',
  // (thanks, credit and blame judge their object as praise and criticism do: "thanked Japan for its "firm stance"")
  'thank', 'thanks', 'thanked', 'thanking', 'commend', 'commends', 'commended', 'commending', 'applaud', 'applauds',
  'applauded', 'applauding', 'blame', 'blames', 'blamed', 'blaming',
]);

/** the -ing cues: their subject is the subject of the main clause ("X rejected it, saying ...") */
export const PARTICIPLE_CUES: ReadonlySet<string> = new Set(
  [...CUE_VERBS].filter((w) => w.endsWith('ing')),
);

/** verbs whose object (the hearer) sits between the cue and the clause: "told reporters that ..." */
export const HEARER_CUES: ReadonlySet<string> = new Set(['tell', 'tells', 'told', 'telling']);

export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they']);

/** heads of a noun phrase that speak for an organization: credited to the organization when unnamed */
export const SPOKES_NOUNS: ReadonlySet<string> = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'spokespersons', 'spokesmen', 'representative',
  'statement', 'office', 'ministry', 'government', 'embassy', 'administration', 'department', 'cabinet', 'agency',
  'presidency', 'secretariat', 'mission', 'delegation', 'authorities', 'military', 'army', 'navy', 'police', 'council',
  'commission', 'command', 'headquarters', 'regime', 'leadership', 'readout', 'communique', 'communiqué',
  // "the Philippine coast guard", "Ukraine's air force"
  'guard', 'coastguard', 'force',
]);

/** heads that can report ("according to officials") even when they name no entity */
export const SAYER_NOUNS: ReadonlySet<string> = new Set([
  'official', 'officials', 'source', 'sources', 'diplomat', 'diplomats', 'media', 'spokesperson', 'spokesman',
  'spokeswoman', 'witness', 'witnesses', 'analyst', 'analysts', 'residents', 'police', 'authorities', 'people',
  'report', 'reports', 'statement', 'agency', 'aides', 'aide', 'person', 'observers', 'monitors', 'experts',
  'forecasters', 'meteorologists', 'economists', 'investigators', 'scientists', 'researchers', 'doctors', 'medics',
  'rescuers', 'prosecutors', 'organisers', 'organizers', 'activists', 'lawyers', 'relatives', 'locals', 'survivors',
]);

/**
 * phrases that report a "that" clause as a reporting verb does: "made (it) clear that", "pointed out that", "expressed
 * hope that"; keyed by the verb, with the words that may follow it before "that"
 */
export const PHRASE_CUES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      [['made', 'makes', 'making'], ['clear', 'it']],
      [['pointed', 'points', 'pointing'], ['out']],
      [['expressed', 'expresses', 'expressing', 'voiced', 'voices', 'voicing'], ['hope', 'concern', 'confidence', 'regret', 'fear', 'fears', 'optimism', 'satisfaction', 'doubt', 'doubts', 'frustration', 'disappointment', 'his', 'her', 'its', 'their', 'deep', 'serious', 'grave']],
      [['estimated', 'estimates', 'forecast', 'forecasts', 'projected', 'projects', 'calculated', 'calculates', 'reckoned', 'reckons'], []],
    ] as Array<[string[], string[]]>
  ).flatMap(([verbs, next]) => verbs.map((v) => [v, new Set(next)] as [string, ReadonlySet<string>])),
);

/** cues that take a noun-phrase object ("announced the deployment"): they report speech only with "that" */
export const THAT_CUES: ReadonlySet<string> = new Set([
  'announce', 'announces', 'announced', 'announcing', 'confirm', 'confirms', 'confirmed', 'confirming',
  'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging', 'admit', 'admits', 'admitted', 'admitting',
  'note', 'notes', 'noted', 'noting', 'stress', 'stresses', 'stressed', 'stressing', 'emphasize', 'emphasizes',
  'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised', 'emphasising', 'reiterate', 'reiterates',
  'reiterated', 'reiterating', 'declare', 'declares', 'declared', 'declaring', 'predict', 'predicts', 'predicted',
  'explain', 'explains', 'explained', 'explaining', 'recall', 'recalls', 'recalled', 'allege', 'alleges', 'alleged',
  'alleging', 'conclude', 'concludes', 'concluded', 'warning', 'warn', 'warns', 'warned', 'stating', 'state', 'states',
  // "would add 118 vessels to the list": a bare "add" reports only with "that"
  'add',
  'report', 'reports', 'reported',
  // "commented on the ruling": a report only with "that" (a direct quote after "commented," needs none)
  'commented', 'commenting',
  ...OBJECT_TAKING_CUES,
]);
