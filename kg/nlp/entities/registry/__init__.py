"""Registry: the curated entities (kg/data/registry/entities.tsv) and matching their surface
forms in a text.

The second group of kg.nlp.entities (docs/entities.md "Layout"); it reads only the cues.
"""
