"""Imports flow one way: no two modules of kg import each other, directly or through others,
counting imports inside functions (a cycle hidden in a function is still a cycle: it only
moves the failure from import time to the first call)."""

from __future__ import annotations

import ast
from pathlib import Path

from imports_support import import_graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_the_graph_sees_function_level_imports():
    graph = import_graph()
    assert "kg.nlp.stages" in graph["kg.nlp"]  # imported inside __getattr__
    assert "kg.validate" in graph["kg.resources"]  # imported inside a property


def test_a_constructed_cycle_is_found():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycles():
    found = cycles(import_graph())
    assert not found, "import cycles (each line: modules that import each other):\n" + "\n".join(
        " ↔ ".join(c) for c in found)


# -- the tests' own imports ----------------------------------------------------------------------
# pytest puts tests/ itself on sys.path (tests/ has no __init__.py), so a support module imports
# by its bare name (`from nlp_support import …`), which works under `pytest tests/x.py` as under
# CI's `python -m pytest`; `tests.nlp_support` needs the repo root on sys.path as well and, beside
# the bare form, loads the module twice. A helper two test modules share lives in a support module
# (nlp_support, web_support …): importing a test module runs its module code and ties the files.
TESTS = Path(__file__).resolve().parent
THIRD_PARTY = ("w3c", "vendor")  # copied suites and scripts, not ours to restyle
# Reused tests, not helpers: the Virtuoso tests run tests/test_sparql_w3c.py's own test functions
# on their own fixtures (the same W3C protocol tests against a second store).
REUSED_TESTS = {"test_store_virtuoso.py": ["test_sparql_w3c"]}


def misplaced_imports(source: str) -> list[str]:
    """The modules a test file imports through the `tests` package or from a test module."""
    bad = []
    for node in ast.walk(ast.parse(source)):
        names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                 else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level
                 else [])
        bad += [n for n in names if n.split(".")[0] == "tests" or n.split(".")[-1].startswith("test_")]
    return bad


def test_the_check_sees_both_misplaced_forms():
    assert misplaced_imports("from tests.nlp_support import found\nimport tests.web_support\n"
                             "from tests import nlp_support\nfrom test_serve import Server\n"
                             "def f():\n    from test_entities_kinds import found\n") == [
        "tests.nlp_support", "tests.web_support", "tests", "test_serve", "test_entities_kinds"]
    assert misplaced_imports("from nlp_support import found\nfrom web_support import Server\n"
                             "import pytest\nfrom kg.nlp import annotate\n") == []


def test_tests_import_support_modules_by_bare_name_and_no_test_module():
    found = {str(p.relative_to(TESTS)): bad for p in sorted(TESTS.rglob("*.py"))
             if p.relative_to(TESTS).parts[0] not in THIRD_PARTY
             for bad in [misplaced_imports(p.read_text(encoding="utf-8"))] if bad}
    assert found == REUSED_TESTS, found
