// Injected by `handbook serve` into the pages it serves (never into a build's output): reloads
// this page when a rebuild changed it, and shows a rebuild's errors over the page until the next
// good build.
(() => {
  const here = () => {
    const path = decodeURIComponent(location.pathname);
    return path.endsWith("/") ? path + "index.html" : path;
  };
  let overlay = null;
  const showErrors = (problems) => {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "handbook-serve-errors";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;"
        + "background:#fff5f5;color:#000;border-top:3px solid #b00020;padding:1rem 1.5rem;font:14px/1.5 monospace;";
      document.body.append(overlay);
    }
    overlay.replaceChildren();
    const title = document.createElement("strong");
    title.textContent = "The last change does not build; this page is the last good one.";
    const list = document.createElement("ul");
    for (const problem of problems) {
      const item = document.createElement("li");
      // An internal error names no file.
      const where = problem.file ? `${problem.file}${problem.line ? ":" + problem.line + ":" + problem.column : ""}: ` : "";
      item.textContent = where + `${problem.severity}: ${problem.message} [${problem.code}]` + (problem.hint ? ` (${problem.hint})` : "");
      list.append(item);
    }
    overlay.append(title, list);
  };
  const events = new EventSource("/__handbook/events");
  // Marks the page once it listens, for tools that wait for it before saving.
  events.addEventListener("open", () => document.documentElement.setAttribute("data-live-reload", "listening"));
  events.addEventListener("errors", (event) => showErrors(JSON.parse(event.data).diagnostics));
  events.addEventListener("ok", () => { if (overlay) { overlay.remove(); overlay = null; } });
  events.addEventListener("reload", (event) => {
    const change = JSON.parse(event.data);
    if (change.all || change.changed.includes(here())) location.reload();
    else if (overlay) { overlay.remove(); overlay = null; }
  });
})();
