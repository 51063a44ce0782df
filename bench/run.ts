// `npm run bench`: every benchmark, printed as figures (and ratios against a peer measured in the same run).
import { benchAnalyze } from './analyze.js';

const only = process.argv[2];
if (!only || only === 'analyze') benchAnalyze();
console.log(`peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
