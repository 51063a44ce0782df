// PostgreSQL's numbered migrations: the same version numbers and names as SQLite's (../../migrations), in its own dialect.
// Applied in order, each once, in its own transaction, under an advisory lock so that several processes can open at once.
import type { Migration } from '../../migrations/index.js';
import { pgMigration001 } from './001-init.js';
import { pgMigration002 } from './002-watchlists.js';
import { pgMigration003 } from './003-dedup-keys.js';
import { pgMigration004 } from './004-article-themes.js';
import { pgMigration005 } from './005-watch-state.js';
import { pgMigration006 } from './006-corrections.js';
import { pgMigration007 } from './007-corroboration.js';
import { pgMigration008 } from './008-statements.js';
import { pgMigration009 } from './009-search-indexes.js';
import { pgMigration010 } from './010-search-at-scale.js';
import { pgMigration011 } from './011-search-words.js';

export const PG_MIGRATIONS: readonly Migration[] = [pgMigration001, pgMigration002, pgMigration003, pgMigration004, pgMigration005, pgMigration006, pgMigration007, pgMigration008, pgMigration009, pgMigration010, pgMigration011];
