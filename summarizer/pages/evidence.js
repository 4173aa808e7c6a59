// The evidence page's behaviour: click a fact to mark its spans, hover a span to see its facts,
// filter the batch view. Every element it needs is in the page; it reads data-* attributes only and
// never builds HTML, so no text of the article or the summary is ever parsed as markup here.
(function () {
  "use strict";

  function ids(element, name) {
    var value = element.getAttribute(name);
    return value ? value.split(" ") : [];
  }

  function viewOf(element) {
    return element.closest(".ev-view");
  }

  function marksOf(view, evidence) {
    return Array.prototype.filter.call(view.querySelectorAll("mark.ev"), function (mark) {
      return ids(mark, "data-ev").some(function (id) { return evidence.indexOf(id) >= 0; });
    });
  }

  function clearSelection(view) {
    view.querySelectorAll(".fact.selected").forEach(function (fact) {
      fact.classList.remove("selected");
      fact.setAttribute("aria-pressed", "false");
    });
    view.querySelectorAll("mark.ev.active").forEach(function (mark) { mark.classList.remove("active"); });
  }

  // Select a fact: mark its spans and bring the first into view. Selecting it again clears it.
  function select(fact) {
    var view = viewOf(fact);
    var again = fact.classList.contains("selected");
    clearSelection(view);
    if (again) return;
    fact.classList.add("selected");
    fact.setAttribute("aria-pressed", "true");
    var marks = marksOf(view, ids(fact, "data-ev"));
    marks.forEach(function (mark) { mark.classList.add("active"); });
    // Instant, not smooth: the spans are in view as soon as the click returns.
    if (marks.length) marks[0].scrollIntoView({ block: "center", inline: "nearest" });
  }

  function factsOf(mark) {
    var view = viewOf(mark);
    return ids(mark, "data-facts")
      .map(function (id) { return view.querySelector("#" + CSS.escape(id)); })
      .filter(Boolean);
  }

  function hover(mark, on) {
    var view = viewOf(mark);
    var facts = factsOf(mark);
    facts.forEach(function (fact) { fact.classList.toggle("linked", on); });
    marksOf(view, ids(mark, "data-ev")).forEach(function (m) { m.classList.toggle("linked", on); });
    var info = view.querySelector(".hover-info");
    if (!info) return;
    info.textContent = on ? facts.map(function (f) { return f.getAttribute("data-caption"); }).join("\n") : "";
    if (on) {
      // Below the span, kept inside the window (CSSOM positions, which the page's CSP allows).
      var box = mark.getBoundingClientRect();
      info.style.left = Math.max(4, Math.min(box.left, window.innerWidth - info.offsetWidth - 4)) + "px";
      var below = box.bottom + 4;
      info.style.top = (below + info.offsetHeight > window.innerHeight ? box.top - info.offsetHeight - 4 : below) + "px";
    }
  }

  document.addEventListener("click", function (event) {
    var fact = event.target.closest(".fact");
    if (fact) {
      select(fact);
      return;
    }
    var mark = event.target.closest("mark.ev");
    if (mark) {
      var first = factsOf(mark)[0];
      if (first) {
        select(first);
        first.scrollIntoView({ block: "nearest" });
      }
    }
  });

  document.addEventListener("keydown", function (event) {
    var fact = event.target.closest && event.target.closest(".fact");
    if (fact && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      select(fact);
    }
  });

  document.addEventListener("mouseover", function (event) {
    var mark = event.target.closest("mark.ev");
    if (mark) hover(mark, true);
  });

  document.addEventListener("mouseout", function (event) {
    var mark = event.target.closest("mark.ev");
    if (mark) hover(mark, false);
  });

  // The batch view: status, event type and country filters.
  var selects = document.querySelectorAll("select[data-filter]");
  function applyFilters() {
    var wanted = {};
    selects.forEach(function (s) { wanted[s.getAttribute("data-filter")] = s.value; });
    var items = document.querySelectorAll(".item");
    var shown = 0;
    items.forEach(function (item) {
      var countries = JSON.parse(item.getAttribute("data-countries") || "[]");
      var keep = (!wanted.status || item.getAttribute("data-status") === wanted.status) &&
        (!wanted.event || item.getAttribute("data-event") === wanted.event) &&
        (!wanted.country || countries.indexOf(wanted.country) >= 0);
      item.hidden = !keep;
      if (keep) shown += 1;
    });
    var output = document.querySelector(".filters .shown");
    if (output) output.textContent = shown + " of " + items.length + " shown";
  }
  selects.forEach(function (s) { s.addEventListener("change", applyFilters); });
  if (selects.length) applyFilters();
})();
