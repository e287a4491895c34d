"""A qualifier in brackets inside a name (branch ent29): British usage puts a word or two in
parentheses inside the names of laws and documents ("the Strikes (Minimum Service Levels) Bill",
"the Trade Union (Amendment) Act", "a British Citizen (Overseas) passport"). The runs of
capitalised words stop at each bracket, leaving the law's head ("Bill") with nothing, the
bracketed words a name of their own ("Minimum Service Levels") and the first part a piece.

`join_brackets` joins a run, the bracketed run glued after it ("X (Y)") and, where one follows,
the run ending in a law's head (`[laws] bill_heads`, `year_heads`), and the year printed after
it ("… (Employment) Decree 2011", Australian and New Zealand usage; branch passL43), into one
name. The bracketed
part must say no name of its own: no acronym (the initials after a name, "Kelvin Workers Union
(KWU)", kg.nlp.entities.spans.initials), no head word ending it (a gloss in English, "Frente Amplio
(Broad Front)"), no place the gazetteer or the registry knows ("Kelvane Foods (Canada)"), no given
name. Without a law's head after it the bracket must close before a lower-case word ("…
(Overseas) passports"), no verb ("the Polo Dorrano (Dorran Pole) joined …": a gloss, `[brackets]
verbs_after`), and the first part hold two words or more.

kg.nlp.entities.names calls it on one region's runs, after `join_laws`.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import load
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.cues.verbs import ends_modifier
from kg.nlp.entities.spans.runs import Run


def join_brackets(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs, with "X (Y) Bill" and "X Y (Z) nouns" each joined into one (module docstring)."""
    laws = load("boundaries")["laws"]
    law_heads = set(laws["bill_heads"]) | set(laws["year_heads"])
    out: list[Run] = []
    i = 0
    while i < len(runs):
        run = runs[i]
        inner = runs[i + 1] if i + 1 < len(runs) else None
        after = runs[i + 2] if i + 2 < len(runs) else None
        law = inner is not None and after is not None and after.begin == inner.end + 2 \
            and text[inner.end:after.begin] == ") " and _law_end(after, law_heads) and after.kind is None
        if inner is not None and text[run.end:inner.begin] == " (" and text[inner.end:inner.end + 1] == ")" \
                and not run.title and not inner.absorbed and _court_division(run, inner):
            # "the Kelvo Court (General Division)": one court
            out.append(Run(run.begin, inner.end + 1, run.words + inner.words, False, run.absorbed,
                           "organization"))
            i += 2
            continue
        if inner is None or text[run.end:inner.begin] != " (" or text[inner.end:inner.end + 1] != ")" \
                or run.title or run.kind is not None or inner.kind is not None or inner.absorbed \
                or not _qualifier(inner, cues, law) or short_name(run, inner, cues):
            out.append(run)
            i += 1
            continue
        if law:
            words = run.words + inner.words + after.words
            year = _YEAR.match(text, after.end) if after.words[-1][2] in law_heads else None
            if year is not None:  # "… (Employment) Decree 2011": the year of the title's
                words = words + [(year.start(1), year.end(1), year.group(1))]
            out.append(Run(run.begin, year.end() if year else after.end, words, False,
                           run.absorbed + after.absorbed))
            i += 3
            continue
        if len(run.words) >= 2 and textwindow.after(r"\) [a-z]", text, inner.end, 3, cut=True) \
                and not _verb_after(text, inner.end + 2):
            out.append(Run(run.begin, inner.end + 1, run.words + inner.words, False, run.absorbed))
            i += 2
            continue
        out.append(run)
        i += 1
    return out


# a year after a law's head, as an Australian or a New Zealand title prints it ("the Kelvo
# (Employment) Decree 2011", "… (Fair Pay) Act 2024"): nothing glued after it
_YEAR = re.compile(r" ((?:1[6-9]|20)\d\d)(?![\w,.-]\d|\w|-)")


def _court_division(run: Run, inner: Run) -> bool:
    """A court's name, then its division in brackets (`[brackets] court_heads`, `division_heads`:
    "the Kelvo Court (General Division)"): one body, the court's part that sat (branch passL43)."""
    c = load("boundaries")["brackets"]
    return len(run.words) >= 2 and run.words[-1][2] in c["court_heads"] \
        and 2 <= len(inner.words) <= 3 and inner.words[-1][2] in c["division_heads"]


def _law_end(run: Run, heads: set[str]) -> bool:
    """The run after the bracket ends in a law's head, or in one and its year ("Act 2024", which
    the law steps joined before the bracket was read; branch passL43)."""
    words = [w for (_b, _e, w) in run.words]
    return words[-1] in heads or len(words) > 1 and words[-2] in heads \
        and _YEAR.fullmatch(" " + words[-1]) is not None


def _verb_after(text: str, at: int) -> bool:
    """The lower-case word at `at` is a verb ("joined", "says", "will"): the bracket before it
    closed a gloss of the name (a body's name in English), not a qualifier of a noun after it
    ("(Overseas) passports"); the name ends before the bracket (branch ent58)."""
    m = re.match(r"[a-z]+(?:[’'][a-z]+)?", text[at:])
    if m is None:
        return False
    return ends_modifier(m.group(0))


def short_name(run: Run, inner: Run, cues: Cues) -> bool:
    """"the Kelvish Federation of Dock Workers (Fedemuelle) called …": one capitalised word in
    brackets after an organisation's name (a head word of one in it) that no English word list
    holds is the body's short name, as its acronym would be (kg.nlp.entities.spans.initials
    `acronyms`), no qualifier of the name ("(Amendment)", "(Overseas)"; set U, branch ent34)."""
    return len(inner.words) == 1 and is_short_name(inner.words[0][2]) \
        and any(cues.heads.get(w) == "organization" for (_b, _e, w) in run.words)


def is_short_name(word: str) -> bool:
    """A word that may be a body's short name in brackets: capitalised, lower case after, four
    letters or more, no common English word, no place the gazetteer knows, no given name. A
    state's two capitals after a hyphen may close it, as Brazil's unions name a state's branch
    ("Sindikelvo-SP"; set BJ, branch ent95)."""
    word = re.sub(r"(?<=[a-z])-[A-Z]{2}\Z", "", word)
    ev = evidence()
    return len(word) >= 4 and word[:1].isupper() and word[1:].isalpha() and word[1:].islower() \
        and not common_words().common(word) and ev.place_kind(word) is None \
        and not ev.gazetteer.is_given_name(word)


def _qualifier(run: Run, cues: Cues, law: bool = False) -> bool:
    """Bracketed words that qualify a name and say none of their own (module docstring). Before
    a law's head (`law`) the words may end in a head word of their own: "the Trade Union
    (Amendment) Act", since "Amendment" heads a work's name too (set BS, ent106)."""
    words = [w for (_b, _e, w) in run.words]
    ev = evidence()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() or w in cues.function for w in words) \
        and not any(len(w) > 1 and w.replace(".", "").isupper() for w in words) \
        and (law or words[-1] not in cues.heads) \
        and ev.place_kind(" ".join(words)) is None and not ev.gazetteer.is_given_name(words[0])
