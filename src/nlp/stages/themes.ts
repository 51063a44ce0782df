// Stage 8: themes and tone. Deliberately simple and documented (README "Themes and tone"):
// a theme is reported when its keyword stems occur at least twice, or once per 150 words;
// tone = (positive - negative) / (positive + negative + 3), from small curated word lists, in [-1, 1].
import type { Doc } from '../types.js';

/** Theme -> word stems (matched at the start of lower-cased tokens). */
export const THEMES: Readonly<Record<string, readonly string[]>> = {
  military: ['military', 'militar', 'army', 'navy', 'naval', 'troop', 'soldier', 'missile', 'warship', 'drill', 'exercise', 'defense', 'defence', 'armed', 'weapon', 'artillery', 'air force', 'deploy'],
  armed_conflict: ['war', 'attack', 'strike', 'shell', 'bomb', 'killed', 'offensive', 'invasion', 'invade', 'ceasefire', 'frontline', 'casualt', 'airstrike', 'drone'],
  diplomacy: ['diplomat', 'summit', 'talks', 'minister', 'embassy', 'ambassador', 'bilateral', 'envoy', 'negotiat', 'treaty', 'visit', 'meeting', 'dialogue', 'foreign'],
  alliances: ['alliance', 'nato', 'allies', 'ally', 'partnership', 'coalition', 'bloc'],
  sanctions: ['sanction', 'embargo', 'export control', 'asset freeze', 'designat', 'blacklist', 'tariff'],
  maritime: ['sea', 'maritime', 'coast guard', 'vessel', 'ship', 'shoal', 'strait', 'port', 'navy', 'water cannon'],
  nuclear: ['nuclear', 'uranium', 'enrichment', 'warhead', 'reactor', 'iaea'],
  terrorism: ['terror', 'extremis', 'militant', 'hostage', 'insurgen', 'jihad'],
  elections: ['election', 'vote', 'ballot', 'polls', 'campaign', 'candidate', 'electoral', 'referendum'],
  human_rights: ['human rights', 'detain', 'arrest', 'prisoner', 'torture', 'repression', 'freedom', 'persecut', 'abuse'],
  humanitarian: ['humanitarian', 'refugee', 'aid', 'famine', 'displaced', 'asylum', 'relief', 'evacuat', 'rescue'],
  economy: ['econom', 'trade', 'market', 'investment', 'growth', 'inflation', 'budget', 'spending', 'tax', 'gdp', 'export', 'import'],
  energy: ['energy', 'oil', 'gas', 'pipeline', 'lng', 'electricity', 'power grid', 'renewable'],
  cyber: ['cyber', 'hack', 'malware', 'ransomware', 'website', 'internet'],
  health: ['health', 'disease', 'vaccine', 'pandemic', 'virus', 'outbreak', 'hospital', 'deficiency'],
  climate: ['climate', 'warming', 'emission', 'carbon', 'drought', 'flood', 'ozone'],
  protest: ['protest', 'demonstrat', 'rally', 'riot', 'march'],
  law: ['court', 'judge', 'ruling', 'lawsuit', 'prosecut', 'trial', 'legal', 'law'],
  religion: ['church', 'religio', 'mosque', 'pilgrim', 'worship', 'hajj', 'faith'],
  migration: ['migrant', 'migration', 'asylum', 'border', 'visa'],
};

const POSITIVE = new Set([
  'agree', 'agreed', 'agreement', 'welcome', 'welcomed', 'welcomes', 'support', 'supported', 'cooperate', 'cooperation',
  'peace', 'peaceful', 'progress', 'success', 'successful', 'celebrate', 'celebrated', 'improve', 'improved', 'strengthen',
  'strengthened', 'partnership', 'friendly', 'free', 'open', 'praise', 'praised', 'hope', 'hopeful', 'stable', 'stability',
  'secure', 'safe', 'aid', 'help', 'helped', 'rescue', 'rescued', 'release', 'released', 'win', 'won', 'honored', 'honoured',
  'achievement', 'commend', 'commended', 'congratulate', 'congratulated', 'thank', 'thanked', 'prosperity', 'resolve',
  'resolved', 'reconciliation', 'dialogue', 'benefit', 'benefits', 'positive', 'constructive', 'productive', 'inspire',
  'inspires', 'courageous', 'protect', 'protected', 'recovery', 'growth', 'democratic', 'unity', 'solidarity',
]);
const NEGATIVE = new Set([
  'war', 'attack', 'attacked', 'attacks', 'kill', 'killed', 'killing', 'dead', 'death', 'deaths', 'die', 'died', 'threat',
  'threaten', 'threatened', 'threats', 'crisis', 'conflict', 'violence', 'violent', 'condemn', 'condemned', 'condemns',
  'accuse', 'accused', 'criticize', 'criticized', 'criticise', 'criticised', 'concern', 'concerns', 'concerned', 'risk',
  'risks', 'dangerous', 'unlawful', 'illegal', 'sanction', 'sanctions', 'protest', 'protests', 'harassment', 'aggression',
  'invasion', 'destroy', 'destroyed', 'damage', 'damaged', 'injured', 'wounded', 'fear', 'fears', 'warn', 'warned', 'warns',
  'tension', 'tensions', 'hostile', 'terror', 'terrorist', 'terrorism', 'arrest', 'arrested', 'detained', 'imprisoned',
  'abuse', 'torture', 'collapse', 'collapsed', 'stampede', 'disaster', 'deficiency', 'suffering', 'failed', 'failure',
  'reject', 'rejected', 'refuse', 'refused', 'deny', 'denied', 'militarization', 'buildup', 'strike', 'strikes', 'shelling',
  'missile', 'missiles', 'explosion', 'casualties', 'victims', 'crime', 'corruption', 'fraud', 'unsafe', 'naive', 'naïve',
]);

/** stem -> theme indexes, and the phrase stems (with a space) as regular expressions; built once. */
const THEME_NAMES = Object.keys(THEMES);
const STEMS = new Map<string, number[]>();
const PHRASES: Array<[RegExp, number]> = [];
let minStem = Infinity;
let maxStem = 0;
THEME_NAMES.forEach((theme, ti) => {
  for (const stem of THEMES[theme] ?? []) {
    if (stem.includes(' ')) {
      PHRASES.push([new RegExp(`\\b${stem}`, 'gi'), ti]);
      continue;
    }
    const l = STEMS.get(stem);
    if (l) l.push(ti);
    else STEMS.set(stem, [ti]);
    minStem = Math.min(minStem, stem.length);
    maxStem = Math.max(maxStem, stem.length);
  }
});

/** the first minStem characters of every stem: a word that starts with none of them starts with no stem */
const STEM_HEADS = new Set([...STEMS.keys()].map((stem) => stem.slice(0, minStem)));

export function findThemes(doc: Doc): string[] {
  const hits = new Int32Array(THEME_NAMES.length);
  for (let i = 0; i < doc.n; i++) {
    const w = doc.lower[i] as string;
    if (w.length < minStem || !STEM_HEADS.has(w.length === minStem ? w : w.slice(0, minStem))) continue;
    const top = Math.min(w.length, maxStem);
    for (let l = minStem; l <= top; l++) {
      const themes = STEMS.get(l === w.length ? w : w.slice(0, l));
      if (themes) for (const t of themes) hits[t] = (hits[t] as number) + 1;
    }
  }
  for (const [re, t] of PHRASES) {
    re.lastIndex = 0;
    let m = 0;
    while (re.exec(doc.text)) m++;
    hits[t] = (hits[t] as number) + m;
  }
  const words = Math.max(1, doc.n);
  const out: Array<[string, number]> = [];
  THEME_NAMES.forEach((theme, t) => {
    const h = hits[t] as number;
    if (h >= 2 || h * 150 >= words) out.push([theme, h]);
  });
  return out.sort((a, b) => b[1] - a[1]).slice(0, 6).map(([t]) => t);
}

/** The tone of a short text (a quote, a sentence) with the same word lists, over its lower-cased letter runs. */
export function toneOfText(text: string): number {
  let pos = 0;
  let neg = 0;
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (POSITIVE.has(w)) pos++;
    else if (NEGATIVE.has(w)) neg++;
  }
  return Math.round(((pos - neg) / (pos + neg + 3)) * 1000) / 1000;
}

export function toneScore(doc: Doc): number {
  let pos = 0;
  let neg = 0;
  for (let i = 0; i < doc.n; i++) {
    const w = doc.lower[i] as string;
    if (POSITIVE.has(w)) pos++;
    else if (NEGATIVE.has(w)) neg++;
  }
  return Math.round(((pos - neg) / (pos + neg + 3)) * 1000) / 1000;
}
