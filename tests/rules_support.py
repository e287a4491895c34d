"""The rules a module declares, in the order it defines them: the check, shared by the tests of
every declared chain (kg.nlp.entities.kinds.namekinds `NAME_RULES`, kg.nlp.quotations.speakerrules
`QUOTE_RULES`, kg.nlp.entities.mentions.keep `KEEP_RULES`), that a module holds its rules in the
chain's order and none is left out of it.

Support, not tests: a test module imports these from here, never from another test module.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from types import ModuleType


def declared_rules(module: ModuleType, parameter: str) -> list[Callable]:
    """The module's public functions of one parameter named `parameter` (a rule's query), in
    the order the module defines them."""
    return [f for _n, f in sorted(
        ((n, f) for n, f in inspect.getmembers(module, inspect.isfunction)
         if f.__module__ == module.__name__ and not n.startswith("_")
         and list(inspect.signature(f).parameters) == [parameter]),
        key=lambda nf: nf[1].__code__.co_firstlineno)]
