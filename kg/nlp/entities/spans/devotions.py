"""A title of the Virgin Mary, "of" and her shrine's place: "the Virgin of Kelvara", "Our Lady
of Dorrow" (set CH, branch ent121).

Banners, churches and feasts are named for the Virgin of a town where she is said to have
appeared; the paper prints the name at Mexican and Central American workers' marches and
pilgrimages. The scanner stops the run at "of" before a place it knows, so the page got the
town, a place the text does not name there (junk), and the title alone, dropped. A run ending
in a title of kg/data/nlp/wholenames.toml `[devotional_titles] titles`, " of " and the run or
the registry place right after it are one name: the devotion and its image, which no kind
rule reads as a person, a body or a place, so it stays a thing unless a head word after the
place types it ("… of Dorrow Church": the church).

A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`; `as_runs`
(kg.nlp.entities.spans.capruns) puts one run in place of the pieces."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.capruns import as_runs
from kg.nlp.entities.spans.runs import Run

_OF = " of "


@cached
def _titles() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(t.split()) for t in load("wholenames")["devotional_titles"]["titles"])


def devotions(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The region's runs with each "<title> of <place>" read as one name (module docstring)."""
    starts = {run.begin: run.end for run in runs if not run.title}
    starts.update((m.begin, m.end) for m in known if m.begin not in starts)
    spans = []
    for run in runs:
        words = tuple(w[2] for w in run.words)
        if run.title or not any(words[-len(t):] == t for t in _titles()) \
                or not text.startswith(_OF, run.end):
            continue
        end = starts.get(run.end + len(_OF))
        if end is not None:
            spans.append((run.begin, end))
    return as_runs(text, runs, spans, known, "thing")
