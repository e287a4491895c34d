"""Kinds: what kind of thing a name is (person, place, organisation, …).

The fourth group of kg.nlp.entities (docs/entities.md "Layout"): the ordered chain of cues
that types a new name, the kinds the text around a name gives it, and the readings that retype
or relink a mention (hospitals, metonymy, a body called by its head word). It reads the cues,
the registry and the spans' shared pieces; kg.nlp.entities.names and .mentions read it.
"""
