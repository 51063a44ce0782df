// Worker-thread entry for the analyzer (see analysis-budget.ts): registers tsx's loader, then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./analysis-worker-main.ts');
