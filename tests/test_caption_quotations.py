"""A photo's caption is read by the NLP stages as prose (`Document.prose_spans`): a quotation in
it has its speaker, as in a paragraph. Read apart from the prose, a caption's quotation was
lost (the entity stage read captions already, as regions of their own, and still does once)."""

from __future__ import annotations

from kg.nlp import annotate
from kg.reader import parse_article

PAGE = ("The Militant (logo)\nVol. 74/No. 43      November 15, 2010\n\n"
        "Weavers in Kelvo walk out over pay\n\nMilitant/Tom Lee\n\n"
        "Pickets at the Kelvo mill gate Nov. 3. “We won’t go back for less,” said Ana Dorrow "
        "(left), a weaver.\n\n"
        "BY TOM LEE\nKELVO, Kansas—Some 300 weavers walked off the job here November 2.\n")


def test_a_captions_quotation_has_its_speaker():
    d = annotate(parse_article(PAGE))
    (photo,) = d.photos
    assert photo.caption.span in d.prose_spans()
    (q,) = [q for q in d.annotations.quotations if q.kind == "quotation"]
    assert q.content.of(d.text) == "We won’t go back for less,"
    assert [s.key for s in q.speakers] == ["person/ana-dorrow"]
    assert photo.caption.span.begin <= q.span.begin < photo.caption.span.end


def test_a_caption_is_one_region_of_the_entity_stage():
    from kg.nlp.entities.spans.textspan import regions

    d = parse_article(PAGE)
    caption = d.photos[0].caption.span
    found = [r for r in regions(d) if r.span == caption]
    assert len(found) == 1 and found[0].caption
