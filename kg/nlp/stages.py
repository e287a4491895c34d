"""The annotation stages, in order: the one place that says what runs, and what each needs.

Each stage reads some fields of `doc.annotations` and fills others; `annotate` runs them in the
order below and checks, before each stage, that what it reads was filled by a stage that ran
before it, so a reordering or a stage left out is an error at once, not a silently thinner
graph. No stage runs another: a stage that needs sentences says so here.

The rules of the stages read their cue words from the data folder of the `Resources` the caller
passes (kg.resources); `annotate` binds them for the time the stages run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kg.model import Document
from kg.nlp import cuedata, facts, sentences
from kg.nlp.claims import collect, stances
from kg.nlp.entities import bodies, bounder, mentions, reject, scopes, typer
from kg.nlp.quotations import citations, quotes
from kg.resources import Resources, default


@dataclass(frozen=True)
class Stage:
    name: str
    reads: tuple[str, ...]  # fields of doc.annotations this stage needs
    adds: tuple[str, ...]  # fields it fills
    run: Callable[[Document, Resources], object]
    doc: str = ""


def _subjects(doc: Document, _res: Resources) -> None:
    doc.annotations.subjects = mentions.main_subjects(doc)


STAGES: tuple[Stage, ...] = (
    Stage("sentences", (), ("sentences",), lambda d, r: sentences.annotate(d),
          "pysbd sentences of the prose, with the paper's corrections"),
    Stage("entities", (), ("entities", "mentions"),
          lambda d, r: mentions.annotate(d, r.registry),
          "names of people, organisations, places, events: the registry and the rules"),
    Stage("bounds", ("entities", "mentions"), ("bounded",), lambda d, r: bounder.annotate(d),
          "a model trained on the held-out sets' gold joins names the rules cut at a connector"),
    Stage("types", ("entities", "mentions"), ("typed",), lambda d, r: typer.annotate(d),
          "a model trained on the held-out sets' gold types the new names the rules left Thing"),
    Stage("rejects", ("entities", "mentions"), ("rejected",), lambda d, r: reject.annotate(d),
          "a model trained on the held-out sets' gold drops the new names it is sure are none"),
    Stage("scopes", ("entities", "mentions"), ("scopes",), lambda d, r: scopes.annotate(d),
          "names bound to their context (\"the No. 7 mine\"): qualified by an owner or the article's"),
    Stage("bodies", ("entities", "mentions"), ("bodies",), lambda d, r: bodies.annotate(d, r.registry),
          "bodies of a state named without it (\"Congress\"): their country's, or the article's"),
    Stage("subjects", ("mentions",), ("subjects",), _subjects,
          "what the article is about (schema:about): its most-mentioned entities"),
    Stage("citations", ("sentences", "mentions"), ("works", "citations"),
          lambda d, r: citations.annotate(d), "cited works and their locators"),
    Stage("quotations", ("sentences", "mentions", "works", "citations"), ("quotations",),
          lambda d, r: quotes.annotate(d), "quotations, terms and titles in quotation marks, speakers"),
    Stage("claims", ("sentences", "mentions", "quotations", "works"), ("claims",),
          lambda d, r: collect.annotate_claims(d),
          "the writer's, quoted and reported claims, kinds, verdicts"),
    Stage("stances", ("sentences", "mentions", "quotations"), ("stances",),
          lambda d, r: stances.annotate(d), "who is for or against what"),
    Stage("facts", ("sentences", "mentions"), ("facts",), lambda d, r: facts.annotate(d),
          "dated facts: births, deaths, offices, foundings"),
)
NAMES = tuple(s.name for s in STAGES)


class StageOrderError(RuntimeError):
    """The declared stages read a field no earlier stage fills, or an unknown stage was asked for
    (programming errors, found when the module is imported or the call is made)."""


def check_order(stages: Iterable[Stage] = STAGES) -> None:
    """Every field a stage reads is filled by a stage before it."""
    filled: set[str] = set()
    for stage in stages:
        missing = [f for f in stage.reads if f not in filled]
        if missing:
            raise StageOrderError(f"stage {stage.name!r} reads {', '.join(missing)}, "
                                  "which no earlier stage fills")
        filled.update(stage.adds)


check_order()


def annotate(doc: Document, resources: Resources | None = None,
             only: Iterable[str] | None = None) -> Document:
    """Run the stages on `doc` in order (in place) and return it.

    `only`: the names of the stages to run, in the declared order; what the others would fill
    is then the caller's to provide (tests that set mentions by hand run the later stages)."""
    res = resources or default()
    wanted = set(NAMES if only is None else only)
    unknown = wanted - set(NAMES)
    if unknown:
        raise StageOrderError(f"no such annotation stage(s): {', '.join(sorted(unknown))}")
    with cuedata.bind(res.cues):
        for stage in STAGES:
            if stage.name in wanted:
                stage.run(doc, res)
    return doc
