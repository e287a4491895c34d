"""Inspect a SPARQL query before it runs: refuse updates and SERVICE calls, cap its rows.

The embedded engine (pyoxigraph) fetches any SERVICE IRI it is given and has no switch to
stop it, so the check must happen on the query text. Parsing with rdflib costs several
milliseconds a query; instead this module tokenises the text following the SPARQL 1.1
grammar's terminals (comments, strings, IRIs and prefixed names, with their escapes), which
is all the check needs, and errs on the side of refusing:

- the engine matches keywords case-insensitively and without a word boundary (it reads
  `SERVICEe:x` as `SERVICE e:x` and `SERVICE:x` as `SERVICE :x`), so any word or prefixed
  name starting with "service" counts, and only the plain spelling `SERVICE [SILENT] <iri>`
  or `SERVICE [SILENT] prefix:name` can pass, when the expanded IRI is in the allow-list;
- `\\u` escapes are resolved inside IRIs (as the engine does) and, in case an engine
  resolves them before parsing as the SPARQL spec says, the check also runs on the
  unescaped text;
- a backslash outside strings and IRIs always swallows the next character, so `\\#` in a
  prefixed name never starts a comment that would hide the rest of the line.

It also refuses (TooComplex, HTTP 400) what the engine cannot parse safely: pyoxigraph's
parser and evaluator recurse once per level of the query's syntax tree, and a few thousand
levels overflow the worker's stack (a segmentation fault, the worker dies). Two limits, both
counted on the tokens while they are read, so a hostile query is dropped after at most
`max_levels` of its tokens:
- nesting: brackets `(`, `[` and `{` open at once;
- levels: an estimate of the syntax tree's depth. Each bracket is a level, and so is each
  operator or keyword chaining parts at one level (`a + b + c`, `p1/p2`, `{..} UNION {..}`,
  `OPTIONAL`, `FILTER`, triple patterns joined by `.`...): the engine builds these chains
  as left-deep trees, one level per link; so are object lists (`?s ?p 1, 2, 3`: one triple
  pattern each). Lists the engine keeps flat (arguments and `IN (...)`: commas inside
  parentheses, `VALUES` rows) are not counted. The estimate of a bracket is
  1 + its chained operators + the deepest of the brackets inside it.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

UPDATE_KEYWORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")
QUERY_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")

_BASE = ("A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
         "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff")
_U = _BASE + "_"
_CHARS = _U + r"\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
_ECHAR = r"\\[tbnrf\\\"']"
# PLX is wider than the grammar (a backslash escapes any visible character): where this
# lexer is more permissive than the engine, the engine rejects the query anyway.
_PLX = r"%[0-9A-Fa-f]{2}|\\\S"
_PN_PREFIX = f"[{_BASE}](?:[{_CHARS}.]*[{_CHARS}])?"
_PN_LOCAL = f"(?:[{_U}:0-9]|{_PLX})(?:(?:[{_CHARS}.:]|{_PLX})*(?:[{_CHARS}:]|{_PLX}))?"

_TOKEN = re.compile(
    rf"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<iri><(?:[^<>"{{}}|^`\\\x00-\x20]|{_UCHAR})*>)
  | (?P<string>'''(?:(?:'|'')?(?:[^'\\]|{_ECHAR}|{_UCHAR}))*'''
              |\"\"\"(?:(?:"|"")?(?:[^"\\]|{_ECHAR}|{_UCHAR}))*\"\"\"
              |'(?:[^'\\\n\r]|{_ECHAR}|{_UCHAR})*'
              |"(?:[^"\\\n\r]|{_ECHAR}|{_UCHAR})*")
  | (?P<var>[?$][{_U}0-9][{_U}0-9\u00b7\u0300-\u036f\u203f-\u2040]*)
  | (?P<bnode>_:[{_U}0-9](?:[{_CHARS}.]*[{_CHARS}])?)
  | (?P<pname>(?P<prefix>{_PN_PREFIX})?:(?P<local>{_PN_LOCAL})?)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<number>(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<escape>\\.)
  | (?P<punct>\^\^|\|\||&&|!=|<=|>=|.)
    """,
    re.VERBOSE | re.DOTALL,
)
_UCHAR_RE = re.compile(_UCHAR)
_LOCAL_ESC = re.compile(r"\\(\S)")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")


class Refused(Exception):
    """The query may not run here; the message says why (HTTP 403)."""


class TooComplex(Exception):
    """The query is nested or chained deeper than the engine can parse safely; the message
    says which limit and where (HTTP 400: the client's query, not the server, is at fault)."""


# Tokens that chain parts at one level of the syntax tree (see the module's docstring).
_CHAIN_PUNCT = frozenset({"||", "&&", "=", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/", "|",
                          "^", "^^", "!", "?", ".", ";"})
_CHAIN_WORDS = frozenset({"UNION", "OPTIONAL", "MINUS", "FILTER", "BIND", "GRAPH", "SERVICE",
                          "EXISTS", "NOT", "VALUES"})
_OPEN = frozenset("([{")
_CLOSE = frozenset(")]}")


@dataclass
class _Frame:
    bracket: str = "{"
    ops: int = 0  # operators and keywords chained at this bracket's level so far
    below: int = 0  # the deepest estimate among the closed brackets inside it


class _Shape:
    """Nesting and the estimated tree depth, followed token by token (0 = no limit)."""

    def __init__(self, text: str, max_nesting: int, max_levels: int) -> None:
        self.text = text
        self.max_nesting = max_nesting
        self.max_levels = max_levels
        self.frames = [_Frame()]
        self.path = 1  # sum of (1 + ops) over the open frames

    def _where(self, at: int) -> str:
        line = self.text.count("\n", 0, at) + 1
        column = at - (self.text.rfind("\n", 0, at) + 1) + 1
        return f"line {line}, column {column}"

    def _levels(self, at: int) -> None:
        if self.max_levels and self.path + self.frames[-1].below > self.max_levels:
            raise TooComplex(
                f"query too complex: its syntax tree is more than {self.max_levels} levels deep "
                f"at {self._where(at)} (every bracket and every operator or keyword chaining parts, "
                "such as + || / . UNION OPTIONAL FILTER, is a level); this endpoint accepts at most "
                f"{self.max_levels} (KG_SPARQL_MAX_LEVELS): split the query, or give long lists "
                "of alternatives with VALUES or IN (...)")

    def step(self, kind: str, text: str, at: int) -> None:
        top = self.frames[-1]
        if kind == "punct" and text in _OPEN:
            if text == "{":  # a group pattern joins the ones before it at its level
                top.ops += 1
                self.path += 1
            self.frames.append(_Frame(text))
            self.path += 1
            if self.max_nesting and len(self.frames) - 1 > self.max_nesting:
                raise TooComplex(
                    f"query too deeply nested: more than {self.max_nesting} brackets ( [ {{ are "
                    f"open at {self._where(at)}; this endpoint accepts at most {self.max_nesting} "
                    "(KG_SPARQL_MAX_NESTING)")
        elif kind == "punct" and text in _CLOSE:
            if len(self.frames) == 1:
                return  # unbalanced: the engine reports the syntax error
            done = self.frames.pop()
            self.path -= 1 + done.ops
            self.frames[-1].below = max(self.frames[-1].below, 1 + done.ops + done.below)
        elif ((kind == "punct" and (text in _CHAIN_PUNCT or (text == "," and top.bracket != "(")))
              or (kind == "word" and text.upper() in _CHAIN_WORDS)):
            top.ops += 1
            self.path += 1
        else:
            return
        self._levels(at)


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    start: int
    end: int
    depth: int  # braces open before this token
    prefix: str = ""  # for pname tokens
    local: str = ""

    def keyword(self) -> str:
        """Upper-cased text of a word (the engine's keywords are case-insensitive)."""
        return self.text.upper() if self.kind == "word" else ""


@dataclass
class QueryInfo:
    """What the check found in one query's text."""

    text: str
    form: str | None = None  # SELECT, CONSTRUCT, DESCRIBE, ASK (None: not recognised)
    update: str | None = None  # the update operation's keyword, when it is one
    services: list[str] = field(default_factory=list)  # SERVICE IRIs, expanded
    refusals: list[str] = field(default_factory=list)  # SERVICE uses that cannot be checked
    dataset_clause: bool = False  # FROM / FROM NAMED: the query names its own dataset
    limit: Token | None = None  # the outermost LIMIT's number
    values: Token | None = None  # the outermost trailing VALUES keyword


def unescape(text: str) -> str:
    """Resolve \\uXXXX and \\UXXXXXXXX escapes (SPARQL 1.1 section 19.2)."""
    def one(m: re.Match[str]) -> str:
        try:
            return chr(int(m.group(0)[2:], 16))
        except (ValueError, OverflowError):
            return m.group(0)
    return _UCHAR_RE.sub(one, text)


def tokens(text: str, max_nesting: int = 0, max_levels: int = 0) -> list[Token]:
    """Significant tokens of a query (no whitespace, no comments), with their brace depth.
    Raises TooComplex as soon as the query crosses max_nesting or max_levels (0: no limit)."""
    out: list[Token] = []
    depth = 0
    shape = _Shape(text, max_nesting, max_levels) if max_nesting or max_levels else None
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "punct"
        if kind in ("prefix", "local"):
            kind = "pname"
        if kind in ("ws", "comment"):
            continue
        tok = Token(kind, m.group(0), m.start(), m.end(), depth,
                    m.group("prefix") or "", m.group("local") or "")
        if shape is not None:
            shape.step(kind, tok.text, tok.start)
        if tok.text == "{":
            depth += 1
        elif tok.text == "}":
            depth = max(0, depth - 1)
        out.append(tok)
    return out


def _starts(tok: Token, word: str) -> bool:
    """A word or prefixed name the engine may read as `word` (no word boundary needed)."""
    if tok.kind == "word":
        return tok.text.upper().startswith(word)
    return tok.kind == "pname" and tok.prefix.upper().startswith(word)


def inspect(text: str, max_nesting: int = 0, max_levels: int = 0) -> QueryInfo:
    info = QueryInfo(text)
    toks = tokens(text, max_nesting, max_levels)
    prefixes: dict[str, str] = {}
    i = 0
    # Prologue: BASE <iri> and PREFIX p: <iri>, in any order.
    while i < len(toks):
        kw = toks[i].keyword()
        if kw == "BASE" and i + 1 < len(toks) and toks[i + 1].kind == "iri":
            i += 2
        elif (kw == "PREFIX" and i + 2 < len(toks) and toks[i + 1].kind == "pname"
              and not toks[i + 1].local and toks[i + 2].kind == "iri"):
            prefixes[toks[i + 1].prefix] = unescape(toks[i + 2].text[1:-1])
            i += 3
        elif (toks[i].kind == "pname" and toks[i].prefix.upper().startswith("PREFIX")
              and not toks[i].local and i + 1 < len(toks) and toks[i + 1].kind == "iri"):
            # `PREFIXe:<iri>` glued together, which the engine reads as `PREFIX e: <iri>`
            prefixes[toks[i].prefix[6:]] = unescape(toks[i + 1].text[1:-1])
            i += 2
        else:
            break
    if i < len(toks):
        first = toks[i]
        info.form = next((f for f in QUERY_FORMS if _starts(first, f)), None)
        info.update = next((u for u in UPDATE_KEYWORDS if _starts(first, u)), None)
        if info.form and info.update:  # a word such as "ASKED" cannot be both; keep the longer
            info.update = None
    paren = 0
    where_closed = False
    for j in range(i, len(toks)):
        tok = toks[j]
        if tok.text == "(":
            paren += 1
        elif tok.text == ")":
            paren = max(0, paren - 1)
        elif tok.text == "}" and tok.depth == 1 and paren == 0:
            where_closed = True
        if tok.depth == 0 and paren == 0:
            kw = tok.keyword()
            if kw == "FROM" or (tok.kind == "pname" and tok.prefix.upper() == "FROM"):
                info.dataset_clause = True
            elif kw == "LIMIT" and j + 1 < len(toks) and toks[j + 1].kind == "number":
                info.limit = toks[j + 1]
            elif kw.startswith("LIMIT") and kw[5:].isdigit():
                info.limit = tok
            elif kw == "VALUES" and where_closed and info.values is None:
                info.values = tok
        if _starts(tok, "SERVICE"):
            _service(toks, j, prefixes, info)
    return info


def _service(toks: list[Token], j: int, prefixes: dict[str, str], info: QueryInfo) -> None:
    tok = toks[j]
    if tok.kind != "word" or tok.keyword() != "SERVICE":
        info.refusals.append(f"{tok.text!r} is read as SERVICE; write `SERVICE <iri>` with spaces")
        return
    k = j + 1
    if k < len(toks) and _starts(toks[k], "SILENT"):
        if toks[k].keyword() != "SILENT":
            info.refusals.append(f"{toks[k].text!r} after SERVICE; write `SERVICE SILENT <iri>`")
            return
        k += 1
    target = toks[k] if k < len(toks) else None
    if target is None:
        info.refusals.append("SERVICE without an endpoint")
    elif target.kind == "iri":
        _service_iri(unescape(target.text[1:-1]), info)
    elif target.kind == "pname":
        if target.prefix not in prefixes:
            info.refusals.append(f"SERVICE {target.text}: prefix {target.prefix or '(empty)'}: "
                                 "is not declared")
        else:
            _service_iri(prefixes[target.prefix] + _LOCAL_ESC.sub(r"\1", target.local), info)
    elif target.kind == "var":
        info.refusals.append(f"SERVICE {target.text}: an endpoint given by a variable cannot be checked")
    else:
        info.refusals.append(f"SERVICE {target.text}: not an endpoint IRI")


def _service_iri(iri: str, info: QueryInfo) -> None:
    if not _SCHEME.match(iri):
        info.refusals.append(f"SERVICE <{iri}>: a relative IRI cannot be checked; give the full IRI")
    else:
        info.services.append(iri)


def check(text: str, allow: Collection[str] = (), max_nesting: int = 0,
          max_levels: int = 0) -> QueryInfo:
    """Inspect a query and raise Refused for an update or a SERVICE outside `allow`, TooComplex
    for a query nested deeper than max_nesting brackets or max_levels levels (0: no limit)."""
    info = inspect(text, max_nesting, max_levels)
    if info.update and not info.form:
        raise Refused(f"this endpoint is read-only: SPARQL Update ({info.update}) is not accepted")
    views = [info]
    if "\\u" in text or "\\U" in text:
        views.append(inspect(unescape(text), max_nesting, max_levels))
    for view in views:
        if view.update and not view.form:
            raise Refused("this endpoint is read-only: SPARQL Update is not accepted")
        if view.refusals:
            raise Refused(f"federated query refused: {view.refusals[0]}")
        for iri in view.services:
            if iri not in allow:
                raise Refused(f"federated query refused: SERVICE <{iri}> is not in this endpoint's "
                              "allow-list (KG_SPARQL_SERVICE_ALLOW)")
    return info


def cap_rows(info: QueryInfo, max_rows: int) -> str | None:
    """The SELECT query rewritten so that it yields at most `max_rows` rows, or None when it
    already does (or is not a SELECT). The outermost LIMIT is lowered, or one is added
    before a trailing VALUES block or at the end."""
    if info.form != "SELECT" or max_rows <= 0:
        return None
    text = info.text
    lim = info.limit
    if lim is not None:
        digits = lim.text if lim.kind == "number" else lim.text[5:]
        try:
            if int(digits) <= max_rows:
                return None
        except ValueError:
            pass
        start = lim.start if lim.kind == "number" else lim.start + 5
        return text[:start] + str(max_rows) + text[lim.end:]
    if info.values is not None:
        at = info.values.start
        return text[:at] + f"LIMIT {max_rows}\n" + text[at:]
    return text + f"\nLIMIT {max_rows}\n"
