// `--db postgres://…` and ARGUS_DATABASE_URL choose the PostgreSQL store; a server that cannot be reached or refuses
// the password is one line on stderr with the usage exit code (2), without a stack trace or the password.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server, type AddressInfo } from 'node:net';
import { runMain } from './run-main.js';
import { dbPath } from '../../src/store/index.js';
import { pgUnavailable, PG_TEST_URL, dropPgSchema } from '../store/pg-env.js';

const run = runMain;

/** A server that speaks just enough of the PostgreSQL protocol to ask for a password and refuse it (SQLSTATE 28P01). */
async function refusingServer(): Promise<Server> {
  const msg = (type: string, body: Buffer): Buffer => {
    const head = Buffer.alloc(5);
    head.write(type, 0);
    head.writeInt32BE(body.length + 4, 1);
    return Buffer.concat([head, body]);
  };
  const srv = createServer((sock) => {
    let started = false;
    sock.on('data', (d) => {
      if (!started && d.length >= 8 && d.readInt32BE(4) === 80877103) {
        sock.write('N'); // no TLS
        return;
      }
      if (!started) {
        started = true;
        const auth = Buffer.alloc(4);
        auth.writeInt32BE(3, 0); // AuthenticationCleartextPassword
        sock.write(msg('R', auth));
        return;
      }
      const fields = ['SFATAL', 'VFATAL', 'C28P01', 'Mpassword authentication failed for user "analyst"'].map((f) => f + '\0').join('') + '\0';
      sock.end(msg('E', Buffer.from(fields)));
    });
    sock.on('error', () => undefined);
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  return srv;
}

test('a postgres:// URL is kept as it is; a file path is made absolute', () => {
  assert.equal(dbPath('postgres://u@h:5432/db'), 'postgres://u@h:5432/db');
  assert.equal(dbPath('postgresql://u@h/db'), 'postgresql://u@h/db');
  assert.match(dbPath('x.db'), /^\/.*x\.db$/);
  const saved = process.env['ARGUS_DATABASE_URL'];
  process.env['ARGUS_DATABASE_URL'] = 'postgres://env@h/db';
  try {
    assert.equal(dbPath(null), 'postgres://env@h/db');
    assert.match(dbPath('y.db'), /y\.db$/, '--db wins over the environment');
  } finally {
    if (saved === undefined) delete process.env['ARGUS_DATABASE_URL'];
    else process.env['ARGUS_DATABASE_URL'] = saved;
  }
});

test('an unreachable database URL is one line with exit 2', async () => {
  for (const args of [['stats', '--db', 'postgres://analyst:s3cret-pw@127.0.0.1:1/news'], ['search', 'harbour', '--db', 'postgres://analyst@no-such-host.invalid/news']]) {
    const r = await run(args);
    assert.equal(r.code, 2, r.err);
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
    assert.match(r.err, /^argus (stats|search): postgres:\/\/analyst(:\*\*\*)?@.*cannot connect to PostgreSQL at (127\.0\.0\.1:1|no-such-host\.invalid:5432): (connection refused|unknown host)/);
    assert.doesNotMatch(r.err, /s3cret-pw|\n\s+at /);
  }
});

test('a wrong password is one line with exit 2, and the password is not shown', async () => {
  const srv = await refusingServer();
  after(() => srv.close());
  const port = (srv.address() as AddressInfo).port;
  const r = await run(['stats', '--db', `postgres://analyst:not-the-password@127.0.0.1:${port}/news`]);
  assert.equal(r.code, 2, r.err);
  assert.equal(r.err.trim().split('\n').length, 1, r.err);
  assert.match(r.err, /refused the login: password authentication failed for user "analyst" \(wrong password\?\) \(DB_CONNECT\)$/m);
  assert.doesNotMatch(r.err, /not-the-password/);
});

const why = await pgUnavailable();
test('argus stats and search run on PostgreSQL with --db and ARGUS_DATABASE_URL', { skip: why ?? false }, async () => {
  const schema = `argus_cli_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const url = `${PG_TEST_URL}${PG_TEST_URL.includes('?') ? '&' : '?'}schema=${schema}`;
  try {
    const r = await run(['stats', '--db', url, '-f', 'json']);
    assert.equal(r.code, 0, r.err);
    assert.equal((JSON.parse(r.out) as { articles: number }).articles, 0);
    const saved = process.env['ARGUS_DATABASE_URL'];
    process.env['ARGUS_DATABASE_URL'] = url;
    try {
      const s = await run(['search', 'harbour', '-f', 'json']);
      assert.equal(s.code, 0, s.err);
      assert.equal((JSON.parse(s.out) as { total: number }).total, 0);
    } finally {
      if (saved === undefined) delete process.env['ARGUS_DATABASE_URL'];
      else process.env['ARGUS_DATABASE_URL'] = saved;
    }
  } finally {
    await dropPgSchema(schema);
  }
});
