// Storage faults, as a user meets them (issue 8): a stored draft corrupted by hand (notice,
// recovery download, discard), another program's value under our key, storage filled to
// its quota (notice, nothing lost), two tabs on one draft (the second save is refused
// visibly), localStorage that throws on access (notice, the app works in memory), and the
// remembered language.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appSuite, collectProblems, formatViolations, runAxe, seriousViolations, waitForApp } from '../lib/harness.mjs';

const app = appSuite();
const NS = 'sopcheck';

/** A new page in `context` with the app loaded (the harness's open() makes a new context). */
async function openIn(context) {
  const page = await context.newPage();
  const problems = collectProblems(page);
  await page.goto(app.server.url);
  await waitForApp(page, 'h1', problems);
  return { page, problems };
}

async function onDraftsList(page) {
  await page.getByRole('heading', { level: 1, name: 'Draf SOP' }).waitFor();
}

/** Creates a draft from the default template, names it, and waits until it is saved. */
async function savedDraft(page, name) {
  await onDraftsList(page);
  await page.getByRole('button', { name: 'Buat dari templat' }).click();
  await page.getByLabel('Nama SOP', { exact: true }).fill(name);
  await waitSaved(page);
}

/** Waits for "Tersimpan di perangkat ini · HH.MM". */
async function waitSaved(page) {
  await page.getByRole('status').filter({ hasText: /Tersimpan di perangkat ini · \d/ }).waitFor();
}

/** Opens the draft named `name` from the list. */
async function openDraft(page, name) {
  await onDraftsList(page);
  await page.getByRole('button', { name: `Buka ${name}` }).click();
  await page.getByLabel('Nama SOP', { exact: true }).waitFor();
}

/** Our keys in localStorage: { key: value }. */
function stored(page) {
  return page.evaluate((ns) => {
    const out = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k.startsWith(`${ns}:`)) out[k] = localStorage.getItem(k);
    }
    return out;
  }, NS);
}

test('a stored draft corrupted by hand: notice after reload, recovery download, discard', async () => {
  const { page, problems } = await app.open();
  await savedDraft(page, 'Draf yang akan rusak');
  const keys = Object.keys(await stored(page)).filter((k) => k.startsWith(`${NS}:v1:draft:`));
  assert.equal(keys.length, 1);
  const corrupt = '{"format_version":1,"rev":2,"sop":{"identitas":{"nama":"Draf yang akan ru';
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [keys[0], corrupt]);
  await page.reload();
  await onDraftsList(page);

  const notice = page.getByRole('region', { name: 'Data draf yang tidak terbaca' });
  await notice.waitFor();
  assert.match(await notice.textContent(), /tidak dapat dibaca/);
  assert.equal(await page.locator('.draft-list__name').count(), 0, 'the unreadable draft is not listed');

  const downloadsDir = await mkdtemp(join(tmpdir(), 'sop-aside-'));
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: 'Unduh' }).click(),
  ]);
  assert.match(file.suggestedFilename(), /^draf-disisihkan-[0-9a-z]+-\d+\.txt$/);
  const path = join(downloadsDir, file.suggestedFilename());
  await file.saveAs(path);
  assert.equal(await readFile(path, 'utf8'), corrupt, 'the download is the stored value, verbatim');

  const serious = seriousViolations(await runAxe(page));
  assert.deepEqual(serious.map((v) => v.id), [], formatViolations(serious));

  // Still there after another reload: nothing is dropped silently.
  await page.reload();
  await notice.waitFor();
  assert.equal(Object.values(await stored(page)).filter((v) => v === corrupt).length, 1);

  await notice.getByRole('button', { name: 'Buang' }).click();
  await notice.getByText('Buang data ini untuk selamanya?').waitFor();
  await notice.getByRole('button', { name: 'Ya, buang' }).click();
  await notice.waitFor({ state: 'detached' });
  assert.equal(Object.values(await stored(page)).filter((v) => v === corrupt).length, 0);
  problems.assertNone();
});

test("another program's value under our keys is kept aside; our drafts survive", async () => {
  const { page, problems } = await app.open();
  await savedDraft(page, 'Draf milik kita');
  await page.evaluate((ns) => {
    localStorage.setItem(`${ns}:v1:index`, 'theme=dark');
    localStorage.setItem(`${ns}:v1:draft:pengaturan`, '{"volume": 11}');
  }, NS);
  await page.goto(app.server.url); // the drafts list (a reload would keep the draft open)
  await onDraftsList(page);
  const notice = page.getByRole('region', { name: 'Data draf yang tidak terbaca' });
  await notice.waitFor();
  assert.equal(await notice.getByRole('listitem').count(), 2);
  assert.deepEqual(await page.locator('.draft-list__name').allTextContents(), ['Draf milik kita']);
  await openDraft(page, 'Draf milik kita');
  assert.equal(await page.getByLabel('Nama SOP', { exact: true }).inputValue(), 'Draf milik kita');
  problems.assertNone();
});

test('storage filled to its quota: a notice, the typed text stays, the last saved copy survives', async (t) => {
  const { page, problems } = await app.open();
  await savedDraft(page, 'Tersimpan sebelum penuh');
  const fillers = await page.evaluate(() => {
    let chunk = 1 << 20;
    let n = 0;
    while (chunk >= 16) {
      try {
        localStorage.setItem(`e2e-filler-${n}`, 'x'.repeat(chunk));
        n++;
      } catch {
        chunk /= 2;
      }
    }
    return n;
  });
  t.diagnostic(`${fillers} filler values`);
  try {
    const nama = page.getByLabel('Nama SOP', { exact: true });
    const typed = 'Diketik saat penyimpanan penuh — '.repeat(20).trim();
    await nama.fill(typed);
    await page.getByRole('status').filter({ hasText: 'Penyimpanan perangkat penuh' }).waitFor();
    assert.match(await page.locator('.save-status').textContent(), /belum tersimpan/);
    assert.equal(await nama.inputValue(), typed, 'the typed text is still on screen');
    const draft = Object.entries(await stored(page)).find(([k]) => k.startsWith(`${NS}:v1:draft:`));
    assert.match(draft[1], /Tersimpan sebelum penuh/, 'the stored copy is the last good one');

    // Reload while still full: the draft reopens with the last saved content.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Draf: Tersimpan sebelum penuh' }).waitFor();
    assert.equal(await page.getByLabel('Nama SOP', { exact: true }).inputValue(), 'Tersimpan sebelum penuh');
  } finally {
    await page.evaluate(() => {
      for (const k of Object.keys(localStorage)) if (k.startsWith('e2e-filler-')) localStorage.removeItem(k);
    });
  }
  // With room again, editing saves normally.
  await page.getByLabel('Nama SOP', { exact: true }).fill('Tersimpan setelah dikosongkan');
  await waitSaved(page);
  problems.assertNone();
});

test('two tabs on one draft: the second save is refused and shown; nothing is overwritten', async () => {
  const { context, page: a, problems: pa } = await app.open();
  await savedDraft(a, 'Dua tab');
  const { page: b, problems: pb } = await openIn(context);
  await openDraft(b, 'Dua tab');

  await a.getByLabel('Nama SOP', { exact: true }).fill('Diubah di tab A');
  await waitSaved(a);
  // Tab B learns it at once (storage event) and says so.
  const conflict = b.getByRole('alert').filter({ hasText: 'diubah di tab atau jendela lain' });
  await conflict.first().waitFor();
  // B types anyway: its save is refused, A's version stays stored.
  await b.getByLabel('Tujuan', { exact: true }).fill('Diketik di tab B');
  await b.waitForTimeout(1500);
  const draft = Object.entries(await stored(a)).find(([k]) => k.startsWith(`${NS}:v1:draft:`));
  assert.match(draft[1], /Diubah di tab A/);
  assert.doesNotMatch(draft[1], /Diketik di tab B/);
  assert.equal(await b.getByLabel('Tujuan', { exact: true }).inputValue(), 'Diketik di tab B');

  // B chooses to keep its version as a new draft: both survive.
  await b.getByRole('button', { name: 'Simpan versi ini sebagai draf baru' }).click();
  await b.getByRole('button', { name: 'Kembali ke daftar draf' }).click();
  const names = await b.locator('.draft-list__name').allTextContents();
  assert.ok(names.includes('Diubah di tab A'), names.join(', '));
  assert.ok(names.includes('Dua tab'), `B's copy keeps B's content: ${names.join(', ')}`);
  pa.assertNone();
  pb.assertNone();
});

test('localStorage that throws on access: a notice, and the app works in memory', async () => {
  const context = await app.browser.newContext();
  app.contexts.push(context);
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const { page, problems } = await openIn(context);
  const notice = page.getByRole('alert').filter({ hasText: 'Draf tidak dapat disimpan di perangkat ini' });
  await notice.waitFor();
  await page.getByRole('button', { name: 'Buat dari templat' }).click();
  const nama = page.getByLabel('Nama SOP', { exact: true });
  await nama.fill('Hanya di memori');
  await page.getByRole('status').filter({ hasText: /Tersimpan sementara di halaman ini/ }).waitFor();
  await page.getByRole('button', { name: 'Kembali ke daftar draf' }).click();
  await onDraftsList(page);
  assert.deepEqual(await page.locator('.draft-list__name').allTextContents(), ['Hanya di memori']);
  await openDraft(page, 'Hanya di memori');
  // Export still works, so the user can keep the work.
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh YAML' }).click()]);
  assert.equal(file.suggestedFilename(), 'hanya-di-memori.sop.yaml');
  problems.assertNone();
});

test('the language choice is remembered across reloads', async () => {
  const { page, problems } = await app.open();
  await page.click('button.lang-toggle');
  await page.getByRole('heading', { level: 1, name: 'SOP drafts' }).waitFor();
  assert.equal((await stored(page))[`${NS}:v1:lang`], '"en"');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'SOP drafts' }).waitFor();
  await page.click('button.lang-toggle');
  await onDraftsList(page);
  assert.equal((await stored(page))[`${NS}:v1:lang`], '"id"');
  problems.assertNone();
});
