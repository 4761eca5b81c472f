// Copies a citation the way a keyboard user does, on a page of a built site served over loopback,
// in Debian's Chromium: presses Tab until a "cite" control whose label starts with LABEL has the
// focus, then the given key, and prints as JSON the focused control's label and citation, what the
// page's status line then says, and what the clipboard holds.
// Usage: node cite.mjs SITE_DIR PAGE KEY LABEL [SCREENSHOT.png]
// (PAGE relative to SITE_DIR, such as en/2026/about/index.html; KEY "Enter" or "Space"; LABEL "Cite ¶").
import { launchChromium, serveFolder } from './browser.mjs';

const [site, page, key, label, screenshot] = process.argv.slice(2);
if (!site || !page || !key || label === undefined) {
  console.error('usage: node cite.mjs SITE_DIR PAGE KEY LABEL [SCREENSHOT.png]');
  process.exit(2);
}
const { server, origin } = await serveFolder(site);

const browser = await launchChromium();
let result;
try {
  await browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  // A desktop with a mouse, as the stylesheet tells them apart: headless Chromium reports no hover.
  const session = await tab.createCDPSession();
  await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'hover', value: 'hover' }, { name: 'pointer', value: 'fine' }] });
  const errors = [];
  tab.on('pageerror', (error) => errors.push(String(error)));
  await tab.goto(`${origin}/${page}`, { waitUntil: 'networkidle0' });
  let focused = null;
  for (let presses = 0; presses < 400 && !focused; presses++) {
    await tab.keyboard.press('Tab');
    focused = await tab.evaluate((prefix) => {
      const control = document.activeElement;
      return control?.matches('a.cite') && control.getAttribute('aria-label').startsWith(prefix) ? {
        label: control.getAttribute('aria-label'), role: control.getAttribute('role'),
        visible: getComputedStyle(control).opacity === '1' && control.getBoundingClientRect().width > 4,
      } : null;
    }, label);
  }
  let status = '';
  let clipboard = '';
  if (focused) {
    await tab.keyboard.press(key);
    await tab.waitForFunction(() => document.querySelector('.cite-status')?.textContent, { timeout: 5000 }).catch(() => {});
    status = await tab.evaluate(() => document.querySelector('.cite-status')?.textContent ?? '');
    clipboard = await tab.evaluate(() => navigator.clipboard.readText()).catch((error) => `unreadable: ${error}`);
    if (screenshot) await tab.screenshot({ path: screenshot });
  }
  result = { focused, status, clipboard, address: tab.url(), errors };
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify(result));
