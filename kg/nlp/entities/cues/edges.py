"""Where a name's edges lie on untuned pages: words glued to a name by position that are no
part of it, and words that are (kg/data/nlp/boundaries.toml [edges]).

- A preposition or function word opening a sentence is capitalised by its place alone: it is no
  part of the name after it ("Across North America" → "North America"). The common ones
  ("The", "In", "Against") are kg/data/nlp/entities.toml `function_words`, dropped wherever a
  run starts; these (`sentence_openers`) only at a sentence's start, since mid-sentence some open
  a name ("Beyond Meat", "Upon Reflection").
- A state's head before "of" and a registry country is one place, the country's long name
  ("Republic of Ireland", "Kingdom of Kelvia"): the head alone names nothing and the country is
  part of the longer form.
- A compass abbreviation before a registry state or region makes a region of it, as a compass
  word does ("NE Pennsylvania" as "Northeastern Pennsylvania").
- A verb in its base form opening a demand, a slogan or a headline (`imperatives`: "· Stop
  Kelvane Foods from closing the plant!", "Support Kelvin Mercy nurses’ fight") is no part of
  the name after it (branch ent25); a point's mark (`point_marks`: "·", "•") opens a sentence
  (kg.nlp.entities.spans.textspan).
- A prefix glued by a hyphen before a country (`glued_prefixes`: "All-Kelvia Federation of
  Trade Unions") makes one word of both: the country alone is no name there (set S, ent30).
- A registry place glued before a registry party's name that is no party of that place opens
  another party's name (`party_name_heads`: "the Kelvia Democratic Party"; set S, ent30).
- A registry city before a word for its common land (`town_greens`: "Kelvin Common") is one
  place, the green: the word alone names nothing and the city is its name's part.
- A region's head before "of" and a state or province (`region_heads`: "the Dorrow Valley of
  Queensland") ends the region's name: the state is a place of its own, where the region lies.
- A "?" ending a sentence that opens with no question word or auxiliary ("We sold the book Who
  Pays?") is the title's own mark: the sentence asks nothing (`question_openers`; branch ent17).
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load


@cached
def _edges() -> dict:
    return load("boundaries")["edges"]


def sentence_opener(word: str) -> bool:
    """A preposition or function word no name opens with at a sentence's start ("Across")."""
    return word in _edges()["sentence_openers"]


def imperative(word: str) -> bool:
    """A verb in its base form that opens a demand or a slogan ("Bring", "End", "Stop",
    `imperatives`): at a sentence's start it is no name's first word (branch ent25)."""
    return word in _edges()["imperatives"]


def glued_prefix(text: str, pos: int) -> bool:
    """A prefix and a hyphen (`glued_prefixes`: "All-") end just before `pos`, opening the word
    ("All-Kelvia"): the word after the hyphen is no registry name of its own."""
    return any(text.endswith(p, max(0, pos - len(p)), pos)
               and (pos == len(p) or not text[pos - len(p) - 1].isalnum())
               for p in _edges()["glued_prefixes"])


def party_name_head(word: str) -> bool:
    """A party's head word ("Party", `party_name_heads`): a registry place before a registry
    party so named opens another party's name ("the Kelvia Democratic Party"; set S, ent30)."""
    return word in _edges()["party_name_heads"]


def body_of_name(label: str) -> bool:
    """A registry body's name "<head> of …" ("Federation of Kelvish Women", `body_of_heads`): a
    registry place glued before it opens another body's name (set BB, branch ent83)."""
    words = label.split()
    return len(words) > 2 and words[0] in _edges()["body_of_heads"] and words[1] == "of"


def town_green(word: str) -> bool:
    """A town's common land named after it ("Common", `town_greens`): after a registry city it
    is one place with the city's name ("Kelvin Common"; set S, ent30)."""
    return word in _edges()["town_greens"]


def region_head(word: str) -> bool:
    """A region's head ("Valley", `region_heads`): "of" and a state the gazetteer knows after
    it ("the Dorrow Valley of Queensland") is where the region lies, two places (set S, ent30)."""
    return word in _edges()["region_heads"]


def state_head(words: list[str]) -> bool:
    """The words before "of" end in a state's head ("Republic", "People’s Republic", "Grand
    Duchy")."""
    heads = _edges()["state_heads"]
    return any(" ".join(words[-len(h.split()):]) == h for h in heads)


def land_state_head(words: list[str]) -> bool:
    """The words before "of" end in a head of a state proclaimed on a land that is no country
    ("Republic" of "the Republic of Texas"; `land_state_heads`, fewer than `state_heads`)."""
    heads = _edges()["land_state_heads"]
    return any(" ".join(words[-len(h.split()):]) == h for h in heads)


def compass_abbreviations() -> list[str]:
    """"NE", "SW", "N.E.": compass abbreviations before a state or region."""
    return list(_edges()["compass_abbreviations"])


_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)(?=\S)")


def asks(text: str, at: int) -> bool:
    """Does the sentence holding offset `at` ask (open with a question word or an auxiliary,
    `question_openers`: "Did you read Who Pays?", "Why …")? Its last "?" is then its own."""
    starts = [m.end() for m in _SENTENCE_START.finditer(text, max(0, at - 400), at)]
    b = starts[-1] if starts else max(0, at - 400)
    first = re.match(r"[“\"‘]?([^\W\d_]+)", text[b:at])
    return first is not None and first.group(1) in _edges()["question_openers"]
