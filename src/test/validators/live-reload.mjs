// Drives a page served by `handbook serve` in Debian's Chromium while editing its chapter, as an
// editor would, and prints as JSON what the tab showed after each save: the page's text after a
// good save (the tab reloads by itself), the error overlay after a broken one, and whether the
// overlay went away after the mending save.
// Usage: node live-reload.mjs PAGE_URL CHAPTER_FILE FROM TO BROKEN_LINE
//   FROM → TO is the good edit; BROKEN_LINE is appended to make the chapter fail.
import { readFileSync, writeFileSync } from 'node:fs';
import { launchChromium } from './browser.mjs';

const [url, chapter, from, to, broken] = process.argv.slice(2);
if (!broken) {
  console.error('usage: node live-reload.mjs PAGE_URL CHAPTER_FILE FROM TO BROKEN_LINE');
  process.exit(2);
}
const original = readFileSync(chapter, 'utf8');
const browser = await launchChromium();
const result = {};
try {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(String(error)));
  await tab.goto(url, { waitUntil: 'load' });
  result.before = await tab.$eval('main', (main) => main.innerText);
  // Wait until the tab listens, or a save could come before it.
  await tab.waitForSelector('html[data-live-reload=listening]', { timeout: 20000 });

  const reloaded = tab.waitForNavigation({ timeout: 20000, waitUntil: 'load' });
  writeFileSync(chapter, original.replace(from, to));
  await reloaded;
  result.afterGoodSave = await tab.$eval('main', (main) => main.innerText);

  writeFileSync(chapter, original.replace(from, to) + '\n' + broken + '\n');
  await tab.waitForSelector('#handbook-serve-errors', { timeout: 20000 });
  result.overlay = await tab.$eval('#handbook-serve-errors', (overlay) => overlay.innerText);
  result.overlayRole = await tab.$eval('#handbook-serve-errors', (overlay) => overlay.getAttribute('role'));
  result.pageUnderOverlay = await tab.$eval('main', (main) => main.innerText);

  const mended = tab.waitForNavigation({ timeout: 20000, waitUntil: 'load' });
  writeFileSync(chapter, original);
  await mended;
  result.afterMending = await tab.$eval('main', (main) => main.innerText);
  result.overlayAfterMending = await tab.$('#handbook-serve-errors') !== null;
  result.errors = errors;
} finally {
  writeFileSync(chapter, original);
  await browser.close();
}
console.log(JSON.stringify(result, null, 2));
