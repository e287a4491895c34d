"""Spans: where a name the registry does not know starts and ends.

The third group of kg.nlp.entities (docs/entities.md "Layout"): the text the finder reads, the
runs of capitalised words, and the rules that cut, join and extend them (lists, brackets,
initials, addresses, titles of works, laws …), with the shorter forms a name is called by later.
It reads the cues and the registry, never the kinds.
"""
