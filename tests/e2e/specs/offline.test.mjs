// Offline and installable (issue 13, DESIGN §6 "Addressable and offline"): after one visit
// the standalone app opens with the network off and shows the drafts; the page is
// installable (manifest, icons, service worker); a new version takes over on the next
// load, never under an open editor, and every draft is still there.
//
// "Network off" is both Playwright's offline mode and the test's own server shut down, so
// nothing can come from the network: what opens comes from the service worker's cache.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, collectProblems, launchBrowser, startServer, waitForApp } from '../lib/harness.mjs';

/** One browser for the file; each test has its own server (it shuts it down) and context. */
let browser;
test.before(async () => {
  browser = await launchBrowser();
});
test.after(async () => {
  await browser?.close();
});

async function visit(server) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const problems = collectProblems(page);
  await page.goto(server.url);
  await waitForApp(page, 'h1', problems);
  return { context, page, problems };
}

/** Waits until the page's service worker is installed and active (its cache is complete). */
async function serviceWorkerActive(page) {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    const worker = reg.active;
    if (worker.state !== 'activated') {
      await new Promise((ok) => worker.addEventListener('statechange', () => worker.state === 'activated' && ok()));
    }
    return worker.scriptURL;
  });
}

const cacheNames = (page) => page.evaluate(() => caches.keys());

async function onDraftsList(page) {
  await page.getByRole('heading', { level: 1, name: 'Draf SOP' }).waitFor();
}

/** A draft from the default template named `name`, saved; then back on the drafts list. */
async function createDraft(page, name) {
  await onDraftsList(page);
  await page.getByRole('button', { name: 'Buat dari templat' }).click();
  await page.getByLabel('Nama SOP', { exact: true }).fill(name);
  await waitSaved(page);
  await page.getByRole('button', { name: 'Kembali ke daftar draf' }).click();
  await onDraftsList(page);
}

async function waitSaved(page) {
  await page.getByRole('status').filter({ hasText: /Tersimpan di perangkat ini · \d/ }).waitFor();
}

test('after one visit, with the network off, a reload opens the app and lists the drafts', async () => {
  const server = await startServer(DIST);
  const { context, page, problems } = await visit(server);
  try {
    await createDraft(page, 'Uji Luring Pelayanan Informasi');
    const script = await serviceWorkerActive(page);
    assert.equal(new URL(script).pathname, '/sw.js');

    await server.close();
    await context.setOffline(true);
    await page.reload();
    await waitForApp(page, 'h1', problems);
    await onDraftsList(page);
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the page came from the service worker');
    // The draft is listed and opens: the whole app runs, not just its first paint.
    await page.getByRole('button', { name: 'Buka Uji Luring Pelayanan Informasi' }).click();
    assert.equal(await page.getByLabel('Nama SOP', { exact: true }).inputValue(), 'Uji Luring Pelayanan Informasi');
    problems.assertNone();
  } finally {
    await context.close();
    await server.close();
  }
});

test('installable: a web manifest with name, start address and icons, no installability errors', async () => {
  const server = await startServer(DIST);
  const { context, page, problems } = await visit(server);
  try {
    await serviceWorkerActive(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, [], 'the manifest parses without errors');
    const parsed = JSON.parse(manifest.data);
    assert.equal(parsed.name, 'Penyusun SOP');
    assert.equal(parsed.display, 'standalone');
    assert.equal(new URL(parsed.start_url, manifest.url).href, server.url);
    // Every icon the manifest names is served, as what it says it is.
    for (const icon of parsed.icons) {
      const res = await page.request.get(new URL(icon.src, manifest.url).href);
      assert.equal(res.status(), 200, icon.src);
      assert.equal(res.headers()['content-type'].split(';')[0], icon.type, icon.src);
    }
    assert.ok(parsed.icons.some((i) => i.sizes === '512x512' && i.type === 'image/png'));
    assert.ok(parsed.icons.some((i) => i.sizes === '192x192' && i.type === 'image/png'));
    // Playwright's contexts are incognito-like: that one reason is the test's, not the app's.
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    const reasons = installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito');
    assert.deepEqual(reasons, []);
    problems.assertNone();
  } finally {
    await context.close();
    await server.close();
  }
});

test('a new version takes over on the next load, never under an open editor; drafts are kept', async () => {
  // A copy of the bundle that the test "deploys" a new version into.
  const dir = await mkdtemp(join(tmpdir(), 'sop-sw-'));
  await cp(DIST, dir, { recursive: true });
  const server = await startServer(dir);
  const { context, page, problems } = await visit(server);
  try {
    await createDraft(page, 'Uji Pembaruan Versi');
    await serviceWorkerActive(page);
    const [v1] = await cacheNames(page);
    await page.reload(); // the second visit: now the service worker serves the page
    await waitForApp(page, 'h1', problems);
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null));

    // Mid-edit: the draft is open and being typed in.
    await page.getByRole('button', { name: 'Buka Uji Pembaruan Versi' }).click();
    const tujuan = page.getByLabel('Tujuan');
    await tujuan.fill('Sebelum pembaruan.');
    await waitSaved(page);
    await page.evaluate(() => {
      window.sameDocument = true;
    });

    // A new version is published: a new page and a new sw.js.
    const html = await readFile(join(dir, 'index.html'), 'utf8');
    await writeFile(join(dir, 'index.html'), html.replace('</head>', '<meta name="sop-test-version" content="2"></head>'));
    const sw = await readFile(join(dir, 'sw.js'), 'utf8');
    const sw2 = sw.replace(/const VERSION = '([0-9a-f]+)';/, "const VERSION = '$1-v2';");
    assert.notEqual(sw2, sw, 'sw.js names its VERSION');
    await writeFile(join(dir, 'sw.js'), sw2);

    // The browser finds it (as on any load) and the new worker installs and takes over ...
    await page.evaluate(async () => {
      const changed = new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
      await (await navigator.serviceWorker.getRegistration()).update();
      await changed;
    });
    const names = await cacheNames(page);
    assert.ok(names.includes(`${v1}-v2`), `new cache in ${names}`);
    // ... but the open editor is the same document, unchanged, and still saves.
    assert.equal(await page.evaluate(() => window.sameDocument), true, 'the page was not reloaded');
    assert.equal(await page.locator('meta[name="sop-test-version"]').count(), 0);
    assert.equal(await tujuan.inputValue(), 'Sebelum pembaruan.');
    await tujuan.fill('Sebelum pembaruan. Masih diketik.');
    await waitSaved(page);

    // The next load is the new version, offline too, with the draft as last typed.
    await server.close();
    await context.setOffline(true);
    await page.goto(server.url);
    await waitForApp(page, 'h1', problems);
    assert.equal(await page.locator('meta[name="sop-test-version"]').count(), 1, 'the new page');
    await onDraftsList(page);
    await page.getByRole('button', { name: 'Buka Uji Pembaruan Versi' }).click();
    assert.equal(await page.getByLabel('Tujuan').inputValue(), 'Sebelum pembaruan. Masih diketik.');
    problems.assertNone();
  } finally {
    await context.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});
