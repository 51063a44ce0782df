// Every API route once more, against PostgreSQL: the tests of api.test.ts over a fixture built in a fresh schema.
import { againOnPostgres } from '../store/pg-env.js';

await againOnPostgres('API tests', () => import('./api.test.js'));
