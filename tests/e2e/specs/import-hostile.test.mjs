// Hostile files through the web import (issue 8): every case of tests/hostile/ gives a
// message or a draft — never a crash — and a file whose every text field holds
// script-injection payloads is shown in the form, the checklist, the error summary and the
// preview as text: nothing runs and no element is injected.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appSuite } from '../lib/harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const HOSTILE = resolve(here, '..', '..', 'hostile');
const app = appSuite();

async function importFile(page, file) {
  await page.getByRole('heading', { level: 1, name: 'Draf SOP' }).waitFor();
  await page.getByLabel('Impor berkas SOP').setInputFiles(file);
}

test('script-injection payloads stay text in the form, checklist, summary and preview', async () => {
  const { page, problems } = await app.open();
  // A payload that ran would set this flag or add an element we can find.
  await page.evaluate(() => { window.__pwned = 0; });
  await importFile(page, join(HOSTILE, 'script-injection.sop.yaml'));
  const nama = page.getByLabel('Nama SOP', { exact: true });
  await nama.waitFor();
  assert.equal(await nama.inputValue(), '"><iframe src=javascript:window.__pwned=1>');
  await page.getByRole('button', { name: 'Periksa kelengkapan' }).click();
  await page.locator('.error-summary, [role="alert"]').first().waitFor();
  await page.getByRole('button', { name: 'Pratinjau' }).click();
  await page.locator('.preview svg.sop-page').first().waitFor();
  // The payload text is visible as text in the preview.
  assert.ok((await page.locator('.preview svg text', { hasText: '<script>' }).count()) >= 1);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__pwned), 0);
  const injected = await page.evaluate(() => ({
    scripts: document.querySelectorAll('body script').length,
    iframes: document.querySelectorAll('iframe').length,
    imgs: document.querySelectorAll('img[onerror]').length,
    handlers: [...document.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((a) => a.name.startsWith('on'))).length,
    jsLinks: document.querySelectorAll('a[href^="javascript:"]').length,
  }));
  assert.deepEqual(injected, { scripts: 0, iframes: 0, imgs: 0, handlers: 0, jsLinks: 0 });
  problems.assertNone();
});

test('every hostile file gives a message or a draft, never a crash', async () => {
  const { cases } = JSON.parse(await readFile(join(HOSTILE, 'cases.json'), 'utf8'));
  const { page, problems } = await app.open();
  for (const c of cases) {
    if (c.file.endsWith('.toml')) continue; // the browser build reads YAML and JSON only
    // Chromium fetches the icon again after the address changed (an imported draft opened,
    // #/draf/<id>); leaving the page first would abort that request.
    await page.waitForLoadState('networkidle');
    await page.goto(app.server.url); // the drafts list (a reload would keep an imported draft open)
    await importFile(page, join(HOSTILE, c.file));
    // Either the editor opens with the file's content, or the drafts list explains why not.
    await page.locator('.import__result, .editor').first().waitFor({ timeout: 10_000 });
    if (c.unreadable) {
      const shown = await page.locator('.import__result').textContent();
      assert.match(shown, /SOP001/, `${c.file}: ${shown}`);
    }
  }
  problems.assertNone();
});
