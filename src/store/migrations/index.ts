// Numbered schema migrations, applied in order, each once. Add a file NNN-name.ts and list it here.
import { migration001 } from './001-init.js';
import { migration002 } from './002-watchlists.js';
import { migration003 } from './003-dedup-keys.js';
import { migration004 } from './004-article-themes.js';
import { migration005 } from './005-watch-state.js';
import { migration006 } from './006-corrections.js';
import { migration007 } from './007-corroboration.js';
import { migration008 } from './008-statements.js';
import { migration009 } from './009-search-indexes.js';
import { migration010 } from './010-search-at-scale.js';
import { migration011 } from './011-search-words.js';

export interface Migration {
  /** strictly increasing; the number in the file name */
  version: number;
  name: string;
  /** SQLite dialect; a PostgreSQL adapter keeps its own list with the same version numbers */
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011];
