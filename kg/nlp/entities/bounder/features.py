"""Where a name may run on: the joins the learned bounder decides, and the evidence it weighs.

A join is two runs of capitalised words side by side, at least one of them a name the rules
found, with a connector between them or none: "<name> and <Capitalised>", "<Capitalised> for a
<name>", "<name> <Capitalised>". The rules cut there, and on the pages nobody tuned them to a
cut at such a point was most of the junk left (docs/entities.md, "A learned bounder": the part
of a longer name taken alone, "Hearing Loss Act" out of "<Group> with Hearing Loss Act"). The
question the model answers is whether both runs belong to one name.

A pure function of the article's text and the rules' names (`Piece`: a span, its entity's kind,
whether the registry knows it), so the training script (bench/quality/train_bounder.py) and the
stage compute exactly the same candidates and features. Every feature is a string with the value
1; no feature names an entity of the paper: the connector, the words at the join's edges and
heads, what each side is (a name the rules found and its kind, a registry name, a gazetteer's
place or given name), the case and punctuation around, whether the run opens a sentence, and
whether the joined run or a side alone recurs in the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kg.nlp.entities.cues.gazetteer import gazetteer
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.wordspans import writes_word

# a word (letters, digits, inner apostrophes, hyphens and dots; a closing dot only after an
# initial or a dotted abbreviation: "U.S.", "J.", not a sentence's end) or an ampersand
_TOKEN = re.compile(r"[^\W_](?:[\w'’-]|\.(?=\w))*(?:(?<=\.\w)\.|(?<=\b\w)\.)?|&")
# what may stand between two words of one name: spaces and at most one line break
_GAP = re.compile(r"[ \t]*\n?[ \t]*")
_ARTICLES = frozenset(("the", "a", "an"))
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\"“”]\s*|\n\s*\n\s*)$")
_MAX_WORDS = 5  # a side longer than this shares one length feature
_MAX_SIDE = 8  # words of a capitalised run read as one side


@dataclass(frozen=True)
class Piece:
    """A name the rules found: its span, its entity's kind, whether the registry knows it."""

    begin: int
    end: int
    kind: str
    known: bool


@dataclass(frozen=True)
class Side:
    """One side of a join: a name the rules found (`piece`), or a run of capitalised words."""

    begin: int
    end: int
    piece: Piece | None = None


@dataclass(frozen=True)
class Join:
    """Two sides and what stands between them: a connector ("of", "&"), or "" for none, and an
    article after it ("for a"). The joined name runs from `left.begin` to `right.end`."""

    left: Side
    right: Side
    connector: str = ""
    article: str = ""

    @property
    def begin(self) -> int:
        return self.left.begin

    @property
    def end(self) -> int:
        return self.right.end


class _Tokens:
    """The article's words, which of them the rules' names open, close and cover, and whether
    the gap after each is one a name may span."""

    def __init__(self, text: str, pieces: Iterable[Piece]) -> None:
        self.text = text
        self.words = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        at_begin = {b: i for i, (b, _, _) in enumerate(self.words)}
        at_end = {e: i for i, (_, e, _) in enumerate(self.words)}
        self.opens: dict[int, Piece] = {}
        self.closes: dict[int, Piece] = {}
        self.covered: set[int] = set()
        for p in pieces:
            # a name closed by a dot the words leave out ("Kelvo Ltd.")
            first, last = at_begin.get(p.begin), at_end.get(p.end, at_end.get(p.end - 1))
            if first is None or last is None:
                continue
            self.opens[first], self.closes[last] = p, p
            self.covered.update(range(first, last + 1))

    def spans(self, i: int) -> bool:
        """Whether word `i` and word `i + 1` may stand in one name (no punctuation between)."""
        if i < 0 or i + 1 >= len(self.words):
            return False
        return _GAP.fullmatch(self.text, self.words[i][1], self.words[i + 1][0]) is not None

    def capital(self, i: int) -> bool:
        w = self.words[i][2]
        return (w[0].isupper() or w[0].isdigit()) and w != "&"

    def lower(self, i: int) -> str:
        return self.words[i][2].lower()

    def connector(self, i: int, connectors: frozenset[str]) -> bool:
        """Whether word `i` is a connector: one of `connectors` in lower case, or "&"."""
        w = self.words[i][2]
        return w == "&" or w in connectors


def _right_side(t: _Tokens, k: int) -> Side | None:
    """The side that opens at word `k`: the name the rules found there, else the capitalised
    words up to the next name."""
    if k >= len(t.words) or not t.capital(k):
        return None
    if k in t.opens:
        p = t.opens[k]
        return Side(p.begin, p.end, p)
    if k in t.covered:
        return None
    j = k
    while j - k + 1 < _MAX_SIDE and t.spans(j) and t.capital(j + 1) and j + 1 not in t.covered:
        j += 1
    return Side(t.words[k][0], t.words[j][1])


def _left_side(t: _Tokens, k: int) -> Side | None:
    """The side that closes at word `k`: the name the rules found there, else the capitalised
    words back to the previous name or a leading article."""
    if k < 0 or not t.capital(k):
        return None
    if k in t.closes:
        p = t.closes[k]
        return Side(p.begin, p.end, p)
    if k in t.covered:
        return None
    j = k
    while k - j + 1 < _MAX_SIDE and t.spans(j - 1) and t.capital(j - 1) and j - 1 not in t.covered:
        j -= 1
    if t.lower(j) in _ARTICLES:
        j += 1
    if j > k:
        return None
    return Side(t.words[j][0], t.words[k][1])


def joins(text: str, pieces: Iterable[Piece], connectors: frozenset[str]) -> list[Join]:
    """Every join beside a name the rules found, in text order: the name, a connector of
    `connectors` (lower case, or "&") with an article after it or none, and the capitalised run or
    name on the other side; or the name and a capitalised run or name right beside it."""
    pieces = list(pieces)
    t = _Tokens(text, pieces)
    found: dict[tuple[int, int], Join] = {}
    for last, p in t.closes.items():  # the name, then what follows it
        if not t.spans(last):
            continue
        k, conn, art = last + 1, "", ""
        if t.connector(k, connectors):
            conn, k = t.lower(k), k + 1
            if not t.spans(k - 1) or k >= len(t.words):
                continue
            if t.lower(k) in _ARTICLES and t.spans(k):
                art, k = t.lower(k), k + 1
        right = _right_side(t, k)
        if right is not None:
            j = Join(Side(p.begin, p.end, p), right, conn, art)
            found.setdefault((j.begin, j.end), j)
    for first, p in t.opens.items():  # what precedes the name, then the name
        k, conn, art = first - 1, "", ""
        if not t.spans(k):
            continue
        if t.lower(k) in _ARTICLES and t.spans(k - 1) and t.connector(k - 1, connectors):
            art, conn, k = t.lower(k), t.lower(k - 1), k - 2
        elif t.connector(k, connectors):
            conn, k = t.lower(k), k - 1
        if conn and not t.spans(k):
            continue
        left = _left_side(t, k)
        if left is not None:
            j = Join(left, Side(p.begin, p.end, p), conn, art)
            found.setdefault((j.begin, j.end), j)
    return [found[k] for k in sorted(found)]


def _words(text: str) -> list[str]:
    return [w.lower().strip(".") or w.lower() for w in text.split()]


def _side(text: str, side: Side, name: str, cues: Cues) -> set[str]:
    """The features of one side: its words at the edges, length, what it is, what the rules'
    cue lists say of its edge words (a head's kind, a title, a month), its shape."""
    raw = text[side.begin:side.end]
    words = _words(raw)
    out = {f"{name}_first={words[0]}", f"{name}_last={words[-1]}", f"{name}_suf={words[-1][-3:]}",
           f"{name}_n={min(len(words), _MAX_WORDS)}"}
    written = raw.split()
    for edge, word in (("first", written[0]), ("last", written[-1])):
        if kind := cues.heads.get(word):
            out.add(f"{name}_{edge}_head={kind}")
        if kind := cues.leading_heads.get(word):
            out.add(f"{name}_{edge}_leading={kind}")
        if word.rstrip(".") in cues.titles or word in cues.titles:
            out.add(f"{name}_{edge}_title")
        if word in cues.calendar:
            out.add(f"{name}_{edge}_calendar")
        if word in cues.groups:
            out.add(f"{name}_{edge}_group")
        if re.search(r"['’]s?$", word):
            out.add(f"{name}_{edge}_possessive")
        if "-" in word and word.rsplit("-", 1)[1][:1].islower():
            out.add(f"{name}_{edge}_hyphen_lower")
    p = side.piece
    out.add(f"{name}_kind={p.kind if p else 'run'}")
    if p is not None and p.known:
        out.add(f"{name}_known")
    label = " ".join(written)
    gaz = gazetteer()
    if kind := gaz.place_kind(label):
        out.add(f"{name}_gaz={kind}")
    if gaz.is_given_name(written[0]):
        out.add(f"{name}_given")
    if label.isupper() and len(label) > 1:
        out.add(f"{name}_caps")
    if any(c.isdigit() for c in label):
        out.add(f"{name}_digit")
    return out


def _count(text: str, words: str) -> int:
    pattern = r"\s+".join(re.escape(w) for w in words.split())
    return len(re.findall(rf"(?<!\w){pattern}(?!\w)", text))


def features(text: str, join: Join, cues: Cues) -> set[str]:
    """The features of one join of `text` (see the module doc); `cues`: the rules' name cues
    (kg.nlp.entities.cues.namecues), whose lists say what an edge word is."""
    c = join.connector or "_"
    left, right = text[join.left.begin:join.left.end], text[join.right.begin:join.right.end]
    lw, rw = _words(left), _words(right)
    out = {f"c={c}", f"c={c}|a={join.article}", f"c={c}|l_last={lw[-1]}", f"c={c}|r_first={rw[0]}",
           f"c={c}|r_last={rw[-1]}", f"c={c}|l_first={lw[0]}", f"l_last|r_last={lw[-1]}|{rw[-1]}"}
    out |= _side(text, join.left, "l", cues) | _side(text, join.right, "r", cues)
    lk = join.left.piece.kind if join.left.piece else "run"
    rk = join.right.piece.kind if join.right.piece else "run"
    out.add(f"c={c}|kinds={lk}|{rk}")
    before = text[max(0, join.begin - 40):join.begin]
    if _SENTENCE_END.search(before):
        out.add("opens_sentence")
    prev = _TOKEN.findall(before)
    if prev and not _SENTENCE_END.search(before):
        out.add(f"p1={prev[-1].lower()}")
    after = text[join.end:join.end + 40]
    nxt = re.match(r"\s*([^\w\s]|[^\W_][\w'’-]*)", after)
    if nxt:
        out.add(f"n1={nxt.group(1).lower()}")
    joined = " ".join(text[join.begin:join.end].split())
    if _count(text, joined) > 1:
        out.add("joined_again")
    if _count(text, " ".join(right.split())) > _count(text, joined):
        out.add("right_alone")
    if _count(text, " ".join(left.split())) > _count(text, joined):
        out.add("left_alone")
    if writes_word(text, rw[-1], before="", after=""):
        out.add("r_head_lower")
    if writes_word(text, lw[-1], before="", after=""):
        out.add("l_head_lower")
    return out


def text_joins(text: str, connectors: frozenset[str]) -> list[Join]:
    """Every join of the text's own capitalised runs, whatever names the rules found: each
    connector between two capitalised words, its sides the capitalised runs around it; and each
    word boundary inside a capitalised run, its sides the run's words on either side. What the
    trainer learns from: the gold says of each whether both sides are one name."""
    t = _Tokens(text, ())
    n = len(t.words)
    out: list[Join] = []
    for k in range(n):
        w = t.words[k][2]
        if not t.capital(k):
            if not t.connector(k, connectors) or not t.spans(k - 1) or not t.spans(k):
                continue
            r, art = k + 1, ""
            if r < n and t.lower(r) in _ARTICLES and t.spans(r):
                art, r = t.lower(r), r + 1
            left, right = _left_side(t, k - 1), _right_side(t, r)
            if left is not None and right is not None:
                out.append(Join(left, right, w.lower(), art))
        elif t.spans(k) and k + 1 < n and t.capital(k + 1):
            left, right = _left_side(t, k), _right_side(t, k + 1)
            if left is not None and right is not None:
                out.append(Join(left, right))
    return out


# The two models (docs/entities.md, "A learned bounder"): the text model reads a join's words
# alone and learns from every join of the gold's text; the join model reads what the rules made
# of each side, the join's shape and the text model's probability, binned, and learns from the
# joins beside the rules' names. A feature's prefix says which of them reads it.
_PIECE_FEATURES = ("kind=", "kinds=", "_known")
_WORD_FEATURES = ("first=", "last=", "suf=")
TEXT_BINS = (0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98)
CONNECTOR_BINS = (0.5, 0.8, 0.9)


def text_features(feats: set[str]) -> set[str]:
    """What the text model reads of a join: its features less those of the rules' names."""
    return {f for f in feats if not any(p in f for p in _PIECE_FEATURES)}


def join_features(feats: set[str], p_text: float) -> set[str]:
    """What the join model reads: the join's features less its words (the text model weighs
    those, on far more joins), and the text model's probability `p_text` binned, alone and with
    the connector."""
    out = {f for f in feats if not any(p in f for p in _WORD_FEATURES)}
    connector = next((f for f in feats if f.startswith("c=") and "|" not in f), "c=_")
    out |= {f"text>={b}" for b in TEXT_BINS if p_text >= b}
    out |= {f"{connector}|text>={b}" for b in CONNECTOR_BINS if p_text >= b}
    return out


# -- cuts: the same question asked inside a rules' name ------------------------------------------

def cuts(text: str, pieces: Iterable[Piece], connectors: frozenset[str]) -> list[tuple[Piece, Join]]:
    """Every inner split of a new name the rules found (a registry's name is curated whole), in
    text order: at a connector of `connectors` (or "&") with an article after it or none, its
    sides the name's words before and after; or between two capitalised words with none, its
    sides the words on either side. What the cut model decides: are the two sides two things
    ("<Town> <Body>", "<Title> <Given> <Surname>", "<Body> of <Place>") or one name?"""
    t = _Tokens(text, ())
    at_begin = {b: i for i, (b, _, _) in enumerate(t.words)}
    at_end = {e: i for i, (_, e, _) in enumerate(t.words)}
    out: list[tuple[Piece, Join]] = []
    for p in sorted(pieces, key=lambda p: (p.begin, p.end)):
        first, last = at_begin.get(p.begin), at_end.get(p.end, at_end.get(p.end - 1))
        if p.known or first is None or last is None or last <= first:
            continue
        for k in range(first, last):  # the split after word k
            if not t.spans(k) or not t.capital(k):
                continue
            r, conn, art = k + 1, "", ""
            if t.connector(r, connectors) and r < last:
                conn, r = t.lower(r), r + 1
                if t.lower(r) in _ARTICLES and r < last and t.spans(r):
                    art, r = t.lower(r), r + 1
                if not t.spans(r - 1):
                    continue
            if r > last or not t.capital(r):
                continue
            left = Side(p.begin, t.words[k][1])
            right = Side(t.words[r][0], t.words[last][1])
            out.append((p, Join(left, right, conn, art)))
    return out


def cut_features(feats: set[str], p_text: float, piece: Piece) -> set[str]:
    """What the cut model reads of a split inside `piece`: the join model's reading of the two
    sides (join_features: the sides are plain runs, so their kinds say nothing) and what the
    rules made of the whole name, its kind and its length, alone and with the connector."""
    connector = next((f for f in feats if f.startswith("c=") and "|" not in f), "c=_")
    n = min(int(next(f for f in feats if f.startswith("l_n="))[4:])
            + int(next(f for f in feats if f.startswith("r_n="))[4:]), _MAX_WORDS)
    return join_features(feats, p_text) | {f"whole={piece.kind}", f"{connector}|whole={piece.kind}",
                                           f"whole_n={n}"}


def no_name(text: str, side: Side, cues: Cues) -> bool:
    """Whether what a cut leaves on one side is no name: each of its words a title, a month or
    day, or a function word (the words the rules never open a name with, Cues.leading). Such a
    side is dropped; any other is a name. (A word the article also writes in lower case was
    tried as well and dropped: the heads of real names, "Treaty", "House", "Workers", are such
    words.)"""
    return all(cues.leading(w.rstrip(".,")) or cues.leading(w) for w in text[side.begin:side.end].split())
