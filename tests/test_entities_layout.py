"""kg/nlp/entities is grouped by task in pipeline order (docs/entities.md "Layout"), and imports
flow down that order only: a module may import its own group and the groups before it, never a
later one. A module both groups need belongs in the earlier group (the cues), not in an import
both ways. The order is defined once, here, and the doc lists the same groups in the same order.
"""

from __future__ import annotations

import re

from imports_support import PACKAGE, import_graph

ENTITIES = "kg.nlp.entities"

# The groups in pipeline order; "" is the package's top level (names.py, the new-name step
# that calls spans and kinds), then mentions/, the stage that calls everything; bounder/ runs
# before typer/ but reads its weights with the typer's reader, so it is listed after it (and
# after reject/, which reads the typer's features).
LAYOUT: tuple[str, ...] = ("cues", "registry", "spans", "kinds", "", "mentions", "typer", "reject",
                           "bounder")

DOC = PACKAGE.parent / "docs" / "entities.md"


def group_of(module: str) -> str:
    """The group of a module of kg.nlp.entities: its sub-package, or "" at the top level."""
    rest = module[len(ENTITIES):].lstrip(".").split(".")
    return rest[0] if len(rest) > 1 or rest[0] in LAYOUT else ""


def backward_imports(graph: dict[str, set[str]]) -> list[tuple[str, str]]:
    """(importer, imported) pairs of kg.nlp.entities where a module imports a later group, or
    anything imports the stage (mentions)."""
    rank = {g: i for i, g in enumerate(LAYOUT)}
    bad = []
    for module, targets in sorted(graph.items()):
        if not module.startswith(ENTITIES + "."):
            continue
        for target in sorted(targets):
            if not target.startswith(ENTITIES + "."):
                continue
            if target == f"{ENTITIES}.mentions" or rank[group_of(target)] > rank[group_of(module)]:
                bad.append((module, target))
    return bad


def test_group_of():
    assert group_of("kg.nlp.entities.spans.runs") == "spans"
    assert group_of("kg.nlp.entities.cues") == "cues"  # the sub-package's __init__
    assert group_of("kg.nlp.entities.mentions") == "mentions"  # the stage, a package
    assert group_of("kg.nlp.entities.mentions.keep") == "mentions"
    assert group_of("kg.nlp.entities.names") == ""


def test_a_constructed_backward_import_is_found():
    graph = {
        "kg.nlp.entities.spans.runs": {"kg.nlp.entities.cues.evidence", "kg.nlp.entities.kinds.x"},
        "kg.nlp.entities.kinds.x": {"kg.nlp.entities.spans.runs", "kg.nlp.entities.registry.surface"},
        "kg.nlp.entities.names": {"kg.nlp.entities.kinds.x", "kg.nlp.entities.mentions"},
        "kg.nlp.entities.cues.edges": {"kg.config"},
    }
    assert backward_imports(graph) == [
        ("kg.nlp.entities.names", "kg.nlp.entities.mentions"),
        ("kg.nlp.entities.spans.runs", "kg.nlp.entities.kinds.x"),
    ]


def test_every_sub_package_is_a_group_of_the_layout():
    root = PACKAGE / "nlp" / "entities"
    on_disk = {p.parent.name for p in root.glob("*/__init__.py")}
    assert on_disk == set(LAYOUT) - {""}, "a new sub-package needs its place in LAYOUT and the doc"


def test_imports_flow_down_the_layout():
    bad = backward_imports(import_graph())
    assert not bad, "imports from a later group of kg.nlp.entities (or of the stage):\n" + "\n".join(
        f"{a} → {b}" for a, b in bad)


def test_the_doc_lists_the_groups_in_the_same_order():
    section = DOC.read_text(encoding="utf-8").split("\n## Layout\n", 1)[1].split("\n## ", 1)[0]
    items = re.findall(r"^\d+\. `kg/nlp/entities/(\w+)(/|\.py)`", section, re.M)
    groups = [name if end == "/" else "" for name, end in items]
    in_order = [g for i, g in enumerate(groups) if i == 0 or g != groups[i - 1]]
    assert tuple(in_order) == LAYOUT
