// Opens pages of a built site in Debian's Chromium and prints, as JSON, the computed font-family
// of every element a CSS selector finds, so that a test can tell which fonts the theme asks for.
// Usage: node fonts.mjs SITE_DIR SELECTOR PAGE... (pages relative to SITE_DIR, such as en/2026/index.html)
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { launchChromium } from './browser.mjs';

const [site, selector, ...pages] = process.argv.slice(2);
if (!site || !selector || pages.length === 0) {
  console.error('usage: node fonts.mjs SITE_DIR SELECTOR PAGE...');
  process.exit(2);
}

const browser = await launchChromium(['--allow-file-access-from-files']);
const results = [];
try {
  for (const page of pages) {
    const tab = await browser.newPage();
    await tab.goto(pathToFileURL(path.resolve(site, page)).href, { waitUntil: 'load' });
    const fonts = await tab.evaluate((css) => [...document.querySelectorAll(css)].map((element) => ({
      element: element.localName,
      lang: element.closest('[lang]')?.getAttribute('lang') ?? '',
      fontFamily: getComputedStyle(element).fontFamily,
    })), selector);
    results.push({ page, fonts });
    await tab.close();
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(results));
