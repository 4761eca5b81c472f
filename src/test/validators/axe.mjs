// Runs axe-core (WCAG 2.1 A and AA rules) in Debian's Chromium over pages of a built site, served
// over loopback, as a reader's phone (390 × 844) and desktop (1280 × 900, with a mouse) show them,
// and prints, as JSON, each page's violations of serious or critical impact at each width.
// Usage: node axe.mjs SITE_DIR PAGE... (pages relative to SITE_DIR, such as en/2026/index.html)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium, serveFolder } from './browser.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const [site, ...pages] = process.argv.slice(2);
if (!site || pages.length === 0) {
  console.error('usage: node axe.mjs SITE_DIR PAGE...');
  process.exit(2);
}
// The desktop has a mouse, as the stylesheet tells them apart: headless Chromium reports no hover.
const viewports = [
  { width: 390, height: 844, media: [] },
  { width: 1280, height: 900, media: [{ name: 'hover', value: 'hover' }, { name: 'pointer', value: 'fine' }] },
];
const TARGETS_SHOWN = 5;

/**
 * In the page: opens each closed <details> whose content the stylesheet shows all the same (on a
 * desktop, the book's sidebar and "On this page", through ::details-content), and names them. axe
 * counts everything in a closed <details> as hidden, so it would check none of what the reader sees
 * there, and would take the sidebar for a region that scrolls with nothing in it to focus. Opening
 * them moves nothing on screen; were their content to move, the run fails.
 */
function openWhatIsShown() {
  const opened = [];
  for (const details of document.querySelectorAll('details:not([open])')) {
    const content = [...details.children].find((child) => child.localName !== 'summary');
    if (!content || !content.checkVisibility()) continue;
    const before = JSON.stringify(content.getBoundingClientRect());
    details.open = true;
    const after = JSON.stringify(content.getBoundingClientRect());
    if (after !== before) throw new Error(`opening details.${details.className} moved its content from ${before} to ${after}`);
    opened.push(`details.${details.className}`);
  }
  return opened;
}

const { server, origin } = await serveFolder(site);
const browser = await launchChromium();
const results = pages.flatMap((page) => viewports.map(({ width }) => ({ page, width, rules: 0, opened: [], violations: [] })));
try {
  // One tab per width, each loading every page in turn: the widths run side by side.
  await Promise.all(viewports.map(async ({ width, height, media }, column) => {
    const tab = await browser.newPage();
    await tab.setViewport({ width, height });
    const session = await tab.createCDPSession();
    await session.send('Emulation.setEmulatedMedia', { features: media });
    for (let row = 0; row < pages.length; row++) {
      const result = results[row * viewports.length + column];
      const response = await tab.goto(`${origin}/${pages[row]}`, { waitUntil: 'load' });
      if (!response || !response.ok()) throw new Error(`${pages[row]}: the server answered ${response?.status()}`);
      // Measured in the page's own fonts: how wide a table lays out decides whether it scrolls.
      await tab.evaluate(() => document.fonts.ready.then(() => undefined));
      result.opened = await tab.evaluate(openWhatIsShown);
      await tab.evaluate(axeSource);
      const found = await tab.evaluate(() => axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        // Every element only of violations: of the rules passed or left to a person, one is enough to count them.
        resultTypes: ['violations'],
      }));
      result.rules = found.passes.length + found.violations.length + found.incomplete.length;
      result.violations = found.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => ({
          id: violation.id,
          impact: violation.impact,
          help: violation.help,
          targets: violation.nodes.slice(0, TARGETS_SHOWN).map((node) => node.target.join(' ')),
          more: Math.max(0, violation.nodes.length - TARGETS_SHOWN),
        }));
    }
    await tab.close();
  }));
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify(results, null, 2));
