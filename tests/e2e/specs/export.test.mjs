// Export: "Unduh YAML" / "Unduh JSON" download the open draft; the downloaded file passes
// `sopcheck check` with the same findings the app shows (the editor's summary, and the
// import panel's code/line/column list for the same file); importing it back gives the
// same content.
//
// The sopcheck binary: $SOPCHECK if set, else `cargo build -p sop-cli` is run (quick when
// up to date) and $CARGO_TARGET_DIR/debug/sopcheck (default target/) is used.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appSuite } from '../lib/harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(here, '..', '..', '..');
const app = appSuite();
let sopcheck;
let downloads;

before(async () => {
  downloads = await mkdtemp(join(tmpdir(), 'sop-export-'));
  if (process.env.SOPCHECK) {
    sopcheck = process.env.SOPCHECK;
    return;
  }
  const built = spawnSync('cargo', ['build', '--quiet', '-p', 'sop-cli'], { cwd: REPO, stdio: 'inherit' });
  assert.equal(built.status, 0, 'cargo build -p sop-cli');
  sopcheck = join(process.env.CARGO_TARGET_DIR ?? join(REPO, 'target'), 'debug', 'sopcheck');
});

/** The browser's date (what the app uses for SOP501–SOP503) as YYYY-MM-DD. */
function browserToday(page) {
  return page.evaluate(() => {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
}

/** `sopcheck check --format json` on a file: its diagnostics. */
function check(file, today) {
  const run = spawnSync(sopcheck, ['check', '--format', 'json', '--lang', 'id', '--today', today, file], {
    encoding: 'utf8',
  });
  assert.ok(run.status === 0 || run.status === 1, `sopcheck exit ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout).files[0].diagnostics;
}

/** Clicks a download button and saves the file; returns its name and path. */
async function download(page, label) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
  const path = join(downloads, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

/** A draft from the default template (layanan_informasi_publik) with a new name, saved. */
async function draftFromTemplate(page, name) {
  await page.getByRole('heading', { level: 1, name: 'Draf SOP' }).waitFor();
  await page.getByRole('button', { name: 'Buat dari templat' }).click();
  const nama = page.getByLabel('Nama SOP', { exact: true });
  await nama.fill(name);
  await page.getByRole('status').filter({ hasText: /Tersimpan di perangkat ini · \d/ }).waitFor();
}

/** The messages of the editor's summary (after "Periksa kelengkapan"), every severity. */
async function summaryMessages(page) {
  await page.getByRole('button', { name: 'Periksa kelengkapan' }).click();
  await page.locator('#error-summary').waitFor();
  return page.locator('#error-summary li a').allTextContents();
}

/** Each sopcheck message is one summary entry (entries carry a severity prefix). */
function assertSameMessages(shown, expected, what) {
  const left = [...shown];
  for (const d of expected) {
    const i = left.findIndex((s) => s.trim().endsWith(d.message));
    assert.ok(i >= 0, `${what}: the app does not show ${d.code} "${d.message}"\napp: ${shown.join('\n')}`);
    left.splice(i, 1);
  }
  assert.deepEqual(left, [], `${what}: the app shows findings sopcheck does not report`);
}

for (const [label, ext] of [
  ['Unduh YAML', 'sop.yaml'],
  ['Unduh JSON', 'sop.json'],
]) {
  test(`${label}: the file passes sopcheck with the findings the app shows`, async (t) => {
    const { page, problems } = await app.open();
    await draftFromTemplate(page, 'Uji Ekspor Layanan Informasi');
    const shown = await summaryMessages(page);
    const file = await download(page, label);
    assert.equal(file.name, `uji-ekspor-layanan-informasi.${ext}`);
    const text = await readFile(file.path, 'utf8');
    if (ext === 'sop.json') JSON.parse(text);
    else assert.match(text, /^format: sop\/1$/m);

    const today = await browserToday(page);
    const diagnostics = check(file.path, today);
    t.diagnostic(`${file.name}: ${diagnostics.length} findings (${diagnostics.map((d) => d.code).join(' ')})`);
    assert.deepEqual(
      diagnostics.filter((d) => /^SOP00\d$/.test(d.code)).map((d) => d.code),
      [],
      'the exported file reads cleanly',
    );
    assertSameMessages(shown, diagnostics, 'editor summary');

    // The import panel shows the same findings at the same places.
    await page.getByText('Impor dari berkas').click();
    await page.getByLabel('Impor berkas SOP').setInputFiles(file.path);
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ganti draf ini' }).click();
    await page.locator('.import__result').waitFor();
    const panel = (await page.locator('.import__result .import__finding').allTextContents()).map((s) =>
      /^(SOP\d{3}) baris (\d+), kolom (\d+): /.exec(s)?.slice(1).join(':'),
    );
    const cli = diagnostics.map((d) => `${d.code}:${d.line}:${d.column}`);
    assert.deepEqual([...panel].sort(), [...cli].sort(), 'import panel vs sopcheck (code:line:column)');
    assert.equal(await page.getByLabel('Nama SOP', { exact: true }).inputValue(), 'Uji Ekspor Layanan Informasi');
    problems.assertNone();
  });
}

test('an untitled draft downloads as sop.sop.yaml; English labels', async () => {
  const { page, problems } = await app.open();
  await page.click('button.lang-toggle');
  await page.getByRole('heading', { level: 1, name: 'SOP drafts' }).waitFor();
  await page.getByRole('button', { name: 'Create an empty draft' }).click();
  await page.getByRole('button', { name: 'Download JSON' }).waitFor();
  const file = await download(page, 'Download YAML');
  assert.equal(file.name, 'sop.sop.yaml');
  await page.getByText(/Downloaded: sop\.sop\.yaml/).waitFor();
  problems.assertNone();
});
