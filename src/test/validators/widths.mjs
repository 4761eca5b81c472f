// Opens pages of a built site in Debian's Chromium at a given viewport width and prints, as JSON,
// how wide each page's content is, so that a test can tell a page that scrolls sideways.
// Usage: node widths.mjs SITE_DIR WIDTH PAGE... (pages relative to SITE_DIR, such as en/2026/index.html)
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const [site, width, ...pages] = process.argv.slice(2);
if (!site || !width || pages.length === 0) {
  console.error('usage: node widths.mjs SITE_DIR WIDTH PAGE...');
  process.exit(2);
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--allow-file-access-from-files'],
});
const results = [];
try {
  for (const page of pages) {
    const tab = await browser.newPage();
    await tab.setViewport({ width: Number(width), height: 800 });
    await tab.goto(pathToFileURL(path.resolve(site, page)).href, { waitUntil: 'load' });
    const scrollWidth = await tab.evaluate(() => document.documentElement.scrollWidth);
    results.push({ page, scrollWidth });
    await tab.close();
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(results));
