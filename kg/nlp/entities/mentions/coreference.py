"""A one-word new name tied to the one person the article names in full (`surname_coreference`):
by the surname ("President Carter" … "Jimmy Carter"), the given name ("Dimitris said" after
"Dimitris Kelvanos"), or another word of the full name ("Kelvo" after "Ana Beatriz Kelvo da
Tessaro"); a title before such a surname is cut off (`_title_before_surname`). kg.nlp.entities.
mentions.publish reads the answer when it makes the new names entities."""

from __future__ import annotations

import dataclasses
import re

from kg.model import Span
from kg.nlp.entities.cues.gazetteer import gazetteer
from kg.nlp.entities.kinds.shortforms import surname
from kg.nlp.entities.mentions.context import PLACE_KINDS
from kg.nlp.entities.names import NewName
from kg.nlp.entities.registry.registry import Entry
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.nameparts import inner_names


@dataclasses.dataclass
class _People:
    """The people the article names in full (two words or more), registry or new, by the words
    a one-word name may be: surname, given name, another word inside (each → their keys), with
    each person's entry or new name (`holder`) and first offset (`first`)."""

    surnames: dict[str, set[str]] = dataclasses.field(default_factory=dict)
    # "Dimitris" of "Dimitris Kelvanos"
    given: dict[str, set[str]] = dataclasses.field(default_factory=dict)
    # "Kelvo" of "Ana Beatriz Kelvo da Tessaro" (set R)
    inner: dict[str, set[str]] = dataclasses.field(default_factory=dict)
    holder: dict[str, Entry | NewName] = dataclasses.field(default_factory=dict)
    first: dict[str, int] = dataclasses.field(default_factory=dict)

    def add(self, label: str, key: str, holder: Entry | NewName, begin: int) -> None:
        self.surnames.setdefault(surname(label), set()).add(key)
        self.given.setdefault(label.split()[0], set()).add(key)
        for w in inner_names(label):
            self.inner.setdefault(w, set()).add(key)
        self.holder[key] = holder
        self.first[key] = begin


def _people(accepted: list[Match], new_names: list[NewName]) -> _People:
    """The people named in full: registry matches (first at their earliest match), then new names."""
    out = _People()
    for m in accepted:
        if m.entry.kind == "person" and len(m.entry.label.split()) > 1:
            out.add(m.entry.label, m.entry.key, m.entry, min(out.first.get(m.entry.key, m.begin), m.begin))
    for n in new_names:
        if n.kind == "person" and len(n.label.split()) > 1:
            out.add(n.label, n.key, n, min(sp.begin for sp in n.spans))
    return out


def surname_coreference(accepted: list[Match], new_names: list[NewName], text: str = "",
                        titles: set[str] = frozenset(),
                        rule_after: re.Pattern | None = None,
                        headings: list[tuple[int, int]] = ()) -> dict[str, Entry | NewName]:
    """A one-word new name (a person's, untyped, or a place no gazetteer knows) that is the
    surname of exactly one person the article names in full, registry or new, is that person,
    wherever it stands ("President Carter" before "Jimmy Carter", "a message from Okafor"
    before "Chidi Okafor, a miner"); one that is no one's surname but the given name of exactly
    one such person, named in full before it, is that person too (`_given_name_alone`), and so
    is one that is neither but a word inside exactly one such person's full name ("Kelvo" after
    "Ana Beatriz Kelvo da Tessaro": a nickname or a first family name, kg.nlp.entities.spans.nameparts;
    set R): the key of each such name → the person's registry entry, or the new name its spans
    are merged into. Two people of one surname ("Fidel Castro", "Raúl Castro") leave it alone.
    A title the finder kept because it may open a name ("Judge Kelvo": "Judge" counts as a title
    only before two capitalised words) is cut off when the word after it is such a surname: the
    person named in full, the title no part of the name (`_title_before_surname`; set Y). A town
    the gazetteer knows, followed by a noun for a ruler's rule (`rule_after`: "the Kelvo
    dictatorship"), is such a surname too (set AE, branch ent48)."""
    ppl = _people(accepted, new_names)
    people, given, inner = ppl.surnames, ppl.given, ppl.inner
    out: dict[str, Entry | NewName] = {}
    # family names of people named family name first ("Kim" of "Kim Dae Ho" in the older Korean
    # spelling, set X; "Lee" of "Lee Ji-won"; "Liang" of a pinyin "Liang Meixi", passB42): a town
    # of that name somewhere in the gazetteer ("Kim met the leaders", "said Liang") is that person
    family = {label.split()[0] for label in (
        [m.entry.label for m in accepted if m.entry.kind == "person"]
        + [n.label for n in new_names if n.kind == "person"]) if _family_name_first(label)}
    for n in new_names:
        if _title_before_surname(n, people, text, titles):
            people[n.label].discard(n.key)
        words = n.label.split()
        unknown_place = n.kind == "place" and gazetteer().place_kind(n.label) is None
        gazetteer_family = n.kind in PLACE_KINDS and n.label in family
        ruler = n.kind in PLACE_KINDS and rule_after is not None \
            and any(rule_after.match(text, sp.end) for sp in n.spans)
        if len(words) != 1 or n.label.isupper() or not (n.kind in ("person", "thing") or unknown_place
                                                         or gazetteer_family or ruler):
            continue  # a place only by a locative word ("a message from Okafor") may be the person
        keys = people.get(n.label, set())
        if not keys and _given_name_alone(n, given.get(n.label, set()), ppl.first, headings):
            keys = given[n.label]  # "Dimitris said" after "Dimitris Kelvanos, a docker,"
        elif not keys and n.label not in given \
                and _given_name_alone(n, inner.get(n.label, set()), ppl.first, headings):
            keys = inner[n.label]  # "Kelvo, a former metalworker," after "Ana Beatriz Kelvo da Tessaro"
        if len(keys) == 1:
            target = ppl.holder[next(iter(keys))]
            out[n.key] = target
            if isinstance(target, NewName):
                target.spans.extend(n.spans)
                target.spans.sort(key=lambda sp: sp.begin)
                for form in [n.label, *n.forms]:
                    if form not in target.forms and form != target.label:
                        target.forms.append(form)
    return out


def _family_name_first(label: str) -> bool:
    """A person's name of two words or more printed family name first, as
    kg.nlp.entities.kinds.shortforms `surname` reads it (Korean, older Korean, pinyin): its
    first word is the family name the page calls the person by later."""
    words = label.split()
    return len(words) > 1 and surname(label) == words[0]


def _title_before_surname(n: NewName, people: dict[str, set[str]], text: str, titles: set[str]) -> bool:
    """"Judge Kelvo" after "Eustace P. Kelvo": a title and the surname of exactly one person the
    article names in full is that person by the surname; the new name is narrowed to it (every
    span starts at the surname), so the coreference above merges it into the person."""
    words = n.label.split()
    if len(words) != 2 or words[0] not in titles or n.kind not in ("person", "thing"):
        return False
    keys = people.get(words[1], set()) - {n.key}  # the titled name itself counts no one
    if len(keys) != 1:
        return False
    spans = []
    for sp in n.spans:
        at = text.find(words[1], sp.begin, sp.end)
        if at < 0:
            return False  # a span that does not hold the surname as written: left alone
        spans.append(Span(at, sp.end))
    n.label, n.kind, n.spans = words[1], "person", spans
    n.forms = [f for f in n.forms if f != " ".join(words)]
    return True


def _given_name_alone(n: NewName, keys: set[str], first: dict[str, int],
                      headings: list[tuple[int, int]] = ()) -> bool:
    """A one-word new name, after the full name of exactly one person the article opens with
    it ("Dimitris" after "Dimitris Kelvanos"), no one's surname (the caller checks), is that
    person: the paper calls a worker it quotes by the given name too. Not an initial ("J.")
    and not before the full name's first mention, but in a headline, a deck or an item's title
    (`headings`), which stand above the text that names the person in full ("Send Tomás home"
    over a letter naming "Tomás Kelvero"; set AV, branch ent76): one use after it is needed."""
    if len(keys) != 1 or len(n.label) <= 2 or not n.label[1:].islower():
        return False
    start = first[next(iter(keys))]
    after = [sp.begin > start for sp in n.spans]
    return any(after) and all(a or any(b <= sp.begin < e for b, e in headings)
                              for a, sp in zip(after, n.spans, strict=True))
