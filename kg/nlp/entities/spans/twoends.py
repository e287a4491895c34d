"""A line named for its two ends ("the Kelvo and Dorrow Railroad"): the runs part at "and"
(it parts two names as often as it joins one), so the first end was left alone, a place or an
organisation of one word, and the second made "Dorrow Railroad". A railroad, a railway or a
canal takes its name from the towns or states it joins, so one or two capitalised words (a run
or a registry place; no acronym), "and", and a run of one capitalised word and a head of
kg/data/nlp/boundaries.toml `[two_ends] heads` are one organisation's name; the registry place
inside is absorbed (set BC, branch ent84). The second end may be two words ("the Kelvo and
North Dorrow Railway") where "the" opens the first: the article makes the whole one name, where
a bare "Kelvo and North Dorrow Railway" may list a town and a line (set BF, branch ent90).
A declared step of
kg.nlp.entities.spans.regionsteps `REGION_STEPS`; the heads are data, the towns are not."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run

_MAX_WORDS = 2  # the first end's words (the second end is one word before the head)


@cached
def _heads() -> frozenset[str]:
    return frozenset(load("boundaries")["two_ends"]["heads"])


def _end_before(text: str, at: int, runs: list[Run], known: list[Match]) -> tuple[Run | None, Match | None]:
    """The run or registry place that ends right before " and " at `at`, of one or two
    capitalised words and no title: (run, None), (None, place) or (None, None)."""
    run = next((x for x in runs if x.end == at), None)
    if run is not None:
        ok = not run.title and 1 <= len(run.words) <= _MAX_WORDS and all(
            w[:1].isupper() and not w.isupper() for _b, _e, w in run.words)
        return (run, None) if ok else (None, None)
    place = next((m for m in known if m.end == at), None)
    if place is not None and place.entry.kind in (*PLACE_KINDS, "state", "region") \
            and len(text[place.begin:place.end].split()) <= _MAX_WORDS:
        return None, place
    return None, None


def _after_the(text: str, at: int) -> bool:
    """Whether "the" (any case) stands right before `at`."""
    return text[max(0, at - 4):at].lower() == "the " and (at < 5 or not text[at - 5].isalnum())


def two_ends(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The region's runs with each line named for its two ends read as one organisation's run."""
    heads = _heads()
    out = list(runs)
    for second in list(runs):
        words = [w for _b, _e, w in second.words]
        if second.title or len(words) not in (2, 3) or words[-1] not in heads \
                or not all(w[:1].isupper() for w in words) or text[second.begin - 5:second.begin] != " and ":
            continue
        run, place = _end_before(text, second.begin - 5, out, known)
        if run is None and place is None:
            continue
        begin = run.begin if run else place.begin
        if len(words) == 3 and not _after_the(text, begin):
            continue
        first = run.words if run else [(place.begin, place.end, text[place.begin:place.end])]
        joined = Run(begin, second.end, first + second.words,
                     absorbed=(run.absorbed if run else [place]) + second.absorbed, kind="organization")
        out = sorted([x for x in out if x is not run and x is not second] + [joined], key=lambda x: x.begin)
    return out
