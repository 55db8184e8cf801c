// The printed SOP is the official document: `sopcheck render`, printed by Debian's
// Chromium (Playwright's page.pdf(), A4 landscape from the page's own CSS), read back with
// poppler's pdftotext and pdfinfo, as an office would print and sign it.
//
// - every text of the SOP (identity, every item of the six boxes, every step's uraian,
//   mutu baku and keterangan, the lane names) is in the PDF's text in full;
// - the three real SOPs print in no more pages than their signed originals (2, 2, 3);
// - every procedure page carries the "Pelaksana" and "Mutu Baku" headings;
// - dates print long ("24 Februari 2025") and the NIP without a dot;
// - in the browser, with the real font, no line of text is wider or taller than its cell
//   (the laid-out position of its first and last character, and its ink above and below
//   the baseline, against the <rect> of its cell).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchBrowser } from '../lib/harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '..', '..', '..');
const CORPUS = 'tests/fixtures/corpus';
const TEMPLATES = 'crates/sop-core/templates';

// Pages of the signed originals (research/corpus/*.txt).
const ORIGINAL_PAGES = {
  'bps-bengkulu_layanan-pengaduan.sop.yaml': 2,
  'bps-bengkulu_pengajuan-belanja-pegawai.sop.yaml': 2,
  'bps-bengkulu_sharing-knowledge-antar-pegawai.sop.yaml': 3,
};

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus',
  'September', 'Oktober', 'November', 'Desember'];

/** The newest sopcheck built (make test builds the debug one; a stale release one loses). */
function sopcheck() {
  const built = ['target/debug/sopcheck', 'target/release/sopcheck']
    .map((p) => join(ROOT, p))
    .filter((p) => existsSync(p))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (built.length > 0) return built[0];
  execFileSync('cargo', ['build', '-q', '-p', 'sop-cli'], { cwd: ROOT, stdio: 'inherit' });
  return join(ROOT, 'target/debug/sopcheck');
}

/** Whitespace removed: what must survive line breaking, character by character. */
const squash = (s) => String(s).replace(/\s+/g, '');

/** An ISO date as the printout shows it; anything else as written. */
function longDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(text ?? '').trim());
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : String(text ?? '').trim();
}

/** Every text of the SOP the printout must show, with where it comes from. */
function expectedTexts(sop) {
  const out = [];
  const add = (where, text) => {
    if (typeof text === 'string' && text.trim() !== '') out.push([where, text]);
  };
  const id = sop.identitas ?? {};
  for (const key of ['instansi', 'unit', 'nomor', 'nama']) add(`identitas.${key}`, id[key]);
  for (const key of ['tanggal_pembuatan', 'tanggal_revisi', 'tanggal_efektif']) {
    add(`identitas.${key}`, longDate(id[key]));
  }
  const signer = id.disahkan_oleh ?? {};
  add('disahkan_oleh.jabatan', signer.jabatan);
  add('disahkan_oleh.nama', signer.nama);
  if (signer.nip) add('disahkan_oleh.nip', `NIP ${signer.nip}`);
  for (const box of ['dasar_hukum', 'kualifikasi_pelaksana', 'keterkaitan',
    'peralatan_perlengkapan', 'peringatan', 'pencatatan_pendataan']) {
    (sop[box] ?? []).forEach((item, i) => add(`${box}[${i}]`, item));
  }
  (sop.pelaksana ?? []).forEach((lane, i) => add(`pelaksana[${i}]`, lane.nama));
  (sop.kegiatan ?? []).forEach((step, i) => {
    add(`kegiatan[${i}].uraian`, step.uraian);
    add(`kegiatan[${i}].keterangan`, step.keterangan);
    const q = step.mutu_baku ?? {};
    for (const key of ['kelengkapan', 'waktu', 'output']) add(`kegiatan[${i}].${key}`, q[key]);
  });
  return out;
}

const files = [
  ...readdirSync(join(ROOT, CORPUS)).filter((f) => f.endsWith('.sop.yaml')).map((f) => join(CORPUS, f)),
  ...readdirSync(join(ROOT, TEMPLATES)).filter((f) => f.endsWith('.sop.yaml')).map((f) => join(TEMPLATES, f)),
].sort();

let browser;
const dir = mkdtempSync(join(tmpdir(), 'sop-print-'));
const bin = sopcheck();
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Renders `file`, prints it to PDF and returns the HTML path, PDF path and page texts. */
async function print(file) {
  const name = file.split('/').pop().replace('.sop.yaml', '');
  const html = join(dir, `${name}.html`);
  execFileSync(bin, ['render', join(ROOT, file), '-o', html], { stdio: ['ignore', 'ignore', 'ignore'] });
  const page = await browser.newPage();
  await page.goto(pathToFileURL(html).href);
  const pdf = join(dir, `${name}.pdf`);
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  await page.close();
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const texts = [];
  for (let p = 1; p <= pages; p++) {
    texts.push(execFileSync('pdftotext', ['-raw', '-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' }));
  }
  return { html, pdf, pages, texts };
}

for (const file of files) {
  const name = file.split('/').pop();
  test(`${name}: every text is printed in full, with both header rows on every procedure page`, async () => {
    const sop = JSON.parse(execFileSync(bin, ['convert', '--to', 'json', join(ROOT, file)],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    const { pages, texts } = await print(file);
    const all = squash(texts.join('\n'));
    const missing = expectedTexts(sop).filter(([, text]) => !all.includes(squash(text)));
    assert.deepEqual(missing, [], `${name}: not in the printed PDF (${pages} pages)`);
    assert.ok(!all.includes('…'), `${name}: an ellipsis means cut text`);
    assert.ok(!/NIP\./.test(texts.join('\n')), `${name}: "NIP." with a dot`);
    // Procedure pages: those with the table's "Uraian Kegiatan" heading.
    const procedure = texts.filter((t) => squash(t).includes('UraianKegiatan'));
    assert.ok(procedure.length >= 1, `${name}: no procedure page`);
    for (const t of procedure) {
      assert.ok(t.includes('Pelaksana') && squash(t).includes('MutuBaku'),
        `${name}: a procedure page without the Pelaksana / Mutu Baku headings`);
    }
    if (ORIGINAL_PAGES[name] !== undefined) {
      assert.ok(pages <= ORIGINAL_PAGES[name],
        `${name}: ${pages} pages, the signed original has ${ORIGINAL_PAGES[name]}`);
    }
  });
}

test('dates print in the long form', async () => {
  const { texts } = await print(join(CORPUS, 'bps-bengkulu_layanan-pengaduan.sop.yaml'));
  const first = texts[0].replace(/\s+/g, ' ');
  assert.ok(first.includes('24 Februari 2025') && first.includes('25 Februari 2025'), first);
  assert.ok(!first.includes('2025-02-24'));
  assert.ok(first.includes('NIP 196608251988021001'));
});

test('with the real font, no text is wider or taller than its cell (real SOPs)', async () => {
  for (const file of files.filter((f) => f.startsWith(CORPUS))) {
    const name = file.split('/').pop().replace('.sop.yaml', '');
    const html = join(dir, `${name}.measure.html`);
    execFileSync(bin, ['render', join(ROOT, file), '-o', html], { stdio: ['ignore', 'ignore', 'ignore'] });
    const page = await browser.newPage();
    await page.goto(pathToFileURL(html).href);
    await page.evaluate(() => document.fonts.ready);
    const result = await page.evaluate(() => {
      // Where the browser put each line: its first and last character as laid out (kerning
      // included), and the ink above and below the baseline of the font it really used.
      const ink = document.createElement('canvas').getContext('2d');
      const bad = [];
      let checked = 0;
      for (const g of document.querySelectorAll('svg.sop-page g')) {
        const rect = g.querySelector(':scope > rect');
        if (!rect) continue;
        const r = { x: rect.x.baseVal.value, y: rect.y.baseVal.value, w: rect.width.baseVal.value, h: rect.height.baseVal.value };
        for (const text of g.querySelectorAll(':scope > text')) {
          const n = text.getNumberOfChars();
          if (n === 0) continue;
          checked++;
          const left = text.getStartPositionOfChar(0).x;
          const right = text.getEndPositionOfChar(n - 1).x;
          const baseline = text.getStartPositionOfChar(0).y;
          const style = getComputedStyle(text);
          const size = parseFloat(text.getAttribute('font-size'));
          ink.font = `${style.fontWeight} ${size * 100}px ${style.fontFamily}`;
          const m = ink.measureText(text.textContent);
          const top = baseline - m.actualBoundingBoxAscent / 100;
          const bottom = baseline + m.actualBoundingBoxDescent / 100;
          const e = 0.05;
          if (left < r.x - e || right > r.x + r.w + e || top < r.y - e || bottom > r.y + r.h + e) {
            bad.push(`${JSON.stringify(text.textContent)}: ${[left, top, right, bottom].map((v) => v.toFixed(2))} outside ${[r.x, r.y, r.x + r.w, r.y + r.h].map((v) => v.toFixed(2))}`);
          }
        }
      }
      const family = getComputedStyle(document.querySelector('svg.sop-page text')).fontFamily;
      return { bad, checked, family };
    });
    await page.close();
    assert.ok(result.checked > 50, `${name}: ${result.checked} texts measured`);
    assert.match(result.family, /Arial|Liberation Sans/);
    assert.deepEqual(result.bad, [], `${name}: text outside its cell`);
  }
});
