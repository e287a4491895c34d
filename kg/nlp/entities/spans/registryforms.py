"""A registry firm printed with its legal form: "Dorrow Energy Corp." when the registry holds
"Dorrow Energy" (issue 10, set AX's kinds, branch ent78).

The registry holds a firm by the name the paper uses most ("Dorrow Energy"); a page may print
the legal form after it ("a subsidiary of Dorrow Energy Corp., whose owner …"). The registry's
match stopped before the form, so the name was cut ("Dorrow Energy", a piece of the printed
name) and the form lost. The gold of every set lists a firm with its form as printed ("Kelvo
Packing Co."), as the runs of capitalised words already read a new firm. A registry
organisation's match directly followed by a form of `registry_firm_forms`
(kg/data/nlp/entities.toml) takes the form: the mention is the printed name, and it still
names the registry's firm (its link, its Wikidata item). A person's or a place's match is left
alone ("Kelvin Co." can be a county's abbreviation).
"""

from __future__ import annotations

import dataclasses
import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match


@cached
def _forms() -> re.Pattern[str]:
    forms = sorted(load("entities")["registry_firm_forms"], key=len, reverse=True)
    # the form ends at a space, a closing mark or the text's end ("… Corp., whose …")
    return re.compile(r" (" + "|".join(map(re.escape, forms)) + r")(?=[\s),;:’”\"']|$)")


def with_legal_forms(text: str, accepted: list[Match]) -> list[Match]:
    """The registry's accepted matches, each organisation's taking the legal form printed right
    after it (module docstring). A match another one already begins at the form's place keeps
    its end (the form is no firm's then)."""
    pattern = _forms()
    begins = {m.begin for m in accepted}
    out = []
    for m in accepted:
        form = pattern.match(text, m.end) if m.entry.kind == "organization" else None
        if form is not None and form.start(1) not in begins:
            m = dataclasses.replace(m, end=form.end(1))
        out.append(m)
    return out
