"""Phrases around one name that say its kind where the name's own words mislead (issue 10, set
R's kinds; docs/entities.md "Set R's kinds: phrases around a name").

The chain of kg.nlp.entities.kinds.namekinds reads a name's own words early (a head word, a given name,
the gazetteer); on untuned pages a few phrases around the name say more than those words:

- a role noun in an apposition *before* the name ("a striker, Kenji Dorrow, was fired"): a
  person, though no list holds "Kenji" (the role after the name was read already);
- "the government of", "the cabinet of" right before two or three words: a head of government;
- "known as", "called" after a noun: the name takes the noun's kind ("the airport, known here as
  KJTA": a place, though an acronym is an organisation elsewhere);
- competing ("Dorvane competes with Kelmar of Brazil"): both are firms;
- a possessive owner before the name and a site's noun after it ("its Kelvo mine", "Dorvane’s
  Tallow plant"): the site's place, not the firm an employer's noun would make of it;
- a pair "<known city> and <name>" after a preposition ("the workers of Lisbon and Dorrig"): a
  place;
- a firm named for its founders, coordinated with a firm ("Kelmar and Archer Dorrow Tallis"): the
  firm, not a person by its first word;
- a firm's outlet in a place ("a Dorvane store in Kelvia", "the Kelmart supermarket in Tallow"):
  the chain, though a town somewhere bears its name (set S);
- a trade only a firm plies, right after the name ("the Kelvam news agency", "the Dorrow
  supermarket chain"): an organisation, whatever "at the" before it says (set S);
- a compass word in lower case right before the name ("the suburbs of eastern Ghazvo"): a place
  (set S);
- joined by "and" to "the" or "other" and firms' plural noun ("Dorrow and the seed companies
  are …"): a firm, opening a sentence too (set S);
- after a verb of making and "for" ("assembles phones for Kelvatek"): the customer, a firm
  (set S).

The words are data (kg/data/nlp/kinds.toml [phrases], entities.toml `person_roles`,
`organization_apposition`); this module holds only rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.capitals import UPPER

# what closes an apposition after the name: a mark, a dash, a bracket or the text's end
# "The new president, Vojo Kelvanica of the Kelvish Front, …": the body the person belongs to
# may stand between the name and the apposition's close (set AL)
_OF_BODY = re.compile(rf"\s+of\s+the\s+[{UPPER}]")
_CLOSING_MARKS = r"[,.;:)!?]|--|[—–(]"
_CLOSED = re.compile(rf"[ \t]*(?:$|{_CLOSING_MARKS})")
# the same marks, the text's end aside: a possessive's apposition (kg.nlp.entities.kinds.
# ownedappositions) asks for a mark after the name
CLOSED_BY_MARK = re.compile(rf"[ \t]*(?:{_CLOSING_MARKS})")
# a possessive owner right before the name: "its", "their", or a word's "’s" ("Dorvane’s",
# "the firm’s")
_OWNER = re.compile(r"(?:(?<![\w’'-])(?:[Ii]ts|[Tt]heir)|[^\W\d_][\w&.-]*(?:[’']s|s[’']))\s+\Z")
# where `firm_noun` is looked for before a name, and `person_trade`, which overrules it, over the
# same stretch
_FIRM_NOUN_WINDOW = 60
_AND_OR = re.compile(r"\s+(?:and|or)\s+(?:the\s+)?")
# a possessive ("world’s", "Brazil’s") or a superlative ("largest", "second-biggest") in the
# words before a firm's noun: a word of scale
_SCALE = re.compile(r"\w[’']s\s|\w{2,}est\s")
# "a" or "an" and up to two words before a noun: "a camp called …", "an old mining town named …"
_INDEFINITE = re.compile(r"(?<![\w’'-])[Aa]n?\s+(?:[\w’'-]+\s+){0,2}?\Z")
# an initial ("F.", "J") or a particle in lower case: no founder's surname
_INITIAL = re.compile(r"[A-Z]\.?")


def apposition_before(opener: str, word: str = r"[\w’'-]+") -> re.Pattern[str]:
    """"the state oil company, " right before a name: `opener` (an article or a pronoun here,
    a possessive in kg.nlp.entities.kinds.ownedappositions), up to three `word`s and a body's
    noun (kg/data/nlp/entities.toml `organization_apposition`), then the comma. The two
    appositions differ only in what opens them and in the words between."""
    nouns = phrase_pattern(load("entities")["evidence"]["organization_apposition"])
    return re.compile(rf"(?<![\w’'-]){opener}\s+(?:{word}\s+){{0,3}}?(?:{nouns}),\s+\Z")


class Phrases:
    """The cue data of kinds.toml [phrases] compiled once per data folder (see `phrases()`)."""

    def __init__(self) -> None:
        c = load("kinds")["phrases"]
        e = load("entities")
        self._appositions(c, e)
        self._naming(c, e)
        self._rivals(c)
        self._places(c)
        self._schools(c, e)
        self._firm_appositions(c)
        self._firm_nouns(c)
        self._outlets(c)
        self._buyers(c)
        self._times(c)
        self._roads(c)
        self._mines(c)

    def _appositions(self, c: dict, e: dict) -> None:
        """Words before a name that say a person or a body: a role in an apposition
        (entities.toml `person_roles`; `role_before`), a body's noun in one
        (`organization_apposition`; `body_before`), "the government of" (`government_of`)."""
        roles = phrase_pattern(e["person_roles"])
        dets = phrase_pattern(c["role_determiners"])
        # "a striker, ", "the union’s president, ", "one longtime worker, ": up to three words
        # (a possessive among them) between the determiner and the role; the role may say where
        # the person is from ("a young worker from Kelvo, ", "a nurse in Dorra Bay, "; set AJ)
        self.role_apposed = re.compile(rf"(?<![\w’'-])(?i:{dets})\s+(?:[\w’'-]+\s+){{0,3}}?"
                                       rf"(?:{roles})(?P<whence>\s+(?:from|in)\s+(?:[{UPPER}][\w’'-]*\s+){{0,2}}"
                                       rf"[{UPPER}][\w’'-]*)?,\s+\Z")
        # … but after such a town a county's or a parish's word goes on the place ("a farmer from
        # Kelvtown, County Dorra, and …": no person)
        self.place_words = frozenset(e["place_before_title"])
        # "her party, ", "the state oil company, ": the same apposition before a body's name
        # (entities.toml `organization_apposition`; set AD/AE, branch ent48)
        self.body_apposed = apposition_before(rf"(?i:{dets})")
        self.person_of = re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(c["person_of"]) + r")\s+\Z")

    def _naming(self, c: dict, e: dict) -> None:
        """"known as", "called", "named" after a place's, a body's or a person's noun, which
        gives the name after them that noun's kind (`named_as`), or after a name, which gives
        its kind to the short name after (`known_as_after_name`)."""
        roles = phrase_pattern(e["person_roles"])
        places = phrase_pattern(c["known_as_place_nouns"])
        bodies = phrase_pattern(e["evidence"]["organization_apposition"])
        known = phrase_pattern(c["known_as"])
        named = phrase_pattern(c["named"])
        # "the airport, known here as ", "the union (known as ", "a camp called ", "the square,
        # named " (`named_as` asks for the comma or the "a" a verb of naming needs)
        self.known_as = re.compile(
            rf"(?<![\w’'-])(?:(?P<place>{places})|(?P<body>{bodies})|(?P<role>{roles}))"
            rf"(?P<gap>,?\s*\(?)\s*(?:(?P<known>{known})|(?P<named>{named}))\s+(?:the\s+)?\Z")
        # "Kelvane Platinum, known as Kelplats,": the name right before gives its kind (ent38)
        self.name_known_as = re.compile(rf"(?:,\s*|\s*\(\s*)(?:{known})\s+(?:the\s+)?\Z")

    def _rivals(self, c: dict) -> None:
        """Firms among firms: a verb of competing before or after the name (`rival`), and "and
        the … companies" after it (kinds.toml [lists] `org_nouns`; `firm_with_firms`)."""
        rivals = phrase_pattern(c["rival_verbs"])
        self.rival_before = re.compile(r"(?<![\w’'-])(?:" + rivals + r")\s+(?:the\s+)?\Z")
        self.rival_after = re.compile(r"(?:,\s+which\s+|,\s+|\s+)(?:" + rivals + r")\s")
        firms_plural = phrase_pattern(load("kinds")["lists"]["org_nouns"])
        # " and the seed companies", " and other grain firms": up to two words of their trade
        self.with_firms = re.compile(r"\s+(?:and|or)\s+(?:the|other|the\s+other)\s+"
                                     r"(?:[a-z][\w’'-]*\s+){0,2}?(?:" + firms_plural + r")(?![\w’'-])")

    def _places(self, c: dict) -> None:
        """Words around a name that say a place: an owned site's noun after it (`owned_site`), a
        preposition opening a pair with a known town (`place_pair`), a compass word before it
        (`compass_place`), a place's head opening it (`leading_place`)."""
        self.site_after = re.compile(r"\s+(?:" + phrase_pattern(c["owned_site_nouns"]) + r")(?![\w’'-])")
        self.pair_before = re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(c["place_pair_before"])
                                      + r")\s+(?:the\s+)?\Z")
        self.compass_before = re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(c["compass_before"])
                                         + r")[ \t]+\Z")
        self.leading_places = frozenset(c["leading_place_heads"])

    def _schools(self, c: dict, e: dict) -> None:
        """A school's words and adjectives' endings, which let a short name stand for a school's
        full one (`school_short`)."""
        self.school_words = frozenset(c["school_words"])
        self.adjective_endings = tuple(e["adjective_suffixes"])

    def _firm_appositions(self, c: dict) -> None:
        """An apposition after a name that says a firm: a noun of scale (", the world’s
        second-largest maker of") or of a firm another owns (", Kelvo’s U.S. subsidiary,");
        read by `firm_by_scale`."""
        # ", the world’s second-largest maker of", ", Brazil’s biggest exporter": up to four words
        # between the article (or a possessive opening the apposition) and the noun
        self.scale_apposition = re.compile(
            r",\s+(?P<gap>(?:(?:a|an|the|its|their)\s+|[A-Z][\w’'.-]*[’']s\s+)"
            r"(?:(?!(?:at|of|in|on|for|from|with|by|to|and|or)\s)[\w’'-]+\s+){0,4}?)(?:"
            + phrase_pattern(c["scale_nouns"]) + r")(?![\w’'-])")
        # ", Kelvo’s U.S. subsidiary,": the same apposition with a noun for a firm another owns
        self.owned_apposition = re.compile(
            r",\s+(?:(?:a|an|the|its|their)\s+|[A-Z][\w’'.-]*[’']s\s+)"
            r"(?:(?!(?:at|of|in|on|for|from|with|by|to|and|or)\s)[\w’'.-]+\s+){0,3}?(?:"
            + phrase_pattern(c["owned_firm_nouns"]) + r")(?![\w’'-])")
        self.scale_word = re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(c["scale_words"]) + r")(?![\w’'-])")

    def _firm_nouns(self, c: dict) -> None:
        """A firm's noun before the name (`firm_named`) or before the firm "and" pairs it with
        (`firm_paired`), a person's trade that overrules it, and a firm's trade after the name
        (`firm_trade`)."""
        firms = phrase_pattern(c["firm_nouns"])
        # "the Swedish company ", "an energy firm ": one to three words (its trade, its country)
        # between the article and the noun
        self.firm_noun = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Aa]n?)\s+(?:(?!(?:of|for|with|by|at|in)\s)"
                                    r"[A-Za-z][\w’'-]*\s+){1,3}?(?:" + firms + r")\s+\Z")
        # " and the French oil company Kelvo": the name paired by "and" with a firm its noun
        # names (branch ent75)
        self.firm_noun_after = re.compile(r"\s+(?:and|or)\s+(?:[Tt]he|[Aa]n?)\s+"
                                          r"(?:(?!(?:of|for|with|by|at|in)\s)[A-Za-z][\w’'-]*\s+){1,3}?"
                                          r"(?:" + firms + rf")\s+[{UPPER}]")
        # "the crane operator Ana Dorrow": a person's trade before the name, no firm (set AW)
        self.person_trade = re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(c["person_trades_before_name"])
                                       + r")\s+\Z", re.IGNORECASE)
        self.trade_after = re.compile(r"\s+(?:" + phrase_pattern(c["firm_trades_after"]) + r")(?![\w’'-])")

    def _outlets(self, c: dict) -> None:
        """"a Dorvane store in Kelvia": "a"/"an"/"the" before the name, an outlet's noun and "in",
        "at" or "on" and a capitalised word after it (set S; `firm_outlet`)."""
        self.outlet_article = re.compile(r"(?<![\w’'-])(?:[Aa]n?|[Tt]he)\s+\Z")
        self.outlet_after = re.compile(r"\s+(?:" + phrase_pattern(c["outlet_nouns"])
                                       + rf")\s+(?:in|at|on)\s+(?:the\s+)?[{UPPER}]")
        # "a Kelvo Burger on Tallow Avenue", "a Dorrow’s in Kelvin": "a"/"an" before a name, then
        # "in" or "on" and a capital or a number: one of the chain's places (branch cuts41)
        self.branch_article = re.compile(r"(?<![\w’'-])[Aa]n?\s+\Z")
        self.branch_after = re.compile(rf"(?:[’']s)?\s+(?:in|on)\s+[{UPPER}0-9]")

    def _buyers(self, c: dict) -> None:
        """A verb of making, selling or building and what it makes before the name, and the
        names listed before it after "for", "by" or "to": the firms that buy, sell or make the
        goods (`customer`)."""
        # … and a name before in a list after "for" ("for Kelvike and ", "for Kelvike, Dorrow and ")
        name = rf"[{UPPER}][\w’'.-]*(?:\s+[{UPPER}][\w’'.-]*){{0,2}}"
        listed = rf"(?:(?:{name},\s+)*{name},?\s+(?:and|or)\s+)?"
        # "assembles phones for ", "makes computers for ": a verb of making, what is made (one
        # to six words, no sentence's end) and "for"
        self.made_for = re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(c["making_verbs"])
                                   + r")\s+(?:[^\s.;:!?]+\s+){1,6}?for\s+\Z")
        # "makes athletic shoes for ", "sews jeans for Kelvike and ": goods a brand sells (ent42)
        self.goods_for = re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(c["goods_verbs"])
                                    + r")\s+(?:[a-z][\w’'-]*\s+){0,2}?(?:" + phrase_pattern(c["goods"])
                                    + r")\s+for\s+" + listed + r"\Z")
        # "electric cars made by ", "missiles built by Kelvo and ": goods a firm makes (ent48)
        self.goods_by = re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(c["goods"]) + r")\s+(?:"
                                   + phrase_pattern(c["goods_by_verbs"]) + r")\s+by\s+" + listed + r"\Z")
        # "the farms sell to ", "sells its fruit to Kelvita and ": a seller's verb, up to two
        # lower-case words and "to": the buyer (branch ent75)
        self.sold_to = re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(c["selling_verbs"])
                                  + r")\s+(?:[a-z][\w’'-]*\s+){0,2}?to\s+" + listed + r"\Z")

    def _times(self, c: dict) -> None:
        """Holidays and movements named as times, events rather than the places an "at" or "in"
        before them would make (`holiday`, `movement_time`)."""
        self.holidays = frozenset(c["holidays"])
        self.time_heads = frozenset(c["time_heads"])
        self.time_after = re.compile(r"(?:" + phrase_pattern(c["time_after"]) + r")(?![\w’'-])")
        self.time_before = re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(c["time_before"]) + r")\s+\Z")

    def _roads(self, c: dict) -> None:
        """Road heads that are surnames too and the words of standing or moving along a road
        before them, which make the road of the name (`road_on`)."""
        self.guarded_roads = frozenset(c["guarded_road_heads"])
        # "a rally on ", "the store along ": a word of standing or moving along a road
        self.road_before = re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(c["road_before"]) + r")\s+\Z")

    def _mines(self, c: dict) -> None:
        """A mine's noun after the name, its ore between, and what after the noun says the name
        is the site's (`mine_named`)."""
        # " mine", " gold mine", " open-pit mine", " copper project": a mine's noun, its ore between;
        # the site's number may stand first (" no. 3 coal mine": a real 1999 page, real41)
        self.mine_after = re.compile(r"\s+(?:(?:no|No)\.\s*\d+\s+)?(?:(?P<ore>"
                                     + phrase_pattern(c["mine_ores"]) + r")\s+)?(?P<noun>"
                                     + phrase_pattern(c["mine_nouns"]) + r")(?![\w’'-])")
        self.mine_placed = re.compile(r"\s+(?:" + phrase_pattern(c["mine_placed_after"])
                                      + rf")\s+(?:the\s+)?[{UPPER}]")
        self.site_nouns_alone = frozenset(c["site_nouns_alone"])

    def role_before(self, text: str, begin: int, end: int) -> bool:
        """"a striker, Kenji Dorrow, was fired": a role noun in an apposition before the name,
        the apposition closed right after it or after the body the person belongs to ("the new
        president, Vojo Kelvanica of the Kelvish Front,"; the caller leaves out bodies' and
        places' heads)."""
        m = textwindow.before(self.role_apposed, text, begin, 80)
        if m is None or m.group("whence") and text[begin:end].split()[0] in self.place_words:
            return False
        return bool(_CLOSED.match(text, end) or _OF_BODY.match(text, end))

    def body_before(self, text: str, begin: int, end: int) -> bool:
        """"her party, Kelvo-Dorra-KDP.", "the state oil company, Petrokelvo.": a body's noun in an
        apposition before the name, closed right after it (the caller leaves out names a given
        name opens and places the gazetteer knows)."""
        return bool(textwindow.before(self.body_apposed, text, begin, 80)) \
            and bool(_CLOSED.match(text, end))

    def government_of(self, text: str, begin: int) -> bool:
        """"the new government of Hayato Dorrow": a head of government (the caller asks for two
        or three words that no head word, group word or gazetteer place types)."""
        return bool(textwindow.before(self.person_of, text, begin, 40))

    def named_as(self, text: str, begin: int) -> str | None:
        """The kind a noun before "known as", "called" … gives the name after them ("the
        airport, known here as KJTA" → place; "the union, known as Kelvo" → organization; "a
        striker known as Chino" → person), or None."""
        m = textwindow.before(self.known_as, text, begin, 80)
        if m is None or m.group("named") and "," not in m.group("gap") \
                and not textwindow.before(_INDEFINITE, text, m.start(), 40):
            return None  # "the union called Maria Ortiz a scab": a verb of its own
        return "place" if m.group("place") else "organization" if m.group("body") else "person"

    def known_as_after_name(self, text: str, begin: int) -> int | None:
        """Where the name stands that "known as" after a comma or a bracket ties the name at
        `begin` to ("Kelvane Platinum, known as Kelplats": a short name of one thing, whose kind
        is the full name's), or None (set W, branch ent38)."""
        m = textwindow.before(self.name_known_as, text, begin, 40)
        return m.start() if m else None

    def rival(self, text: str, begin: int, end: int) -> bool:
        """"Dorvane competes with Kelmar", "competes with Kelmar of Brazil", "Kelmar, which
        competes with …": one side of a competition between firms."""
        return bool(textwindow.before(self.rival_before, text, begin, 40)
                    or self.rival_after.match(text, end))

    def owned_site(self, text: str, begin: int, end: int) -> bool:
        """"its Kelvo mine", "Dorvane’s Tallow plant": an owner's possessive before the name and
        a site's noun after it: the name is the site's place."""
        return bool(textwindow.before(_OWNER, text, begin, 40)) and bool(self.site_after.match(text, end))

    def firm_by_scale(self, text: str, end: int) -> bool:
        """"Tessaro, the world’s second-largest maker of tractors,", "Kelvo, Brazil’s biggest
        exporter": a firm's noun in an apposition after the name, with a word of scale or a
        possessive before it (a person's trade takes neither: "Maria Ortiz, a sausage maker,")."""
        if self.owned_apposition.match(text, end):
            return True  # "Tessgo, Kelvo’s U.S. subsidiary,": a firm another owns (set U)
        m = self.scale_apposition.match(text, end)
        return m is not None and bool(_SCALE.search(m.group("gap")) or self.scale_word.search(m.group("gap")))

    def firm_named(self, text: str, begin: int) -> bool:
        """"the Swedish company Morgan Dorrow", "an energy firm Kelvin Tallis": a firm's noun
        after an article and at least one word saying its trade or country, right before the
        name: the firm, even where a given name opens the name; "the company Maria Ortiz
        founded" (no such word) stays a person's (`[phrases] firm_nouns`); "the crane operator
        Ana Dorrow" (a machine before the noun: a person's trade, `person_trades_before_name`)
        too."""
        return bool(textwindow.before(self.firm_noun, text, begin, _FIRM_NOUN_WINDOW)) \
            and not textwindow.before(self.person_trade, text, begin, _FIRM_NOUN_WINDOW)

    def firm_paired(self, text: str, end: int) -> bool:
        """"Kelvocal and the Dutch oil company Brenta": a name joined by "and" or "or" to a firm
        that `firm_named`'s noun names right after it: a firm too, the pair's other member
        (branch ent75)."""
        return bool(self.firm_noun_after.match(text, end))

    def firm_outlet(self, text: str, begin: int, end: int) -> bool:
        """"a Dorvane store in Kelvia", "the Kelmart supermarket on Tallow Road": one of a chain's
        outlets, placed in a town the text names apart from the name: the name is the chain's
        (a town's name before "store" would need no other place after it)."""
        return bool(textwindow.before(self.outlet_article, text, begin, 5)) \
            and bool(self.outlet_after.match(text, end))

    def chain_branch(self, text: str, begin: int, end: int) -> bool:
        """"a Kelvo Burger on Tallow Avenue", "a Dorrow’s in Kelvin": an indefinite article before
        a proper name makes it one of many of that name, placed by "in" or "on" after it: one of
        a chain's restaurants or stores, the name the chain's (the caller leaves out head words,
        places and nations' adjectives)."""
        return bool(textwindow.before(self.branch_article, text, begin, 4)) \
            and bool(self.branch_after.match(text, end))

    def firm_trade(self, text: str, end: int) -> bool:
        """"the Kelvam news agency", "Dorrow supermarket chain": a trade only a firm plies, right
        after the name (`[phrases] firm_trades_after`)."""
        return bool(self.trade_after.match(text, end))

    def compass_place(self, text: str, begin: int) -> bool:
        """"eastern Ghazvo", "northern Kelvo": a compass word in lower case right before the
        name says a region of a place (the caller leaves out head words, group words and given
        names)."""
        return bool(textwindow.before(self.compass_before, text, begin, 16))

    def firm_with_firms(self, text: str, end: int) -> bool:
        """"Dorrow and the seed companies are posting profits": the name joined by "and" to "the"
        or "other" and firms' plural noun (kinds.toml [lists] `org_nouns`) is one of them."""
        return bool(self.with_firms.match(text, end))

    def customer(self, text: str, begin: int) -> bool:
        """"assembles phones for Kelvatek", "makes parts for Dorrow": a verb of making, what is
        made and "for" right before the name: the buyer, a firm (the caller leaves out given
        names, places and head words: "makes dinner for Maria Ortiz"); "makes athletic shoes for
        Kelvike and Dorridas": goods a brand sells, every name of the list after "for"; "cars
        made by Kelvo and Dorrow": the goods' makers (`goods_by_verbs`); "the farms sell to Kelvita
        and Dorracol": the buyers (`selling_verbs`, branch ent75)."""
        return bool(textwindow.before(self.made_for, text, begin, 80)) \
            or bool(textwindow.before(self.goods_for, text, begin, 100)) \
            or bool(textwindow.before(self.goods_by, text, begin, 100)) \
            or bool(textwindow.before(self.sold_to, text, begin, 80))

    def holiday(self, label: str) -> bool:
        """"a bonus at Tet", "fired during Ramadan": a holiday's or a feast's whole name
        (`[phrases] holidays`), an event, never the place an "at" or "in" before it would make."""
        return label in self.holidays

    def movement_time(self, text: str, begin: int, end: int, words: list[str]) -> bool:
        """"active in the Kelvo Movement, when dockers shut …", "during the Kelvo
        Movement": a movement's head (`time_heads`) named as a time, an event (branch ent42)."""
        return len(words) > 1 and words[-1] in self.time_heads \
            and (bool(self.time_after.match(text, end))
                 or bool(textwindow.before(self.time_before, text, begin, 24)))

    def road_on(self, text: str, begin: int, words: list[str]) -> bool:
        """"a rally on Kelvin Pike", "the store on Dorrow Row": a road head that is a surname too
        (`guarded_road_heads`) ending a name of two or three words the text puts after a word of
        standing or moving along a road (`road_before`): the road, no person ("Ana Pike said")."""
        return 2 <= len(words) <= 3 and words[-1] in self.guarded_roads \
            and bool(textwindow.before(self.road_before, text, begin, 24))

    def mine_named(self, text: str, end: int) -> int:
        """"the Dorrita gold mine", "the Kelvek mine in Dorrowitz", "the Kelvo Cut terminal": a
        site's noun (`mine_nouns`) right after the name, and what says the name is the site's: an
        ore or a kind between (`mine_ores`), a place or an owner after the noun
        (`mine_placed_after`), or a noun no firm is named by (`site_nouns_alone`). The caller
        asks for "the" before it and leaves out head words and a firm's frame. 2: the words
        before the noun say a site ("the Tía Dorrina copper project": a given name's spelling
        may open it); 1: only what follows the noun does (a given name opening the name says
        more); 0: none."""
        m = self.mine_after.match(text, end)
        if m is None:
            return 0
        if m.group("ore") is not None or m.group("noun") in self.site_nouns_alone:
            return 2  # the words before the noun say a site: a given name's spelling opens it too
        return 1 if self.mine_placed.match(text, m.end()) is not None else 0

    def leading_place(self, words: list[str]) -> bool:
        """"Camp Alliance", "Fort Defiance": a place's head opening a name of two words, or of
        three ("Lake Kelvo Vanni", where the caller asks that no head word end it; ent129)."""
        return 2 <= len(words) <= 3 and words[0] in self.leading_places

    def school_short(self, short: list[str], full: list[str], group: Callable[[str], bool]) -> bool:
        """"Polytechnic", "the Mexican Polytechnic", "the Kelvish Polytechnic" for "National
        Polytechnic Institute": a school's word of the full name ends the short one, and its other
        words are the full name's or adjectives (a group word, an adjective's ending)."""
        if not short or len(full) <= len(short) or short[-1] not in full \
                or short[-1] not in self.school_words:
            return False
        return all(w in full or group(w) or w.endswith(self.adjective_endings) for w in short[:-1])

    def place_pair(self, text: str, begin: int, end: int, typed: list[tuple[int, int, str]]) -> bool:
        """"the workers of Lisbon and Dorrig", "from Dorrig or Porto": the name joined by "and"
        or "or" to a known city or country (`typed`: spans and kinds of the names around),
        after a preposition that opens the pair."""
        for b, e, kind in typed:
            if kind not in ("city", "country"):
                continue
            if e <= begin and _AND_OR.fullmatch(text, e, begin):
                first = b  # the known place opens the pair
            elif b >= end and _AND_OR.fullmatch(text, end, b):
                first = begin
            else:
                continue
            if textwindow.before(self.pair_before, text, first, 20):
                return True
        return False


def founders_firm(words: list[str], is_given: Callable[[str], bool]) -> bool:
    """Three words or four, the first a given name, the others plain capitalised words that are
    no given name and no initial ("Archer Dorrow Tallis"): the shape of a firm named for its
    founders, where a person's middle word is mostly a given name or an initial ("Mary Ann
    Dorrow", "John F. Tallis"). Only a list with a firm makes a firm of it (the caller)."""
    if not 3 <= len(words) <= 4 or not is_given(words[0]):
        return False
    return all(w[:1].isupper() and w[1:].islower() and not is_given(w) and not _INITIAL.fullmatch(w)
               for w in words[1:])


@cached
def phrases() -> Phrases:
    return Phrases()
