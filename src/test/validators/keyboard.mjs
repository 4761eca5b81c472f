// Walks a page of a built site, served over loopback, with the keyboard alone, in Debian's Chromium
// on a phone (390 × 844) and a desktop (1280 × 900, with a mouse): from the top of the page, presses
// Tab until the book's menu (on a phone its "Menu" button, on a desktop the sidebar's first link),
// the search box and a paragraph's "cite" control have each had the focus (or the focus has come
// back to the first control, or MAX_PRESSES, 250 unless told, have been pressed), and tells for every
// control focused on the way whether it showed that it had the focus (an outline or a shadow) and
// could be seen. On the phone it then opens the menu with Enter on its button and tells where the
// next Tab goes. Prints the walks as JSON.
// Usage: node keyboard.mjs SITE_DIR PAGE [MAX_PRESSES]  (PAGE relative to SITE_DIR, such as
// en/2026/mutual-legal-assistance/index.html)
import { launchChromium, serveFolder } from './browser.mjs';

const [site, page, most = '250'] = process.argv.slice(2);
if (!site || !page) {
  console.error('usage: node keyboard.mjs SITE_DIR PAGE [MAX_PRESSES]');
  process.exit(2);
}
const MAX_PRESSES = Number(most);
// The desktop has a mouse, as the stylesheet tells them apart: headless Chromium reports no hover.
const viewports = [
  { width: 390, height: 844, media: [], menu: '.book-menu > summary' },
  { width: 1280, height: 900, media: [{ name: 'hover', value: 'hover' }, { name: 'pointer', value: 'fine' }], menu: 'sidebar' },
];
const TARGETS = {
  menu: (menu) => menu,
  search: () => '#site-search-query',
  cite: () => 'p[id] > .cite',
};

/** In the page: what has the focus, and whether a reader can see it and that it has the focus. */
function describeFocus({ targets }) {
  const element = document.activeElement;
  if (!element || element === document.body || element === document.documentElement) {
    return { element: '(nothing)', focused: false, matched: [], indicator: false, shown: false, style: '' };
  }
  const sidebarLink = document.querySelector('.book-menu-panel a[href]');
  const matched = Object.entries(targets)
    .filter(([, selector]) => (selector === 'sidebar' ? element === sidebarLink : element.matches(selector)))
    .map(([name]) => name);
  const style = getComputedStyle(element);
  const transparent = (colour) => colour === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(colour);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor);
  const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
  let opacity = 1;
  for (let node = element; node instanceof Element; node = node.parentElement) {
    opacity *= Number(getComputedStyle(node).opacity);
  }
  const box = element.getBoundingClientRect();
  const shown = box.width >= 2 && box.height >= 2 && opacity > 0.5
    && element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
  const name = (element.getAttribute('aria-label') || element.textContent || element.getAttribute('name') || '')
    .replace(/\s+/g, ' ').trim().slice(0, 50);
  const classes = element.classList.length ? `.${[...element.classList].join('.')}` : '';
  const inside = element.closest('nav[aria-label]')?.getAttribute('aria-label');
  return {
    element: `${element.localName}${element.id ? `#${element.id}` : ''}${classes}${name ? ` "${name}"` : ''}${inside ? ` in nav "${inside}"` : ''}`,
    focused: true,
    matched,
    indicator: outline || shadow,
    shown,
    style: `outline: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow: ${style.boxShadow}`,
  };
}

/** Waits for the focused control's transitions (a cite control fades in) before it is judged. */
async function settle(tab) {
  await tab.evaluate(() => Promise.all((document.activeElement?.getAnimations?.({ subtree: false }) ?? [])
    .map((animation) => animation.finished.catch(() => {}))));
}

async function open(browser, origin, { width, height, media }) {
  const tab = await browser.newPage();
  await tab.setViewport({ width, height });
  const session = await tab.createCDPSession();
  await session.send('Emulation.setEmulatedMedia', { features: media });
  // The page has the window's focus, as a page a reader types in does: without it, Chromium may not
  // draw (nor match :focus-visible for) the focused control.
  await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
  const errors = [];
  tab.on('pageerror', (error) => errors.push(String(error)));
  await tab.goto(`${origin}/${page}`, { waitUntil: 'networkidle0' });
  return { tab, errors };
}

const { server, origin } = await serveFolder(site);
const browser = await launchChromium();
const walks = [];
try {
  // One width after the other: the keyboard's focus belongs to one tab at a time.
  for (const viewport of viewports) {
    const targets = Object.fromEntries(Object.entries(TARGETS).map(([name, selector]) => [name, selector(viewport.menu)]));
    const { tab, errors } = await open(browser, origin, viewport);
    const reached = Object.fromEntries(Object.keys(targets).map((name) => [name, -1]));
    const steps = [];
    let pressed = 0;
    let wrapped = false;
    for (let presses = 1; presses <= MAX_PRESSES && Object.values(reached).includes(-1); presses++) {
      await tab.keyboard.press('Tab');
      pressed = presses;
      await settle(tab);
      const focus = await tab.evaluate(describeFocus, { targets });
      // Back at the first control: the whole page has been walked.
      if (steps.length > 0 && focus.element === steps[0].element) {
        wrapped = true;
        break;
      }
      steps.push({ presses, ...focus });
      for (const name of focus.matched) {
        if (reached[name] < 0) reached[name] = presses;
      }
    }
    const walk = { width: viewport.width, height: viewport.height, pressed, wrapped, reached, steps, menuOpened: null, errors };
    await tab.close();
    if (viewport.menu !== 'sidebar' && reached.menu > 0) {
      // Again from the top, the menu's button is reached, Enter opens the menu, and Tab goes on into it.
      const again = await open(browser, origin, viewport);
      for (let presses = 0; presses < reached.menu; presses++) await again.tab.keyboard.press('Tab');
      const before = await again.tab.evaluate(describeFocus, { targets });
      await again.tab.keyboard.press('Enter');
      const opened = await again.tab.evaluate(() => document.querySelector('.book-menu')?.open === true);
      await again.tab.keyboard.press('Tab');
      await settle(again.tab);
      const next = await again.tab.evaluate(describeFocus, { targets });
      const inMenu = await again.tab.evaluate(() => {
        const element = document.activeElement;
        return element?.localName === 'a' && element.matches('.book-menu[open] > .book-menu-panel nav a');
      });
      walk.menuOpened = { on: before.element, opened, next: next.element, linkInMenu: inMenu, indicator: next.indicator, shown: next.shown };
      walk.errors.push(...again.errors);
      await again.tab.close();
    }
    walks.push(walk);
  }
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify(walks, null, 2));
