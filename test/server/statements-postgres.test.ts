// The statement routes once more, against PostgreSQL: the tests of statements.test.ts over a fixture in a fresh schema.
import { againOnPostgres } from '../store/pg-env.js';

await againOnPostgres('statement API tests', () => import('./statements.test.js'));
