// The address (issue 13, DESIGN.md §6 "Addressable", docs/web.md "Addresses"): the
// standalone app keeps where the user is in the URL (`#/draf/<id>`), so reload keeps the
// draft open, Back from the editor lands on the drafts list inside the app, a link opens
// its draft and an address that names no draft says so. The widget <sop-checklist> never
// touches its host's address, and follows its data-* attributes after connect.
//
// Environment: E2E_DIST (the app, `make dist`), E2E_WIDGET (default ../../../target/widget,
// `make widget`), CHROMIUM.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appSuite, collectProblems, formatViolations, runAxe, seriousViolations, startServer } from '../lib/harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(here, '..', '..', '..');
const WIDGET = resolve(process.env.E2E_WIDGET ?? join(REPO, 'target', 'widget'));
const DEMO = join(REPO, 'widget', 'demo');

const app = appSuite();

// The widget's host pages: widget/demo with the built widget under /sopcheck/.
let hostDir;
let host;
before(async () => {
  hostDir = await mkdtemp(join(tmpdir(), 'sop-route-host-'));
  await cp(DEMO, hostDir, { recursive: true });
  await cp(WIDGET, join(hostDir, 'sopcheck'), { recursive: true });
  await writeFile(join(hostDir, 'favicon.ico'), ''); // the browser asks for it: no 404
  host = await startServer(hostDir);
});
after(async () => {
  await host?.close();
  if (hostDir) await rm(hostDir, { recursive: true, force: true });
});

const hashOf = (page) => new URL(page.url()).hash;
const draftHeading = (page, name) => page.getByRole('heading', { level: 1, name: `Draf: ${name}` });
const listHeading = (page) => page.getByRole('heading', { level: 1, name: 'Draf SOP' });
const nama = (page) => page.getByLabel('Nama SOP', { exact: true });

/** Creates a draft from the default template, names it and waits until it is saved. */
async function newDraft(page, name) {
  await listHeading(page).waitFor();
  await page.getByRole('button', { name: 'Buat dari templat' }).click();
  await nama(page).fill(name);
  await page.getByRole('status').filter({ hasText: /Tersimpan di perangkat ini · \d/ }).waitFor();
  await draftHeading(page, name).waitFor();
}

/** Waits until the address's fragment is `hash` (a string) or matches it (a RegExp). */
async function waitHash(page, hash) {
  await page.waitForFunction(
    ([source, exact]) => (exact ? location.hash === source : new RegExp(source).test(location.hash)),
    typeof hash === 'string' ? [hash, true] : [hash.source, false],
  );
}

test('opening a draft writes #/draf/<id>; reload keeps that draft open', async () => {
  const { page, problems } = await app.open();
  assert.equal(hashOf(page), '', 'the list needs no fragment');
  await newDraft(page, 'SOP Alamat Uji');
  await waitHash(page, /^#\/draf\/[0-9a-z]+$/);
  const address = page.url();

  await page.reload();
  await draftHeading(page, 'SOP Alamat Uji').waitFor();
  assert.equal(await nama(page).inputValue(), 'SOP Alamat Uji');
  assert.equal(page.url(), address, 'the address is unchanged by the reload');
  assert.equal(await page.title(), 'Draf: SOP Alamat Uji — Penyusun SOP');
  problems.assertNone();
});

test('Back from the editor goes to the list and stays in the app; Forward reopens the draft', async () => {
  const { page, problems } = await app.open();
  const start = page.url();
  await newDraft(page, 'SOP Tombol Kembali');
  await waitHash(page, /^#\/draf\//);
  const draftAddress = page.url();

  await page.goBack();
  await listHeading(page).waitFor();
  assert.equal(page.url(), start, 'back on the address the app was opened with');
  // Focus moves to the list's heading, as after the editor's own "back" button.
  await page.waitForFunction(() => document.activeElement?.id === 'drafts-heading');
  assert.deepEqual(await page.locator('.draft-list__name').allTextContents(), ['SOP Tombol Kembali']);

  await page.goForward();
  await draftHeading(page, 'SOP Tombol Kembali').waitFor();
  assert.equal(page.url(), draftAddress);

  // The editor's own "back" button is a step in the history too: Back returns to the draft.
  await page.getByRole('button', { name: 'Kembali ke daftar draf' }).click();
  await listHeading(page).waitFor();
  await waitHash(page, '#/');
  await page.goBack();
  await draftHeading(page, 'SOP Tombol Kembali').waitFor();
  problems.assertNone();
});

test('a link #/draf/<id> opens that draft; Back from it goes to the list', async () => {
  const { context, page } = await app.open();
  await newDraft(page, 'SOP Lewat Tautan');
  await waitHash(page, /^#\/draf\//);
  const link = page.url();
  await page.close();

  // A new tab of the same browser (same storage) opened on the link.
  const tab = await context.newPage();
  const problems = collectProblems(tab);
  await tab.goto(link);
  await draftHeading(tab, 'SOP Lewat Tautan').waitFor();
  assert.equal(await nama(tab).inputValue(), 'SOP Lewat Tautan');
  assert.equal(tab.url(), link);

  await tab.goBack();
  await listHeading(tab).waitFor();
  assert.equal(hashOf(tab), '#/', 'the list was put below the linked draft');
  assert.ok(tab.url().startsWith(app.server.url), `still in the app: ${tab.url()}`);

  // The address typed (or a link followed) while the app runs.
  await tab.evaluate((hash) => {
    location.hash = hash;
  }, new URL(link).hash);
  await draftHeading(tab, 'SOP Lewat Tautan').waitFor();
  problems.assertNone();
});

test('an address that names no draft says so on the list, in both languages', async () => {
  const { page, problems } = await app.open({ path: '#/draf/tidakada123' });
  await listHeading(page).waitFor();
  const notice = page.getByRole('alert').filter({ hasText: 'Alamat ini tidak membuka draf' });
  await notice.waitFor();
  assert.match(await notice.textContent(), /#\/draf\/tidakada123/, 'the notice names the address');
  assert.match(await notice.textContent(), /dihapus/);
  assert.equal(hashOf(page), '#/', 'the address is the list’s: reload does not repeat the notice');

  await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
  const english = page.getByRole('alert').filter({ hasText: 'This address does not open a draft' });
  await english.waitFor();
  assert.match(await english.textContent(), /deleted/);
  const serious = seriousViolations(await runAxe(page));
  assert.deepEqual(serious.map((v) => v.id), [], formatViolations(serious));

  await english.getByRole('button', { name: 'Dismiss notice' }).click();
  await page.getByRole('alert').waitFor({ state: 'detached' });

  // A draft deleted after it was open: Back to its address explains instead of failing.
  await page.getByRole('button', { name: 'Switch language to Bahasa Indonesia' }).click();
  await newDraft(page, 'SOP Akan Dihapus');
  await page.getByRole('button', { name: 'Kembali ke daftar draf' }).click();
  await listHeading(page).waitFor();
  await page.getByRole('button', { name: 'Hapus SOP Akan Dihapus' }).click();
  await page.getByRole('button', { name: 'Ya, hapus draf' }).click();
  await page.getByText('Belum ada draf.').waitFor();
  await page.goBack();
  await page.getByRole('alert').filter({ hasText: 'Alamat ini tidak membuka draf' }).waitFor();
  await listHeading(page).waitFor();
  problems.assertNone();
});

test('reloading the address of a draft that became unreadable: the kept-aside panel, not "no such draft"', async () => {
  const { page, problems } = await app.open();
  await newDraft(page, 'SOP Akan Rusak');
  await waitHash(page, /^#\/draf\/[0-9a-z]+$/);
  const id = hashOf(page).slice('#/draf/'.length);
  await page.evaluate((key) => localStorage.setItem(key, '{"format_version":1,"rev":2,"sop":{"iden'), `sopcheck:v1:draft:${id}`);
  await page.reload();
  await listHeading(page).waitFor();
  await page.getByRole('region', { name: 'Data draf yang tidak terbaca' }).waitFor();
  assert.equal(await page.getByRole('alert').filter({ hasText: 'Alamat ini tidak membuka draf' }).count(), 0, 'one explanation, not two');
  assert.equal(hashOf(page), '#/');
  problems.assertNone();
});

/** A page of the widget's host on `path`, waiting for widget `#id` to render its `<h1>`. */
async function openHost(path, id) {
  const context = await app.browser.newContext({ viewport: { width: 1100, height: 900 } });
  app.contexts.push(context);
  const page = await context.newPage();
  const problems = collectProblems(page);
  await page.goto(new URL(path, host.url).href);
  const widget = page.locator(`sop-checklist#${id}`);
  await widget.locator('h1').first().waitFor({ timeout: 20_000 });
  return { page, problems, widget };
}

test("the widget never touches the host page's address or history", async () => {
  // The host's own fragment looks like one of the app's addresses: the widget ignores it.
  const { page, problems, widget } = await openHost('index.html#/draf/bukan-urusan-widget', 'a');
  const address = page.url();
  const entries = await page.evaluate(() => history.length);
  await widget.getByRole('heading', { level: 1, name: /^Draf: / }).waitFor();

  await widget.getByRole('button', { name: 'Kembali ke daftar draf' }).click();
  await widget.getByRole('heading', { level: 1, name: 'Draf SOP' }).waitFor();
  await widget.getByRole('button', { name: /^Buka / }).first().click();
  await widget.getByRole('heading', { level: 1, name: /^Draf: / }).waitFor();
  await widget.getByRole('button', { name: 'Kembali ke daftar draf' }).click();
  await widget.getByRole('heading', { level: 1, name: 'Draf SOP' }).waitFor();

  assert.equal(page.url(), address, 'location.href is unchanged');
  assert.equal(await page.evaluate(() => history.length), entries, 'no history entry was added');
  assert.equal(await page.evaluate(() => history.state), null, 'the host entry’s state is untouched');
  problems.assertNone();
});

test('the widget follows its data-* attributes after connect', async () => {
  const { page, problems, widget } = await openHost('index.html', 'a');
  const field = widget.locator('#f-identitas-nama');
  await field.fill('SOP Atribut Uji');

  // data-lang: the running app switches; the open draft and its text stay.
  await page.evaluate(() => document.querySelector('#a').setAttribute('data-lang', 'en'));
  await widget.getByRole('heading', { level: 1, name: 'Draft: SOP Atribut Uji' }).waitFor();
  assert.equal(await field.inputValue(), 'SOP Atribut Uji');
  assert.equal(await widget.locator('.app').getAttribute('lang'), 'en');

  // A value the widget refuses is explained inside it; a good one starts the app again.
  await page.evaluate(() => document.querySelector('#a').setAttribute('data-lang', 'fr'));
  await widget.getByRole('alert').filter({ hasText: 'The SOP widget cannot start' }).waitFor();
  assert.match(await widget.getByRole('alert').textContent(), /fr/);
  await page.evaluate(() => document.querySelector('#a').setAttribute('data-lang', 'id'));
  await widget.getByRole('heading', { level: 1, name: 'Draf: SOP Atribut Uji' }).waitFor();

  // data-template: another kategori's draft (a new one from its template).
  await page.evaluate(() => document.querySelector('#a').setAttribute('data-template', 'pembuatan_berita'));
  await widget.getByRole('heading', { level: 1, name: /^Draf: / }).filter({ hasNotText: 'SOP Atribut Uji' }).waitFor();
  problems.assertNone();
});

test('changing data-src shows the other SOP; data-mode switches view to edit', async () => {
  const ppid = await readFile(join(DEMO, 'ppid.sop.yaml'), 'utf8');
  const { page, problems, widget } = await openHost('view-edit.html', 'view');
  await page.route('**/lain.sop.yaml', (route) =>
    route.fulfill({
      contentType: 'text/yaml; charset=utf-8',
      body: ppid.replace('nama: Pelayanan Permohonan Informasi Publik', 'nama: SOP Sumber Lain'),
    }),
  );
  // The view-only bundle shows the published SOP.
  await widget.getByRole('heading', { level: 1, name: 'Pelayanan Permohonan Informasi Publik' }).waitFor();

  // Several attributes in one task: one new render with all of them.
  await page.evaluate(() => {
    const el = document.querySelector('#view');
    el.setAttribute('data-src', 'lain.sop.yaml');
    el.setAttribute('data-lang', 'en');
  });
  await widget.getByRole('heading', { level: 1, name: 'SOP Sumber Lain' }).waitFor();
  await widget.getByRole('heading', { name: 'SOP completeness' }).waitFor();
  assert.equal(await widget.locator('input, textarea, select').count(), 0, 'still the view: no form');

  // data-mode="edit": the app, with the same SOP as an unsaved draft to edit.
  await page.evaluate(() => document.querySelector('#view').setAttribute('data-mode', 'edit'));
  await widget.locator('#f-identitas-nama').waitFor();
  assert.equal(await widget.locator('#f-identitas-nama').inputValue(), 'SOP Sumber Lain');
  assert.ok(await widget.locator('#f-identitas-nama').isEditable());
  problems.assertNone();
});
