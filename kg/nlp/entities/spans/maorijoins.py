"""Two capitalised runs joined by Māori function words, one name: "Te Rūnanga o Kelvo", "Hui mō
te Dorrow" (set CD's kind: "the Treaty, known in Māori as Te Kawenata o …").

Māori writes a name's function words in lower case ("o", "of"; "mō te", "for the"), so the runs
stopped at them: "Te Rūnanga" and "Kelvo" came apart, and the second half was junk. Two runs with no
kind or title another step gave them, parted by single spaces and one of kg/data/nlp/
boundaries.toml `[maori_names] joiners` (words no English text writes), or by one of its
`article_joiners` ("o", a word of Spanish and Portuguese too) after a run that opens with a Māori
article (`articles`: "Te", "Ngā"), are one name, its kind left to the typing steps. A declared
step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`, as crossedjoins is for French."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.spans.crossedjoins import join_pairs
from kg.nlp.entities.spans.runs import Run


@cached
def _joints() -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    """The gaps any two runs join over, those only a run opened by an article joins over, and
    the articles."""
    data = load("boundaries")["maori_names"]

    def gap(words: list[str]) -> re.Pattern:
        return re.compile(r"[ \u00a0]" + phrase_pattern(words) + r"[ \u00a0]\Z")

    return gap(data["joiners"]), gap(data["article_joiners"]), frozenset(data["articles"])


def maori_joins(text: str, runs: list[Run]) -> list[Run]:
    """The runs, each pair parted by Māori function words read as one name (module docstring)."""
    crossing, after_article, articles = _joints()

    def joins(prev: Run, run: Run) -> bool:
        return crossing.fullmatch(text, prev.end, run.begin) is not None \
            or prev.words[0][2] in articles and after_article.fullmatch(text, prev.end, run.begin) is not None

    return join_pairs(text, runs, joins)
