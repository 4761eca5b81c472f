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

function graphemes(text) {
  if (typeof Intl !== "undefined" && Intl.Segmenter) {
    return Array.from(new Intl.Segmenter("und", { granularity: "grapheme" }).segment(text), (part) => part.segment);
  }
  return Array.from(text);
}

// ---- In the browser ----

function excerptInto(element, excerpt) {
  // Pagefind marks matches with <mark>; everything else is taken as text, never as markup.
  const parts = unspaced(excerpt).split(/(<mark>|<\/mark>)/u);
  let marked = false;
  for (const part of parts) {
    if (part === "<mark>") { marked = true; continue; }
    if (part === "</mark>") { marked = false; continue; }
    const text = new DOMParser().parseFromString(part, "text/html").documentElement.textContent;
    if (marked) {
      const mark = document.createElement("mark");
      mark.textContent = text;
      element.append(mark);
    } else {
      element.append(text);
    }
  }
}

function message(template, values) {
  return template.replace(/\{(\w+)\}/gu, (all, key) => (key in values ? String(values[key]) : all));
}

async function engineFor(form) {
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

function show(form, output, query, results) {
  output.replaceChildren();
  if (!query) return;
  const status = document.createElement("p");
  status.className = "search-status";
  const template = results.total === 0 ? form.dataset.searchNone
    : results.total === 1 ? form.dataset.searchOne : form.dataset.searchCount;
  status.textContent = message(template, { count: results.total, query });
  output.append(status);
  if (!results.total) return;
  const list = document.createElement("ol");
  list.className = "search-hits";
  for (const page of results.pages) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = page.url;
    link.textContent = unspaced(page.meta.title || page.url);
    const excerpt = document.createElement("p");
    excerpt.className = "search-excerpt";
    excerptInto(excerpt, page.excerpt);
    item.append(link, excerpt);
    const sections = (page.sub_results || []).filter((section) => section.url !== page.url).slice(0, MAX_SECTIONS);
    if (sections.length) {
      const label = document.createElement("span");
      label.className = "search-sections-label";
      label.textContent = form.dataset.searchSections;
      const sublist = document.createElement("ul");
      sublist.className = "search-sections";
      for (const section of sections) {
        const subitem = document.createElement("li");
        const sublink = document.createElement("a");
        sublink.href = section.url;
        sublink.textContent = unspaced(section.title);
        subitem.append(sublink);
        sublist.append(subitem);
      }
      item.append(label, sublist);
    }
    list.append(item);
  }
  output.append(list);
}

function keyboard(input, output) {
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown") {
      const first = output.querySelector("a");
      if (first) { event.preventDefault(); first.focus(); }
    } else if (event.key === "Escape") {
      input.value = "";
      output.replaceChildren();
    }
  });
  output.addEventListener("keydown", (event) => {
    const links = [...output.querySelectorAll("a")];
    const at = links.indexOf(document.activeElement);
    if (at < 0) return;
    if (event.key === "ArrowDown" && at + 1 < links.length) { event.preventDefault(); links[at + 1].focus(); }
    if (event.key === "ArrowUp") { event.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
    if (event.key === "Escape") { input.focus(); output.replaceChildren(); }
  });
}

function attach(form) {
  const input = form.querySelector("input[name=q]");
  const output = document.getElementById(input.getAttribute("aria-controls"));
  if (!input || !output) return;
  let engine = null;
  let latest = 0;
  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    try {
      engine = engine || engineFor(form);
      const search = await engine;
      const results = query ? await search(query) : { total: 0, pages: [] };
      if (ticket === latest) show(form, output, query, results);
    } catch (error) {
      // No index here: the form still submits to the page that lists every title.
      engine = null;
    }
  };
  let timer = 0;
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(run, 150); });
  keyboard(input, output);
  const asked = new URLSearchParams(location.search).get("q");
  if (asked && form.classList.contains("search-form")) {
    input.value = asked;
    run();
  }
}

if (typeof document !== "undefined") {
  for (const form of document.querySelectorAll("form[data-search-index]")) attach(form);
}
