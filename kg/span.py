"""A range of the source text: the unit every element of the document model and every
annotation points into (a module of its own so the model and the annotations both use it
without importing each other)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Span:
    """A half-open range [begin, end) of code points in the source text."""

    begin: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.begin <= self.end:
            raise ValueError(f"bad span {self.begin}..{self.end}")

    def of(self, text: str) -> str:
        return text[self.begin:self.end]

    def __len__(self) -> int:
        return self.end - self.begin

    def contains(self, other: Span) -> bool:
        return self.begin <= other.begin and other.end <= self.end
