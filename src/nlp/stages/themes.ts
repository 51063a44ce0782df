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

export function findThemes(doc: Doc): string[] {
  const lower = doc.lower;
  const words = Math.max(1, doc.n);
  const out: Array<[string, number]> = [];
  for (const [theme, stems] of Object.entries(THEMES)) {
    let hits = 0;
    for (const stem of stems) {
      if (stem.includes(' ')) {
        // phrase stems: count in the text (rare; cheap enough once per article and theme)
        const re = new RegExp(`\\b${stem}`, 'gi');
        hits += (doc.text.match(re) ?? []).length;
        continue;
      }
      for (let i = 0; i < doc.n; i++) if ((lower[i] as string).startsWith(stem)) hits++;
    }
    if (hits >= 2 || hits * 150 >= words) out.push([theme, hits]);
  }
  return out.sort((a, b) => b[1] - a[1]).slice(0, 6).map(([t]) => t);
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
