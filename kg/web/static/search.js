/* The site's search box: type-ahead of names (an ARIA 1.2 combobox with a listbox popup).
   Asks /search?type=entity&format=json as one types; arrows move through the names, Enter
   opens the chosen one (or submits the search when none is chosen), Escape closes the list.
   Without JavaScript the box is a plain form to the /search page. */
(function () {
  "use strict";
  function setUp(input) {
    const list = document.getElementById(input.getAttribute("aria-controls"));
    const url = input.dataset.suggest;
    let items = [], active = -1, timer = null, asked = "";

    function close() {
      list.hidden = true; input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant"); active = -1;
    }
    function show(index) {
      items.forEach((li, i) => li.setAttribute("aria-selected", i === index ? "true" : "false"));
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", items[index].id);
        items[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }
    function render(results) {
      list.replaceChildren();
      items = results.map((hit, i) => {
        const li = document.createElement("li");
        li.id = list.id + "-" + i; li.setAttribute("role", "option"); li.setAttribute("aria-selected", "false");
        const a = document.createElement("a");
        a.href = hit.href; a.tabIndex = -1; a.textContent = hit.label;
        const small = document.createElement("small");
        small.textContent = " " + hit.type + " · " + hit.mentions + (hit.mentions === 1 ? " mention" : " mentions");
        li.append(a, small);
        li.addEventListener("mousedown", (ev) => { ev.preventDefault(); window.location.href = hit.href; });
        list.append(li);
        return li;
      });
      if (items.length) { list.hidden = false; input.setAttribute("aria-expanded", "true"); } else { close(); }
      active = -1;
    }
    async function ask() {
      const q = input.value.trim();
      if (q === asked) return;
      asked = q;
      if (!q) { render([]); return; }
      try {
        const resp = await fetch(url + "?type=entity&limit=8&format=json&q=" + encodeURIComponent(q),
                                 { headers: { Accept: "application/json" } });
        if (!resp.ok || input.value.trim() !== q) return;
        const data = await resp.json();
        render(data.entities ? data.entities.results : []);
      } catch (e) { /* the form still works without suggestions */ }
    }
    input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(ask, 120); });
    input.addEventListener("keydown", (ev) => {
      if (ev.key === "ArrowDown" && items.length) {
        ev.preventDefault();
        if (list.hidden) { list.hidden = false; input.setAttribute("aria-expanded", "true"); }
        show((active + 1) % items.length);
      } else if (ev.key === "ArrowUp" && items.length) {
        ev.preventDefault(); show(active <= 0 ? items.length - 1 : active - 1);
      } else if (ev.key === "Enter" && active >= 0 && !list.hidden) {
        ev.preventDefault(); window.location.href = items[active].querySelector("a").href;
      } else if (ev.key === "Escape") {
        close();
      }
    });
    input.addEventListener("blur", () => setTimeout(close, 150));
  }
  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("input[data-suggest]").forEach(setUp);
  });
})();
