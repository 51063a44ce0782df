// The correction routes once more, against PostgreSQL: the tests of corrections.test.ts in a fresh schema.
import { againOnPostgres } from '../store/pg-env.js';

await againOnPostgres('correction API tests', () => import('./corrections.test.js'));
