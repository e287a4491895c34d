"""An affiliate named by its national body and the area it serves: "Planned Parenthood Kelvo
Valley", "Planned Parenthood of Greater Dorrow" (set BS's first measure, branch ent118).

The registry names the national body, so its mention ended there and the area after it was a
name of its own ("Kelvo Valley", read as a person or a place): the body credited where the page
names its affiliate, the area junk. The bodies named so are data (kg/data/nlp/boundaries.toml
`[affiliate_bodies]`); where such a registry body is followed, after one space or " of ", by a
plain capitalised run, the two are one organisation, the registry's mention absorbed into it.

kg.nlp.entities.spans.regionsteps runs `affiliates` after `right_to_names`.
"""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run, span_words

_GLUES = (" ", " of ")


@cached
def _bodies() -> frozenset[str]:
    return frozenset(load("boundaries")["affiliate_bodies"]["bodies"])


def affiliates(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs with each run glued after an affiliating registry body grown back over the
    body's name (module docstring); the body is a registry mention or a run of its name alone."""
    ends = {m.end: m for m in known if m.entry.label in _bodies() and m.entry.kind == "organization"}
    out: list[Run] = []
    for run in runs:
        prev = out[-1] if out and text[out[-1].begin:out[-1].end] in _bodies() else None
        begin, absorbed = _body_before(text, run, ends, prev)
        if begin is None:
            out.append(run)
            continue
        if prev is not None and begin == prev.begin:
            out.pop()
        out.append(Run(begin, run.end, span_words(text, begin, run.end), False,
                       absorbed + run.absorbed, kind="organization"))
    return out


def _body_before(text: str, run: Run, ends: dict[int, Match],
                 prev: Run | None) -> tuple[int | None, list[Match]]:
    """Where the affiliating body whose name ends one glue before `run` begins and the registry
    mentions it takes along, or (None, []) where there is none."""
    if run.title or run.kind is not None:
        return None, []
    for glue in _GLUES:
        if text[run.begin - len(glue):run.begin] != glue:
            continue
        if prev is not None and prev.end == run.begin - len(glue) and not prev.title:
            return prev.begin, prev.absorbed
        body = ends.get(run.begin - len(glue))
        if body is not None:
            return body.begin, [body]
    return None, []
