// Runs axe-core (WCAG 2.1 A and AA rules) in Debian's Chromium over pages of a built site and
// prints, as JSON, each page's violations of serious or critical impact.
// Usage: node axe.mjs SITE_DIR PAGE... (pages relative to SITE_DIR, such as en/2026/index.html)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { launchChromium } from './browser.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const [site, ...pages] = process.argv.slice(2);
if (!site || pages.length === 0) {
  console.error('usage: node axe.mjs SITE_DIR PAGE...');
  process.exit(2);
}

const browser = await launchChromium(['--allow-file-access-from-files']);
const results = [];
try {
  for (const page of pages) {
    const tab = await browser.newPage();
    await tab.goto(pathToFileURL(path.resolve(site, page)).href, { waitUntil: 'load' });
    await tab.evaluate(axeSource);
    const found = await tab.evaluate(() => axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }));
    results.push({
      page,
      rules: found.passes.length + found.violations.length + found.incomplete.length,
      violations: found.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => ({
          id: violation.id,
          impact: violation.impact,
          help: violation.help,
          targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
        })),
    });
    await tab.close();
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(results, null, 2));
