// The shared plumbing of the browser tests (test/e2e/*.test.ts): Debian's chromium driven by playwright-core, over an
// Argus server on a temporary database. Without a browser the page tests are not registered: one skipped line says why
// (and under CI=true, one failing test). Console errors and page errors are collected for the tests to assert on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { ensureWebBuild } from '../../src/server/static.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** where the browser tests write their screenshots */
export const SHOTS = join('test-results', 'e2e');

export interface BrowserSession {
  page: Page;
  srv: RunningServer;
}

export interface BrowserSuiteOptions {
  /** names the skip line and the CI failure, e.g. 'graph browser tests' */
  what: string;
  /** appended to the skip line, e.g. '4 checks' */
  checks?: string;
  /** writes the database the server opens; its cleanup runs after the browser and the server are closed */
  database: () => Promise<{ dbPath: string; cleanup?: () => unknown }>;
  /** runs once the server listens, before the browser starts (e.g. to ingest through srv.store) */
  afterServer?: (srv: RunningServer) => Promise<void>;
  /** receives the page and the server once they are up (before the first test) */
  ready: (session: BrowserSession) => void;
}

export interface BrowserSuite {
  /** registers a page test, or nothing when there is no browser */
  browserTest: (name: string, fn: () => void | Promise<void>) => void;
  /** console errors and uncaught page errors, in order; a test may clear it after provoking expected errors */
  consoleErrors: string[];
}

/** Registers the before/after hooks of one browser test file and returns its test function. */
export function browserSuite(o: BrowserSuiteOptions): BrowserSuite {
  const skip = existsSync(CHROMIUM) ? false : `no browser at ${CHROMIUM} (apt-get install -y chromium)`;
  const consoleErrors: string[] = [];
  const browserTest: BrowserSuite['browserTest'] = skip ? () => undefined : (name, fn) => test(name, fn);
  if (skip) {
    if (process.env['CI'] === 'true') test(`the ${o.what} need chromium on CI`, () => assert.fail(`${skip}; CI=true requires the browser tests to run`));
    else test(o.checks ? `${o.what} (${o.checks})` : o.what, { skip }, () => undefined);
    return { browserTest, consoleErrors };
  }

  let db: { dbPath: string; cleanup?: () => unknown } | undefined;
  let srv: RunningServer | undefined;
  let browser: BrowserContext | undefined;
  let profile: string | undefined;

  before(async () => {
    ensureWebBuild();
    db = await o.database();
    srv = await startServer({ dbPath: db.dbPath, port: 0, host: '127.0.0.1', build: false });
    await o.afterServer?.(srv);
    mkdirSync(SHOTS, { recursive: true });
    profile = mkdtempSync(join(tmpdir(), 'argus-chromium-'));
    // a fresh --user-data-dir: playwright passes the profile directory itself
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
      viewport: { width: 1366, height: 900 },
    });
    const page = browser.pages()[0] ?? (await browser.newPage());
    page.on('console', (m) => {
      // SwiftShader (software WebGL) reports its own slow paths as console warnings; errors are what count
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    o.ready({ page, srv });
  });

  after(async () => {
    await browser?.close();
    await srv?.close();
    await db?.cleanup?.();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  return { browserTest, consoleErrors };
}
