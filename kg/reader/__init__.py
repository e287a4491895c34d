"""The article reader: the text version of a Militant article → kg.model.Document."""

from kg.reader.errors import ReadError
from kg.reader.militant import parse_article, read_article

__all__ = ["ReadError", "parse_article", "read_article"]
