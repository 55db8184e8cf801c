// The official layout: the app's Pratinjau renders every page as SVG (with the procedure
// table's two header rows), print media shows only the sheets, and Chromium's
// --print-to-pdf of `sopcheck render` output gives one PDF page per sheet
// (specs/print.test.mjs reads the printed text back).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appSuite, CHROMIUM, CHROMIUM_ARGS, runAxe, seriousViolations, formatViolations } from '../lib/harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '..', '..', '..');
const app = appSuite();

function sopcheck() {
  for (const p of ['target/debug/sopcheck', 'target/release/sopcheck']) {
    if (existsSync(join(ROOT, p))) return join(ROOT, p);
  }
  execFileSync('cargo', ['build', '-q', '-p', 'sop-cli'], { cwd: ROOT, stdio: 'inherit' });
  return join(ROOT, 'target/debug/sopcheck');
}

function pdfPages(pdf) {
  // Page objects are `/Type /Page` (the tree's root is `/Type /Pages`).
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

for (const [name, file] of [
  ['the design example', 'crates/sop-core/tests/data/example.sop.yaml'],
  ['the PPID template', 'crates/sop-core/templates/layanan_informasi_publik.sop.yaml'],
  ['a real signed SOP', 'tests/fixtures/corpus/bps-bengkulu_layanan-pengaduan.sop.yaml'],
]) {
  test(`sopcheck render of ${name} prints to a PDF with one page per sheet`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'sop-render-'));
    const html = join(dir, 'sop.html');
    execFileSync(sopcheck(), ['render', join(ROOT, file), '-o', html], { stdio: ['ignore', 'ignore', 'ignore'] });
    const sheets = (readFileSync(html, 'utf8').match(/<section class="sheet">/g) ?? []).length;
    assert.ok(sheets >= 2, `${sheets} sheets`);
    const pdf = join(dir, 'sop.pdf');
    execFileSync(CHROMIUM, [...CHROMIUM_ARGS, `--user-data-dir=${join(dir, 'profile')}`,
      '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${html}`], { stdio: 'ignore', timeout: 60_000 });
    assert.equal(pdfPages(readFileSync(pdf)), sheets, `${name}: PDF pages`);
  });
}

test('the Pratinjau of a template shows the official pages, and print media shows only them', async () => {
  const { page, problems } = await app.open();
  await page.getByRole('heading', { level: 1, name: 'Draf SOP' }).waitFor();
  await page.getByLabel('Templat').selectOption('layanan_informasi_publik');
  await page.getByRole('button', { name: 'Buat dari templat' }).click();
  await page.getByRole('button', { name: 'Pratinjau' }).click();
  const heading = page.getByRole('heading', { name: 'Pratinjau format resmi' });
  await heading.waitFor();
  const sheets = page.locator('.preview .sheet');
  assert.ok((await sheets.count()) >= 2);
  assert.ok((await page.locator('.preview svg.sop-page polyline.edge').count()) >= 9);
  assert.equal(await page.locator('.preview .watermark').first().textContent(), 'DRAF');
  // Text from the SOP is drawn as text: a lane's name, wrapped in its header cell.
  const cells = await page.locator('.preview svg g').evaluateAll((groups) =>
    groups.map((g) => [...g.querySelectorAll('text')].map((t) => t.textContent).join(' ')));
  assert.ok(cells.includes('Pemohon Informasi Publik'), cells.slice(0, 40).join(' | '));
  // The procedure table has the Permenpan's two header rows: "Pelaksana" over the lane
  // columns and "Mutu Baku" over Kelengkapan / Waktu / Output, on every table page.
  const tablePages = await page.locator('.preview svg.sop-page', { has: page.locator('text', { hasText: 'Uraian Kegiatan' }) }).count();
  assert.ok(tablePages >= 1);
  for (const heading of ['Pelaksana', 'Mutu Baku', 'Kelengkapan', 'Waktu', 'Output', 'Keterangan']) {
    const exact = page.locator('.preview svg text').filter({ hasText: new RegExp(`^${heading}$`) });
    assert.equal(await exact.count(), tablePages, `"${heading}" on every table page`);
  }
  // Nothing is cut: no line ends in an ellipsis.
  assert.equal(await page.locator('.preview svg text', { hasText: '…' }).count(), 0);
  // The Cetak button is offered with the preview.
  await page.getByRole('button', { name: 'Cetak' }).waitFor();
  const violations = await runAxe(page);
  assert.deepEqual(seriousViolations(violations), [], formatViolations(violations));

  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('button', { name: 'Cetak' }).isVisible(), false);
  assert.equal(await heading.isVisible(), false);
  assert.equal(await page.locator('form, .checklist, .task-list').first().isVisible().catch(() => false), false);
  assert.equal(await sheets.first().isVisible(), true);
  await page.emulateMedia({ media: 'screen' });
  problems.assertNone();
});
