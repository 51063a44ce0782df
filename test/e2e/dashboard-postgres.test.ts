// The dashboard pages once more, against PostgreSQL: the browser tests of dashboard.test.ts over a fixture in a fresh schema.
import { againOnPostgres } from '../store/pg-env.js';

await againOnPostgres('browser tests', () => import('./dashboard.test.js'));
