"""A firm's name with a word in brackets before its legal form (set BM, branch ent98).

Hong Kong, British and Commonwealth registers print a firm's division or holding company in
brackets inside its name, before the legal form: "Kelvo Shun Industrial (Holdings) Ltd.",
"Dorrow Textiles (Far East) Ltd.", "Tallin Mining (Pty.) Ltd.". The runs of capitalised words stop
at each bracket, leaving "Kelvo Shun Industrial" a name the text never prints alone, "Holdings"
and "Ltd." junk or dropped. `bracketed_forms` joins a run, the run of one to three capitalised
words in the brackets glued after it and a run that is a legal form alone right after the
closing bracket (kg/data/nlp/boundaries.toml `[bracketed_forms] forms`) into one organisation's
name as printed. A law's bracketed qualifier ("the Trade Union (Amendment) Act") is
kg.nlp.entities.spans.brackets'; its head is no legal form.

kg.nlp.entities.spans.regionsteps runs it before `join_brackets`."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.runs import Run


@cached
def _forms() -> frozenset[str]:
    return frozenset(load("boundaries")["bracketed_forms"]["forms"])


def _free(run: Run) -> bool:
    """A run no earlier cue made a title or typed."""
    return not run.title and run.kind is None


def _joins(text: str, name: Run, inner: Run, form: Run) -> bool:
    """"<name> (<inner>) <form>": glued by one bracket each, the inner words capitalised, the
    last run a legal form and nothing else."""
    return text[name.end:inner.begin] == " (" and text[inner.end:form.begin] == ") " \
        and 1 <= len(inner.words) <= 3 and all(w[:1].isupper() for (_b, _e, w) in inner.words) \
        and text[form.begin:form.end] in _forms() and _free(name) and _free(inner) and _free(form)


def bracketed_forms(text: str, runs: list[Run]) -> list[Run]:
    """The runs, each "<name> (<word>) <legal form>" joined into one firm's run."""
    out: list[Run] = []
    i = 0
    while i < len(runs):
        if i + 2 < len(runs) and _joins(text, runs[i], runs[i + 1], runs[i + 2]):
            name, inner, form = runs[i:i + 3]
            out.append(Run(name.begin, form.end, name.words + inner.words + form.words, False,
                           name.absorbed + inner.absorbed + form.absorbed, kind="organization"))
            i += 3
            continue
        out.append(runs[i])
        i += 1
    return out
