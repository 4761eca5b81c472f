// Types queries into the search box of pages of a built site, served over loopback, in Debian's
// Chromium, and prints as JSON what each query showed: the status line, the results (links as site
// paths, their titles, the facts of country profiles, excerpts), whether the page's heading moved,
// the bytes the server sent from the first keystroke to the results, what the keyboard did, and how
// the browser's own word segmenter would have split the query.
// Usage: node search.mjs SITE_DIR CASES_JSON, where CASES_JSON is
// [{"page": "en/2026/index.html", "query": "…", "width": 390, "folder": false}]; an empty query
// types nothing and waits for the results the page's address asks for (search/?q=…); "folder"
// opens the page from its file (file://) instead of the server.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium, serveFolder } from './browser.mjs';

const [site, casesJson] = process.argv.slice(2);
if (!site || !casesJson) {
  console.error('usage: node search.mjs SITE_DIR CASES_JSON');
  process.exit(2);
}
const cases = JSON.parse(casesJson);
const root = path.resolve(site);
let served = 0;
const { server, origin } = await serveFolder(site, (bytes) => { served += bytes; });

const browser = await launchChromium();
const results = [];
try {
  for (const { page, query, width, folder } of cases) {
    const tab = await browser.newPage();
    if (width) await tab.setViewport({ width, height: 800 });
    const errors = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    const [file, search] = page.split('?');
    const address = folder ? `${pathToFileURL(path.join(root, file)).href}${search ? `?${search}` : ''}` : `${origin}/${page}`;
    await tab.goto(address, { waitUntil: 'networkidle0' });
    const headingTop = () => tab.evaluate(() => {
      const heading = document.querySelector('main h1');
      return heading ? heading.getBoundingClientRect().top + window.scrollY : -1;
    });
    const before = await headingTop();
    const box = (await tab.$('#search-query')) ? '#search-query' : '#site-search-query';
    const output = await tab.$eval(box, (input) => `#${input.getAttribute('aria-controls')}`);
    served = 0;
    if (query) await tab.type(box, query);
    await tab.waitForSelector(`${output} .search-status`, { timeout: 15000 });
    const shown = await tab.$eval(output, (element) => ({
      status: element.querySelector('.search-status').textContent,
      statusLinks: [...element.querySelectorAll('.search-status a')].map((a) => a.href),
      links: [...element.querySelectorAll('.search-hits > li > a')].map((a) => new URL(a.href).pathname),
      anchors: [...element.querySelectorAll('.search-hits > li > a')].map((a) => new URL(a.href).hash),
      titles: [...element.querySelectorAll('.search-hits > li > a')].map((a) => a.textContent),
      facts: [...element.querySelectorAll('.search-fact')].map((p) => p.textContent),
      insideWindow: (() => {
        const box = element.getBoundingClientRect();
        return box.left >= 0 && box.right <= document.documentElement.clientWidth;
      })(),
      sections: [...element.querySelectorAll('.search-sections a')].map((a) => new URL(a.href).pathname + new URL(a.href).hash),
      excerpts: [...element.querySelectorAll('.search-excerpt')].map((p) => p.textContent),
      marked: [...element.querySelectorAll('.search-excerpt mark')].map((mark) => mark.textContent),
    }));
    // Keyboard: the first result takes focus from the box with the down arrow.
    const after = await headingTop();
    await tab.focus(box);
    await tab.keyboard.press('ArrowDown');
    const focused = await tab.evaluate(() => document.activeElement && document.activeElement.tagName);
    // Escape from a result: back in the box, the floating panel closed.
    await tab.keyboard.press('Escape');
    const escape = await tab.$eval(output, (element, id) => ({
      backInBox: document.activeElement && document.activeElement.id === id,
      closed: element.hidden || element.childElementCount === 0,
    }), box.slice(1));
    // How the browser itself would split the query into words, in the page's language.
    const browserWords = await tab.evaluate((text) => Array.from(
      new Intl.Segmenter(document.documentElement.lang, { granularity: 'word' }).segment(text),
      (part) => part.segment).filter((word) => word.trim()), query);
    results.push({ page, query, ...shown, headingMoved: after - before, focusAfterArrowDown: focused,
      escapeBackInBox: escape.backInBox, escapeClosed: escape.closed, bytes: served, browserWords, errors });
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify(results, null, 2));
