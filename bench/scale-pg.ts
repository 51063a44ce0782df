// The bulk path of the PostgreSQL scale benchmark: copies the first `cut` articles of the SQLite benchmark database
// (built through Store.articles.save) and every row that hangs off them into a fresh PostgreSQL store, table by table,
// column by column. The two stores are twins (the same tables, columns, ids and trigger-kept tables; the shared store
// suite holds them to the same behaviour), so these are the rows PostgreSQL's own save path writes for the same
// articles, but many times faster: Store.articles.save on PostgreSQL runs about 30 statements per article (one round
// trip each; about 80 before round 19 batched them) and commits each article on its own. What the copy cannot take from SQLite it computes
// as the save does: the latest versions' rows of article_search (the tsvector from indexText() of the title and text, with the
// words of the article's entities, event types and countries, read from the rows copied before the articles of each chunk). Triggers are off during the copy
// (session_replication_role = replica), as their tables are copied too; secondary indexes are dropped first and built
// again at the end (the same definitions, read from pg_indexes). test/store/scale-copy.test.ts checks the claim on a
// small database: copy and save give the same rows (but for the ids of sources: PostgreSQL's save spends a sequence
// number on every ON CONFLICT upsert of a source, the copy keeps SQLite's 1, 2, 3...).
import Database from 'better-sqlite3';
import pg from 'pg';
import { indexText } from '../src/store/postgres/tsquery.js';
import { FTS_OF, SEARCH_BLOCK, SEARCH_KEYS } from '../src/store/postgres/articles.js';

/**
 * tables the benchmark adds or that describe the schema, not the data; article_search is written with articles (below),
 * search_lexemes (its words, kept by a trigger in the save) at the end
 */
const SKIP = new Set(['schema_migrations', 'bench_build', 'article_search', 'search_lexemes']);

/** A column value for pg: SQLite hands back numbers, bigints, strings, Buffers and null; pg takes them as they are. */
type Value = number | bigint | string | Buffer | null;

/** Tables whose rows belong to one article each: copied in article-rowid chunks while the SQLite build still runs. */
function chunked(table: string, cols: string[]): boolean {
  return table === 'articles' || table === 'stories' || table === 'ingest_log' || (cols.includes('article_rowid') && table !== 'event_reports');
}

/** The source rows of articles lo..hi (chunked tables), or of the first `cut` articles (the rest, copied at the end). */
function rowFilter(table: string, cols: string[]): string {
  if (table === 'articles') return 'WHERE rowid BETWEEN @lo AND @hi';
  if (table === 'stories') return 'WHERE id IN (SELECT story_id FROM articles WHERE rowid BETWEEN @lo AND @hi)';
  if (table === 'ingest_log') return 'WHERE article_id IN (SELECT id FROM articles WHERE rowid BETWEEN @lo AND @hi)';
  // reports are recounted across articles: taken at the end, then recounted for the first `cut` articles alone
  if (table === 'event_reports') return 'WHERE article_rowid <= @hi';
  if (cols.includes('article_rowid')) return 'WHERE article_rowid BETWEEN @lo AND @hi';
  return '';
}

export interface CopyReport {
  seconds: number;
  rows: Record<string, number>;
}

const CHUNK = 20_000;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Copies the first `cut` articles of the SQLite database at sqlitePath into the fresh PostgreSQL store at url. It may
 * start while the SQLite build runs: chunks are copied as the build commits them, and the tables that are not per
 * article (entities, sources, event reports, ...) once `finished()` says the build is done.
 */
export async function pgBulkCopy(sqlitePath: string, target: pg.ClientConfig, cut: number, finished: () => Promise<boolean>,
  log: (s: string) => void = () => undefined): Promise<CopyReport> {
  const t0 = performance.now();
  const src = new Database(sqlitePath, { readonly: true, fileMustExist: true });
  const c = new pg.Client(target);
  await c.connect();
  const rows: Record<string, number> = {};
  const since = (): string => `${((performance.now() - t0) / 1000).toFixed(0)} s`;
  try {
    await c.query('SET session_replication_role = replica');
    await c.query("SET maintenance_work_mem = '512MB'");
    const tables = (await c.query<{ t: string }>(`SELECT table_name AS t FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`)).rows.map((r) => r.t).filter((t) => !SKIP.has(t));
    // secondary indexes (not those behind a primary key or unique constraint) go, and come back at the end
    const indexes = (await c.query<{ name: string; def: string }>(`SELECT indexname AS name, indexdef AS def FROM pg_indexes
        WHERE schemaname = current_schema() AND tablename = ANY($1) AND indexname NOT IN (SELECT conname FROM pg_constraint)`, [[...tables, 'article_search']])).rows;
    for (const ix of indexes) await c.query(`DROP INDEX ${ix.name}`);

    const plans: Array<{ table: string; cols: string[]; chunked: boolean; select: Database.Statement; insert: (buf: Value[][]) => Promise<void>; batch: number }> = [];
    for (const table of tables) {
      const pgColTypes = (await c.query<{ name: string; udt: string }>(`SELECT column_name AS name, udt_name AS udt FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`, [table])).rows;
      const pgCols = pgColTypes.map((r) => r.name);
      const srcCols = (src.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]);
      if (srcCols.length === 0) throw new Error(`the SQLite database has no table ${table}: the two schemas differ, so the copy would not be the save's rows`);
      const withFts = table === 'articles';
      const cols = pgCols;
      const types = cols.map((x) => (pgColTypes.find((r) => r.name === x) as { udt: string }).udt);
      const missing = cols.filter((x) => !srcCols.includes(x));
      const extra = srcCols.filter((x) => !cols.includes(x));
      if (missing.length || extra.length) {
        throw new Error(`table ${table} differs between the stores (only in PostgreSQL: ${missing.join(', ') || '-'}; only in SQLite: ${extra.join(', ') || '-'})`);
      }
      if (withFts) await c.query('DELETE FROM article_search; DELETE FROM search_lexemes');
      await c.query(`DELETE FROM ${table}`);
      const batch = 5000;
      const quoted = cols.map((x) => `"${x}"`).join(', ');
      // one array parameter per column, unnested: far cheaper to send and parse than a placeholder per value
      const arrays = [...types.map((t, j) => `$${j + 1}::${t}[]`), ...(withFts ? [`$${cols.length + 1}::text[]`, `$${cols.length + 2}::text[]`] : [])];
      const names = [...cols.map((_, j) => `c${j}`), ...(withFts ? ['ft', 'fx'] : [])];
      const colOf = (col: string): string => `c${cols.indexOf(col)}`;
      // articles: their latest versions' searchable copies too, with the tsvector the save computes (migration 010)
      const sql = withFts
        ? `WITH u AS (SELECT * FROM unnest(${arrays.join(', ')}) AS u(${names.join(', ')})),
            ins AS (INSERT INTO ${table} (${quoted}) SELECT ${names.slice(0, cols.length).join(', ')} FROM u)
          INSERT INTO article_search (rowid, source_id, day, fts, title)
            SELECT r, src, d, v || ${SEARCH_KEYS('r', 'src', 'd')}, ts_filter(v, '{a}') || ${SEARCH_BLOCK('r')} FROM (SELECT ${colOf('rowid')} AS r, ${colOf('source_id')} AS src,
              ${colOf('day')} AS d, ${FTS_OF('ft', 'fx')} AS v FROM u WHERE ${colOf('is_latest')} = 1) x`
        : `INSERT INTO ${table} (${quoted}) SELECT ${names.join(', ')} FROM unnest(${arrays.join(', ')}) AS u(${names.join(', ')})`;
      const ti = cols.indexOf('title');
      const xi = cols.indexOf('text');
      const insert = async (buf: Value[][]): Promise<void> => {
        const columns: Value[][] = names.map(() => []);
        for (const r of buf) {
          for (let j = 0; j < cols.length; j++) (columns[j] as Value[]).push(r[j] as Value);
          if (withFts) {
            (columns[cols.length] as Value[]).push(indexText(String(r[ti])));
            (columns[cols.length + 1] as Value[]).push(indexText(String(r[xi])));
          }
        }
        await c.query({ text: sql, values: columns, name: `copy_${table}` });
      };
      const filter = rowFilter(table, srcCols);
      const select = src.prepare(`SELECT ${quoted} FROM ${table} ${filter}`).raw(true);
      plans.push({ table, cols, chunked: chunked(table, srcCols), select, insert, batch });
      rows[table] = 0;
    }
    const ms: Record<string, number> = {};
    const copy = async (plan: (typeof plans)[number], lo: number, hi: number): Promise<void> => {
      const t = performance.now();
      try {
        await copyRows(plan, lo, hi);
      } finally {
        ms[plan.table] = (ms[plan.table] ?? 0) + performance.now() - t;
      }
    };
    const copyRows = async (plan: (typeof plans)[number], lo: number, hi: number): Promise<void> => {
      const args = plan.select.source.includes('@lo') ? { lo, hi } : plan.select.source.includes('@hi') ? { hi } : {};
      let buf: Value[][] = [];
      for (const r of plan.select.iterate(args) as IterableIterator<Value[]>) {
        buf.push(r);
        if (buf.length === plan.batch) {
          await plan.insert(buf);
          rows[plan.table] = (rows[plan.table] ?? 0) + buf.length;
          buf = [];
        }
      }
      if (buf.length) await plan.insert(buf);
      rows[plan.table] = (rows[plan.table] ?? 0) + buf.length;
    };

    const committed = src.prepare('SELECT coalesce(max(rowid), 0) FROM articles').pluck();
    let lastProgress = performance.now();
    for (let lo = 1; lo <= cut;) {
      const hi = Math.min(cut, lo + CHUNK - 1);
      if ((committed.get() as number) < hi) {
        if (performance.now() - lastProgress > 15 * 60_000) throw new Error(`the SQLite build has not reached article ${hi} in 15 minutes: is it running?`);
        await sleep(10_000);
        continue;
      }
      // articles last: their article_search rows take the words of the chunk's entities, events and places (search_facets)
      for (const plan of plans.filter((x) => x.chunked && x.table !== 'articles')) await copy(plan, lo, hi);
      for (const plan of plans.filter((x) => x.table === 'articles')) await copy(plan, lo, hi);
      lastProgress = performance.now();
      log(`  copied articles ${lo}..${hi} (${since()})`);
      lo = hi + 1;
    }
    while (!(await finished())) await sleep(10_000);
    for (const plan of plans.filter((x) => !x.chunked)) await copy(plan, 1, cut);
    // the whole tables were read after the SQLite build went on past `cut`: back to their state at `cut`. Alias counts are
    // one per article entity of that name (the synthetic entities have no other aliases); entities first seen after
    // `cut` go with their keys and aliases
    await c.query(`UPDATE entity_aliases ea SET n = (SELECT count(*) FROM article_entities ae WHERE ae.entity_id = ea.entity_id AND ae.name = ea.alias)`);
    await c.query('DELETE FROM entity_aliases WHERE n = 0');
    const unseen = 'SELECT id FROM entities e WHERE NOT EXISTS (SELECT 1 FROM article_entities ae WHERE ae.entity_id = e.id)';
    await c.query(`DELETE FROM entity_keys WHERE entity_id IN (${unseen})`);
    await c.query(`DELETE FROM entity_aliases WHERE entity_id IN (${unseen})`);
    await c.query(`DELETE FROM entities WHERE id IN (${unseen})`);
    // the words of the searchable copies, as article_search's trigger (off here) records them in the save
    rows.search_lexemes = await c.query(`INSERT INTO search_lexemes (lexeme) SELECT DISTINCT w FROM article_search, unnest(tsvector_to_array(fts)) w
        WHERE w NOT LIKE '#%'`).then((r) => r.rowCount ?? 0);
    log(`  copied the other tables (${since()}): ${JSON.stringify(rows)}`);
    log(`  seconds per table: ${Object.entries(ms).filter(([, v]) => v > 500).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(', ')}`);

    // serial columns continue after the copied ids
    const serials = (await c.query<{ t: string; col: string }>(`SELECT table_name AS t, column_name AS col FROM information_schema.columns
        WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`)).rows;
    for (const s of serials) {
      await c.query(`SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max("${s.col}") FROM ${s.t}), 0) + 1, false)`, [s.t, s.col]);
    }
    for (const ix of indexes) {
      const t = performance.now();
      await c.query(ix.def);
      log(`  index ${ix.name} built in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    }
    // the counts as PostgreSQL's triggers keep them for these articles alone (SQLite's also saw the articles after `cut`)
    await c.query(`UPDATE event_reports r SET (sources, articles) = (SELECT count(DISTINCT o.outlet), count(*) FROM event_reports o
        WHERE o.source_entity_id = r.source_entity_id AND o.type = r.type AND o.target_entity_id = r.target_entity_id
          AND o.day BETWEEN to_char(r.day::date - w.days, 'YYYY-MM-DD') AND to_char(r.day::date + w.days, 'YYYY-MM-DD'))
        FROM (SELECT days FROM corroboration_settings WHERE id = 1) w`);
    log(`  event reports recounted (${since()})`);
    await c.query('SET session_replication_role = DEFAULT');
  } finally {
    await c.end();
    src.close();
  }
  return { seconds: (performance.now() - t0) / 1000, rows };
}
