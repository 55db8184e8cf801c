// The standalone page before and around the wasm (issue 13; index.html + web/boot.js): the
// first paint is the app's header and a loading line, drawn without the wasm and replaced
// by the app in place (no jump); a wasm that does not arrive turns the loading line into a
// message with a reload; a wasm that stops after start (a panic traps) says so, and the
// saved drafts are kept.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite, collectProblems, waitForApp } from '../lib/harness.mjs';

const app = appSuite();
const WASM = '**/*_bg.wasm';

async function newPage() {
  const context = await app.browser.newContext({ viewport: { width: 412, height: 823 } });
  app.contexts.push(context);
  const page = await context.newPage();
  return { context, page, problems: collectProblems(page) };
}

test('before the wasm arrives: the header and a loading line; the app replaces them in place', async () => {
  const { page, problems } = await newPage();
  let release;
  const held = new Promise((ok) => {
    release = ok;
  });
  await page.route(WASM, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(app.server.url);
  await page.locator('#boot').waitFor();
  assert.equal((await page.locator('.app-title').textContent()).trim(), 'Penyusun SOP');
  assert.match(await page.getByRole('status').textContent(), /^Memuat aplikasi… \/ Loading the app…$/);
  assert.equal(await page.locator('h1').count(), 0, 'no app yet');
  const before = await page.locator('.app-header').boundingBox();
  const subtitleBefore = await page.locator('.app-subtitle').boundingBox();

  release();
  await waitForApp(page, 'h1', problems);
  assert.equal(await page.locator('#boot').count(), 0, 'the loading state is gone');
  assert.equal(await page.locator('.app-title').count(), 1);
  // The app's header is where the placeholder's was, the same size: nothing jumps.
  assert.deepEqual(await page.locator('.app-header').boundingBox(), before);
  assert.deepEqual(await page.locator('.app-subtitle').boundingBox(), subtitleBefore);
  problems.assertNone();
});

test('the wasm does not arrive: the loading line becomes a message, and its reload works', async () => {
  const { page } = await newPage();
  await page.route(WASM, (route) => route.abort('internetdisconnected'));
  await page.goto(app.server.url);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /Aplikasi tidak dapat dimuat\. Periksa sambungan internet/);
  assert.match(await alert.textContent(), /The app could not be loaded\./);
  assert.equal(await page.getByRole('status').count(), 0, 'no longer "loading"');

  await page.unroute(WASM);
  await page.getByRole('button', { name: 'Muat ulang / Reload' }).click();
  await page.getByRole('heading', { level: 1, name: 'Draf SOP' }).waitFor();
});

test('the wasm stops after start (a trap, as a panic does): a message, and the saved draft is kept', async () => {
  const { page, problems } = await newPage();
  await page.goto(app.server.url);
  await waitForApp(page, 'h1', problems);
  await page.getByRole('button', { name: 'Buat dari templat' }).click();
  await page.getByLabel('Nama SOP', { exact: true }).fill('Uji Berhenti Mendadak');
  await page.getByRole('status').filter({ hasText: /Tersimpan di perangkat ini · \d/ }).waitFor();

  // An ordinary script error is not the app stopping: no message.
  await page.evaluate(() => setTimeout(() => {
    throw new Error('not the app');
  }));
  // A real wasm trap (`unreachable`, what a panic compiles to with panic=immediate-abort),
  // uncaught, as from an event handler of the app.
  await page.evaluate(() => setTimeout(() => {
    const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 5, 1, 3, 0, 0, 11]);
    new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports.f();
  }));
  const alert = page.locator('#app-stopped');
  await alert.waitFor();
  assert.equal(await page.getByRole('alert').count(), 1);
  assert.match(await alert.textContent(), /Terjadi kesalahan tak terduga dan aplikasi berhenti/);
  assert.match(await alert.textContent(), /An unexpected error stopped the app\./);
  assert.deepEqual(
    problems.list.map((p) => p.replace(/:.*/s, '')),
    ['pageerror', 'pageerror'],
    'the two errors thrown above, nothing else',
  );

  await page.getByRole('button', { name: 'Muat ulang / Reload' }).click();
  await waitForApp(page, 'h1');
  assert.equal(await page.locator('#app-stopped').count(), 0);
  await page.goto(app.server.url); // the drafts list
  await page.getByRole('heading', { level: 1, name: 'Draf SOP' }).waitFor();
  await page.getByRole('button', { name: 'Buka Uji Berhenti Mendadak' }).waitFor();
});
