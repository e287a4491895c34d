"""Finding the registry's names in one document (`registry_mentions`, steps 1–5 of the stage),
then the new names (`new_names`, step 6) with the two readings that turn some of them back into
registry names or one firm's arm. Every registry form found is asked kg.nlp.entities.mentions.keep
`keep`; overlaps go through kg.nlp.entities.mentions.overlaps `resolve` after each step that adds
matches."""

from __future__ import annotations

import re

from kg.iri import slug
from kg.model import Span
from kg.nlp import textwindow
from kg.nlp.entities.cues.capitals import UPPER
from kg.nlp.entities.kinds.metonymy import apply_metonymy
from kg.nlp.entities.mentions.context import MentionContext
from kg.nlp.entities.mentions.keep import keep
from kg.nlp.entities.mentions.longeracronyms import spells_longer_name
from kg.nlp.entities.mentions.overlaps import resolve
from kg.nlp.entities.names import NewName, find_new_names
from kg.nlp.entities.registry.registry import Entry
from kg.nlp.entities.registry.surface import Match, end_ok
from kg.nlp.entities.spans import townstate
from kg.nlp.entities.spans.cityinitials import city_initials
from kg.nlp.entities.spans.compass import compass_places
from kg.nlp.entities.spans.countrybodies import country_opened
from kg.nlp.entities.spans.events import describe_events
from kg.nlp.entities.spans.registryforms import with_legal_forms
from kg.nlp.entities.spans.undotted import undotted_countries

_ACRONYM = re.compile(rf"\s*\(\s*([{UPPER}][{UPPER}.&]{{1,9}})\s*\)")  # "(DİSK)" too
# "… Force in Haiti (MINUSTAH)", "University of Texas (UT)", "Petróleos de Kelvia (PDK)": a
# name's place before its acronym (Spanish, Portuguese and French "de" as English "of")
# a capitalised word and "in"/"of"/"de" … (an article of English, Spanish or French may follow:
# "Central de Trabajadores de la Kelvia (CTK)", set AE) before a place that ends a longer name
_PLACE_OF_NAME = re.compile(
    r"[A-Z][\w’'.-]*\s+(?:in|of|for|de|del|da|do|du|des)\s+(?:(?:the|la|las|los|le|les)\s+)?$")
_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")


def registry_mentions(cx: MentionContext) -> list[Match]:
    """The registry's names the document mentions, each kept by `keep`, overlaps resolved:
    forms, compass places, a country opening its department's name, events, acronyms and short
    forms, a city's initials, then the names a group took, towns and states, legal forms and
    metonymy."""
    text = cx.text
    found: list[Match] = []
    for r in cx.regions:
        for b, e, form in cx.index.candidates(text, r.begin, r.end):
            m = Match(b, e, form.entry, form.alias, "name")
            if keep(cx, m, r):
                found.append(m)
    # "north Korea": a lower-case compass word before a name that is no place alone names
    # the registry's place of both words (kg.nlp.entities.spans.compass)
    spans = {(f.begin, f.end) for f in found}
    found += [m for r in cx.regions
              for m in compass_places(text, [(r.begin, r.end)], cx.index, cx.compass_words,
                                      lambda b, e: (b, e) in spans)
              if keep(cx, m, r)]
    # "the U.S. State Department": the country opening the department's registry label
    # opens its short form too, one mention (kg.nlp.entities.spans.countrybodies)
    found += [m for r in cx.regions for m in country_opened(
        text, [f for f in found if r.begin <= f.begin < r.end], cx.countries_ending)
        if keep(cx, m, r)]
    found = _disambiguate(cx, _drop_extended(cx, found))
    accepted = resolve(found, text)
    accepted = resolve(accepted + describe_events(cx.doc, cx.registry, cx.tx, accepted), text)
    accepted = _acronyms_and_short_forms(cx, accepted)
    # "LA" for the "Los Angeles" the article names in full (kg.nlp.entities.spans.cityinitials)
    accepted = resolve(accepted + city_initials(text, cx.spans(), accepted), text)
    accepted = _drop_names_taken(cx, accepted)
    accepted = townstate.split(text, accepted)  # "St. Paul, Minnesota": two places
    # "Kelvo Energy Corp.": a registry firm with its legal form (kg.nlp.entities.spans.registryforms)
    accepted = with_legal_forms(text, accepted)
    return apply_metonymy(text, cx.tx, cx.registry, accepted)


def new_names(cx: MentionContext, accepted: list[Match]) -> tuple[list[Match], list[NewName]]:
    """The capitalised sequences nobody matched, as new names (kg.nlp.entities.names), then a
    country's undotted initials and a firm's national arms read again: (accepted, new names)."""
    found = find_new_names(cx.doc, cx.tx, accepted, cx.regions, cx.blocked,
                           lambda label: _organization_label(cx, label),
                           lambda surface: _organization_named(cx, surface))
    accepted, found = _undotted_countries(cx, accepted, found)
    accepted, found = _firm_arm_names(cx, accepted, found)
    # "Spokane, Washington", "ATLANTA, Georgia": the state, not the capital or the country
    # (kg.nlp.entities.spans.townstate)
    return townstate.states_after_towns(cx.text, accepted, found, cx.registry)


def _firm_arm_names(cx: MentionContext, accepted: list[Match],
                    new_names: list[NewName]) -> tuple[list[Match], list[NewName]]:
    """Each firm's national arm `firms_national_arm` found ("KLV USA") one organisation's
    new name, whatever the finder made of it: a line's capitals read alone are a heading's,
    so it names no run of initials, and the firm's registry initials ("KLV") stand inside
    the whole, no mention of their own there."""
    arms = sorted(cx.firm_arms)
    if not arms:
        return accepted, new_names

    def inside(b: int, e: int) -> bool:
        return any(ab <= b and e <= ae for ab, ae in arms)

    accepted = [m for m in accepted if not inside(m.begin, m.end)]
    by_label: dict[str, NewName] = {}
    for n in new_names:
        n.spans = [sp for sp in n.spans if not inside(sp.begin, sp.end)]
    new_names = [n for n in new_names if n.spans]
    by_label.update((n.label, n) for n in new_names if n.kind == "organization")
    for b, e in arms:
        label = re.sub(r"\s+", " ", cx.text[b:e])
        n = by_label.get(label)
        if n is None:
            n = by_label[label] = NewName("organization/" + slug(label), label, "organization")
            new_names.append(n)
        n.spans.append(Span(b, e))
        n.spans.sort(key=lambda sp: sp.begin)
    return accepted, new_names


def _undotted_countries(cx: MentionContext, accepted: list[Match],
                        new_names: list[NewName]) -> tuple[list[Match], list[NewName]]:
    """"No to US strikes!": a new name the frames made of a country's initials printed
    without their points, in lines of mixed case, is the registry's country of the dotted
    form ("U.S."), not a body of its own (kg.nlp.entities.spans.undotted). Where nothing named
    the word ("new US border rules") it stays unnamed, as before."""
    undotted = {(m.begin, m.end): m for m in undotted_countries(cx.text, cx.spans(), cx.index)}
    if not undotted:
        return accepted, new_names
    kept: list[NewName] = []
    extra: list[Match] = []
    for n in new_names:
        hits = [undotted.get((s.begin, s.end)) for s in n.spans]
        if n.spans and all(hits):
            extra += [h for h in hits if h is not None]
        else:
            kept.append(n)
    return sorted(accepted + extra, key=lambda m: (m.begin, m.end)), kept


def _organization_label(cx: MentionContext, label: str) -> bool:
    """A registry organisation's label ("AFL-CIO")."""
    e = cx.registry.by_label(label)
    return e is not None and e.kind == "organization"


def _organization_named(cx: MentionContext, surface: str) -> str | None:
    """The label of the registry organisation `surface` names whole, by its name or its
    initials ("CIO" → "Congress of Industrial Organizations"); None if none or several."""
    labels = {form.entry.label for b, e, form in cx.index.candidates(surface, 0, len(surface))
              if b == 0 and e == len(surface) and form.entry.kind == "organization"}
    return labels.pop() if len(labels) == 1 else None


def _drop_names_taken(cx: MentionContext, accepted: list[Match]) -> list[Match]:
    """A name introduced as one a group took ("took the name “Hezbollah”", "calling
    themselves Hezbollah") may belong to another group than the registry's: keep the link
    only if the sentence also names the entry's own place; otherwise no mention at all
    (and no new name either): a wrong link is worse than none."""
    keep_ = []
    for m in accepted:
        region = cx.tx.region_of(m.begin)
        lo = region.begin if region else 0
        if not cx.naming.search(cx.text, max(lo, m.begin - 60), m.begin):
            keep_.append(m)
            continue
        b, e = cx.tx.sentence_bounds(m.begin)
        own = cx.registry.by_label(m.entry.place) if m.entry.place else None
        if own is not None and any(o.entry is own and b <= o.begin < e for o in accepted):
            keep_.append(m)
        else:
            cx.blocked.append((m.begin, m.end))
    return keep_


def _disambiguate(cx: MentionContext, found: list[Match]) -> list[Match]:
    """One span, several entries (an ambiguous form): keep the one whose context words the
    article has; if that does not single one out, keep none (a wrong link is worse)."""
    by_span: dict[tuple[int, int], list[Match]] = {}
    for m in found:
        by_span.setdefault((m.begin, m.end), []).append(m)
    kept = []
    for ms in by_span.values():
        entries = {m.entry.key for m in ms}
        if len(entries) > 1:
            ms = [m for m in ms if m.entry.context and cx.in_context(m.entry)]
            if len({m.entry.key for m in ms}) != 1:
                continue
        kept.append(ms[0])
    return kept


def _drop_extended(cx: MentionContext, found: list[Match]) -> list[Match]:
    """An organisation's name followed by "of <Place>" belongs to a longer name unless the
    place is the organisation's own ("FLN of Algeria" yes, "Socialist Workers Party of
    Iran" no: a different party); one with an "of" part followed by "and … Workers" (a
    union's head, `and_single_heads`) too: the list goes on naming its members."""
    by_begin: dict[int, list[Match]] = {}
    for m in found:
        by_begin.setdefault(m.begin, []).append(m)
    kept = []
    for m in found:
        if m.entry.kind == "organization" and " of " in m.entry.label \
                and cx.and_more.match(cx.text, m.end):
            continue  # "International Association of Machinists and Aerospace Workers"
        if m.entry.kind in ("organization", "periodical"):
            of = _OF_PLACE.match(cx.text, m.end)
            if of:
                own = cx.registry.by_label(m.entry.place) if m.entry.place else None
                nxt = by_begin.get(of.end(), [])
                if not (own and any(n.entry is own for n in nxt)):
                    continue
        kept.append(m)
    return kept


def _acronyms_and_short_forms(cx: MentionContext, accepted: list[Match]) -> list[Match]:
    """Acronyms introduced in parentheses and short forms after a full mention."""
    text = cx.text
    intro: dict[str, tuple[int, Entry]] = {}
    for m in accepted:
        a = _ACRONYM.match(text, m.end)
        if a and m.entry.kind in ("country", "city", "place") \
                and textwindow.before(_PLACE_OF_NAME, text, m.begin, 40):
            continue  # the acronym is the name's the place ends: "… Force in Haiti (MINUSTAH)"
        if a and spells_longer_name(text[m.begin:m.end], a.group(1)):
            continue  # "… and Socialist National Liberation Front (FLNKS)": a longer name's
        if a and a.group(1) not in intro:
            intro[a.group(1)] = (a.start(1), m.entry)
            cx.extra_aliases.setdefault(m.entry.key, set()).add(a.group(1))
    extra: list[Match] = []
    for acro, (start, entry) in intro.items():
        rx = re.compile(r"(?<![\w.])" + re.escape(acro))
        for r in cx.regions:
            for hit in rx.finditer(text, r.begin, r.end):
                if hit.start() >= start and end_ok(text, hit.end(), r.end, cx.tx.marker_starts):
                    extra.append(Match(hit.start(), hit.end(), entry, None, "acronym"))
    first_full = {}
    for m in sorted(accepted, key=lambda m: m.begin):
        first_full.setdefault(m.entry.key, m.begin)
    for r in cx.regions:
        for b, e, form in cx.index.candidates(text, r.begin, r.end, shorts=True):
            start = first_full.get(form.entry.key)
            if start is None or b <= start:
                continue
            m = Match(b, e, form.entry, form.alias, "short")
            if keep(cx, m, r):
                extra.append(m)
    return resolve(accepted + extra, text)
