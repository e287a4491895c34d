"""Render a text with overlapping annotations as well-nested HTML.

Annotations (paragraphs, footnotes, mentions, claims, quotations, markers) may overlap
and cross each other. The text is cut at every annotation boundary; for each piece the
wanted stack of open elements is the active annotations in a fixed order (blocks outside
inline regions outside links outside markers; outer before inner). Elements are closed
and reopened only where the wanted stack differs, so the output is always well nested,
a crossing annotation is split into several elements, and no character of the text is
lost or duplicated (the tests strip the tags and compare with the source).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from markupsafe import Markup, escape

BLOCK, REGION, LINK, MARKER = 0, 1, 2, 3


@dataclass(frozen=True)
class Mark:
    """One annotation to render: an element around text[begin:end]."""

    begin: int
    end: int
    level: int  # BLOCK | REGION | LINK | MARKER
    tag: str = "span"
    attrs: tuple[tuple[str, str], ...] = ()
    first_attrs: tuple[tuple[str, str], ...] = ()  # only on its first element (ids)
    prefix: str | Markup = ""  # HTML put right after its first opening tag
    order: int = 0  # tie-break between marks with the same extent

    def key(self) -> tuple[int, int, int, int]:
        return (self.level, self.begin, -self.end, self.order)


@dataclass
class _State:
    opened: set[int] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)


def _open(mark: Mark, index: int, state: _State) -> Markup:
    attrs = list(mark.attrs)
    first = index not in state.opened
    if first:
        state.opened.add(index)
        for name, value in mark.first_attrs:
            if name == "id":
                if value in state.ids:
                    continue
                state.ids.add(value)
            attrs.append((name, value))
    else:
        attrs.append(("class", "cont"))
    merged: dict[str, str] = {}
    for name, value in attrs:
        merged[name] = f"{merged[name]} {value}" if name == "class" and name in merged else value
    rendered = "".join(f' {name}="{escape(value)}"' for name, value in merged.items())
    html = Markup(f"<{mark.tag}{rendered}>")
    return html + Markup(mark.prefix) if first and mark.prefix else html


def _gaps(text: str, marks: list[Mark], begin: int, end: int) -> list[Mark]:
    """Plain blocks for text that no block covers: at the top (masthead lines...) and inside
    blocks that hold other blocks (a letter's date and signature between its paragraphs)."""
    blocks = [(m.begin, m.end) for m in marks if m.level == BLOCK]
    gaps = []
    for rb, re_ in {(begin, end), *blocks}:
        inner = sorted((b, e) for b, e in blocks if rb <= b and e <= re_ and (b, e) != (rb, re_))
        if not inner and (rb, re_) != (begin, end):
            continue  # a leaf block keeps its text as it is
        pos = rb
        for b, e in inner + [(re_, re_)]:
            if b > pos and text[pos:b].strip():
                gaps.append(Mark(pos, b, BLOCK, "div", (("class", "plain"),)))
            pos = max(pos, e)
    return sorted(gaps, key=lambda m: m.begin)


def render(text: str, marks: list[Mark], begin: int = 0, end: int | None = None) -> Markup:
    """HTML for text[begin:end] with every mark applied (marks are clipped to the range)."""
    end = len(text) if end is None else end
    clipped = []
    for m in marks:
        b, e = max(m.begin, begin), min(m.end, end)
        if b < e:
            clipped.append(Mark(b, e, m.level, m.tag, m.attrs, m.first_attrs, m.prefix, m.order)
                           if (b, e) != (m.begin, m.end) else m)
    clipped += _gaps(text, clipped, begin, end)
    starts: dict[int, list[int]] = defaultdict(list)
    ends: dict[int, list[int]] = defaultdict(list)
    for i, m in enumerate(clipped):
        starts[m.begin].append(i)
        ends[m.end].append(i)
    cuts = sorted({begin, end, *starts, *ends})
    active: set[int] = set()
    stack: list[int] = []
    state = _State()
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        active.difference_update(ends.get(a, ()))
        active.update(starts.get(a, ()))
        wanted = sorted(active, key=lambda i: clipped[i].key())
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] == wanted[keep]:
            keep += 1
        for i in reversed(stack[keep:]):
            out.append(f"</{clipped[i].tag}>")
        for i in wanted[keep:]:
            out.append(_open(clipped[i], i, state))
        stack = wanted
        piece = text[a:b]
        if stack or piece.strip():
            out.append(escape(piece))
    for i in reversed(stack):
        out.append(f"</{clipped[i].tag}>")
    return Markup("".join(out))
