"""Cited works and the citations that point to them.

Finds, by rules whose words live in kg/data/nlp/works.toml:
- references in parentheses: "(V.I. Lenin, Collected Works, vol. 31, pp. 149-50.)",
  "(LCW, vol. 31, p. 242.)", "(See “Title,” pp. 327-351)";
- titles in quotation marks next to a work cue: "we published “Title” in New International
  no. 7", "see “Title” by Jack Barnes in ...", "The resolution, “Title,” was adopted at ...",
  "“Title,” a resolution adopted by the Socialist Workers Party at its 2005 convention";
- book titles in Title Case after a kind noun: "the 1994 book The Bell Curve: ... by A and B",
  or set off by commas: "In a later book, Teamster Politics, Dobbs described ...";
- titles in quotation marks after a possessive: "his book “Teamster Rebellion”" (its author);
- notes that are references: "Farrell Dobbs, Teamster Rebellion (New York: Pathfinder, 2004),
  p. 102.";
- periodical issues: "New International no. 7";
- untitled documents the text refers to: "our 2006 convention document", "Lenin’s draft
  theses on the national and colonial question" (sources of quotations).
Each work is annotated once per article (its spans list every place it is named); each
naming is a Citation with its locator and CiTO intent.
"""

from __future__ import annotations

import re

from kg.annotations import Agent, Citation, Work
from kg.model import Document, Span
from kg.nlp import agents, cuedata
from kg.nlp.text import YEAR, month_number, scope_of, sentence_spans

_NAME_WORD = r"(?:[A-Z][\w’'.-]*)"
_TITLE_CHARS = r"[^“”\"()]"


@cuedata.cached
def _rx() -> dict[str, re.Pattern]:
    w = cuedata.words
    kinds = cuedata.load("works")["kinds"]
    nouns = [n for k in kinds.values() for n in k["nouns"]]
    vol = cuedata.phrase_pattern(w("works", "volume_words"))
    page = cuedata.phrase_pattern(w("works", "page_words"))
    issue = cuedata.phrase_pattern(w("works", "issue_words"))
    periodical = rf"(?P<periodical>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}})"
    return {
        "paren": re.compile(r"\((?P<body>[^()]*?(?:\d|“)[^()]*?)\)"),
        "volume": re.compile(rf"{vol}\s*(?P<n>\d+)", re.I),
        "pages": re.compile(rf"{page}\s*(?P<a>\d+)(?:\s*[-–]\s*(?P<b>\d+))?", re.I),
        "issue_no": re.compile(rf"{issue}\s*(?P<n>\d+)", re.I),
        "periodical_issue": re.compile(rf"{periodical}\s+(?:{issue})\s*(?P<n>\d+)"),
        "noun": re.compile(r"(?<![\w’'])" + cuedata.phrase_pattern(nouns) + r"(?![\w’'])", re.I),
        "quoted": re.compile(r"[“\"](?P<t>" + _TITLE_CHARS + r"+?)[,.]?[”\"]"),
        "by": re.compile(r"\s*by\s+(?P<names>" + _NAME_WORD + r"(?:[\s.]+" + _NAME_WORD + r"){0,3}"
                         r"(?:,?\s+and\s+" + _NAME_WORD + r"(?:[\s.]+" + _NAME_WORD + r"){0,3})*)"),
        "intent_see": cuedata.compiled("works", "intents", "citesAsRecommendedReading"),
        "published_in": cuedata.compiled("works", "published_in"),
        "authoring": cuedata.compiled("works", "authoring_verbs"),
        # "the book “Title”", "his book “Title”", "Dobbs’s book “Title”"
        "noun_before": re.compile(r"(?<![\w’'])(?P<det>(?i:the|a|an|his|her|their|its|our|my)|"
                                  + _NAME_WORD + r"[’']s)\s+(?P<noun>[\w ]+?),?\s*$"),
        # "In a later book, Teamster Politics, Dobbs described ...": a title in apposition
        "appositive_title": re.compile(
            r"(?<![\w’'])(?P<det>(?i:the|a|an|his|her|their|its|our|my))\s+(?:[\w-]+\s+)?(?P<noun>"
            + cuedata.phrase_pattern(nouns) + r"),\s+(?P<title>[A-Z][^,;:“”()]*?),"),
        # a note that is a reference: "Farrell Dobbs, Teamster Rebellion (New York: Pathfinder,
        # 2004), p. 102."
        "note_reference": re.compile(
            r"(?P<authors>" + _NAME_WORD + r"(?:[\s.]+" + _NAME_WORD + r"){0,3}(?:,?\s+and\s+" + _NAME_WORD
            + r"(?:[\s.]+" + _NAME_WORD + r"){0,3})*),\s+(?P<title>[A-Z][^()“”]*?)\s*"
            rf"(?:\((?P<pub>[^()]*?(?P<year>{YEAR})[^()]*)\))?,\s*(?P<loc>(?:{vol}|{page})\s*\d.*?)[.\s]*$"),
        "determiner": re.compile(
            r"(?<![\w’'])(?P<det>(?i:" + cuedata.phrase_pattern(w("works", "determiners"))
            + r")|" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,2}[’']s)\s+"),
    }


def _kind_of(noun: str) -> str:
    noun = noun.lower()
    for kind, spec in cuedata.load("works")["kinds"].items():
        if noun in (n.lower() for n in spec["nouns"]):
            return kind
    return "resolution"


def _is_title(text: str) -> bool:
    """Title Case: every word of three letters or more starts upper-case (small words aside)."""
    small = {s.lower() for s in cuedata.words("works", "title_small_words")}
    words = re.findall(r"[\w’'-]+", text)
    if len(words) < 2:
        return False
    return words[0][0].isupper() and all(
        w[0].isupper() or w.lower() in small or w[0].isdigit() for w in words)


def work_key(title: str, authors: list[str]) -> str:
    """Stable key: the title, author-qualified when the title is generic ("Collected Works")."""
    generic = {g.lower() for g in cuedata.words("works", "generic_titles")}
    if title.lower() in generic and authors:
        return f"{authors[0]} {title}"
    return title


class _Works:
    """The article's works by key, merging what several namings say about one work."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.by_key: dict[str, Work] = {}
        self.citations: list[Citation] = []

    def add(self, title: str, kind: str, span: Span, *, authors: list[Agent] = (),
            author_names: list[str] = (), titled: bool = True, **attrs) -> Work:
        key = work_key(title, list(author_names)) if titled else title
        work = self.by_key.get(key)
        if work is None:
            work = self.by_key[key] = Work(key=key, title=title, kind=kind, titled=titled)
        if span not in work.spans:
            work.spans.append(span)
        for a in authors:
            if a not in work.authors:
                work.authors.append(a)
        for name, value in attrs.items():
            if value is not None and getattr(work, name) is None:
                setattr(work, name, value)
        return work

    def cite(self, work: Work, span: Span, sentence: Span, **locator) -> Citation:
        before = self.doc.text[sentence.begin:span.begin]
        intent = "cites"
        for name in cuedata.load("works")["intents"]:
            if cuedata.compiled("works", "intents", name).search(before):
                intent = name
                break
        for cit in self.citations:  # one naming, several rules: merge what each found
            if cit.work == work.key and (cit.span.contains(span) or span.contains(cit.span)):
                for name, value in locator.items():
                    if value is not None and getattr(cit, name) is None:
                        setattr(cit, name, value)
                if cit.intent == "cites":
                    cit.intent = intent
                return cit
        cit = Citation(span=span, work=work.key, intent=intent, **locator)
        self.citations.append(cit)
        return cit


def _names(text: str) -> list[str]:
    """"Richard Herrnstein and Charles Murray" -> the two names."""
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", text.strip())
    # A sentence's final period is not part of the last name ("Charles Murray."), an initial's is.
    # A glued footnote marker ("Tom Fischer.2") is not part of the name either.
    parts = [re.sub(r"(?<=\D)\d{1,2}$", "", p.strip()) for p in parts]
    return [re.sub(r"(?<=[a-z]{2})\.$", "", p) for p in parts if p]


def _pages(m: re.Match | None) -> dict:
    if not m:
        return {}
    a, b = m.group("a"), m.group("b")
    start = int(a)
    end = int(b) if b else None
    if b and len(b) < len(a):  # "149-50" -> 150
        end = int(a[: len(a) - len(b)] + b)
    return {"pages": f"{a}-{b}" if b else a, "page_start": start, "page_end": end or start}


def _periodical_issue(ws: _Works, m: re.Match, span_offset: int, sentence: Span) -> Work:
    name = m.group("periodical")
    n = m.group("n")
    sp = Span(span_offset + m.start(), span_offset + m.end())
    work = ws.add(f"{name} no. {n}", "issue", sp, periodical=name, issue=n)
    ws.cite(work, sp, sentence)
    return work


def _parenthetical(ws: _Works, sentence: Span, m: re.Match, last_issue: Work | None) -> None:
    """A reference in parentheses: [See] [Author,] Title, vol. N, pp. A-B."""
    rx = _rx()
    doc = ws.doc
    body_b, body_e = m.start("body"), m.end("body")
    body = doc.text[body_b:body_e].rstrip(" .")
    if not (rx["pages"].search(body) or rx["volume"].search(body)):
        return
    lead = re.match(r"(?:see|cf\.)\s+", body, re.I)
    head_at = lead.end() if lead else 0
    first_loc = min((x.start() for x in (rx["volume"].search(body), rx["pages"].search(body),
                                         rx["issue_no"].search(body)) if x), default=len(body))
    head = body[head_at:first_loc].strip(" ,")
    quoted = rx["quoted"].match(head)  # "“Title,” in Labor Review": the quoted title names it
    abbrevs = cuedata.load("works").get("abbreviations", {})
    authors: list[str] = []
    if quoted:
        title = quoted.group(1).rstrip(",. ")
    elif head in abbrevs:
        title, authors = abbrevs[head]["title"], [abbrevs[head]["author"]]
    else:
        parts = [p.strip() for p in head.split(",") if p.strip()]
        if not parts:
            return
        if len(parts) >= 2:
            authors, title = _names(parts[0]), ", ".join(parts[1:])
        else:
            title = parts[0]
    if not title:
        return
    span = Span(body_b + head_at, body_b + len(body))
    vol = rx["volume"].search(body)
    attrs = {}
    if last_issue is not None and quoted:  # "(See “Title,” pp. 327-351)" after "New International no. 7"
        attrs = {"periodical": last_issue.periodical, "issue": last_issue.issue}
        pages = _pages(rx["pages"].search(body))
        attrs.update(page_start=pages.get("page_start"), page_end=pages.get("page_end"))
    work = ws.add(title, "article" if quoted else "book", span,
                  authors=[agents.by_name(doc, a) for a in authors], author_names=authors, **attrs)
    ws.cite(work, span, sentence, volume=vol.group("n") if vol else None,
            **_pages(rx["pages"].search(body)))


def _after_title(ws: _Works, sentence: Span, end: int, work: Work) -> None:
    """What follows a title in its sentence: "by A and B", "in P no. N, pp. X-Y", "adopted by X
    at its 2005 convention", "in June 2006"."""
    rx = _rx()
    doc = ws.doc
    tail = doc.text[end:sentence.end]
    by = rx["by"].match(tail)
    if by:
        for name in _names(by.group("names")):
            a = agents.by_name(doc, name)
            if a not in work.authors:
                work.authors.append(a)
    pi = rx["periodical_issue"].search(tail)
    if pi and re.match(r"[\s,]*(?:by\s[^,]*?\s)?in\s+$", tail[: pi.start()] + " ", re.S) is None:
        pi = pi if re.search(r"\bin\s+$", tail[: pi.start()]) else None
    if pi:
        issue = _periodical_issue(ws, pi, end, sentence)
        work.periodical = work.periodical or issue.periodical
        work.issue = work.issue or issue.issue
        pages = _pages(rx["pages"].match(tail, pi.end() + len(tail[pi.end():]) -
                                         len(tail[pi.end():].lstrip(" ,"))))
        if pages and work.page_start is None:
            work.page_start, work.page_end = pages["page_start"], pages["page_end"]
    auth = rx["authoring"].search(tail)
    if auth:
        after = Span(end + auth.end(), sentence.end)
        keys = [k for k in agents.entity_keys(doc, Span(after.begin, min(after.end, after.begin + 80)))
                if agents.kind_of(doc, k) == "organization"]
        if keys and Agent("entity", keys[0]) not in work.authors:
            work.authors.append(Agent("entity", keys[0]))
        _date_into(work, doc.text[after.begin:after.end])


def _date_into(work: Work, text: str) -> None:
    m = re.search(rf"(?:(?P<month>[A-Z][a-z]+)\s+)?(?P<year>{YEAR})(?!s)", text)
    if not m:
        return
    work.year = work.year or int(m.group("year"))
    mon = month_number(m.group("month") or "")
    if mon and work.date is None:
        work.date = f"{m.group('year')}-{mon:02d}"


def _quoted_titles(ws: _Works, sentence: Span) -> None:
    rx = _rx()
    doc = ws.doc
    text = doc.text
    for q in rx["quoted"].finditer(text, sentence.begin, sentence.end):
        title = q.group("t").strip().rstrip(",.")
        if not _is_title(title):
            continue
        before = text[sentence.begin:q.start()]
        after = text[q.end():sentence.end]
        noun_before = rx["noun_before"].search(before)
        noun_after = re.match(r",?\s*(?:a|an|the)\s+(?P<noun>[\w ]+?)\s+"
                              r"(?:adopted|published|by|written|issued)",
                              after, re.I)
        kind = None
        for nm in (noun_before, noun_after):
            if nm and rx["noun"].fullmatch(nm.group("noun").strip()):
                kind = _kind_of(nm.group("noun").strip())
        in_issue = after.lstrip(" ,").startswith("in ") and rx["periodical_issue"].match(
            after.lstrip(" ,")[3:])
        cue = (rx["intent_see"].search(before[-40:]) or re.search(r"\bpublished\s*$", before)
               or rx["by"].match(after) or in_issue)
        if kind is None and not cue:
            continue
        span = Span(q.start("t"), q.start("t") + len(title))
        owner = noun_before.group("det") if noun_before and kind else ""
        authors = _owner(doc, sentence.begin + noun_before.start("det"), owner) if owner else []
        work = ws.add(title, kind or "article", span, authors=authors)
        if kind == "resolution" or (noun_after and kind):
            _date_into(work, after) if rx["authoring"].search(after) else None
        _after_title(ws, sentence, q.end(), work)
        ws.cite(work, span, sentence)


def _owner(doc: Document, at: int, det: str) -> list[Agent]:
    """The author a possessive names ("his book", "Dobbs’s book"); none for articles."""
    if det.lower() in ("the", "a", "an"):
        return []
    word = re.sub(r"[’']s$", "", det)
    found = agents.resolve(doc, Span(at, at + len(word)), scope=scope_of(doc, at), unidentified=False)
    return [a for a in found if a.kind == "entity" and agents.kind_of(doc, a.key) != "organization"
            or a.kind != "entity"]


def _appositive_titles(ws: _Works, sentence: Span) -> None:
    """"In a later book, Teamster Politics, Dobbs described ..." names a titled work."""
    doc = ws.doc
    for m in _rx()["appositive_title"].finditer(doc.text, sentence.begin, sentence.end):
        title = m.group("title").strip()
        if not _is_title(title):
            continue
        span = Span(m.start("title"), m.start("title") + len(title))
        work = ws.add(title, _kind_of(m.group("noun")), span,
                      authors=_owner(doc, m.start("det"), m.group("det")))
        ws.cite(work, span, sentence)


def _note_reference(ws: _Works, sentence: Span) -> None:
    """A note that is a reference without parentheses: "Farrell Dobbs, Teamster Rebellion (New
    York: Pathfinder, 2004), p. 102." (author, title, publication, locator)."""
    doc = ws.doc
    if doc.note_at(sentence.begin) is None:
        return
    rx = _rx()
    m = rx["note_reference"].fullmatch(doc.text, sentence.begin, sentence.end)
    if m is None or not _is_title(m.group("title")):
        return
    names = _names(m.group("authors"))
    title = m.group("title").strip()
    span = Span(sentence.begin, m.end("loc"))
    work = ws.add(title, "book", Span(m.start("title"), m.start("title") + len(title)),
                  authors=[agents.by_name(doc, n) for n in names], author_names=names,
                  year=int(m.group("year")) if m.group("year") else None)
    vol = rx["volume"].search(m.group("loc"))
    ws.cite(work, span, sentence, volume=vol.group("n") if vol else None,
            **_pages(rx["pages"].search(m.group("loc"))))


def _book_titles(ws: _Works, sentence: Span) -> None:
    """"the 1994 book The Bell Curve: Intelligence and ... Life by Richard Herrnstein and ..."."""
    doc = ws.doc
    kinds = cuedata.load("works")["kinds"]
    nouns = cuedata.phrase_pattern(kinds["book"]["nouns"])
    rx = re.compile(rf"(?:the|a)\s+(?:(?P<year>{YEAR})\s+)?(?P<noun>{nouns})\s+"
                    rf"(?P<title>[A-Z][^“”()]*?)(?=\s+by\s+[A-Z])", re.I)
    for m in rx.finditer(doc.text, sentence.begin, sentence.end):
        title = m.group("title").strip()
        if not _is_title(title) or not title[0].isupper():
            continue
        span = Span(m.start("title"), m.end("title"))
        work = ws.add(title, "book", span, year=int(m.group("year")) if m.group("year") else None)
        _after_title(ws, sentence, m.end("title"), work)
        ws.cite(work, span, sentence)


def _published_in(ws: _Works, sentence: Span) -> None:
    """"It is published in New International no. 12." places the work named last."""
    doc = ws.doc
    rx = _rx()
    m = re.match(r"\s*(?:It|The\s+\w+)\s+", doc.text[sentence.begin:sentence.end])
    pub = rx["published_in"].search(doc.text, sentence.begin, sentence.end)
    if not m or not pub:
        return
    pi = rx["periodical_issue"].search(doc.text, pub.end(), sentence.end)
    note = doc.note_at(sentence.begin)
    scope_floor = note.text.begin if note else 0
    work = agents.last_work(doc, list(ws.by_key.values()), sentence.begin, scope_floor)
    if pi and work and work.kind != "issue":
        issue = _periodical_issue(ws, pi, 0, sentence)
        work.periodical = work.periodical or issue.periodical
        work.issue = work.issue or issue.issue


def _untitled(ws: _Works, sentence: Span) -> None:
    """References to documents without a title: "our 2006 convention document",
    "Lenin’s draft theses on ...". A bare "the book" after a titled book is that book."""
    rx = _rx()
    doc = ws.doc
    text = doc.text
    titled_spans = [s for w in ws.by_key.values() for s in w.spans]
    for n in rx["noun"].finditer(text, sentence.begin, sentence.end):
        before = text[max(sentence.begin, n.start() - 60):n.start()]
        det = None
        for d in rx["determiner"].finditer(before):
            gap = before[d.end():]
            small = {x.lower() for x in cuedata.words("works", "title_small_words")}
            gap_words = re.findall(r"[\w’'-]+", gap)
            if len(gap_words) <= 3 and not re.search(r"[,;:“”()—]", gap) and not any(
                    g.lower() in small for g in gap_words):
                det = d
                break
        if det is None:
            continue
        begin = n.start() - len(before) + det.start()
        lead = re.match(r"(?:[A-Z]\w*\s+)+(?=[A-Z])", det.group("det"))
        if lead and det.group("det").endswith(("’s", "'s")):  # "In Shirvani’s" -> "Shirvani’s"
            starters = set(cuedata.words("sentences", "sentence_starters"))
            first = lead.group().split()
            drop = 0
            while drop < len(first) and first[drop] in starters:
                drop += len(first[drop]) + 1
                first = first[1:]
            begin += drop
        end = n.end()
        speech = cuedata.phrase_pattern(cuedata.words("quotes", "speech_verbs"))
        post = re.match(rf"\s+(?:on|to)\s+[^,.;:“”()—]{{3,80}}?(?=[,.;:“”()—]|\s+(?:{speech})\b|$)",
                        text[end:sentence.end])
        if post and len(post.group().split()) <= 9:
            end += post.end()
        # "A column by a well-known bourgeois conservative in ...": its author, as the text describes
        by = re.match(r"\s+by\s+(?P<who>(?:(?!in\b|of\b|at\b|from\b|on\b)[\w’'-]+\s*?){1,6}?)"
                      rf"(?=\s+(?:in|of|at|from|on|{speech})\b|[,.;:“”()—])", text[end:sentence.end])
        by_span = Span(end + by.start("who"), end + by.end("who")) if by else None
        span = Span(begin, end)
        # An appositive of a title ("The resolution, “Title,”", "“Title,” a resolution") is that work.
        if any(span.contains(t) or t.contains(span) or 0 <= t.begin - end <= 3 or 0 <= begin - t.end <= 4
               for t in titled_spans):
            continue
        det_word = det.group("det").lower()
        det_end = n.start() - len(before) + det.end("det")
        modifiers = text[det_end:n.start()].strip()
        kind = _kind_of(n.group())
        if det_word in ("the", "this", "that") and not modifiers and end == n.end():
            scope = doc.note_at(begin)
            floor = scope.text.begin if scope else 0
            prior = [w for w in ws.by_key.values() if w.titled and w.kind == kind
                     and any(floor <= t.begin and t.end <= begin for t in w.spans)]
            if prior:
                latest = max(prior, key=lambda w: max(t.end for t in w.spans if t.end <= begin))
                latest.spans.append(span)
            continue
        authors: list[Agent] = []
        if det_word not in ("the", "a", "an", "this", "that", "today’s", "today's"):
            owner = Span(begin, det_end - 2 if det_word.endswith(("’s", "'s")) else det_end)
            authors = [a for a in agents.resolve(doc, owner, unidentified=False) if a.kind == "entity"]
        if by_span is not None and not authors:
            authors = agents.resolve(doc, by_span)
        if any(Span(begin, end).contains(t) or t.contains(Span(begin, end))
               for w in ws.by_key.values() if not w.titled for t in w.spans):
            continue  # "his presentation" inside "Shirvani’s report on his presentation"
        year = re.search(rf"\b({YEAR})\b(?!s)", text[begin:end])
        ws.add(text[begin:end], kind, span, titled=False, authors=authors,
               year=int(year.group(1)) if year else None)


def annotate(doc: Document) -> Document:
    """Fill doc.annotations.works and doc.annotations.citations."""
    ws = _Works(doc)
    rx = _rx()
    for sentence in sentence_spans(doc):
        last_issue = None
        for m in rx["periodical_issue"].finditer(doc.text, sentence.begin, sentence.end):
            last_issue = _periodical_issue(ws, m, 0, sentence)
        _quoted_titles(ws, sentence)
        _book_titles(ws, sentence)
        _appositive_titles(ws, sentence)
        _note_reference(ws, sentence)
        for m in rx["paren"].finditer(doc.text, sentence.begin, sentence.end):
            _parenthetical(ws, sentence, m, last_issue)
        _published_in(ws, sentence)
    for sentence in sentence_spans(doc):
        _untitled(ws, sentence)
    doc.annotations.works = list(ws.by_key.values())
    doc.annotations.citations = sorted(ws.citations, key=lambda c: c.span.begin)
    return doc
