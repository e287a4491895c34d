"""An article's HTML page, built from whatever its graph holds.

The text is the article's nif:Context string, rendered with its structure (sections,
paragraphs, numbered points, the embedded letter, footnotes) as blocks and its
annotations (mentions, claims, quotations, footnote markers) inline, all by their
offsets (see kg.web.pages.highlight). Footnotes and markers link both ways; every rendered
span carries the id `char=b,e`, so a span IRI `.../text#char=b,e` lands on it.
Annotation kinds the graph does not hold yet simply do not appear.

`build` runs named phases over one `_PageMarks` (the graph's text and spans, the marks laid so
far): `_structure_blocks`, `_footnotes`, `_mentions`, `_statement_marks`, `_found_mark`, then
`_entity_uses` for the list beside the text. A new kind of mark is a new phase there; the marks'
order is the phases' order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

import pyoxigraph as ox
from markupsafe import Markup

from kg.namespaces import DOCO, ITSRDF, KG, NIF, OWL, PO, PROV, RDF, SCHEMA, WD
from kg.store import Snapshot
from kg.web.pages.highlight import BLOCK, LINK, MARKER, REGION, Mark, render
from kg.web.pages.resources import ARTICLE_TYPES, Cell, Labels, cell, compact, node

Href = Callable[[str], str]


@dataclass
class Span:
    iri: str
    begin: int
    end: int
    types: set[str] = field(default_factory=set)

    @property
    def anchor(self) -> str:
        return f"char={self.begin},{self.end}"


@dataclass
class EntityUse:
    entity: Cell
    kind: str
    mentions: int
    wikidata: list[str]
    first_anchor: str


@dataclass
class Statement:
    """A claim or quotation listed beside the text."""

    iri: str
    text: str
    span: Span | None  # where it is in the text (None when the graph gives no span)
    who: Cell | None  # the claim's author, the quotation's source
    kind: str  # "quotation", "claim", or the claim's kind ("interpretive claim"...)
    review: str = ""  # "rejected: politically misleading"
    rating: int = 0  # the review's rating: -1 rejects, +1 endorses

    @property
    def anchor(self) -> str:
        return self.span.anchor if self.span else ""


@dataclass
class BookEntry:
    """A book a book entry of the page announces (kg.rdf.books): its title (linked to its
    line in the text), subtitle, authors and prices as the graph gives them."""

    title: str
    subtitle: str
    anchor: str  # the title line's span id, "" when the graph gives no span
    authors: list[Cell]
    prices: list[str]  # "List price $18", "Special price $13"


@dataclass
class ArticleView:
    iri: str
    graph: str
    headline: str
    deck: str
    genre: str
    date: str
    authors: list[Cell]
    issue: Cell | None
    copyright: str
    context: str
    front: Markup  # masthead, headline... as printed, before the first block
    body: Markup
    notes: int
    entities: list[EntityUse]
    claims: list[Statement]
    quotations: list[Statement]
    books: list[BookEntry] = field(default_factory=list)


def _values(store: Snapshot, s: ox.NamedNode, p: str) -> list:
    seen, out = set(), []
    for q in store.quads_for_pattern(s, node(p), None):
        if q.object not in seen:
            seen.add(q.object)
            out.append(q.object)
    return out


def _literal(store: Snapshot, s: ox.NamedNode, p: str) -> str:
    values = [v for v in _values(store, s, p) if isinstance(v, ox.Literal)]
    values.sort(key=lambda lit: (lit.language not in (None, "en"), lit.value))
    return values[0].value if values else ""


def _spans(store: Snapshot, graph: ox.NamedNode, context: ox.NamedNode) -> dict[str, Span]:
    query = f"""SELECT ?s ?b ?e ?t WHERE {{ GRAPH {graph} {{
        ?s <{NIF.referenceContext}> {context} ; <{NIF.beginIndex}> ?b ; <{NIF.endIndex}> ?e .
        OPTIONAL {{ ?s a ?t }} }} }}"""
    spans: dict[str, Span] = {}
    for row in store.query(query):
        iri = row["s"].value
        try:
            span = spans.setdefault(iri, Span(iri, int(row["b"].value), int(row["e"].value)))
        except ValueError:
            continue  # a malformed offset is the shapes' business; the page skips it
        if row["t"] is not None:
            span.types.add(row["t"].value)
    return spans


def _pairs(store: Snapshot, graph: ox.NamedNode, pattern: str, *names: str) -> list[tuple]:
    rows = store.query(f"SELECT {' '.join('?' + n for n in names)} WHERE {{ GRAPH {graph} {{ {pattern} }} }}")
    return [tuple(row[n] for n in names) for row in rows]


def _extent(store: Snapshot, graph: ox.NamedNode, n: ox.NamedNode, spans: dict[str, Span],
            depth: int = 3) -> tuple[int, int] | None:
    """Offsets of a structural node: its own span, or the hull of what it contains."""
    if n.value in spans:
        return spans[n.value].begin, spans[n.value].end
    if depth == 0:
        return None
    parts = [q.object for p in (PO.contains, PO.containsAsHeader, PROV.wasDerivedFrom)
             for q in store.quads_for_pattern(n, node(p), None, graph)
             if isinstance(q.object, ox.NamedNode)]
    hulls = [h for h in (_extent(store, graph, c, spans, depth - 1) for c in parts) if h]
    if not hulls:
        return None
    return min(b for b, _ in hulls), max(e for _, e in hulls)


def _claim_kind(types: set[str]) -> str:
    """'kg:InterpretiveClaim' -> 'interpretive claim'; plain 'claim' for schema:Claim alone."""
    for t in sorted(types):
        name = t.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        if t != str(SCHEMA.Claim) and name.endswith("Claim") and name != "Claim":
            return name.removesuffix("Claim").lower() + " claim"
    return "claim"


def _claims(store: Snapshot, graph: ox.NamedNode, spans: dict[str, Span], text: str, labels: Labels,
            href_for: Href) -> list[Statement]:
    """Claims of the article, each shown on the narrowest span it was derived from."""
    found: dict[str, dict] = {}
    pattern = (f"?c a <{SCHEMA.Claim}> ; a ?k . OPTIONAL {{ ?c <{PROV.wasDerivedFrom}> ?d }} "
               f"OPTIONAL {{ ?c <{SCHEMA.text}> ?t }} OPTIONAL {{ ?c <{SCHEMA.author}> ?a }} "
               f"OPTIONAL {{ ?r <{SCHEMA.itemReviewed}> ?c ; <{SCHEMA.reviewRating}> ?rt . "
               f"OPTIONAL {{ ?rt <{SCHEMA.ratingValue}> ?v }} OPTIONAL {{ ?rt <{SCHEMA.alternateName}> ?n }} "
               f"OPTIONAL {{ ?r <{SCHEMA.reviewBody}> ?b }} }}")
    for c, kind, derived, said, who, value, name, body in _pairs(
            store, graph, pattern, "c", "k", "d", "t", "a", "v", "n", "b"):
        item = found.setdefault(c.value, {"types": set(), "spans": set(), "text": "", "who": None,
                                          "rating": 0, "review": ""})
        item["types"].add(kind.value)
        if derived is not None and derived.value in spans:
            item["spans"].add(derived.value)
        item["text"] = item["text"] or (said.value if said is not None else "")
        item["who"] = item["who"] or who
        if value is not None:
            try:
                item["rating"] = int(value.value)
            except ValueError:
                pass
        if name is not None or body is not None:
            item["review"] = ": ".join(v.value for v in (name, body) if v is not None)
    out = []
    for iri, item in found.items():
        candidates = [spans[i] for i in item["spans"]]
        span = min(candidates, key=lambda sp: (sp.end - sp.begin, sp.begin)) if candidates else None
        said = item["text"] or (text[span.begin:span.end] if span else "")
        who = cell(item["who"], labels, href_for) if item["who"] is not None else None
        out.append(Statement(iri, said, span, who, _claim_kind(item["types"]), item["review"],
                             item["rating"]))
    return sorted(out, key=lambda st: (st.span.begin if st.span else -1, st.iri))


def _quotations(store: Snapshot, graph: ox.NamedNode, spans: dict[str, Span], text: str, labels: Labels,
                href_for: Href) -> list[Statement]:
    """Quotations: spans typed as quotations or quoted from someone, with their source if known."""
    quote_types = {str(KG.Quotation), str(SCHEMA.Quotation)}
    sources: dict[str, ox.NamedNode | None] = {
        sp.iri: None for sp in spans.values() if sp.types & quote_types}
    for p in (PROV.wasQuotedFrom, SCHEMA.creator, KG.attributedBy):
        for q, src in _pairs(store, graph, f"?q <{p}> ?s", "q", "s"):
            if q.value in spans and sources.get(q.value) is None:
                sources[q.value] = src
    out = []
    for iri, src in sources.items():
        span = spans[iri]
        out.append(Statement(iri, text[span.begin:span.end], span,
                             cell(src, labels, href_for) if src is not None else None, "quotation"))
    return sorted(out, key=lambda st: (st.span.begin, st.iri))


def _amount(price: ox.Literal, currency: ox.Literal | None) -> str:
    """"$18" for US dollars, as the paper prints it; "18 EUR" for any other currency."""
    code = currency.value if currency is not None else ""
    return f"${price.value}" if code == "USD" else f"{price.value} {code}".strip()


def _books(store: Snapshot, graph: ox.NamedNode, art: ox.NamedNode, spans: dict[str, Span],
           labels: Labels, href_for: Href) -> list[BookEntry]:
    """The books the page's items are about (a page of book entries), in the items' order:
    title, subtitle, authors and prices (the list price first)."""
    rows = _pairs(store, graph, (
        f"?i <{SCHEMA.isPartOf}> {art} ; <{SCHEMA.position}> ?pos ; <{SCHEMA.about}> ?b . "
        f"?b a <{SCHEMA.Book}> ; <{SCHEMA.name}> ?n . "
        f"OPTIONAL {{ ?b <{SCHEMA.alternativeHeadline}> ?sub }} "
        f"OPTIONAL {{ ?b <{PROV.wasDerivedFrom}> ?d }}"), "b", "pos", "n", "sub", "d")
    books = []
    for book, _pos, name, sub, derived in sorted(rows, key=lambda r: int(r[1].value)):
        authors = [cell(a, labels, href_for) for a in _values(store, book, SCHEMA.author)]
        offers = _pairs(store, graph, (
            f"{book} <{SCHEMA.offers}> ?o . ?o <{SCHEMA.price}> ?p . "
            f"OPTIONAL {{ ?o <{SCHEMA.priceCurrency}> ?c }} "
            f"OPTIONAL {{ ?o <{SCHEMA.priceSpecification}> ?s . OPTIONAL {{ ?s <{SCHEMA.priceType}> ?t }} "
            f"OPTIONAL {{ ?s <{SCHEMA.name}> ?sn }} }}"), "p", "c", "t", "sn")
        offers.sort(key=lambda o: (o[2] is None or o[2].value != str(SCHEMA.ListPrice), o[0].value))
        prices = [f"{sn.value if sn is not None else 'Price'} {_amount(p, c)}" for p, c, _, sn in offers]
        span = spans.get(derived.value) if isinstance(derived, ox.NamedNode) else None
        books.append(BookEntry(name.value, sub.value if sub is not None else "",
                               span.anchor if span else "", authors, prices))
    return books


def article_graph(store: Snapshot, article: ox.NamedNode) -> ox.NamedNode | None:
    for q in store.quads_for_pattern(article, node(RDF.type), None):
        if q.object in ARTICLE_TYPES and isinstance(q.graph_name, ox.NamedNode):
            return q.graph_name
    return None


def context_of(store: Snapshot, article: ox.NamedNode) -> ox.NamedNode | None:
    for p in (PROV.hadPrimarySource, NIF.sourceUrl):
        for q in store.quads_for_pattern(None, node(p), article):
            if isinstance(q.subject, ox.NamedNode) and _values(store, q.subject, NIF.isString):
                return q.subject
    return None


def article_of(store: Snapshot, context: ox.NamedNode) -> ox.NamedNode | None:
    for p in (PROV.hadPrimarySource, NIF.sourceUrl):
        for v in _values(store, context, p):
            if isinstance(v, ox.NamedNode):
                return v
    return None


@dataclass
class _PageMarks:
    """What the phases of `build` share: the article graph read once (its text and spans) and
    what they add to it, the marks laid over the text and the spans each entity is mentioned on."""

    store: Snapshot
    graph: ox.NamedNode
    text: str
    spans: dict[str, Span]
    labels: Labels
    href_for: Href
    marks: list[Mark] = field(default_factory=list)
    entity_mentions: dict[str, list[Span]] = field(default_factory=lambda: defaultdict(list))

    def span_of(self, term) -> Span | None:
        return self.spans.get(term.value) if isinstance(term, ox.NamedNode) else None

    def add_block(self, sp: Span | tuple[int, int], cls: str, tag: str = "div", **extra) -> None:
        b, e = (sp.begin, sp.end) if isinstance(sp, Span) else sp
        first = (("id", sp.anchor),) if isinstance(sp, Span) else ()
        self.marks.append(Mark(b, e, BLOCK, tag, (("class", cls),), first + extra.get("first", ()),
                               extra.get("prefix", "")))


def _structure_blocks(page: _PageMarks) -> None:
    """Structure: blocks. Reads the spans' types (section titles, paragraphs, numbered points)
    and the sections and letters of the graph, which have no span of their own (their hull is
    what they contain); adds one block mark each."""
    store, graph, spans = page.store, page.graph, page.spans
    for sp in spans.values():
        if str(DOCO.SectionTitle) in sp.types:
            page.add_block(sp, "section-title", "h2")
        elif str(DOCO.Paragraph) in sp.types or str(NIF.Paragraph) in sp.types:
            page.add_block(sp, "para")
        elif str(KG.NumberedPoint) in sp.types:
            page.add_block(sp, "point")
    for (section,) in _pairs(store, graph, f"?s a <{DOCO.Section}>", "s"):
        hull = _extent(store, graph, section, spans)
        if hull:
            page.add_block(hull, "section", "section")
    for (letter,) in _pairs(store, graph, f"?m a <{SCHEMA.Message}>", "m"):
        hull = _extent(store, graph, letter, spans)
        if hull:
            page.add_block(hull, "letter")


def _footnotes(page: _PageMarks) -> int:
    """Footnotes and their markers, linked both ways: reads the markers (kg:footnote) and the
    footnotes (doco:Footnote, numbered by schema:position or in the order met); adds a marker
    link per marker and a note block per footnote. Returns the number of footnotes."""
    store, graph = page.store, page.graph
    markers = {}
    marker_pattern = f"?m <{KG.footnote}> ?f . OPTIONAL {{ ?f <{SCHEMA.position}> ?n }}"
    for m, fn, pos in _pairs(store, graph, marker_pattern, "m", "f", "n"):
        sp = page.span_of(m)
        if sp is not None:
            markers[fn.value] = (sp, pos.value if pos is not None else sp.anchor)
    notes = 0
    for fn, pos in _pairs(store, graph, f"?f a <{DOCO.Footnote}> . OPTIONAL {{ ?f <{SCHEMA.position}> ?n }}",
                          "f", "n"):
        notes += 1
        number = pos.value if pos is not None else str(notes)
        hull = _extent(store, graph, fn, page.spans)
        marker = markers.get(fn.value)
        if marker is not None:
            sp, _ = marker
            page.marks.append(Mark(sp.begin, sp.end, MARKER, "a",
                                   (("class", "marker"), ("href", f"#note-{number}"),
                                    ("title", f"footnote {number}")),
                                   (("id", f"marker-{number}"),)))
        if hull:
            back = (Markup('<a class="backref" href="#marker-{0}" title="back to the text">'
                           '↩</a> ').format(number) if marker else "")
            page.marks.append(Mark(hull[0], hull[1], BLOCK, "div", (("class", "note"),),
                                   (("id", f"note-{number}"),), back, order=-1))
    return notes


def _mentions(page: _PageMarks) -> None:
    """Annotations: mentions. Reads itsrdf:taIdentRef; adds a link to the entity per mention
    and records the mention's span under its entity (for the list of entities beside the text).
    A mention whose class the learned typer chose (itsrdf:taConfidence) says so in its title and
    is classed `mention learned`; one whose bounds the learned bounder set, joining words into
    one name or cutting a longer one (its nif:annotationUnit's itsrdf:taConfidence), says so too
    and is classed `bounded`, so a reader can tell a model's call from the rules', with the
    model's confidence."""
    pattern = (f"?m <{ITSRDF.taIdentRef}> ?e OPTIONAL {{ ?m <{ITSRDF.taConfidence}> ?c }} "
               f"OPTIONAL {{ ?m <{NIF.annotationUnit}> ?u . ?u <{ITSRDF.taConfidence}> ?j }}")
    for m, ent, conf, joined in _pairs(page.store, page.graph, pattern, "m", "e", "c", "j"):
        sp = page.span_of(m)
        if sp is None or not isinstance(ent, ox.NamedNode):
            continue
        page.entity_mentions[ent.value].append(sp)
        title, classes, calls = page.labels.text(ent), ["mention"], []
        if isinstance(conf, ox.Literal):
            calls.append(f"class chosen by the learned typer, {float(conf.value):.0%} sure")
            classes.append("learned")
        if isinstance(joined, ox.Literal):
            calls.append(f"bounds set by the learned bounder, {float(joined.value):.0%} sure")
            classes.append("bounded")
        if calls:
            title += f" ({'; '.join(calls)})"
        page.marks.append(Mark(sp.begin, sp.end, LINK, "a",
                               (("class", " ".join(classes)), ("href", page.href_for(ent.value)),
                                ("title", title)),
                               (("id", sp.anchor),)))


def _statement_marks(page: _PageMarks, statements: list[Statement]) -> None:
    """Annotations: claims, quotations. Adds a region per statement that has a span, titled with
    its kind, who made it and its review, and classed by its verdict (rejected, endorsed)."""
    for st in statements:
        if st.span is not None:
            title = st.kind + (f" by {st.who.text}" if st.who and st.kind != "quotation" else "") + \
                (f" from {st.who.text}" if st.who and st.kind == "quotation" else "") + \
                (f" ({st.review})" if st.review else "")
            cls = "quote" if st.kind == "quotation" else " ".join(
                ["claim"] + (["rejected"] if st.rating < 0 else ["endorsed"] if st.rating > 0 else []))
            page.marks.append(Mark(st.span.begin, st.span.end, REGION, "span",
                                   (("class", cls), ("title", title)),
                                   (("id", st.anchor),), order=1 if st.kind == "quotation" else 0))


def _found_mark(page: _PageMarks, found: tuple[int, int] | None) -> None:
    """The span a search hit links to (`found`), marked when it lies inside the text."""
    if found is not None and found[1] <= len(page.text):
        b, e = found
        page.marks.append(Mark(b, e, REGION, "mark", (("class", "found"),), (("id", f"char={b},{e}"),),
                               order=-1))


def _entity_uses(page: _PageMarks) -> list[EntityUse]:
    """The entities the article mentions, most mentioned first: reads each entity's types and
    Wikidata links (from any graph) and the spans `_mentions` recorded (the first is linked)."""
    entities = []
    for iri, used in page.entity_mentions.items():
        ent = node(iri)
        kinds = [compact(t.value) for t in _values(page.store, ent, RDF.type)]
        wikidata = [v.value for v in _values(page.store, ent, OWL.sameAs) if v.value.startswith(str(WD))]
        used.sort(key=lambda s: s.begin)
        entities.append(EntityUse(cell(ent, page.labels, page.href_for), ", ".join(sorted(kinds)), len(used),
                                  wikidata, used[0].anchor))
    entities.sort(key=lambda u: (-u.mentions, u.entity.text))
    return entities


def build(store: Snapshot, article_iri: str, labels: Labels, href_for: Href,
          found: tuple[int, int] | None = None) -> ArticleView | None:
    """The page of one article, or None when the store holds no article graph for it.
    `found`: a span to mark (`<mark class="found" id="char=b,e">`), where a search hit links.

    The phases, in order (the order of the marks is the order they were added in): the
    structure's blocks, the footnotes and markers, the mentions, the claims and quotations,
    the found span; then the page's parts around them."""
    art = node(article_iri)
    graph = article_graph(store, art)
    ctx = context_of(store, art)
    if graph is None:
        return None
    text = ""
    if ctx is not None:
        text = _literal(store, ctx, NIF.isString)
    spans = _spans(store, graph, ctx) if ctx is not None else {}
    page = _PageMarks(store, graph, text, spans, labels, href_for)
    _structure_blocks(page)
    notes = _footnotes(page)
    _mentions(page)
    claims, quotations = _claims(store, graph, spans, text, labels, href_for), \
        _quotations(store, graph, spans, text, labels, href_for)
    _statement_marks(page, claims + quotations)
    _found_mark(page, found)

    # the page: what comes before the first block is the printed masthead and headline
    marks = page.marks
    blocks = [m.begin for m in marks if m.level == BLOCK]
    first = min(blocks) if blocks else 0
    authors = [cell(a, labels, href_for) for a in _values(store, art, SCHEMA.author)]
    issues = _values(store, art, SCHEMA.isPartOf)
    entities = _entity_uses(page)
    return ArticleView(
        iri=article_iri, graph=graph.value,
        headline=_literal(store, art, SCHEMA.headline) or labels.text(art),
        deck=_literal(store, art, SCHEMA.alternativeHeadline),
        genre=_literal(store, art, SCHEMA.genre),
        date=_literal(store, art, SCHEMA.datePublished),
        authors=authors,
        issue=cell(issues[0], labels, href_for) if issues else None,
        copyright=_literal(store, art, SCHEMA.copyrightNotice),
        context=ctx.value if ctx is not None else "",
        front=render(text, [m for m in marks if m.level != BLOCK], 0, first) if first else Markup(""),
        body=render(text, marks, first, len(text)),
        notes=notes, entities=entities, claims=claims, quotations=quotations,
        books=_books(store, graph, art, spans, labels, href_for),
        )
