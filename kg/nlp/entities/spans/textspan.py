"""The text the entity finder reads, and where its sentences start.

A Region is a stretch of the source text that may hold names: a paragraph, a note's text,
the headline, the deck, a letter field. Sentence starts matter because English capitalises
the first word of a sentence: a capital there says nothing about a name. A point's mark ("·
Bring the troops home!") opens a sentence too; a "!" inside a firm's name ("Yum! Brands")
ends none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from kg.model import Document, Span
from kg.nlp import textwindow
from kg.nlp.cuedata import load
from kg.nlp.entities.spans.headingplaces import heading_places
from kg.reader import cues as reader_cues
from kg.reader.patterns import SIGNS_FOR_RE

_OPENERS = "“‘\"'([{«"
_END = re.compile(r"[.!?…]+[”’\"')\]»]*\s+")
_QUOTE_OPEN = re.compile(r"[“‘\"«(]")
_LIST_LABEL = re.compile(r"\s*(?:\(?\d{1,2}[.)]\s+)?")
_INITIALS = re.compile(r"(?:(?<![\w&])[A-Z]\.)+$")
_END_BEFORE_MARKER = re.compile(r"[.!?…][”’\"')\]»]*$")
# "Yum! Brands": the word glued to a "!", the head word after it, and what opens a sentence
# before the word (nothing, or a sentence's end, then openers)
_EXCLAIMED_WORD = re.compile(r"(?<![\w’'.-])[A-Z][\w’'&.-]*$")
_HEAD_AFTER = re.compile(r" ([A-Z][\w’'-]*\.?)")
_OPENS = re.compile(r"(?:\A|[.!?…:][”’\"')\]»]*\s)[\s“‘\"'(\[{«]*\Z")


@dataclass(frozen=True)
class Region:
    span: Span
    kind: str  # prose | headline | deck | kicker (registry names only) | person | field | signer | place
    # | work (a book entry's title line: one work's title, whole)
    # a photo's caption: sentences about the photo in sentence case, never a title's line, however
    # many of its words a place's or a church's name capitalises ("Vigil at St. Brendan's Church in
    # Kelvo Falls May 17.")
    caption: bool = False

    @property
    def begin(self) -> int:
        return self.span.begin

    @property
    def end(self) -> int:
        return self.span.end


def _sentence_case(line: str) -> bool:
    """A line with a lower-case word that is no small word of a title (`[title_case]
    small_words`: "of", "the"): a sentence-case headline, no standing name in Title Case."""
    small = set(load("boundaries")["title_case"]["small_words"])
    return any(w[:1].islower() and w not in small for w in re.findall(r"[\w’'-]+", line))


def regions(doc: Document) -> list[Region]:
    """What the finder reads: prose (paragraphs, note texts, photo captions, the writer's title
    after a sign-off or a byline), headline, deck, the kicker line (for registry names only),
    items' titles and the letter's fields (sender, recipient, place, signature). Never the page
    chrome, the masthead, headings, the related-articles list, or the standing name of a page
    made of items."""
    captions = set(doc.caption_spans())  # read as captions below (`_photo_fields`)
    out = [Region(s, "prose") for s in doc.prose_spans() if s not in captions]
    out += _page_fields(doc)
    seen: set[Span] = set()
    out += _people(doc, seen)
    out += _item_fields(doc, seen)
    out += _photo_fields(doc)
    # a page of items' headings in capitals that name places ("UNITED STATES", "OHIO")
    out += [Region(s, "place") for s in heading_places(doc, [r.span for r in out])]
    return sorted(out, key=lambda r: (r.begin, r.end))


def _page_fields(doc: Document) -> list[Region]:
    """The page's own fields around its body: headline, deck, kicker, the writer's titles."""
    out: list[Region] = []
    # "Letters", "In Brief": a page's standing name holds no names; a page of items under a
    # headline of its own, in sentence case ("From Kelvin to Dorrow, workers join picket lines"),
    # names what its reports are about, where the reader found the page's kind by its body, not
    # by a standing name (set Z, branch ent41)
    if not doc.page_kind or (reader_cues.page_kind(doc.headline.value or "") is None
                             and _sentence_case(doc.headline.value or "")):
        out.append(Region(doc.headline.span, "headline"))
    if doc.deck:
        out.append(Region(doc.deck.span, "deck"))
    if doc.overline:  # the kicker line above the headline ("Strike wave in North Africa"): its
        # registry names; no new name, since a column's standing name stands there too ("In
        # Review": "Review" is no place) (ent87)
        out.append(Region(doc.overline.span, "kicker"))
    if doc.signoff_role:  # "—Ana Ruiz, Socialist Workers Party candidate for mayor of Duluth"
        out.append(Region(doc.signoff_role.span, "prose"))
    # a writer's title after the byline ("By Ana Ruiz, Communist League member in Montreal,")
    # names bodies and places as the sign-off's title does
    out += [Region(r.span, "prose") for r in doc.byline_roles]
    return out


def _people(doc: Document, seen: set[Span]) -> list[Region]:
    """The bylines and a letter's sender, recipient, place and signature; `seen` keeps each
    person's span once (an item's author may be the letter's sender)."""
    out: list[Region] = []
    people = list(doc.bylines)
    if doc.letter:
        people += [p for p in (doc.letter.sender, doc.letter.recipient) if p]
        if doc.letter.place:
            out.append(Region(doc.letter.place.span, "field"))
        # a line signing for a body ("For the Executive Committee") names it in a phrase
        out += [Region(sig, "prose" if SIGNS_FOR_RE.match(sig.of(doc.text)) else "field")
                for sig in doc.letter.signature]
    for p in people:
        if p.span not in seen:
            seen.add(p.span)
            out.append(Region(p.span, "person"))
    return out


def _item_fields(doc: Document, seen: set[Span]) -> list[Region]:
    """The fields of a page's items name people and places by their role: a letter's signer
    and the town under it, the union after a signer's comma."""
    out: list[Region] = []
    for item in doc.items:
        if item.title and item.kind == "book":  # a book entry's title line: the book's title
            out.append(Region(item.title.span, "work"))
        elif item.title:  # read like a headline: "Solidarity from Bangladesh"
            out.append(Region(item.title.span, "headline"))
        if item.author and item.author.span not in seen:
            seen.add(item.author.span)
            out.append(Region(item.author.span, "signer"))
        elif item.signature and not item.author \
                and reader_cues.is_anonymous_signer(item.signature.value):
            # a signature naming no one but where its writer is ("A reader in Suva") is a
            # phrase: the place is read as in running text (set DL's 2000 letters page, rdr48);
            # a body's signature ("Metro Kelvo Strike Support Committee") stays a field
            out.append(Region(item.signature.span, "prose"))
        if item.place:
            out.append(Region(item.place.span, "place"))
        if item.role:  # "—Karen Lutz, member of UAW Local 235": the union is named there
            out.append(Region(item.role.span, "prose"))
        elif item.signature and item.author and item.signature.span.end > item.author.span.end:
            # a letter's "Ana Ruiz, UFCW Local 7": what follows the signer's name and its comma
            rest = doc.text[item.author.span.end:item.signature.span.end]
            lead = len(rest) - len(rest.lstrip(", "))
            if lead and rest.strip(", "):
                out.append(Region(Span(item.author.span.end + lead, item.signature.span.end), "prose"))
    return out


def _photo_fields(doc: Document) -> list[Region]:
    """A caption is a sentence about the photo (who and where it shows); a credit names its
    photographer ("Militant/Nick Castle")."""
    out: list[Region] = []
    for photo in doc.photos:
        if photo.caption:
            out.append(Region(photo.caption.span, "prose", caption=True))
        if photo.credit is None:  # today's captions print no credit
            continue
        credited = _CREDITED.search(photo.credit.span.of(doc.text))
        if credited:
            b = photo.credit.span.begin + credited.start(1)
            out.append(Region(Span(b, b + len(credited.group(1).rstrip())), "signer"))
    return out


# The photographer in a credit line: the name after "Militant/" or "photo by".
_CREDITED = re.compile(r"(?:^Militant/|\b[Pp]hotos? by )([A-Z][^/\n]*)$")


class TextIndex:
    """Sentence starts and paragraph lookup over a document's regions."""

    def __init__(self, doc: Document, regs: list[Region]) -> None:
        self.doc = doc
        self.text = doc.text
        self.regions = regs
        self.marker_starts = {m.span.begin for m in doc.markers}

    @cached_property
    def _abbreviations(self) -> set[str]:
        cues = load("entities")
        return set(cues["abbreviations"]) | set(cues["name_abbreviations"])

    @cached_property
    def _point(self) -> re.Pattern:
        """A point's mark at a line's start ("· Bring the troops home!", "• Unionize all
        workers"; kg/data/nlp/boundaries.toml [edges] `point_marks`) and the space after it."""
        marks = "".join(re.escape(m) for m in load("boundaries")["edges"]["point_marks"])
        return re.compile(rf"(?:^|(?<=\n))[ \t]*[{marks}][ \t]+(?=\S)", re.MULTILINE)

    @cached_property
    def _org_heads(self) -> set[str]:
        return set(load("entities")["head_types"]["organization"])

    def _exclaimed_firm(self, r: Region, bang: int) -> bool:
        """"workers at Yum! Brands struck": a firm writes "!" into its name. A capitalised word
        glued to the "!" that does not open its sentence, then one space and an organisation's
        head (`head_types` organization: "Brands", "Inc.", "Group", "Foods") are one name: the
        mark ends no sentence there (branch ent25). "Victory! Union members marched" opens its
        sentence with the word: a cry, then a sentence."""
        text = self.text
        word = _EXCLAIMED_WORD.search(text, max(r.begin, bang - 40), bang)
        head = _HEAD_AFTER.match(text, bang + 1, r.end)
        bare = re.sub(r"[’']s?$", "", head.group(1)) if head else ""  # "Yum! Brands’ restaurants"
        if word is None or not (bare in self._org_heads or bare.rstrip(".") in self._org_heads):
            return False
        return not _OPENS.search(text[r.begin:word.start()])

    @cached_property
    def _firm_suffixes(self) -> set[str]:
        return set(load("entities")["firm_suffix_ends"])

    def _firm_suffix_ends(self, word: str, after: int) -> bool:
        """A firm's suffix ("Ltd.", "Inc.") ends its name, so a capitalised word after it that
        is no other suffix ("Kelvin Leaseholds Ltd. Out of work, …"; not "Kelvin Pty. Ltd.")
        opens the next sentence: the abbreviation's full stop is the sentence's too."""
        nxt = textwindow.after(r"\s+([A-Z][\w.’'-]*)", self.text, after, 40, cut=True)
        return word in self._firm_suffixes and nxt is not None and nxt.group(1) not in self._firm_suffixes

    @cached_property
    def sentence_starts(self) -> set[int]:
        """Offsets of the first letter of every sentence and of every quotation (which English
        capitalises like a sentence)."""
        starts = set(self._sentence_starts)
        for r in self.regions:
            for m in _QUOTE_OPEN.finditer(self.text, r.begin, r.end):
                starts.add(self._skip_openers(m.start(), r.end))
        return starts

    @cached_property
    def _sentence_starts(self) -> set[int]:
        """Offsets of the first letter of every sentence (quotations inside do not count)."""
        starts: set[int] = set()
        text = self.text
        for r in self.regions:
            m = _LIST_LABEL.match(text, r.begin)
            starts.add(self._skip_openers(m.end() if m else r.begin, r.end))
            for m in self._point.finditer(text, r.begin, r.end):  # a point opens a sentence
                starts.add(self._skip_openers(m.end(), r.end))
            for m in _END.finditer(text, r.begin, r.end):
                if m.group(0).startswith("! ") and self._exclaimed_firm(r, m.start()):
                    continue  # "Yum! Brands": the firm's own mark
                word = text[max(r.begin, text.rfind(" ", r.begin, m.start()) + 1):m.start() + 1]
                if (word in self._abbreviations or _INITIALS.search(word)
                        or word.isupper() and word[:1] + word[1:].lower() in self._abbreviations) \
                        and not self._firm_suffix_ends(word, m.start() + 1):
                    continue  # "ST. JOHN'S" in a dateline in capitals
                starts.add(self._skip_openers(m.end(), r.end))
        for mk in self.doc.markers:  # "… Tom Fischer.2 According to the authors": a footnote
            b, e = mk.span.begin, mk.span.end  # marker after the full stop still ends the sentence
            if textwindow.before(_END_BEFORE_MARKER, text, b, 4) and e < len(text) and text[e].isspace():
                word = text[text.rfind(" ", 0, b) + 1:b]
                word = word.rstrip("”’\"')]»")
                if word not in self._abbreviations and not _INITIALS.search(word):
                    starts.add(self._skip_openers(e, len(text)))
        for d in self.doc.datelines:  # "TORONTO—More than 300 people…": a sentence starts after
            i = d.span.end  # the page's dateline and after each page item's
            while i < len(text) and text[i] in "—–-,: \u00a0":
                i += 1
            starts.add(i)
        return starts

    def _skip_openers(self, i: int, end: int) -> int:
        while i < end and (self.text[i] in _OPENERS or self.text[i].isspace()):
            i += 1
        return i

    def region_of(self, offset: int) -> Region | None:
        for r in self.regions:
            if r.begin <= offset < r.end:
                return r
        return None

    def paragraph_text(self, offset: int) -> str:
        r = self.region_of(offset)
        return self.text[r.begin:r.end] if r else ""

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        """The sentence holding an offset (within its region)."""
        r = self.region_of(offset)
        if r is None:
            return offset, offset
        starts = sorted(s for s in self._sentence_starts if r.begin <= s < r.end)
        begin = max((s for s in starts if s <= offset), default=r.begin)
        end = min((s for s in starts if s > offset), default=r.end)
        return begin, end

    def is_sentence_start(self, offset: int) -> bool:
        return offset in self.sentence_starts

    def all_text(self) -> str:
        return "\n".join(self.text[r.begin:r.end] for r in self.regions)
