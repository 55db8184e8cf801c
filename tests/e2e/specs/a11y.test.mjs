// Accessibility of every screen: axe-core (no serious or critical violations) on the
// drafts list, the editor, the editor with the error summary and field errors shown, the
// editor in English and the confirmation dialog; the editor at 320px; a keyboard-only
// round trip through "Periksa kelengkapan" and the error summary.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite, formatViolations, runAxe, seriousViolations } from '../lib/harness.mjs';

const app = appSuite();

async function assertAxeClean(t, page, screen) {
  const violations = await runAxe(page);
  if (violations.length > 0) t.diagnostic(`[${screen}] other axe findings:\n${formatViolations(violations)}`);
  const serious = seriousViolations(violations);
  assert.deepEqual(serious.map((v) => v.id), [], `[${screen}] ${formatViolations(serious)}`);
}

async function openTemplateDraft(page) {
  await page.getByRole('heading', { level: 1, name: 'Draf SOP' }).waitFor();
  await page.getByLabel('Templat').selectOption('layanan_informasi_publik');
  await page.getByRole('button', { name: 'Buat dari templat' }).click();
  await page.getByLabel('Nama SOP', { exact: true }).waitFor();
}

test('axe: drafts list with a draft, editor, editor with errors, English, dialog', async (t) => {
  const { page, problems } = await app.open();
  await openTemplateDraft(page);
  await assertAxeClean(t, page, 'editor');

  // Errors everywhere: a broken branch, an empty name, an empty list item.
  const step2 = page.getByRole('group', { name: 'Langkah 2', exact: true });
  await step2.getByRole('group', { name: 'Cabang 2' }).getByLabel('Ke langkah').selectOption({ label: '— Pilih langkah —' });
  await page.getByLabel('Nama SOP', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Tambah dasar hukum' }).click();
  await page.getByRole('button', { name: 'Periksa kelengkapan' }).click();
  await page.locator('#error-summary').waitFor();
  await page.locator('.summary__suggestions > summary').click();
  await assertAxeClean(t, page, 'editor with errors');

  await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
  await page.getByRole('heading', { level: 2, name: 'There is a problem' }).waitFor();
  await assertAxeClean(t, page, 'editor with errors, English');

  await page.getByRole('button', { name: 'Remove Step 3' }).click();
  await page.getByRole('dialog').waitFor();
  await assertAxeClean(t, page, 'confirmation dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });

  await page.getByRole('button', { name: 'Back to the drafts list' }).click();
  await page.getByRole('heading', { level: 1, name: 'SOP drafts' }).waitFor();
  await assertAxeClean(t, page, 'drafts list with a draft, English');
  await page.getByRole('button', { name: 'Switch language to Bahasa Indonesia' }).click();
  await page.getByRole('heading', { level: 1, name: 'Draf SOP' }).waitFor();
  await assertAxeClean(t, page, 'drafts list with a draft');
  problems.assertNone();
});

test('the editor works at 320px: no sideways scrolling, checklist below the form', async () => {
  const { page, problems } = await app.open({ viewport: { width: 320, height: 640 } });
  await openTemplateDraft(page);
  await page.getByRole('button', { name: 'Periksa kelengkapan' }).click();
  await page.locator('#error-summary').waitFor();
  const layout = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
    formBottom: document.querySelector('.editor__form').getBoundingClientRect().bottom,
    checklistTop: document.querySelector('.checklist').getBoundingClientRect().top,
  }));
  assert.ok(layout.scroll <= layout.client, `page scrolls sideways at 320px: ${JSON.stringify(layout)}`);
  assert.ok(layout.checklistTop >= layout.formBottom, `checklist below the form: ${JSON.stringify(layout)}`);
  problems.assertNone();
});

test('keyboard only: check, the summary gets focus, its first link focuses the field', async () => {
  const { page, problems } = await app.open();
  await openTemplateDraft(page);
  await page.getByLabel('Nama SOP', { exact: true }).fill('');
  // Tab from the heading to "Periksa kelengkapan" and press Enter.
  await page.locator('h1').focus();
  let guard = 0;
  while ((await page.evaluate(() => document.activeElement?.textContent?.trim())) !== 'Periksa kelengkapan') {
    await page.keyboard.press('Tab');
    if (++guard > 20) throw new Error('"Periksa kelengkapan" not reachable with Tab');
  }
  const ring = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
  });
  assert.ok(ring, 'the focused button shows a focus indicator');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Kesalahan: Nama SOP belum diisi');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'f-identitas-nama');
  // The field's message is announced with it.
  const described = await page.evaluate(() => {
    const ids = document.activeElement.getAttribute('aria-describedby').split(' ');
    return ids.map((id) => document.getElementById(id)?.textContent).join(' ');
  });
  assert.match(described, /Nama SOP belum diisi/);
  problems.assertNone();
});
