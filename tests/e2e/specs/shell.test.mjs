// The app shell: the wasm mounts on the drafts list, the language switch works (and sets
// <html lang> and the page title), no console errors, no serious accessibility
// violations, usable at 320px with a visible focus.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite, formatViolations, runAxe, seriousViolations } from '../lib/harness.mjs';

const app = appSuite();

test('the app renders the drafts list with its heading and main landmark', async (t) => {
  const { page, problems, loadMs } = await app.open();
  t.diagnostic(`load to heading: ${loadMs.toFixed(0)} ms`);
  assert.equal((await page.textContent('h1'))?.trim(), 'Draf SOP');
  assert.equal((await page.textContent('.app-title'))?.trim(), 'Penyusun SOP');
  assert.equal(await page.locator('main').count(), 1);
  assert.equal(await page.getAttribute('html', 'lang'), 'id');
  assert.equal(await page.title(), 'Draf SOP — Penyusun SOP');
  problems.assertNone();
});

test('the language switch changes the page and back', async () => {
  const { page, problems } = await app.open();
  const toggle = page.locator('button.lang-toggle');
  assert.equal((await toggle.textContent())?.trim(), 'English');

  await toggle.click();
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'SOP drafts');
  assert.equal(await page.getAttribute('.app', 'lang'), 'en');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.title(), 'SOP drafts — SOP Builder');
  assert.equal((await toggle.textContent())?.trim(), 'Bahasa Indonesia');

  await toggle.click();
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Draf SOP');
  assert.equal(await page.getAttribute('.app', 'lang'), 'id');
  assert.equal(await page.getAttribute('html', 'lang'), 'id');
  problems.assertNone();
});

test('no console errors, page errors or failed requests', async () => {
  const { page, problems } = await app.open();
  await page.click('button.lang-toggle');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'SOP drafts');
  // Give late errors (panics in spawned tasks, failed fetches) a moment to surface.
  await page.waitForTimeout(300);
  problems.assertNone();
});

test('axe-core finds no serious or critical violations on the drafts list (id and en)', async (t) => {
  const { page, problems } = await app.open();
  for (const lang of ['id', 'en']) {
    if (lang === 'en') {
      await page.click('button.lang-toggle');
      await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'SOP drafts');
    }
    const violations = await runAxe(page);
    if (violations.length > 0) t.diagnostic(`[${lang}] other axe findings:\n${formatViolations(violations)}`);
    const serious = seriousViolations(violations);
    assert.deepEqual(serious.map((v) => v.id), [], `[${lang}] ${formatViolations(serious)}`);
  }
  problems.assertNone();
});

test('works at 320px width: no horizontal scrolling, visible keyboard focus', async () => {
  const { page, problems } = await app.open({ viewport: { width: 320, height: 640 } });
  const overflow = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(overflow.scroll <= overflow.client, `page scrolls sideways at 320px: ${JSON.stringify(overflow)}`);

  // First Tab: the skip link, then the language switch. Both show a focus ring.
  for (const selector of ['a.skip-link', 'button.lang-toggle']) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return {
        matches: [el.tagName.toLowerCase(), ...el.classList].join('.'),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        shadow: style.boxShadow !== 'none',
        visible: rect.width > 0 && rect.height > 0 && rect.top >= 0 && rect.left >= 0,
      };
    });
    assert.equal(focus.matches, selector, `focus is on ${selector}`);
    assert.ok(focus.outline || focus.shadow, `${selector} shows a focus indicator: ${JSON.stringify(focus)}`);
    assert.ok(focus.visible, `${selector} is on screen when focused: ${JSON.stringify(focus)}`);
  }
  // The skip link moves focus to <main>.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'konten');
  problems.assertNone();
});
