// A page opened from a folder runs no module script, and its browser refuses to read the index:
// the search box says so where results would be, and leads to the list of every title. A classic
// script, so that it runs from a folder too; it does nothing on a served site.
(function () {
  if (location.protocol !== "file:") return;
  var form = document.querySelector("form[data-search-index]");
  var input = form && form.querySelector("input[name=q]");
  var output = input && document.getElementById(input.getAttribute("aria-controls"));
  if (!output) return;
  var announcer = form.querySelector(".search-announcer");
  function say() {
    var line = document.createElement("p");
    var link = document.createElement("a");
    line.className = "search-status";
    line.textContent = form.getAttribute("data-search-offline") + " ";
    link.href = form.getAttribute("action") + "#title-index-heading";
    link.textContent = form.getAttribute("data-search-titles");
    line.appendChild(link);
    output.replaceChildren(line);
    output.hidden = false;
    if (output.classList.contains("search-live")) {
      output.style.removeProperty("--search-shift");
      var box = output.getBoundingClientRect(), width = document.documentElement.clientWidth;
      var shift = box.left < 8 ? 8 - box.left : box.right > width - 8 ? Math.max(8 - box.left, width - 8 - box.right) : 0;
      if (shift) output.style.setProperty("--search-shift", shift + "px");
    }
    if (announcer) announcer.textContent = line.textContent;
  }
  input.addEventListener("input", function () { if (input.value.trim()) say(); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !output.hidden && output.classList.contains("search-live")) {
      event.preventDefault();
      output.hidden = true;
    }
  });
  var asked = new URLSearchParams(location.search).get("q");
  if (asked) { input.value = asked; say(); }
})();
