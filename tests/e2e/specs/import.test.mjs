// Import, as a user does it: the file picker (labelled "Impor berkas SOP") and drag and
// drop; the corpus fixtures show their expected codes; a broken YAML file shows its
// message with line and column and creates nothing; TOML and oversized files get a
// clear message; importing while a draft is open asks first.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appSuite, formatViolations, runAxe, seriousViolations } from '../lib/harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const CORPUS = resolve(here, '..', '..', 'fixtures', 'corpus');
const app = appSuite();

/** The drafts list is showing (its <h1>). */
async function onDraftsList(page) {
  await page.getByRole('heading', { level: 1, name: 'Draf SOP' }).waitFor();
}

/** Creates an empty draft from the drafts list and waits for the editor. */
async function newEmptyDraft(page) {
  await onDraftsList(page);
  await page.getByRole('button', { name: 'Buat draf kosong' }).click();
  await page.getByLabel('Nama SOP', { exact: true }).waitFor();
}

/** Opens the editor's "Impor dari berkas" disclosure. */
async function openEditorImport(page) {
  const details = page.locator('details', { has: page.getByText('Impor dari berkas') });
  if (!(await details.evaluate((d) => d.open))) {
    await page.getByText('Impor dari berkas').click();
  }
}

/** The codes listed in the import panel. */
async function panelCodes(page) {
  await page.locator('.import__result').waitFor();
  return page.locator('.import__result .import__code').allTextContents();
}

/** Which drafts are listed (their names). */
async function listedDrafts(page) {
  await onDraftsList(page);
  return page.locator('.draft-list__name').allTextContents();
}

test('each corpus fixture shows its expected codes, with line and column', async (t) => {
  const names = (await readdir(CORPUS)).filter((n) => n.endsWith('.sop.yaml')).sort();
  assert.ok(names.length >= 3, `fixtures in ${CORPUS}`);
  const { page, problems } = await app.open();
  await newEmptyDraft(page);
  for (const name of names) {
    const expect = JSON.parse(await readFile(join(CORPUS, name.replace('.sop.yaml', '.expect.json')), 'utf8'));
    await openEditorImport(page);
    await page.getByLabel('Impor berkas SOP').setInputFiles(join(CORPUS, name));
    // A draft is open: the app asks before replacing it.
    const question = page.getByRole('alertdialog');
    await question.waitFor();
    await question.getByRole('button', { name: 'Ganti draf ini' }).click();
    const codes = await panelCodes(page);
    t.diagnostic(`${name}: ${codes.length} findings`);
    for (const code of expect.must) assert.ok(codes.includes(code), `${name}: ${code} shown (${codes.join(' ')})`);
    for (const code of expect.must_not) assert.ok(!codes.includes(code), `${name}: ${code} not shown`);
    // Every finding has its place in the file.
    const items = await page.locator('.import__result .import__finding').allTextContents();
    for (const item of items) assert.match(item, /^SOP\d{3} baris \d+, kolom \d+: /, item);
    // The form now holds the file's content.
    const nama = /^\s*nama: (.*)$/m.exec(await readFile(join(CORPUS, name), 'utf8'))[1].trim();
    assert.equal(await page.getByLabel('Nama SOP', { exact: true }).inputValue(), nama);
    await page.locator('.import__result').getByRole('button', { name: 'Tutup' }).click();
  }
  problems.assertNone();
});

test('importing from the drafts list creates a new draft and opens it', async () => {
  const { page, problems } = await app.open();
  const before = await listedDrafts(page);
  await page.getByLabel('Impor berkas SOP').setInputFiles(join(CORPUS, 'bps-bengkulu_layanan-pengaduan.sop.yaml'));
  const nama = page.getByLabel('Nama SOP', { exact: true });
  await nama.waitFor();
  assert.equal(await nama.inputValue(), 'Layanan Pengaduan');
  await page.getByRole('button', { name: 'Kembali ke daftar draf' }).click();
  const after = await listedDrafts(page);
  assert.equal(after.length, before.length + 1, `${before} → ${after}`);
  assert.ok(after.some((n) => n.includes('Layanan Pengaduan')), after.join(', '));
  problems.assertNone();
});

test('a broken YAML file: the message with line and column, and nothing is created', async () => {
  const { page, problems } = await app.open();
  const before = await listedDrafts(page);
  const broken = 'format: sop/1\nidentitas:\n  nama: "tidak ditutup\n  nomor: 1\n';
  await page.getByLabel('Impor berkas SOP').setInputFiles({
    name: 'rusak.sop.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(broken),
  });
  const panel = page.locator('.import__result[role=alert]');
  await panel.waitFor();
  const text = await panel.textContent();
  assert.match(text, /rusak\.sop\.yaml/);
  assert.match(text, /Berkas tidak dapat dibaca/);
  assert.match(text, /SOP001 baris \d+, kolom \d+: /);
  // Still on the list, with the same drafts.
  assert.deepEqual(await listedDrafts(page), before);
  problems.assertNone();
});

test('a TOML file says TOML is not supported in the browser; a 6 MB file is refused unread', async () => {
  const { page, problems } = await app.open();
  await onDraftsList(page);
  await page.getByLabel('Impor berkas SOP').setInputFiles({
    name: 'contoh.sop.toml',
    mimeType: 'text/plain',
    buffer: Buffer.from('format = "sop/1"\n'),
  });
  const panel = page.locator('.import__result[role=alert]');
  await panel.waitFor();
  assert.match(await panel.textContent(), /SOP001 .*Berkas TOML tidak didukung/);
  await panel.getByRole('button', { name: 'Tutup' }).click();

  const started = performance.now();
  await page.getByLabel('Impor berkas SOP').setInputFiles({
    name: 'besar.sop.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.alloc(6 * 1024 * 1024, 0x20),
  });
  await panel.waitFor();
  assert.match(await panel.textContent(), /terlalu besar \(6,0 MB\); batasnya 5,0 MB/);
  assert.ok(performance.now() - started < 10_000, 'answered without reading the file');

  await page.getByLabel('Impor berkas SOP').setInputFiles({
    name: 'catatan.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('hello'),
  });
  await panel.waitFor();
  assert.match(await panel.textContent(), /bukan berkas SOP/);
  problems.assertNone();
});

test('import while a draft is open asks: Batal changes nothing, Buat draf baru adds a draft', async () => {
  const { page, problems } = await app.open();
  const before = await listedDrafts(page);
  await newEmptyDraft(page);
  const nama = page.getByLabel('Nama SOP', { exact: true });
  await nama.fill('Draf yang sedang dibuka');
  const file = join(CORPUS, 'bps-bengkulu_pengajuan-belanja-pegawai.sop.yaml');

  await openEditorImport(page);
  await page.getByLabel('Impor berkas SOP').setInputFiles(file);
  let question = page.getByRole('alertdialog');
  await question.waitFor();
  for (const label of ['Buat draf baru', 'Ganti draf ini', 'Batal']) {
    assert.equal(await question.getByRole('button', { name: label }).count(), 1, label);
  }
  // Focus moved to the question.
  assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Buat draf baru');
  await question.getByRole('button', { name: 'Batal' }).click();
  await question.waitFor({ state: 'detached' });
  assert.equal(await nama.inputValue(), 'Draf yang sedang dibuka');

  await page.getByRole('status').filter({ hasText: /Tersimpan di perangkat ini · \d/ }).waitFor();
  await openEditorImport(page);
  await page.getByLabel('Impor berkas SOP').setInputFiles(file);
  question = page.getByRole('alertdialog');
  await question.getByRole('button', { name: 'Buat draf baru' }).click();
  await page.waitForFunction(
    () => document.querySelector('h1')?.textContent?.includes('PENGAJUAN BELANJA PEGAWAI'),
  );
  assert.equal(await page.getByLabel('Nama SOP', { exact: true }).inputValue(), 'PENGAJUAN BELANJA PEGAWAI');
  await page.getByRole('button', { name: 'Kembali ke daftar draf' }).click();
  const after = await listedDrafts(page);
  assert.equal(after.length, before.length + 2, after.join(', '));
  assert.ok(after.some((n) => n.includes('Draf yang sedang dibuka')), 'the open draft was kept');
  problems.assertNone();
});

test('drag and drop a file onto the import box', async () => {
  const { page, problems } = await app.open();
  await onDraftsList(page);
  const text = await readFile(join(CORPUS, 'bps-bengkulu_sharing-knowledge-antar-pegawai.sop.yaml'), 'utf8');
  await page.locator('.import__zone').evaluate((zone, content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'seret.sop.yaml', { type: 'application/yaml' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      zone.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  }, text);
  const nama = page.getByLabel('Nama SOP', { exact: true });
  await nama.waitFor();
  const expected = /^\s*nama: (.*)$/m.exec(text)[1].trim().replace(/^"|"$/g, '');
  assert.equal(await nama.inputValue(), expected);
  problems.assertNone();
});

test('the import box in English', async () => {
  const { page, problems } = await app.open();
  await onDraftsList(page);
  await page.click('button.lang-toggle');
  await page.getByRole('heading', { level: 1, name: 'SOP drafts' }).waitFor();
  await page.getByLabel('Import an SOP file').setInputFiles({
    name: 'broken.sop.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{\n  "format": "sop/1",\n  "identitas": { "nama": \n}\n'),
  });
  const panel = page.locator('.import__result[role=alert]');
  await panel.waitFor();
  assert.match(await panel.textContent(), /could not be read/);
  assert.match(await panel.textContent(), /SOP001 line \d+, column \d+: /);
  problems.assertNone();
});

// Issue 8: "no keystroke older than the save interval is lost". Typing and, at once,
// importing a file as a new draft switches screens while the editor's save is pending:
// the typing must still be stored (and the page must not crash).
test('typing, then at once importing as a new draft: the typing is not lost', async () => {
  const { page, problems } = await app.open();
  await newEmptyDraft(page);
  await page.getByLabel('Nama SOP', { exact: true }).fill('Diketik tepat sebelum impor');
  await openEditorImport(page);
  await page.getByLabel('Impor berkas SOP').setInputFiles(join(CORPUS, 'bps-bengkulu_layanan-pengaduan.sop.yaml'));
  await page.getByRole('alertdialog').getByRole('button', { name: 'Buat draf baru' }).click();
  await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('Layanan Pengaduan'));
  await page.waitForTimeout(1500);
  await page.getByRole('button', { name: 'Kembali ke daftar draf' }).click();
  const names = await listedDrafts(page);
  assert.ok(names.includes('Diketik tepat sebelum impor'), names.join(', '));
  problems.assertNone();
});

test('axe-core: the import panel, the question and the findings have no serious violations', async (t) => {
  const { page, problems } = await app.open();
  await onDraftsList(page);
  await page.getByLabel('Impor berkas SOP').setInputFiles({
    name: 'rusak.sop.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from('a: [\n'),
  });
  await page.locator('.import__result').waitFor();
  let serious = seriousViolations(await runAxe(page));
  assert.deepEqual(serious.map((v) => v.id), [], formatViolations(serious));

  await newEmptyDraftFromList(page);
  await openEditorImport(page);
  await page.getByLabel('Impor berkas SOP').setInputFiles(join(CORPUS, 'bps-bengkulu_layanan-pengaduan.sop.yaml'));
  await page.getByRole('alertdialog').waitFor();
  serious = seriousViolations(await runAxe(page));
  assert.deepEqual(serious.map((v) => v.id), [], `question: ${formatViolations(serious)}`);
  await page.getByRole('alertdialog').getByRole('button', { name: 'Ganti draf ini' }).click();
  await page.locator('.import__result').waitFor();
  const violations = await runAxe(page);
  t.diagnostic(formatViolations(violations) || 'no axe findings');
  serious = seriousViolations(violations);
  assert.deepEqual(serious.map((v) => v.id), [], `findings: ${formatViolations(serious)}`);
  problems.assertNone();
});

async function newEmptyDraftFromList(page) {
  await page.locator('.import__result').getByRole('button', { name: 'Tutup' }).click();
  await newEmptyDraft(page);
}

test('at 320px the import box and its findings fit the screen', async () => {
  const { page, problems } = await app.open({ viewport: { width: 320, height: 640 } });
  await onDraftsList(page);
  await page.getByLabel('Impor berkas SOP').setInputFiles({
    name: 'berkas-dengan-nama-yang-sangat-panjang-sekali-tanpa-spasi.sop.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from('a: [\n'),
  });
  await page.locator('.import__result').waitFor();
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('.import *')]
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
  );
  assert.deepEqual(wide, [], 'elements wider than the screen');
  problems.assertNone();
});

// A readable file with reading problems (an unknown key, dropped from the model): after an
// import from the drafts list the editor opens, and shows those problems with line and
// column (`ImportReport`), so nothing is dropped without the user seeing it.
test('importing from the list: the editor shows the file’s reading problems with line and column', async () => {
  const { page, problems } = await app.open();
  await onDraftsList(page);
  const text = 'format: sop/1\nkategori: umum\nidentitas:\n  nama: Dengan kunci asing\n  warna: biru\n';
  await page.getByLabel('Impor berkas SOP').setInputFiles({
    name: 'asing.sop.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(text),
  });
  await page.getByLabel('Nama SOP', { exact: true }).waitFor();
  const report = page.locator('.import__result');
  await report.waitFor({ timeout: 5000 });
  const items = await report.locator('.import__finding').allTextContents();
  assert.ok(items.some((s) => /^SOP003 baris 5, kolom 3: /.test(s)), items.join('\n'));
  problems.assertNone();
});
