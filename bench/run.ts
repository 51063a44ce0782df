// `npm run bench [analyze|tagger|store|api]`: each benchmark prints its figures, with ratios against a peer
// measured in the same run where one exists. Run on a quiet machine: figures are wall-clock.
import { benchAnalyze } from './analyze.js';
import { benchTagger } from './tagger.js';
import { benchStore } from './store.js';
import { benchApi } from './api.js';

const only = process.argv[2];
const want = (name: string): boolean => !only || only === name;

if (want('analyze')) benchAnalyze();
if (want('tagger')) benchTagger();
if (want('store')) await benchStore();
if (want('api')) await benchApi();
console.log(`peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
