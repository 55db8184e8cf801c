// Lighthouse of the standalone web app (scripts/lighthouse.sh): serves a built bundle
// gzip-compressed on 127.0.0.1 (as a real host would: hashed files cached for a year, the
// page and sw.js revalidated), runs Lighthouse RUNS times (mobile form factor, default
// simulated throttling: what `lighthouse <url>` does) in Debian's Chromium, and prints the
// median run's scores and metrics. Lighthouse 12.2.3: 13.x needs Node 22.
//
//   node bench/lighthouse/run.mjs DIST_DIR     RUNS=3, CHROME_PATH=/usr/bin/chromium,
//                                              LIGHTHOUSE_JSON=<file> keeps the median report
import { createServer } from 'node:http';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const dist = resolve(process.argv[2] ?? 'target/e2e-dist');
const runs = Number(process.env.RUNS ?? 3);
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const COMPRESS = new Set(['.html', '.js', '.css', '.wasm', '.json', '.svg']);

const server = createServer(async (req, res) => {
  try {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(dist, path));
    if (!file.startsWith(dist + sep) || !(await stat(file).catch(() => null))?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    const ext = extname(file);
    let body = await readFile(file);
    // Trunk's hashed names: sop-web-0123456789abcdef.js, app-0123456789abcdef.css.
    const hashed = /-[0-9a-f]{16}(_bg)?\.\w+$/.test(file);
    const headers = {
      'content-type': MIME[ext] ?? 'application/octet-stream',
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
    };
    if (COMPRESS.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body, { level: 9 });
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
  } catch (err) {
    res.writeHead(500).end(String(err));
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${server.address().port}/`;

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
const reports = [];
try {
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    reports.push(result.lhr);
    process.stdout.write(`run ${i + 1}/${runs}: performance ${Math.round(result.lhr.categories.performance.score * 100)}\n`);
  }
} finally {
  await chrome.kill();
  server.close();
}

reports.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
const lhr = reports[Math.floor(reports.length / 2)];
if (process.env.LIGHTHOUSE_JSON) await writeFile(process.env.LIGHTHOUSE_JSON, JSON.stringify(lhr));
const score = (c) => Math.round(lhr.categories[c].score * 100);
const ms = (a) => `${(lhr.audits[a].numericValue / 1000).toFixed(2)} s`;
const warnings = lhr.runWarnings ?? [];
console.log(`
Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor}, ${lhr.configSettings.throttlingMethod} throttling, served gzip; median of ${runs}: ${dist}
  performance        ${score('performance')}
  accessibility      ${score('accessibility')}
  best practices     ${score('best-practices')}
  SEO                ${score('seo')}
  FCP                ${ms('first-contentful-paint')}
  LCP                ${ms('largest-contentful-paint')}
  TTI                ${ms('interactive')}
  TBT                ${Math.round(lhr.audits['total-blocking-time'].numericValue)} ms
  CLS                ${lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)}
  Speed Index        ${ms('speed-index')}
  bytes on the wire  ${Math.round(lhr.audits['total-byte-weight'].numericValue / 1024)} KiB${warnings.length ? `\n  warnings: ${warnings.join(' | ')}` : ''}`);
