"""Cues: the words, gazetteers and evidence every later step of entity finding reads.

The first group of kg.nlp.entities (docs/entities.md "Layout"): cue words loaded from
kg/data/nlp, word frequency, place and given-name gazetteers, nationality adjectives, and the
evidence and framing that say a new name's kind. Both the span rules and the kind rules read
them, so they sit below both; a module here imports nothing from a later group.
"""
