// The data version of a SQLite connection: a token that changes whenever the database's rows may have changed.
import type Database from 'better-sqlite3';
import type { Db } from './open.js';

const statements = new WeakMap<Db, Database.Statement>();

/**
 * `PRAGMA data_version` changes when another connection (another process, an ingest worker) commits; total_changes()
 * counts every row this connection inserted, updated or deleted (triggers included). Together they change on any write
 * to the database, in one prepared statement (~10 µs): the read models check it on every request. A connection that
 * writes to its TEMP tables on a read path would change it too, so the read paths here do not.
 */
export function dataVersionOf(db: Db): string {
  let st = statements.get(db);
  if (!st) {
    st = db.prepare("SELECT (SELECT data_version FROM pragma_data_version()) || ':' || total_changes()").pluck();
    statements.set(db, st);
  }
  return st.get() as string;
}

const txStatements = new WeakMap<Db, { begin: Database.Statement; commit: Database.Statement; rollback: Database.Statement }>();

/**
 * Runs `fn` (synchronous reads) in one read transaction: outside a transaction every statement takes and releases the
 * WAL read lock of its own (two fcntl calls, ~7 µs under load, more than most of the statements here); a search runs
 * 20-30 statements. Inside a transaction already, `fn` simply runs in it. The reads also see one snapshot.
 */
export function inReadTx<T>(db: Db, fn: () => T): T {
  if (db.inTransaction) return fn();
  let st = txStatements.get(db);
  if (!st) {
    st = { begin: db.prepare('BEGIN'), commit: db.prepare('COMMIT'), rollback: db.prepare('ROLLBACK') };
    txStatements.set(db, st);
  }
  st.begin.run();
  let ok = false;
  try {
    const out = fn();
    ok = true;
    return out;
  } finally {
    if (db.inTransaction) (ok ? st.commit : st.rollback).run();
  }
}
