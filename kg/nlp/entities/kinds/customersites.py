"""A firm whose name ends in a site's word, framed as a buyer or listed with firms: "makes
candles for Kelvo & Dorrow Works and other retailers", "parts for Tallow Mills" (set CB, branch
ent113).

A firm's name may end in a word that heads places ("Works", "Mills", "Yards": kg/data/nlp/
entities.toml `[head_types] place`), and the head word typed it a site before the customer
rule (kg.nlp.entities.kinds.contextrules `customer_firm`, which leaves head words alone) could
read the frame. Where the name is no place the gazetteer or the registry knows and a verb of
making and "for" stand before it, or "and other" and firms' plural noun after it
(kg.nlp.entities.cues.phrases `customer`, `firm_with_firms`), it is a firm. A declared rule of
kg.nlp.entities.kinds.namekinds `NAME_RULES`, right before `head_word_kind`."""

from __future__ import annotations

from kg.nlp.entities.kinds.namequery import Kind, NameQuery


def site_headed_customer(q: NameQuery) -> Kind | None:
    """An organisation where a place-headed name is framed as a buyer or listed with firms."""
    if q.cues.heads.get(q.head) == "place" and not q.place and len(q.words) > 1 and not q.label.isupper() \
            and (q.ph.customer(q.text, q.run.begin) or q.ph.firm_with_firms(q.text, q.run.end)):
        return "organization", False
    return None
