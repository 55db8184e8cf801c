// Shared helpers of the e2e tests: a static file server for the release bundle,
// Debian's Chromium driven by playwright-core (no downloaded browser), a collector
// of console errors / page errors / failed requests, and an axe-core scan.
//
// Typical use in a spec file (see specs/shell.test.mjs):
//
//   import { test } from 'node:test';
//   import { appSuite } from '../lib/harness.mjs';
//   const app = appSuite();                      // before/after hooks of the file
//   test('...', async () => {
//     const { page, problems } = await app.open();   // page with the app mounted
//     ...
//     problems.assertNone();
//   });
//
// Environment: E2E_DIST (default ../../target/e2e-dist, built by `make dist`),
// CHROMIUM (default /usr/bin/chromium).

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** The bundle under test. */
export const DIST = resolve(process.env.E2E_DIST ?? join(here, '..', '..', '..', 'target', 'e2e-dist'));
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Flags for Chromium on this machine (root, no network but loopback). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.toml': 'text/plain; charset=utf-8',
};

/**
 * Serve `dir` on a free loopback port. Paths without an extension that match no
 * file get index.html (client-side routes); other misses are 404.
 * @returns {Promise<{url: string, close: () => Promise<void>}>}
 */
export async function startServer(dir = DIST) {
  const root = resolve(dir);
  try {
    await stat(join(root, 'index.html'));
  } catch {
    throw new Error(`${join(root, 'index.html')} not found: build the bundle first (make dist)`);
  }
  const server = createServer(async (req, res) => {
    try {
      const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(root, urlPath));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end();
        return;
      }
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info && extname(urlPath) === '') {
        file = join(root, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-store',
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      createReadStream(file).pipe(res);
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

/**
 * Launch Debian's Chromium headless. Playwright's `launch()` gives every launch a
 * fresh temporary user-data-dir (it rejects a `--user-data-dir` flag), so no
 * profile state leaks between runs.
 */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * Collect what should never happen on a healthy page: console errors, uncaught
 * page errors, failed requests and HTTP responses >= 400.
 */
export function collectProblems(page) {
  const list = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') list.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => list.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) =>
    list.push(`request failed: ${req.url()} (${req.failure()?.errorText ?? '?'})`),
  );
  page.on('response', (res) => {
    if (res.status() >= 400) list.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return {
    list,
    assertNone() {
      assert.deepEqual(list, [], `the page reported problems:\n${list.join('\n')}`);
    },
  };
}

/**
 * Run axe-core (injected from node_modules, works offline) and return its
 * violations. `options` go to `axe.run`.
 */
export async function runAxe(page, options = {}) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const results = await page.evaluate((opts) => globalThis.axe.run(document, opts), options);
  return results.violations;
}

/** Violations with impact serious or critical (what fails a test). */
export function seriousViolations(violations) {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** One line per violation, for messages and diagnostics. */
export function formatViolations(violations) {
  return violations
    .map((v) => `${v.impact}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
    .join('\n');
}

/**
 * Wait until `selector` is in the page (the app mounted). Fails early on an
 * uncaught page error, and always says which problems the page reported.
 */
export async function waitForApp(page, selector, problems, timeout = 15_000) {
  let onError;
  const crashed = new Promise((_, reject) => {
    onError = (err) => reject(new Error(`page error before ${selector} appeared: ${err.message}`));
    page.once('pageerror', onError);
  });
  try {
    await Promise.race([page.waitForSelector(selector, { timeout }), crashed]);
  } catch (err) {
    const seen = problems?.list.length ? `\npage problems:\n${problems.list.join('\n')}` : '';
    throw new Error(`the app did not render ${selector}: ${err.message}${seen}`, { cause: err });
  } finally {
    page.off('pageerror', onError);
    crashed.catch(() => {});
  }
}

/**
 * Register before/after hooks for the calling spec file: one static server and one
 * browser for all its tests. Returns an object whose `open()` makes a new context
 * and page, loads the app and waits until the wasm has rendered the `<h1>` (which
 * is not in index.html, so this proves the app mounted).
 */
export function appSuite() {
  const suite = {
    server: null,
    browser: null,
    contexts: [],
    /**
     * @param {{path?: string, viewport?: {width: number, height: number}, waitFor?: string}} [opts]
     */
    async open({ path = '', viewport = { width: 1280, height: 800 }, waitFor = 'h1' } = {}) {
      const context = await suite.browser.newContext({ viewport });
      suite.contexts.push(context);
      const page = await context.newPage();
      const problems = collectProblems(page);
      const started = performance.now();
      await page.goto(new URL(path, suite.server.url).href);
      if (waitFor) await waitForApp(page, waitFor, problems);
      const loadMs = performance.now() - started;
      return { context, page, problems, loadMs };
    },
  };
  before(async () => {
    suite.server = await startServer();
    suite.browser = await launchBrowser();
  });
  after(async () => {
    for (const c of suite.contexts) await c.close().catch(() => {});
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
