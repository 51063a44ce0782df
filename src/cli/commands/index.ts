// Every CLI command module, in the order `argus --help` lists them. Each exports register(program).
import type { Command } from 'commander';
import { register as analyze } from './analyze.js';
import { register as ingest } from './ingest.js';
import { register as search } from './search.js';
import { register as exportCmd } from './export.js';
import { register as entity } from './entity.js';
import { register as statements } from './statements.js';
import { register as stats } from './stats.js';
import { register as feeds } from './feeds.js';
import { register as watch } from './watch.js';
import { register as start } from './start.js';
import { register as serve } from './serve.js';
import { register as parse } from './parse.js';
import { register as worker } from './worker.js';

export const COMMANDS: Array<(program: Command) => void> = [analyze, ingest, search, exportCmd, entity, statements, stats, feeds, watch, worker, start, serve, parse];
