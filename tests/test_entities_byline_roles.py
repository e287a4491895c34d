"""A writer's title after the byline is read for names, as a sign-off's title is.

"By Ana Ruiz, Communist League member in Toronto," names a body and a city the article's text
may never name again; the reader keeps the title out of the paragraphs (a field of its own,
`Document.byline_roles`), so the entities stage reads it as a region of its own."""

from __future__ import annotations

from kg.nlp.stages import annotate
from kg.reader import parse_article

PAGE = ("Dockers in Chile fight port layoffs\n"
        "Union sets a walkout over 2,000 lost jobs\n\n"
        "By Ana Ruiz, Communist League member in Toronto,\n"
        "and Tom Lee, Socialist Workers Party member in Seattle\n"
        "May 8, 2023\n\n"
        "VALPARAÍSO — The port company said it would cut 2,000 jobs.\n\n"
        "“We will fight,” said Pedro Alarcón, a docker.\n")


def test_the_writers_titles_name_bodies_and_places():
    doc = annotate(parse_article(PAGE, "militant-2023-05-08-v87n18-chile-dockers.txt"))
    a = doc.annotations
    found = {(doc.text[m.span.begin:m.span.end], a.entities[m.entity].kind) for m in a.mentions}
    titles = [r.span for r in doc.byline_roles]
    assert len(titles) == 2
    inside = {(doc.text[m.span.begin:m.span.end], a.entities[m.entity].kind) for m in a.mentions
              if any(t.begin <= m.span.begin and m.span.end <= t.end for t in titles)}
    assert ("Communist League", "organization") in inside
    assert ("Socialist Workers Party", "organization") in inside
    assert {("Toronto", "city"), ("Seattle", "city")} <= inside
    assert ("Pedro Alarcón", "person") in found
