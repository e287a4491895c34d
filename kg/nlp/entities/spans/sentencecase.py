"""A body's own-language name written in sentence case, its English gloss in brackets after it
("the ruling Dorska narodna partija (Dorsk People’s Party), DNP"): Serbian, Croatian, Polish,
Czech and other languages capitalise only a name's first word, so the capitalised run stopped
after "Dorska" and kept it alone (junk), the name lost (set BC, branch ent84).

The gloss says what the words before it are: a capitalised word and one to four lower-case
words right before a bracket whose contents are a body's name in title case (two words or more,
an organisation's head last) are that body's own name when no lower-case word is a common
English word (kg.nlp.entities.cues.commonwords: an English phrase before a gloss is no name)
and the text says where the name begins: the name has as many words as the gloss, or the
acronym after the bracket (", DNP") spells the name's initials. A declared step of
kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.capitals import UPPER
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import Region

_GLOSS = re.compile(r" \(([^()\n]{3,80})\)")
_ACRONYM_AFTER = re.compile(rf"\),? ([{UPPER}]{{2,6}})\b")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_MAX_LOWER = 4


def _gloss_is_body(gloss: str, cues: Cues) -> bool:
    words = gloss.split()
    return len(words) >= 2 and all(w[:1].isupper() or w in ("of", "and", "the", "for") for w in words) \
        and cues.heads.get(words[-1]) == "organization"


def _name_before(text: str, r: Region, end: int) -> list[re.Match] | None:
    """The capitalised word and the lower-case words right before `end` (one space apart), or
    None when the words there are not so."""
    toks = list(_WORD.finditer(text, max(r.begin, end - 120), end))
    picked: list[re.Match] = []
    nxt = end
    for t in reversed(toks):
        if text[t.end():nxt] != " " and picked or not picked and t.end() != end:
            break
        picked.insert(0, t)
        nxt = t.start()
        if t.group(0)[:1].isupper():
            break
        if len(picked) > _MAX_LOWER:
            return None
    if len(picked) < 2 or not picked[0].group(0)[:1].isupper() \
            or not all(t.group(0).islower() for t in picked[1:]):
        return None
    return picked


def sentence_case_names(text: str, r: Region, runs: list[Run], taken: list, cues: Cues) -> list[Run]:
    """The region's runs with each own-language name in sentence case before its gloss read as
    one organisation's run in place of its capitalised first word's run."""
    common = common_words()
    out = list(runs)
    for g in _GLOSS.finditer(text, r.begin, r.end):
        if not _gloss_is_body(g.group(1), cues):
            continue
        picked = _name_before(text, r, g.start())
        if picked is None or any(common.common(t.group(0)) for t in picked[1:]):
            continue
        words = [t.group(0) for t in picked]
        a = _ACRONYM_AFTER.match(text, g.end() - 1)
        spelled = a is not None and a.group(1) == "".join(w[0] for w in words).upper()
        if len(words) != len(g.group(1).split()) and not spelled:
            continue
        b, e = picked[0].start(), picked[-1].end()
        pieces = [x for x in out if x.begin < e and b < x.end]
        if any(m.begin < e and b < m.end for m in taken) \
                or any(x.title or x.begin < b or x.end > e for x in pieces):
            continue
        joined = Run(b, e, [(t.start(), t.end(), t.group(0)) for t in picked], kind="organization")
        out = sorted([x for x in out if x not in pieces] + [joined], key=lambda x: x.begin)
    return out
