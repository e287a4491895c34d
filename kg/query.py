"""`kg query`: SPARQL over the union of all graphs, printed as a table or a results format."""

from __future__ import annotations

import io
from typing import TextIO

import pyoxigraph as ox

from kg.formats import rdf_format, results_format
from kg.store.base import Snapshot


def _cell(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return f"<{term.value}>"
    return term.value


def _table(variables: list[str], rows: list[list[str]], out: TextIO) -> None:
    widths = [max([len(v) + 1] + [len(r[i]) for r in rows]) for i, v in enumerate(variables)]
    line = "+".join("-" * (w + 2) for w in widths)
    out.write(line + "\n")
    out.write("|".join(f" {('?' + v).ljust(w)} " for v, w in zip(variables, widths, strict=True)) + "\n")
    out.write(line + "\n")
    for r in rows:
        out.write("|".join(f" {c.ljust(w)} " for c, w in zip(r, widths, strict=True)) + "\n")
    out.write(line + "\n")
    out.write(f"{len(rows)} row(s)\n")


def run_query(store: Snapshot, query: str, fmt: str, out: TextIO) -> None:
    """Raises SyntaxError (with the parser's message) on a malformed query."""
    result = store.query(query, use_default_graph_as_union=True)
    buf = io.BytesIO()
    if isinstance(result, ox.QueryTriples):
        result.serialize(buf, rdf_format("turtle" if fmt in ("table", "xml") else "ntriples").engine)
    elif fmt == "table" and isinstance(result, ox.QuerySolutions):
        variables = [v.value for v in result.variables]
        rows = [[_cell(sol[v]) for v in variables] for sol in result]
        _table(variables, rows, out)
        return
    elif fmt == "table":  # ASK
        out.write(("yes" if bool(result) else "no") + "\n")
        return
    else:
        result.serialize(buf, results_format(fmt).engine)
    out.write(buf.getvalue().decode("utf-8"))
