// The statement browser tests once more, against PostgreSQL: statements.test.ts over a fixture in a fresh schema.
import { againOnPostgres } from '../store/pg-env.js';

await againOnPostgres('statement browser tests', () => import('./statements.test.js'));
