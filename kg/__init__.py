"""kg: publish articles of The Militant as a linked-data knowledge graph."""

__version__ = "0.1.0"
