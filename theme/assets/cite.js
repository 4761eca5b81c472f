// Copies a paragraph's or section's citation when its "cite" control is used. Without this script
// the reader follows the place's number (or the page's contents) and copies the address bar.
const script = document.querySelector('script[data-cite-copied]');
const status = document.createElement('p');
status.className = 'cite-status';
status.setAttribute('role', 'status');
// Always in the page and emptied rather than hidden: a live region that appears with its text is not always read out.
document.body.append(status);
let timer = 0;

// The controls are made here, beside each numbered paragraph and section: without this script a
// control would only repeat the link of the place's number or of the page's contents.
const words = script?.dataset || {};
function control(anchor, place) {
  const made = document.createElement('a');
  made.className = 'cite';
  made.setAttribute('href', `#${anchor}`);
  made.setAttribute('aria-label', (words.citeAction || 'Cite {locator}').split('{locator}').join(place));
  made.textContent = words.citeLabel || 'Cite';
  return made;
}
for (const number of document.querySelectorAll('p[id] > a.paragraph-number')) {
  number.after(' ', control(number.parentElement.id, number.textContent));
}
for (const number of document.querySelectorAll(':is(h2, h3, h4, h5, h6)[id] > .section-number')) {
  const heading = number.parentElement;
  const title = [...heading.childNodes].filter((node) => node !== number).map((node) => node.textContent).join('').trim();
  const place = (words.citeSection || 'Section {number}, {title}').split('{number}').join(number.textContent)
    .split('{title}').join(title);
  heading.append(' ', control(heading.id, place));
}

const CONTROL = 'a.cite[aria-label]';
for (const control of document.querySelectorAll(CONTROL)) {
  control.setAttribute('role', 'button');
}

// A control's place ("¶ 4.12") is written once, in its name ("Cite ¶ 4.12", worded as the script's element says).
function locator(control) {
  const name = control.getAttribute('aria-label');
  const [before, after = ''] = (script?.dataset.citeAction || `${control.textContent} {locator}`).split('{locator}');
  return name.startsWith(before) && name.endsWith(after) ? name.slice(before.length, name.length - after.length) : name;
}

// The page's script element carries what every citation of the page shares, the citation worded
// with the edition and year ({title}, {locator} and {url} left to fill), and the page's address when
// the handbook has a baseUrl; the title is the one the page gives reference managers.
function citation(control) {
  const anchor = control.getAttribute('href');
  const page = script?.dataset.citePage;
  // Without a baseUrl the page knows its address only once it is read: from a folder or any host.
  const url = page ? page + anchor : new URL(anchor, location.href).href;
  const title = document.querySelector('meta[name="citation_book_title"]')?.content || '';
  const text = script?.dataset.citeText || '{locator}, {url}';
  return text.split('{title}').join(title).split('{locator}').join(locator(control)).split('{url}').join(url);
}

function show(message, text) {
  clearTimeout(timer);
  status.replaceChildren(message);
  if (text) {
    const copy = document.createElement('span');
    copy.className = 'cite-status-text';
    copy.textContent = text;
    status.append(' ', copy);
    getSelection().selectAllChildren(copy);
  } else {
    timer = setTimeout(() => { status.replaceChildren(); }, 4000);
  }
}

async function copy(control) {
  const text = citation(control);
  try {
    await navigator.clipboard.writeText(text);
    show(script?.dataset.citeCopied || 'Citation copied');
  } catch {
    // No clipboard here (an insecure address, a refused permission): the reader copies it by hand.
    show(script?.dataset.citeFailed || 'Copy this citation:', text);
  }
}

document.addEventListener('click', (event) => {
  const control = event.target.closest?.(CONTROL);
  if (control && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
    event.preventDefault();
    copy(control);
  } else if (!status.contains(event.target)) {
    status.replaceChildren();
  }
});

document.addEventListener('keydown', (event) => {
  const control = event.target.closest?.(CONTROL);
  if (control && event.key === ' ') {
    event.preventDefault();
    copy(control);
  } else if (event.key === 'Escape') {
    status.replaceChildren();
  }
});
