// Search as you type, over the Pagefind index of this book (language and edition). Without it
// (a site opened from a folder, or built without the engine) the form still leads to the search
// page's list of every title. Queries in Lao, Khmer and Myanmar are split into words by the word
// list the build wrote, not by the browser, whose segmenter disagrees with the index's.

const UNSPACED = /[\u0E80-\u0EFF\u1000-\u109F\uAA60-\uAA7F\u1780-\u17FF\u19E0-\u19FF]/u;
const SPLIT_BY_WORD_LIST = new Set(["lo", "km", "my"]);
const MAX_RESULTS = 10;
const MAX_SECTIONS = 3;
const MAX_VIETNAMESE_VARIANTS = 3; // syllables tried with đ: at most 2^3 searches

/** The query in words the index knows: fewest known words, unknown letters kept together. */
export function splitByWordList(query, words) {
  let longest = 1;
  for (const word of words) longest = Math.max(longest, graphemes(word).length);
  return query.split(/\s+/u).filter(Boolean).map((chunk) => {
    if (!UNSPACED.test(chunk)) return chunk;
    const letters = graphemes(chunk);
    const cost = new Array(letters.length + 1).fill(Infinity);
    const step = new Array(letters.length + 1);
    cost[0] = 0;
    for (let end = 1; end <= letters.length; end++) {
      for (let start = Math.max(0, end - longest); start < end; start++) {
        const known = words.has(letters.slice(start, end).join(""));
        const candidate = cost[start] + (known ? 1 : 2 * (end - start));
        if ((known || end - start === 1) && candidate < cost[end]) {
          cost[end] = candidate;
          step[end] = { start, known };
        }
      }
    }
    const pieces = [];
    for (let end = letters.length; end > 0; end = step[end].start) {
      pieces.unshift({ text: letters.slice(step[end].start, end).join(""), known: step[end].known });
    }
    const tokens = [];
    for (const piece of pieces) {
      const last = tokens[tokens.length - 1];
      if (!piece.known && last && !last.known) last.text += piece.text;
      else tokens.push({ ...piece });
    }
    return tokens.map((token) => token.text).join(" ");
  }).join(" ");
}

/** The query, and the same query with đ for d at the start of its first syllables. */
export function vietnameseVariants(query) {
  const lower = query.toLowerCase();
  const starts = [];
  for (const match of lower.matchAll(/(^|[\s"'(])d/gu)) {
    starts.push(match.index + match[1].length);
  }
  const tried = starts.slice(0, MAX_VIETNAMESE_VARIANTS);
  const variants = [];
  for (let mask = 0; mask < 1 << tried.length; mask++) {
    const letters = Array.from(lower);
    tried.forEach((at, bit) => { if (mask & (1 << bit)) letters[at] = "đ"; });
    variants.push(letters.join(""));
  }
  return variants;
}

/**
 * Text of the index with the spaces the build put between words of unspaced scripts taken out;
 * the engine's <mark> tags around a word do not count as letters.
 */
export function unspaced(text) {
  return text.replace(/(\S)((?:<\/?mark>)*) ((?:<\/?mark>)*)(?=(\S))/gu, (all, before, closing, opening, after) =>
    UNSPACED.test(before) && UNSPACED.test(after) ? before + closing + opening : all);
}

/** The query as the engine should get it, for the book's language. */
export function queriesFor(language, query, words) {
  const primary = language.toLowerCase().split("-")[0];
  if (SPLIT_BY_WORD_LIST.has(primary) && words) return [splitByWordList(query, words)];
  if (primary === "vi") return vietnameseVariants(query);
  return [query];
}

/**
 * An excerpt of the engine as pieces of text, each marked or not. The engine escapes only < and >
 * and marks matches with <mark>; the pieces become text nodes, so no markup of the pages' authors
 * is ever inserted, and every space and stop around a marked word stays where it was.
 */
export function excerptParts(excerpt) {
  const parts = [];
  let marked = false;
  for (const piece of unspaced(excerpt || "").split(/(<mark>|<\/mark>)/u)) {
    if (piece === "<mark>") { marked = true; continue; }
    if (piece === "</mark>") { marked = false; continue; }
    if (!piece) continue;
    const text = piece.replace(/&lt;/gu, "<").replace(/&gt;/gu, ">");
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  }
  return parts;
}

/**
 * The excerpt split after its leading words when they read as {@code text} (spaces aside):
 * { head, rest }, or null when the excerpt does not start with them.
 */
export function afterLeading(parts, text) {
  const wanted = Array.from(text.replace(/[\s\u200B]+/gu, ""));
  if (!wanted.length) return { head: [], rest: parts };
  const head = [];
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    const letters = Array.from(parts[i].text);
    for (let j = 0; j < letters.length; j++) {
      if (/[\s\u200B]/u.test(letters[j])) continue;
      if (letters[j] !== wanted[at]) return null;
      at++;
      if (at === wanted.length) {
        head.push({ text: letters.slice(0, j + 1).join(""), marked: parts[i].marked });
        const left = letters.slice(j + 1).join("").replace(/^[\s\u200B]+/u, "");
        const rest = (left ? [{ text: left, marked: parts[i].marked }] : []).concat(parts.slice(i + 1));
        if (rest.length && !rest[0].marked) rest[0] = { ...rest[0], text: rest[0].text.replace(/^[\s\u200B.:]+/u, "") };
        return { head, rest: rest.filter((part) => part.text) };
      }
    }
    head.push(parts[i]);
  }
  return null;
}

function graphemes(text) {
  if (typeof Intl !== "undefined" && Intl.Segmenter) {
    return Array.from(new Intl.Segmenter("und", { granularity: "grapheme" }).segment(text), (part) => part.segment);
  }
  return Array.from(text);
}

// ---- In the browser ----

const HEADING = /^h[1-6]$/iu;

function partsInto(element, parts) {
  for (const part of parts) {
    if (part.marked) {
      const mark = document.createElement("mark");
      mark.textContent = part.text;
      element.append(mark);
    } else {
      element.append(part.text);
    }
  }
}

function message(template, values) {
  return template.replace(/\{(\w+)\}/gu, (all, key) => (key in values ? String(values[key]) : all));
}

async function engineFor(form) {
  // The results' wording ("3 pages match …") comes with the engine, not in every page's markup; the
  // form keeps inline only what is said when nothing can be fetched. A theme may still write it inline.
  if (form.dataset.searchStrings) {
    const wording = await fetch(new URL(form.dataset.searchStrings, document.baseURI)).then((response) => {
      if (!response.ok) throw new Error(`no search wording: ${response.status}`);
      return response.json();
    });
    Object.assign(form.dataset, wording);
  }
  const index = new URL(form.dataset.searchIndex, document.baseURI);
  const book = new URL("../", index);
  const pagefind = await import(index.href);
  await pagefind.options({ baseUrl: book.pathname });
  // A big book is indexed in parts (pagefind/, pagefind-2/, …): the first is loaded, the others merged in.
  const parts = await fetch(new URL("search/indexes.json", book)).then((r) => (r.ok ? r.json() : []), () => []);
  for (const part of parts.slice(1)) {
    await pagefind.mergeIndex(new URL(part, book).href, { baseUrl: book.pathname });
  }
  await pagefind.init();
  const language = document.documentElement.lang || "";
  let words = null;
  if (SPLIT_BY_WORD_LIST.has(language.toLowerCase().split("-")[0])) {
    try {
      const response = await fetch(new URL(form.dataset.searchWords, document.baseURI));
      if (response.ok) words = new Set(await response.json());
    } catch (ignored) {
      // Without the list the query goes as typed; Pagefind's prefix matching still finds some.
    }
  }
  return async (query) => {
    const found = new Map();
    for (const variant of queriesFor(language, query, words)) {
      const search = await pagefind.search(variant);
      for (const result of search.results) {
        const known = found.get(result.id);
        if (!known || known.score < result.score) found.set(result.id, result);
      }
    }
    const ranked = [...found.values()].sort((a, b) => b.score - a.score);
    return { total: ranked.length, pages: await Promise.all(ranked.slice(0, MAX_RESULTS).map((r) => r.data())) };
  };
}

function weight(sub) {
  return (sub.weighted_locations || []).reduce((sum, word) => sum + (word.weight || 1), 0);
}

/**
 * The facts of a country profile that matched: each fact is an element with an id and a
 * data-pagefind-title (its label), its value the element whose id adds "-value"; best first.
 */
function factsOf(page) {
  const anchors = page.anchors || [];
  const facts = (page.sub_results || []).filter((sub) => sub.anchor && !HEADING.test(sub.anchor.element)
    && sub.anchor.title && anchors.some((anchor) => anchor.id === `${sub.anchor.id}-value`));
  return facts.map((sub, order) => ({ sub, order, weight: weight(sub) }))
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map(({ sub }) => ({
      sub,
      label: unspaced(sub.anchor.title),
      value: unspaced(anchors.find((anchor) => anchor.id === `${sub.anchor.id}-value`).text.replace(/\u200B/gu, "")).trim(),
    }));
}

function linksList(labelText, links) {
  const label = document.createElement("span");
  label.className = "search-sections-label";
  label.textContent = labelText;
  const list = document.createElement("ul");
  list.className = "search-sections";
  for (const { href, text } of links) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = href;
    link.textContent = text;
    item.append(link);
    list.append(item);
  }
  return [label, list];
}

function paragraph(className, parts) {
  const element = document.createElement("p");
  element.className = className;
  partsInto(element, parts);
  return element;
}

/** A profile's result names the profile and its best matching fact, with the fact's value. */
function factResult(form, item, page, facts) {
  const [best, ...others] = facts;
  const link = document.createElement("a");
  link.href = best.sub.url;
  link.textContent = `${unspaced(page.meta.title || page.url)} — ${best.label}`;
  item.append(link);
  const excerpt = excerptParts(best.sub.excerpt);
  const afterLabel = afterLeading(excerpt, best.label);
  // A value made of lists (laws, contacts) has no text of its own in the index: its words follow the label.
  const afterValue = afterLabel && best.value ? afterLeading(afterLabel.rest, best.value) : null;
  if (afterValue) {
    item.append(paragraph("search-fact", afterValue.head));
    if (afterValue.rest.some((part) => part.marked)) item.append(paragraph("search-excerpt", afterValue.rest));
  } else if (afterLabel) {
    if (best.value) item.append(paragraph("search-fact", [{ text: best.value, marked: false }]));
    if (afterLabel.rest.length) item.append(paragraph("search-excerpt", afterLabel.rest));
  } else {
    if (best.value) item.append(paragraph("search-fact", [{ text: best.value, marked: false }]));
    item.append(paragraph("search-excerpt", [{ text: "… ", marked: false }, ...excerpt]));
  }
  if (others.length) {
    item.append(...linksList(form.dataset.searchFacts,
      others.slice(0, MAX_SECTIONS).map((fact) => ({ href: fact.sub.url, text: fact.label }))));
  }
}

function pageResult(form, item, page) {
  const link = document.createElement("a");
  link.href = page.url;
  link.textContent = unspaced(page.meta.title || page.url);
  item.append(link, paragraph("search-excerpt", excerptParts(page.excerpt)));
  const sections = (page.sub_results || []).filter((section) => section.url !== page.url
    && (!section.anchor || HEADING.test(section.anchor.element))).slice(0, MAX_SECTIONS);
  if (sections.length) {
    item.append(...linksList(form.dataset.searchSections,
      sections.map((section) => ({ href: section.url, text: unspaced(section.title) }))));
  }
}

function status(text) {
  const line = document.createElement("p");
  line.className = "search-status";
  line.textContent = text;
  return line;
}

function show(form, output, query, results) {
  const template = results.total === 0 ? form.dataset.searchNone
    : results.total === 1 ? form.dataset.searchOne : form.dataset.searchCount;
  const said = message(template, { count: results.total, query });
  const shown = [status(said)];
  if (results.total) {
    const list = document.createElement("ol");
    list.className = "search-hits";
    for (const page of results.pages) {
      const item = document.createElement("li");
      const facts = factsOf(page);
      if (facts.length) factResult(form, item, page, facts);
      else pageResult(form, item, page);
      list.append(item);
    }
    shown.push(list);
  }
  return { said, shown };
}


/** Said when the index cannot be read, on a site built without it: the titles are still listed. */
function unreachable(form) {
  const line = status(form.dataset.searchUnavailable);
  line.append(" ");
  const link = document.createElement("a");
  link.href = `${form.getAttribute("action")}#title-index-heading`;
  link.textContent = form.dataset.searchTitles;
  line.append(link);
  return { said: line.textContent, shown: [line] };
}

function panel(form, input, output) {
  const announcer = form.querySelector(".search-announcer");
  const floating = output.classList.contains("search-live");
  const open = ({ said, shown }) => {
    output.replaceChildren(...shown);
    output.hidden = false;
    if (floating) {
      // Kept inside the window, however far along the header the box sits.
      output.style.removeProperty("--search-shift");
      const box = output.getBoundingClientRect();
      const width = document.documentElement.clientWidth;
      const shift = box.left < 8 ? 8 - box.left : box.right > width - 8 ? Math.max(8 - box.left, width - 8 - box.right) : 0;
      if (shift) output.style.setProperty("--search-shift", `${shift}px`);
    }
    if (announcer) announcer.textContent = said;
  };
  const close = () => {
    if (floating) output.hidden = true;
    else output.replaceChildren();
    if (announcer) announcer.textContent = "";
  };
  return { open, close, isOpen: () => !output.hidden && output.childElementCount > 0 };
}

function keyboard(form, input, output, view) {
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown") {
      const first = output.querySelector("a");
      if (first && view.isOpen()) { event.preventDefault(); first.focus(); }
    } else if (event.key === "Escape" && view.isOpen()) {
      // A first Escape closes the results and keeps the words; a second one clears the box.
      event.preventDefault();
      view.close();
    }
  });
  output.addEventListener("keydown", (event) => {
    const links = [...output.querySelectorAll("a")];
    const at = links.indexOf(document.activeElement);
    if (at < 0) return;
    if (event.key === "ArrowDown" && at + 1 < links.length) { event.preventDefault(); links[at + 1].focus(); }
    if (event.key === "ArrowUp") { event.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
    if (event.key === "Escape") { event.preventDefault(); input.focus(); view.close(); }
  });
  if (output.classList.contains("search-live")) {
    // The panel floats over the page: it goes when the reader moves on, by focus or by a click elsewhere.
    const inside = (node) => node && (form.contains(node) || output.contains(node));
    form.addEventListener("focusout", (event) => {
      if (event.relatedTarget && !inside(event.relatedTarget)) view.close();
    });
    document.addEventListener("pointerdown", (event) => { if (!inside(event.target)) view.close(); });
  }
}

function attach(form) {
  // From a folder the index cannot be fetched; the page's own small script says so instead.
  if (location.protocol === "file:") return;
  const input = form.querySelector("input[name=q]");
  const output = input && document.getElementById(input.getAttribute("aria-controls"));
  if (!input || !output) return;
  const view = panel(form, input, output);
  let engine = null;
  let latest = 0;
  let last = null;
  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) { last = null; view.close(); return; }
    try {
      engine = engine || engineFor(form);
      const search = await engine;
      const results = await search(query);
      if (ticket === latest) { last = show(form, output, query, results); view.open(last); }
    } catch (error) {
      engine = null;
      if (ticket === latest) { last = unreachable(form); view.open(last); }
    }
  };
  let timer = 0;
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(run, 150); });
  input.addEventListener("focus", () => { if (last && input.value.trim() && !view.isOpen()) view.open(last); });
  keyboard(form, input, output, view);
  const asked = new URLSearchParams(location.search).get("q");
  if (asked && form.classList.contains("search-form")) {
    input.value = asked;
    run();
  } else if (input.value.trim()) {
    // Typed while this script was on its way (search.js loads it when the box is first used): searched
    // as if just typed, so that keys still coming wait for each other as they do later.
    timer = setTimeout(run, 150);
  }
}

if (typeof document !== "undefined") {
  for (const form of document.querySelectorAll("form[data-search-index]")) attach(form);
}
