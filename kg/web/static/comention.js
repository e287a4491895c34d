/* Draw each co-mention graph of the page with Cytoscape.js (static/vendor/cytoscape/).
   The data is the JSON beside the graph (kg.web.pages.comention): node size by mentions, colour by
   type, edge width by shared articles; a click (or tap) on a name opens its page. The table
   under the graph holds the same data for screen readers and keyboards. */
(function () {
  "use strict";
  function draw(el) {
    const data = JSON.parse(document.getElementById(el.dataset.source).textContent);
    const most = Math.max(1, ...data.nodes.map((n) => n.mentions));
    const widest = Math.max(1, ...data.edges.map((e) => e.weight));
    const elements = data.nodes.map((n) => ({
      data: { id: n.iri, label: n.label, href: n.href, colour: n.colour,
              size: 14 + 34 * Math.sqrt(n.mentions / most) },
      classes: n.focus ? "focus" : "",
    })).concat(data.edges.map((e, i) => ({
      data: { id: "e" + i, source: e.source, target: e.target, width: 1 + 7 * (e.weight / widest) },
    })));
    const cy = cytoscape({
      container: el,
      elements: elements,
      style: [
        { selector: "node", style: { "background-color": "data(colour)", width: "data(size)", height: "data(size)",
          label: "data(label)", "font-size": 11, "font-family": "system-ui, sans-serif", color: "#1d1d1f",
          "text-valign": "bottom", "text-margin-y": 3, "text-wrap": "ellipsis", "text-max-width": 110 } },
        { selector: "node.focus", style: { "border-width": 3, "border-color": "#1d1d1f" } },
        { selector: "edge", style: { width: "data(width)", "line-color": "#9aa0a6", opacity: 0.35, "curve-style": "straight" } },
        { selector: "node.hover", style: { "z-index": 10, "font-weight": "bold" } },
        { selector: "edge.hover", style: { opacity: 0.9, "line-color": "#1a4fa0" } },
        { selector: "node:active, node:selected", style: { "overlay-opacity": 0.15 } },
      ],
      /* rings: the entity (or the article's most named) in the middle, the more mentions the nearer */
      layout: { name: "concentric", animate: false, padding: 30, minNodeSpacing: 28, startAngle: -Math.PI / 2,
                concentric: (n) => (n.hasClass("focus") ? 1e9 : n.data("size")),
                levelWidth: () => 12 },
      wheelSensitivity: 0.2,
    });
    cy.on("tap", "node", (ev) => { const href = ev.target.data("href"); if (href) window.location.href = href; });
    cy.on("mouseover", "node", (ev) => { el.style.cursor = "pointer"; ev.target.addClass("hover"); ev.target.connectedEdges().addClass("hover"); });
    cy.on("mouseout", "node", (ev) => { el.style.cursor = ""; ev.target.removeClass("hover"); ev.target.connectedEdges().removeClass("hover"); });
    el.dataset.nodes = String(cy.nodes().length);
    el.dataset.edges = String(cy.edges().length);
    el.cy = cy;
  }
  document.addEventListener("DOMContentLoaded", () => {
    if (typeof cytoscape === "undefined") return;  /* the table still says everything */
    document.querySelectorAll(".comention-graph[data-source]").forEach(draw);
  });
})();
