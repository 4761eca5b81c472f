// Loads the search engine (search-engine.js) only when a reader is about to search: most readers of
// a page never do, and the engine is most of a page's script. It is fetched when the search box is
// first focused or touched, or at once when the page opens with a query (the search page's ?q=) or
// with text already in the box.
const forms = [...document.querySelectorAll("form[data-search-index][data-search-engine]")];
let loading = null;

function load(form) {
  loading ??= import(new URL(form.dataset.searchEngine, document.baseURI).href);
  return loading;
}

// From a folder the index cannot be fetched; search-offline.js says so instead.
if (location.protocol !== "file:") {
  for (const form of forms) {
    const input = form.querySelector("input[name=q]");
    if (!input) continue;
    const start = () => load(form);
    for (const event of ["focus", "pointerdown", "touchstart"]) {
      input.addEventListener(event, start, { once: true, passive: true });
    }
    if (input.value.trim() || new URLSearchParams(location.search).has("q")) start();
  }
}
