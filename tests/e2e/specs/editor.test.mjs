// The editor as a new user meets it, fields found by their labels: a draft from the
// layanan_informasi_publik template, the live checklist, a broken decision branch and the
// error summary whose link lands in the field, the step buttons, English, and a reload
// that finds everything again.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite } from '../lib/harness.mjs';

const app = appSuite();

async function newDraftFromTemplate(page, template = 'layanan_informasi_publik') {
  await page.getByRole('heading', { level: 1, name: 'Draf SOP' }).waitFor();
  await page.getByLabel('Templat').selectOption(template);
  await page.getByRole('button', { name: 'Buat dari templat' }).click();
  await page.getByLabel('Nama SOP', { exact: true }).waitFor();
}

const count = (page) => page.locator('#checklist-count').textContent();

async function countIs(page, text) {
  await page.locator('#checklist-count', { hasText: text }).waitFor();
}

function step(page, n) {
  return page.getByRole('group', { name: `Langkah ${n}`, exact: true });
}

test('a draft from the layanan_informasi_publik template, filled by label, with a live checklist', async () => {
  const { page, problems } = await app.open();
  await newDraftFromTemplate(page);
  assert.equal(
    (await page.locator('h1').textContent()).trim(),
    'Draf: Pelayanan Permohonan Informasi Publik',
  );
  assert.equal(await page.title(), 'Draf: Pelayanan Permohonan Informasi Publik — Penyusun SOP');
  assert.equal(await count(page), '11 dari 12 bagian lengkap');
  const identitas = page.locator('.task-list__item', { hasText: 'Identitas SOP' });
  assert.match(await identitas.textContent(), /Belum lengkap/);

  // The missing date completes the identity.
  await page.getByLabel('Tanggal Pembuatan', { exact: true }).fill('10 Juli 2025');
  await countIs(page, '12 dari 12 bagian lengkap');
  assert.match(await identitas.textContent(), /Lengkap/);
  assert.doesNotMatch(await identitas.textContent(), /Belum/);

  // Clearing the name opens the item again; a new name closes it and renames the draft.
  const nama = page.getByLabel('Nama SOP', { exact: true });
  await nama.fill('');
  await countIs(page, '11 dari 12 bagian lengkap');
  await nama.fill('Layanan Informasi Publik Uji E2E');
  await countIs(page, '12 dari 12 bagian lengkap');
  await page.locator('h1', { hasText: 'Draf: Layanan Informasi Publik Uji E2E' }).waitFor();

  // More fields by their official labels.
  await page.getByLabel('Nomor SOP').fill('05/PP.01-SOP/53/2025');
  await page.getByLabel('Tujuan').fill('Memberikan layanan informasi publik secara cepat.');
  await step(page, 1).getByLabel('Waktu').fill('20 menit');
  await step(page, 1).getByLabel('Keterangan').fill('Dapat melalui laman PPID');

  // Saved within a second, said in a status line.
  await page
    .getByRole('status')
    .filter({ hasText: /^Tersimpan di perangkat ini · \d\d\.\d\d$/ })
    .waitFor({ timeout: 3000 });

  // Reload: the draft stays open (its address, #/draf/<id>) with everything typed.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Draf: Layanan Informasi Publik Uji E2E' }).waitFor();
  assert.equal(await page.getByLabel('Nomor SOP').inputValue(), '05/PP.01-SOP/53/2025');
  assert.equal(await page.getByLabel('Tanggal Pembuatan', { exact: true }).inputValue(), '10 Juli 2025');
  assert.equal(await step(page, 1).getByLabel('Waktu').inputValue(), '20 menit');
  await countIs(page, '12 dari 12 bagian lengkap');
  problems.assertNone();
});

test('a broken decision branch: error summary, its link lands in the field, fixing it clears it', async () => {
  const { page, problems } = await app.open();
  await newDraftFromTemplate(page);

  // Langkah 2 decides "Lengkap" / "Tidak lengkap"; clear the second branch's target.
  const branch = step(page, 2).getByRole('group', { name: 'Cabang 2' });
  assert.equal(await branch.getByLabel('Label jawaban').inputValue(), 'Tidak lengkap');
  const target = branch.getByLabel('Ke langkah');
  assert.equal(await target.inputValue(), '3');
  await target.selectOption({ label: '— Pilih langkah —' });
  await countIs(page, '10 dari 12 bagian lengkap');

  await page.getByRole('button', { name: 'Periksa kelengkapan' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Terdapat masalah' });
  await summary.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
  assert.match(await page.title(), /^Kesalahan: Draf: /);

  // The field shows the same message above it, marked invalid and described by it.
  const message = 'Cabang “Tidak lengkap” pada langkah 2 tidak memiliki langkah tujuan';
  assert.equal(await target.getAttribute('aria-invalid'), 'true');
  const describedBy = await target.getAttribute('aria-describedby');
  const describedText = await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent();
  assert.ok(describedText.includes(message), describedText);

  const link = summary.getByRole('link', { name: message });
  await link.click();
  assert.ok(await target.evaluate((el) => el === document.activeElement), 'focus is in the branch target');

  // Fix it with the keyboard-reachable select; the summary follows live.
  await target.selectOption({ label: 'Langkah 3' });
  await link.waitFor({ state: 'detached' });
  assert.equal(await target.getAttribute('aria-invalid'), null);
  problems.assertNone();
});

test('steps: add, move up and down, remove with confirmation', async () => {
  const { page, problems } = await app.open();
  await newDraftFromTemplate(page);
  const headings = () => page.locator('.steps h3').allTextContents();
  assert.equal((await headings()).length, 10);

  await page.getByRole('button', { name: 'Tambah langkah' }).click();
  await step(page, 11).waitFor();
  await step(page, 11).getByLabel('Uraian Kegiatan').fill('Mengarsipkan berkas permohonan');
  // Pelaksana: checkboxes of the lanes, one or several.
  await step(page, 11).getByRole('checkbox', { name: 'Petugas Layanan Informasi PPID' }).check();
  await step(page, 11).getByRole('checkbox', { name: 'PPID KPU Provinsi Nusa Tenggara Timur' }).check();
  await step(page, 11).getByLabel('Simbol').selectOption({ label: 'Proses (kotak)' });

  await step(page, 11).getByRole('button', { name: 'Naikkan Langkah 11' }).click();
  assert.equal(await step(page, 10).getByLabel('Uraian Kegiatan').inputValue(), 'Mengarsipkan berkas permohonan');
  assert.ok(
    await step(page, 10).getByRole('button', { name: 'Naikkan Langkah 10' }).evaluate((el) => el === document.activeElement),
    'focus follows the moved step',
  );
  await step(page, 10).getByRole('button', { name: 'Turunkan Langkah 10' }).click();
  assert.equal(await step(page, 11).getByLabel('Uraian Kegiatan').inputValue(), 'Mengarsipkan berkas permohonan');

  await step(page, 11).getByRole('button', { name: 'Hapus Langkah 11' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hapus langkah?' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Ya, hapus langkah' }).click();
  await step(page, 11).waitFor({ state: 'detached' });
  assert.equal((await headings()).length, 10);
  problems.assertNone();
});

test('a lane in use is not removed silently', async () => {
  const { page, problems } = await app.open();
  await newDraftFromTemplate(page);
  const lane = page.getByRole('group', { name: 'Pelaksana 4' });
  assert.equal(await lane.getByLabel('Nama jabatan pelaksana').inputValue(), 'Unit Kerja Pengelola Informasi');
  await lane.getByRole('button', { name: 'Hapus Pelaksana 4' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hapus pelaksana?' });
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /dipakai oleh langkah 6/);
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await page.getByRole('group', { name: /^Pelaksana \d$/ }).count(), 4);
  problems.assertNone();
});

test('English: every label and the checklist switch, the choice is remembered', async () => {
  const { page, problems } = await app.open();
  await newDraftFromTemplate(page);
  await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
  await page.locator('h1', { hasText: 'Draft: Pelayanan Permohonan Informasi Publik' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await count(page), '11 of 12 sections complete');
  await page.getByLabel('SOP name').fill('Public information requests');
  await page.getByLabel('Date drafted', { exact: true }).fill('2025-07-10');
  await countIs(page, '12 of 12 sections complete');
  await page.getByRole('button', { name: 'Check completeness' }).click();
  await page.getByRole('status').filter({ hasText: 'No problems found' }).waitFor();

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Draft: Public information requests' }).waitFor();
  problems.assertNone();
});
