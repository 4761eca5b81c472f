// Opens pages of a built site in Debian's Chromium as a reader's phone and desktop would, and prints,
// as JSON, what a test needs to judge the layout: how wide each page lays out at each width (wider
// than the screen scrolls sideways), where its <h1> starts on a 390 × 844 phone, and for each table
// the boxes around it (itself included) that scroll sideways, each with its tabindex and the name
// a screen reader gives it; and, at each width, which of the header's controls (the title, the search
// box and its button, the menu button) cover one another.
// Usage: node layout.mjs SITE_DIR SCREENSHOT_DIR|- PAGE...  (pages relative to SITE_DIR, such as
// en/2026/index.html; a page written *en/2026/index.html is also photographed at 390 and 1280 px).
import { pathToFileURL } from 'node:url';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from './browser.mjs';

const [site, shots, ...listed] = process.argv.slice(2);
if (!site || !shots || listed.length === 0) {
  console.error('usage: node layout.mjs SITE_DIR SCREENSHOT_DIR|- PAGE...');
  process.exit(2);
}
const pages = listed.map(entry => ({ page: entry.replace(/^\*/, ''), photographed: entry.startsWith('*') && shots !== '-' }));
const viewports = [{ width: 320, height: 640 }, { width: 390, height: 844 }, { width: 1280, height: 900 }];
if (shots !== '-') {
  await mkdir(shots, { recursive: true });
}

const browser = await launchChromium(['--allow-file-access-from-files', '--hide-scrollbars']);
const results = pages.map(({ page }) => ({ page, widths: {}, headingTop: null, tables: [], overlaps: [] }));
try {
  // One tab per width, each loading every page in turn: the widths run side by side.
  await Promise.all(viewports.map(async viewport => {
    const tab = await browser.newPage();
    await tab.setViewport(viewport);
    for (let i = 0; i < pages.length; i++) {
      const { page, photographed } = pages[i];
      await tab.goto(pathToFileURL(path.resolve(site, page)).href, { waitUntil: 'load' });
      const measured = await tab.evaluate(() => {
        const heading = document.querySelector('h1');
        // Shown controls only: a control hidden at this width has an empty box.
        const controls = [['the title', '.site-title a'], ['the search box', '.site-search input'],
          ['the search button', '.site-search button'], ['the menu button', '.book-menu-button']]
          .map(([name, selector]) => [name, document.querySelector(selector)?.getBoundingClientRect()])
          .filter(([, box]) => box && box.width > 0 && box.height > 0);
        const overlaps = [];
        for (let a = 0; a < controls.length; a++) {
          for (let b = a + 1; b < controls.length; b++) {
            const [first, one] = controls[a];
            const [second, other] = controls[b];
            // Touching edges are not an overlap; a pixel of rounding is forgiven.
            if (one.left < other.right - 1 && other.left < one.right - 1 && one.top < other.bottom - 1 && other.top < one.bottom - 1) {
              overlaps.push(`${first} and ${second}`);
            }
          }
        }
        return {
          scrollWidth: document.documentElement.scrollWidth,
          headingTop: heading ? heading.getBoundingClientRect().top + window.scrollY : null,
          overlaps,
        };
      });
      results[i].widths[viewport.width] = measured.scrollWidth;
      results[i].overlaps.push(...measured.overlaps.map((pair) => `${pair} at ${viewport.width} px`));
      if (viewport.width === 390) {
        results[i].headingTop = measured.headingTop;
        results[i].tables = await tab.evaluate(() => [...document.querySelectorAll('main table')].map((table) => {
          const boxes = [];
          for (let element = table; element && element !== document.body; element = element.parentElement) {
            const style = getComputedStyle(element);
            // Overflow does not apply to a box laid out as a table, which never scrolls.
            if (['auto', 'scroll'].includes(style.overflowX) && !style.display.startsWith('table')) {
              const named = element.getAttribute('aria-labelledby');
              boxes.push({
                tabindex: element.getAttribute('tabindex'),
                name: named ? named.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim()
                  : (element.getAttribute('aria-label') ?? ''),
              });
            }
          }
          const heading = table.querySelector('caption, th');
          return { table: heading ? heading.textContent.trim() : '', boxes };
        }));
      }
      if (photographed && viewport.width !== 320) {
        const name = page.replace(/\/index\.html$/, '').replace(/\.html$/, '').replace(/[\/]/g, '_') || 'root';
        await tab.screenshot({ path: path.join(shots, `${name}-${viewport.width}.png`) });
      }
    }
    await tab.close();
  }));
} finally {
  await browser.close();
}
console.log(JSON.stringify(results));
