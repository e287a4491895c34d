"""Romance particles inside a registry form, printed small or capitalised: "San Carlos de la
Kelvera" in the registry, "San Carlos de La Kelvera" on the page (set BZ, branch ent116).

The registry's forms keep each word's case (kg.nlp.entities.registry.surface `case_ok`: "a march
on Washington" is not the "March on Washington"), so a form written with "la" missed the page's
"La", the rest of the name was cut from it and read as another name ("San Carlos", a town, and
"La Kelvera", the alias). Spanish, Portuguese and Italian names print their articles and "de"
either way; such a particle (kg/data/nlp/entities.toml `case_free_particles`) between two words
of the form may differ in case from the page, the name's first and last words never.
"""

from __future__ import annotations

from kg.nlp.cuedata import cached, load


@cached
def _particles() -> frozenset[str]:
    return frozenset(load("entities")["case_free_particles"])


def case_free(found: str, form: str, i: int, n: int) -> bool:
    """Whether the form's word `form`, the `i`-th of `n`, may stand in the text as `found` in
    either case: a particle of the list, neither the first word nor the last."""
    return 0 < i < n - 1 and form.casefold() == found.casefold() and form.casefold() in _particles()
