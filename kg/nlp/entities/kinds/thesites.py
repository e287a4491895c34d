"""A town's word that the article writes alone only after "the": a site, no firm ("workers at the
Kelvo", "the Kelvo powerhouse" beside "Kelvo Steel"; branch ent124).

kg.nlp.entities.kinds.townfirms `town_named_firms` makes a town's word the firm where the article
names a firm with it first ("Kelvo Steel") and writes the word alone in an employer's frame
("workers at Kelvo"). A town's name takes no article, and neither does a firm's; a works, a
complex or a yard named for the place it stands in does ("the Kelvo", "the Kelvo powerhouse"):
the article names the site, a place. A one-word name the gazetteer
knows as a town (no country), typed a firm, that the article writes alone (no capitalised
word glued before or after it) only right after "the", and at least once closing its phrase
("at the Kelvo,": not only before a noun it modifies, "the Kelvo plantations", which are the
firm's), is that site. A declared step of
`KIND_STEPS` (kg.nlp.entities.kinds.resolve), right after `town_named_firms`."""

from __future__ import annotations

import re

from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext

_THE = re.compile(r"(?<![\w’'-])[Tt]he[ \t]+\Z")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'.-]*[ \t]+\Z")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")
# the name closing its phrase ("workers at the Kelvo, a complex …"): no noun after it that the
# name would only modify ("the Kelvo plantations" is the firm's)
_CLOSED = re.compile(r"[ \t]*[,.;:!?)”’\"]")


def _alone_only_after_the(text: str, label: str) -> bool:
    """Every mention of `label` alone follows "the", and there is one."""
    alone = [m for m in re.finditer(r"(?<![\w’'-])" + re.escape(label) + r"(?![\w’'-])", text)
             if not _CAPITAL_AFTER.match(text, m.end())
             and not (_CAPITAL_BEFORE.search(text[max(0, m.start() - 30):m.start()])
                      and not _THE.search(text[max(0, m.start() - 5):m.start()]))]
    return bool(alone) and all(_THE.search(text[max(0, m.start() - 5):m.start()]) for m in alone) \
        and any(_CLOSED.match(text, m.end()) for m in alone)


def sites_after_the(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """A town's word typed a firm, alone only after "the": the site, a place."""
    for label, (kind, _strong) in list(kinds.of.items()):
        if kind == "organization" and " " not in label \
                and ctx.ev.place_kind(label) not in (None, "country") \
                and _alone_only_after_the(ctx.text, label):
            kinds.of[label] = ("place", True)
