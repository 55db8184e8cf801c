// Words the staff understand (issue 12): the people who use the app never see the SOP
// file, so nothing on the page may speak its language. An empty new draft, "Periksa
// kelengkapan", every <details> opened: the page's text has no snake_case file key, no
// backtick and no YAML, in Bahasa Indonesia and in English; then the same with one
// pelaksana, one step, one monitoring record and one evaluation added (their messages
// too). The file keys are read from sop-core's own list (crates/sop-core/src/keys.rs).
// Then the fields for people: a date picker beside each date field (the typed long form
// still accepted, the picked date written in the long form), and a pelaksana that needs
// only its name (its code derived, changed only behind "Ubah kode", steps kept).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appSuite } from '../lib/harness.mjs';

const app = appSuite();
const here = dirname(fileURLToPath(import.meta.url));

/** Every key of the file format, from `pub const X: &str = "key";` in keys.rs. */
async function fileKeys() {
  const src = await readFile(join(here, '..', '..', '..', 'crates', 'sop-core', 'src', 'keys.rs'), 'utf8');
  const keys = new Set([...src.matchAll(/pub const [A-Z0-9_]+: &str = "([a-z0-9_]+)";/g)].map((m) => m[1]));
  assert.ok(keys.has('dasar_hukum') && keys.has('tanggal_pembuatan') && keys.has('mutu_baku'), [...keys].join(' '));
  return keys;
}

/** What in `text` reads like the file rather than the form (empty: nothing). */
function fileTalk(text, keys) {
  const found = [];
  for (const m of text.matchAll(/\b[a-z0-9]+_[a-z0-9_]+\b/g)) found.push(`snake_case ${m[0]}${keys.has(m[0]) ? ' (a file key)' : ''}`);
  if (text.includes('`')) found.push(`backtick in “${around(text, text.indexOf('`'))}”`);
  for (const m of text.matchAll(/- \{|\{ ?[a-z_]+: /g)) found.push(`YAML “${around(text, m.index)}”`);
  // "key: value" as the file writes it: a lower-case file key, a colon, a value.
  for (const m of text.matchAll(/(?<![\p{L}\d])([a-z_]+): \S/gu)) {
    if (keys.has(m[1])) found.push(`YAML “${around(text, m.index)}”`);
  }
  return found;
}

function around(text, i) {
  return text.slice(Math.max(0, i - 40), i + 40).replace(/\s+/g, ' ');
}

/** Opens every <details>, waits a frame, and returns the page's text. */
async function pageText(page) {
  return page.evaluate(async () => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    await new Promise((r) => requestAnimationFrame(() => r()));
    return document.body.innerText;
  });
}

async function newEmptyDraft(page) {
  await page.getByRole('heading', { level: 1, name: 'Draf SOP' }).waitFor();
  await page.getByRole('button', { name: 'Buat draf kosong' }).click();
  await page.getByLabel('Nama SOP', { exact: true }).waitFor();
}

async function assertFormWords(page, keys, where) {
  const text = await pageText(page);
  assert.ok(text.length > 1000, `${where}: the page has text`);
  assert.deepEqual(fileTalk(text, keys), [], `${where}: the page speaks the file's language`);
}

test('an empty draft checked: no file keys, backticks or YAML on the page, in both languages', async () => {
  const keys = await fileKeys();
  const { page, problems } = await app.open();
  await newEmptyDraft(page);
  await page.getByRole('button', { name: 'Periksa kelengkapan' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Terdapat masalah' });
  await summary.waitFor();
  // The help names the form's field, not the file's key.
  assert.match(await page.locator('main').innerText(), /Dasar Hukum/);
  await assertFormWords(page, keys, 'empty draft, Indonesian');

  await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
  await page.getByRole('heading', { level: 2, name: 'There is a problem' }).waitFor();
  await assertFormWords(page, keys, 'empty draft, English');

  // One of every record: their messages are about the form's fields too.
  await page.getByRole('button', { name: 'Switch language to Bahasa Indonesia' }).click();
  await page.getByRole('heading', { level: 2, name: 'Terdapat masalah' }).waitFor();
  for (const add of ['Tambah pelaksana', 'Tambah langkah', 'Tambah langkah', 'Tambah catatan monitoring', 'Tambah evaluasi']) {
    await page.getByRole('button', { name: add, exact: true }).click();
  }
  await page.getByRole('group', { name: 'Langkah 2', exact: true }).getByLabel('Simbol').selectOption('keputusan');
  await page.getByRole('button', { name: 'Periksa kelengkapan' }).click();
  await page.getByRole('group', { name: 'Langkah 2', exact: true }).locator('.field__messages').first().waitFor();
  await assertFormWords(page, keys, 'records added, Indonesian');
  await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
  await page.getByRole('heading', { level: 2, name: 'There is a problem' }).waitFor();
  await assertFormWords(page, keys, 'records added, English');
  problems.assertNone();
});

test('dates: a picker beside the field writes the long form; the typed long form is still read', async () => {
  const { page, problems } = await app.open();
  await newEmptyDraft(page);
  const typed = page.getByLabel('Tanggal Pembuatan', { exact: true });
  const picker = page.getByLabel('Tanggal Pembuatan, pilih di kalender');
  assert.equal(await picker.getAttribute('type'), 'date');
  // The picker shares the field's hint.
  const hintId = await typed.getAttribute('aria-describedby');
  assert.ok(hintId && (await picker.getAttribute('aria-describedby')).includes(hintId.split(' ')[0]));

  // Picked: the field shows the long form.
  await picker.fill('2025-02-24');
  assert.equal(await typed.inputValue(), '24 Februari 2025');

  // Typed in the long form: the picker shows the same day.
  await typed.fill('10 Juli 2025');
  assert.equal(await picker.inputValue(), '2025-07-10');
  // Typed as digits (a file's ISO date): read the same.
  await typed.fill('2025-07-11');
  assert.equal(await picker.inputValue(), '2025-07-11');
  // Not a date: the picker is empty, the text is kept as typed.
  await typed.fill('kemarin');
  assert.equal(await picker.inputValue(), '');
  assert.equal(await typed.inputValue(), 'kemarin');

  // Monitoring and evaluation dates have the picker too.
  await page.getByRole('button', { name: 'Tambah catatan monitoring' }).click();
  const monitoring = page.getByRole('group', { name: 'Monitoring 1' });
  await monitoring.getByLabel('Tanggal, pilih di kalender').fill('2026-01-05');
  assert.equal(await monitoring.getByLabel('Tanggal', { exact: true }).inputValue(), '5 Januari 2026');
  for (const label of ['Tanggal Revisi, pilih di kalender', 'Tanggal Efektif, pilih di kalender']) {
    assert.equal(await page.getByLabel(label).getAttribute('type'), 'date');
  }
  problems.assertNone();
});

test('a pelaksana needs only its name: the code follows the name until steps use it', async () => {
  const { page, problems } = await app.open();
  await newEmptyDraft(page);
  await page.getByRole('button', { name: 'Tambah pelaksana' }).click();
  const lane = page.getByRole('group', { name: 'Pelaksana 1' });
  const name = lane.getByLabel('Nama jabatan pelaksana');
  await name.fill('Kepala Subbagian Umum');
  // The code is behind "Ubah kode", derived from the name.
  const code = lane.getByLabel('Kode singkat');
  assert.equal(await code.isVisible(), false);
  await lane.getByText('Ubah kode').click();
  assert.equal(await code.inputValue(), 'kepala-subbagian-umum');

  // A step uses the lane; renaming the lane keeps the step's pelaksana.
  await page.getByRole('button', { name: 'Tambah langkah' }).click();
  const step1 = page.getByRole('group', { name: 'Langkah 1', exact: true });
  await step1.getByRole('checkbox', { name: 'Kepala Subbagian Umum' }).check();
  await name.fill('Kepala Subbagian Umum dan Logistik');
  assert.equal(await code.inputValue(), 'kepala-subbagian-umum');
  assert.equal(await step1.getByRole('checkbox', { name: 'Kepala Subbagian Umum dan Logistik' }).isChecked(), true);

  // A second lane with the same name gets a code of its own.
  await page.getByRole('button', { name: 'Tambah pelaksana' }).click();
  const lane2 = page.getByRole('group', { name: 'Pelaksana 2' });
  await lane2.getByLabel('Nama jabatan pelaksana').fill('Kepala Subbagian Umum');
  await lane2.getByText('Ubah kode').click();
  assert.equal(await lane2.getByLabel('Kode singkat').inputValue(), 'kepala-subbagian-umum-2');

  // Changing the code on request keeps the step's pelaksana too.
  await code.fill('kasubbag');
  await name.focus();
  assert.equal(await step1.getByRole('checkbox', { name: 'Kepala Subbagian Umum dan Logistik' }).isChecked(), true);
  problems.assertNone();
});
