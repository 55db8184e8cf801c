// Renders web/icon.svg to the PNG icons the manifest names (web/icon-192.png,
// web/icon-512.png) with Debian's Chromium. Run after changing the SVG, and commit the PNGs:
//
//   node web/render-icons.mjs        (needs tests/e2e/node_modules: make setup)
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '..', 'tests', 'e2e', 'package.json'));
const { chromium } = require('playwright-core');

const svg = await readFile(join(here, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<style>html,body{margin:0}</style><img src="${src}" width="${size}" height="${size}">`);
    await page.locator('img').evaluate((img) => img.decode());
    await writeFile(join(here, `icon-${size}.png`), await page.screenshot({ type: 'png' }));
    await page.close();
  }
} finally {
  await browser.close();
}
