"""Evidence with a strength for the kind of a new name (issue 10: types on untuned pages).

`namekinds.name_kind` reads a name's kind from an ordered chain of cues; a few shapes of the paper
recur across pages that chain reads wrong, because a weak reading (a given name opening the
name, a place's head word, "at" before it) comes before what the words around the name say.
This module holds the evidence that outranks those weak readings, each with a strength:

- FIRM frames: the words around a name say a firm employs, is struck or speaks ("workers at
  X", "X workers", "a X plant"): beats a given name and a locative word ("Dorrow Daniels
  Kelmont workers": a firm named for its founders);
- STRONG firm frames ("a X spokesperson", "X management", "X’s bosses"): beat a place's head
  word too ("Kelvo Park management": a firm named like a park);
- list evidence: names in one list share a kind (a plural noun for firms before or after the
  list, or two other names of one kind and none of another);
- an all-capitals word no one knows is an organisation (`[acronyms]`); a name ending in one
  ("Kelvo CCS") too;
- parties named by a short form in a party's frame ("the Liberals", "Labour government");
- capitalised generic terms are no names ("the Labour Code", "a Credit and Service Cooperative").

The registry, a gazetteer that knows the whole name, and the text's person cues (a title, a
role in apposition, a byline) stay stronger than all of these. The words are data
(kg/data/nlp/kinds.toml); this module holds only rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.capitals import UPPER
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.statecodes import state_codes
from kg.nlp.entities.cues.verbs import ends_modifier
from kg.nlp.wordspans import word_spans

NONE, FIRM, STRONG = 0, 1, 2
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_VOWEL = re.compile(r"[AEIOUY]")  # an English word in capitals has one ("NOT", "TRY")
_ACRONYM_WORD = re.compile(rf"[{UPPER}][{UPPER}&]{{1,5}}")  # "DİSK" too
_ARTICLE_BEFORE = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Aa]n?)\s+$")
# where `firm_before` (a firm's cue words and "the") is looked for before a name, wherever a
# name is weighed as a firm
FIRM_WINDOW = 30
# where `venue_meet` (a meeting's words before a venue) is looked for before a name; the venue
# kind rule reads a venue's part over the same stretch
VENUE_WINDOW = 40
_LIST_GAP = re.compile(r"\s*,\s+(?:(?:and|or)\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?")
_LOCATOR = re.compile(r",\s*(?:vol|vols|p|pp|ch|chap|no)\.\s*\d")
_BASICS = re.compile(r"s?\s+of\s+[a-z]")
_NUMBER_AFTER = re.compile(r"\s+(?:No\.\s*)?\d")
# between two names of one list: ", ", " and ", ", and ", " or "
_COORDINATED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")
# a ruling's or a decree's code after its court's initials: a number and a year ("KC 204-15",
# "KC 77/2011"): the initials are the code's, no body's mention (set AG, branch ent51)
_CODE_AFTER = re.compile(r" \d{1,5}[-/]\d{1,4}(?![\w-])")
# the lower-case word right after a name, where a frame's gap word would stand ("X met union …")
_GAP_WORD = re.compile(r"\s+([a-z][a-z’'-]*)\s")
_LAW_NUMBER = re.compile(r"\s+(?:No\.\s*)?\d{1,5}(?:[-/]\d{1,4})?(?![\w-])")


@dataclass(frozen=True)
class Member:
    """A name in the text with its kind and whether that kind may give way to a list's."""

    begin: int
    end: int
    kind: str
    firm: bool  # registry, head word or strong cue: it speaks for the list; else it may yield


_POSTCODE_AFTER = re.compile(r"[ \t]+\d")


class Framing:
    """The cue data of kinds.toml compiled once per process (see `framing()`)."""

    def __init__(self) -> None:
        c = load("kinds")
        self._firm_frames(c["firm"])
        self.place_heads_no_person = set(c["heads"]["place_heads_no_person"])
        self._lists(c["lists"])
        self._acronyms(c["acronyms"])
        self._parties(c["parties"])
        self._venues(c["venues"])
        self.state_codes = set(state_codes().after_town)
        # codes that are firms' legal forms too ("SA": boundaries.toml [firm_of_place] `heads`)
        self.firm_form_codes = self.state_codes & set(load("boundaries")["firm_of_place"]["heads"])
        self._placed(c["placed"])
        self._apposition(c["apposition"])
        self._directory(c["directory"])
        self._platforms(c["platforms"])
        self._generic(c["generic"])

    def _firm_frames(self, firm: dict) -> None:
        """`[firm]`: the words after a name (one lower-case gap word allowed, "X union
        spokesperson") and before it that make an employer of it, in three strengths (`firm_frame`):
        only a firm takes them (`strong_after`), an employer's (`firm_after`, `firm_before`,
        `possessive_after`), or a firm's where a given name opens the name (`people_after`)."""
        gap = r"(?:(?!(?:and|or|the|a|an|of|in|on|at|to|for|by|with)\s)[a-z][a-z-]*\s+)?"
        self.strong_after = re.compile(r"^(?:[’']s?)?\s+" + gap + "(?:" + phrase_pattern(firm["strong_after"])
                                       + r")(?![\w’'-])")
        self.firm_after = re.compile(r"^(?:[’']s?)?\s+" + gap + "(?:" + phrase_pattern(firm["after"])
                                     + r")(?![\w’'-])")
        self.people_after = re.compile(r"^(?:[’']s?)?\s+" + gap + "(?:" + phrase_pattern(firm["after_people"])
                                       + r")(?![\w’'-])")
        owned = phrase_pattern(firm["possessive_after"])
        self.possessive_after = re.compile(r"^[’']s?\s+" + gap + "(?:" + owned + r")(?![\w’'-])")
        self.firm_before = re.compile(r"(?<![\w’'-])(?i:" + phrase_pattern(firm["before"])
                                      + r")\s+(?:the\s+)?$")

    def _lists(self, lists: dict) -> None:
        """`[lists]`: the plural nouns before or after a list of names that make every member a firm
        (`list_before`, `list_after`, `list_after_bare`) or a place (`place_list_before`,
        `place_list_after`), and how many members of one kind carry the rest (`agree`); read by
        `list_kinds`."""
        nouns = phrase_pattern(lists["org_nouns"])
        # "the packers A, B and C", "meat giants A and B": the noun right before the list
        self.list_before = re.compile(r"(?<![\w’'-])(?:[Tt]he|[a-z]+)\s+(?:" + nouns + r"),?\s+$")
        # "The owners, Ada Kelvo and Tomas Dorrow,": a noun naming people as often (`people_nouns`)
        self.people_list_before = re.compile(r"(?<![\w’'-])(?:[Tt]he|[a-z]+)\s+(?:"
                                             + phrase_pattern(lists["people_nouns"]) + r"),?\s+$")
        # "A, B and other grain companies": after the list's last name
        self.list_after = re.compile(r",?\s+(?:and|or)\s+(?:other|many\s+other|several\s+other|"
                                     + _COUNT + r"\s+other)\s+"
                                     r"(?:[a-z-]+\s+){0,2}?(?:" + nouns + r")(?![\w’'-])")
        # "A, B and C airlines", "the A and B unions": a narrower set of plural nouns for bodies
        # right after a list closed by "and"/"or" (not "owners" or "bosses": "A and B owners" are
        # the owners of A and B, people)
        self.list_after_bare = re.compile(r"\s+(?:" + phrase_pattern(lists["org_nouns_after"])
                                          + r")(?![\w’'-])")
        places = phrase_pattern(lists["place_nouns"])
        # "the former U.S. bases A and B": a plural noun for sites right before the list …
        self.place_list_before = re.compile(r"(?<![\w’'-])(?:" + places + r"),?\s+$")
        # … or "A, B and other bases" after its last name, or an apposition the noun closes ("A and
        # B, former U.S. bases,")
        self.place_list_after = re.compile(r",?\s+(?:and|or)\s+(?:other|many\s+other|several\s+other|"
                                           + _COUNT + r"\s+other)\s+"
                                           r"(?:[a-z-]+\s+){0,2}?(?:" + places + r")(?![\w’'-])"
                                           r"|,\s+(?:[\w.’'-]+\s+){0,3}?(?:" + places + r")(?=\s*[,.;:)—–])")
        self.agree = int(lists["agree"])

    def _acronyms(self, acronyms: dict) -> None:
        """`[acronyms]` and works.toml `[abbreviations]`: capitals that are no organisation's
        initials (a unit, a common noun, and statecodes.toml's US and Canadian codes) and a
        standard edition's abbreviations ("LCW"), which `acronym` and `acronym_at` leave out."""
        self.not_acronyms = set(acronyms["not_organizations"]) | state_codes().not_initials
        self.editions = set(load("works").get("abbreviations", {}))

    def _parties(self, parties: dict) -> None:
        """`[parties]`: the short forms of parties (plural after "the", singular in a party's
        frame) and the words after and before them that make the frame; read by `party_spans`."""
        self.plural_parties = set(parties["plural"])
        self.singular_parties = set(parties["singular"])
        self.party_after = _after(parties["singular_after"])
        self.party_after_weak = _after(parties["singular_after_weak"])
        self.party_before = re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(parties["singular_before"])
                                       + r")\s+$")

    def _venues(self, venues: dict) -> None:
        """`[venues]`: a hall's head words, the words before them that say a body or a civic
        building, and a meeting's words before a venue; read by `venue` and `civic_building`."""
        self.venue_heads = set(venues["heads"])
        self.venue_body_words = set(venues["body_words"])
        self.venue_civic_words = set(venues["civic_words"])
        self.venue_civic_owners = set(venues["civic_owners"])
        # "County Justice Center", "City Justice Centre": a civic building named in full
        self.civic_full = re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(venues["civic_owners"]) + r")\s+(?:"
                                     + phrase_pattern(venues["civic_words"]) + r")\s+(?:"
                                     + phrase_pattern(venues["heads"]) + r")(?![\w’'-])")
        self.venue_meet = re.compile(r"(?<![\w’'-])(?i:" + phrase_pattern(venues["meet_before"])
                                     + r")\s+the\s+$")

    def _placed(self, placed: dict) -> None:
        """`[placed]`: the words that put a name where only a place stands (`placed`), a site's
        and a power station's nouns after it (`site_named`, `power_site`), a verb of running a
        site, and the words a bare "at" must not follow (`_bare_at`)."""
        self.placed_before = re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(placed["before"]) + r")\s+$")
        self.placed_not_after = re.compile(r"\s+(?:[a-z-]+\s+)?(?:" + phrase_pattern(placed["not_after"])
                                           + r")(?![\w’'-])")
        self.site_after = re.compile(r"(?:[’']s)?\s+(?:[a-z-]+\s+)?(?:" + phrase_pattern(placed["site_nouns"])
                                     + r")(?![\w’'-])")
        self.site_nouns = {n for n in placed["site_nouns"] if " " not in n}
        self.site_owner_verb = re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(placed["site_owner_verbs"])
                                          + r")\s+$")
        power = phrase_pattern(placed["power_site_nouns"])
        self.power_after = re.compile(r"\s+(?:" + power + r")(?![\w’'-])")
        self.power_after_word = re.compile(r"(?:\s+[A-Z][\w’'-]*)?\s+(?:" + power + r")(?![\w’'-])")
        self.bare_at = re.compile(r"(?<![\w’'-])(?P<word>[\w’'-]+)\s+[Aa]t\s+$")
        self.at_not_after = {w.casefold() for w in placed["at_not_after"]}
        self.at_not_endings = tuple(placed["at_not_after_endings"])

    def _apposition(self, apposition: dict) -> None:
        """`[apposition]`: a settlement's noun in an apposition after the name
        (", an industrial city near …,"); read by `placed_by_apposition`."""
        nouns = phrase_pattern(apposition["place_nouns"])
        # ", an industrial city near Cairo,": up to three words before the noun, then the
        # apposition's end or a preposition
        self.place_apposition = re.compile(
            r",\s+(?:a|an|the)\s+(?:(?!(?:of|at|in|for|with|by|to|on|from|and|or)\s)[\w’'-]+\s+){0,3}?(?:"
            + nouns + r")(?=\s*[,.;:)—–]|\s+(?:of|in|on|near|north|south|east|west|outside|where|that|"
            r"which|whose|with|just|about|some|home|from|across)\b)")

    def _directory(self, directory: dict) -> None:
        """`[directory]`: what follows a town's colon on a directory's line (a number, an
        address's opener, a telephone's word and its digits); read by `directory_town`."""
        openers = phrase_pattern(directory["address_openers"])
        phones = phrase_pattern(directory["phone_words"])
        self.directory_line = re.compile(r":[ \t]+(?:\d|(?:" + openers + r")(?![\w-])|[^\n]*?(?<![\w-])(?:"
                                         + phones + r")[.:]?[ \t]*[(+\d])")

    def _platforms(self, platforms: dict) -> None:
        """`[platforms]`: the words after and before a social network's or a video site's
        name ("a … page", "posted on …"); read by `platform`."""
        self.platform_after = re.compile(r"(?:[’']s)?\s+(?:" + phrase_pattern(platforms["after"])
                                         + r")(?![\w’'-])")
        self.platform_before = re.compile(r"(?<![\w’'-])(?i:" + phrase_pattern(platforms["before"])
                                          + r")\s+$")

    def _generic(self, generic: dict) -> None:
        """`[generic]`: capitalised generic terms that name no one thing: a law's kind, a level
        of government and its body before "elections", a category of body (`category_spans`)."""
        self.laws = set(generic["laws"])
        self.elected_levels = frozenset(generic["elected_levels"])
        self.elected_bodies = frozenset(generic["elected_bodies"])
        self.elected_after = re.compile(r"\s+(?:" + phrase_pattern(generic["elected_after"])
                                        + r")(?![\w’'-])")
        heads = "|".join(map(re.escape, generic["category_heads"]))
        word = r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?"
        self.category = re.compile(rf"(?P<det>\b(?:[Aa]n?|[Tt]he)\s+)?"
                                   rf"(?P<name>(?:{word}\s+(?:(?:and|of)\s+)?)+(?P<head>{heads}))(?![\w’'-])")

    # -- firm frames ----------------------------------------------------------------------------
    def firm_frame(self, text: str, begin: int, end: int, given: bool = False) -> int:
        """STRONG where only a firm takes the words after ("X spokesperson", "X management"),
        FIRM where an employer's words stand around it ("workers at X", "the X plant", "X’s
        shafts"; "X
        workers" only where a given name opens the name, `given`: a town has workers too, a
        person none), NONE otherwise. Where a given name opens the name, a verb between it and
        the noun says a person's clause, no frame: "Dario Kelvan met union leaders" (set AH)."""
        tail = text[end:end + 40]
        if given and (gap := _GAP_WORD.match(tail)) and ends_modifier(gap.group(1)):
            # the words after are the clause's; "workers at X" before it still says a firm
            return FIRM if textwindow.before(self.firm_before, text, begin, FIRM_WINDOW) else NONE
        if self.strong_after.match(tail):
            return STRONG
        if self.firm_after.match(tail) or textwindow.before(self.firm_before, text, begin, FIRM_WINDOW) \
                or self.possessive_after.match(tail) or given and self.people_after.match(tail):
            return FIRM
        return NONE

    def owner_frame(self, text: str, end: int) -> bool:
        """Words after a name that only a firm takes ("X management", "X bosses") or a site's
        owner ("X’s shafts"): a name elsewhere typed a place only by a bare "at" ("out on strike
        at X") is the firm, whose sites the strike is at (branch ent38)."""
        tail = text[end:end + 40]
        return bool(self.strong_after.match(tail) or self.possessive_after.match(tail))

    def initials_fit(self, acronym: str, label: str) -> bool:
        """"United Arab Emirates (UAE)", "Democratic Republic of the Congo (DRC)": the acronym's
        letters are the initials of the name's capitalised words, in order. A short word in lower
        case may give its letter too, as a family name's particle does in a street named for a
        person ("Kelvo de los Dorros Avenue (KDDA)"; set EQ's kind, type48)."""
        initials = "".join(w[0].upper() for w in re.split(r"[\s-]+", label)
                           if w[:1].isupper() or (w.isalpha() and w.islower() and len(w) <= 3))
        it = iter(initials)
        return bool(acronym) and all(ch in it for ch in acronym.replace(".", ""))

    # -- acronyms -------------------------------------------------------------------------------
    def acronym(self, word: str) -> bool:
        """An all-capitals word of 2 to 6 letters that is no state's or province's code, unit,
        common noun in capitals, Roman numeral or common English word in capitals ("NOT"). A
        word of three letters or more with no vowel is no English word set in capitals, however
        often its lower case is written ("KBC", "NHS": the frequency list holds such initials as
        words; set S)."""
        return bool(_ACRONYM_WORD.fullmatch(word)) and word not in self.not_acronyms \
            and not _ROMAN.fullmatch(word) \
            and (not common_words().common(word) or len(word) > 2 and not _VOWEL.search(word))

    def acronym_at(self, text: str, begin: int, end: int) -> bool:
        """`acronym`, and nothing around says it is something else: a standard edition's
        abbreviation (works.toml `[abbreviations]`: "LCW") or a citation's locator after it
        ("(KW, vol. 3, p. 12)"), or "the … of" and a common noun ("the XYZ of politics": the
        idiom of a subject's basics), or a code's number and year after it ("KC 204-15": a
        court's ruling, `code_after`)."""
        return self.acronym(text[begin:end]) and text[begin:end] not in self.editions \
            and not _LOCATOR.match(text, end) and not _BASICS.match(text, end) \
            and not self.code_after(text, end)

    @staticmethod
    def code_after(text: str, end: int) -> bool:
        """A number and a year joined by a hyphen or a slash right after `end` ("… 204-15"):
        initials before it are a ruling's or a decree's code, not a body's short form."""
        return bool(_CODE_AFTER.match(text, end))

    def ends_in_acronym(self, words: list[str]) -> bool:
        """"Kelvo Dorrow CCS", "Tallow UBPC": a name of title-case words that an organisation's
        acronym ends is that organisation (a cooperative named for a person)."""
        return len(words) >= 2 and self.acronym(words[-1]) and not self.state_code(words[-1]) \
            and all(w[:1].isupper() and not w.isupper() for w in words[:-1])

    # -- venues, state codes, places ------------------------------------------------------------
    def venue(self, text: str, begin: int, words: list[str], given: bool) -> bool:
        """"the Ellen Dorrow Centre", "a meeting at the Kelvo Centre": a hall named with
        "Center"/"Centre" is a place where a person's name opens it (`given`) or the text
        meets in it, unless a word before the head says a body ("the Kelvo Workers Center",
        "the Dorrow Medical Center"), "for"/"of" follows the head ("Center for …": the head
        ends no name then) or the head stands alone."""
        if len(words) >= 2 and words[-1] in self.venue_heads and words[-2] in self.venue_civic_words:
            return self.civic_building(text, words)
        if len(words) < 2 or words[-1] not in self.venue_heads or words[-2] in self.venue_body_words:
            return False
        return given or bool(textwindow.before(self.venue_meet, text, begin, VENUE_WINDOW))

    def civic_building(self, text: str, words: list[str]) -> bool:
        """"the Tallow County Justice Center": a county's or a city's word right before the
        civic word (`[venues] civic_owners`, `civic_words`) makes the courts' building of it, a
        place; the two words alone ("a march to Justice Center") are one where the article names
        such a building in full (branch ent42)."""
        if len(words) > 2:
            return words[-3] in self.venue_civic_owners
        return bool(self.civic_full.search(text)) and words[-2] in self.venue_civic_words

    def state_code(self, word: str) -> bool:
        return word in self.state_codes

    def state_code_at(self, text: str, begin: int, end: int) -> bool:
        """"Campsie NSW 2194", "Toronto, ON", "New York, NY 10014": a state's or province's code
        right after a town's title-case name (a comma may stand between), with nothing but a
        postal code, a sign or the line's end after it: the state, a place."""
        if not self.state_code(text[begin:end]):
            return False
        before = textwindow.before(r"(?<![\w’'.-])([A-Z][\w’'.-]*),?[ \t]+$", text, begin, 40, cut=True)
        after = textwindow.after(r"[ \t]*(?:$|[,.;:)\n]|\d|[A-Z]\d|[A-Z]-?\d)", text, end, 6, cut=True)
        return bool(before and not before.group(1).isupper() and after)

    def before_state_code(self, text: str, end: int) -> bool:
        """A name right before a state's code ("Campsie NSW 2194"): a town."""
        m = textwindow.after(r",?[ \t]+([A-Z][A-Za-z.]{1,3})(?![\w’'-])", text, end, 8, cut=True)
        return bool(m) and self.state_code_at(text, m.start(1) + end, m.end(1) + end)

    def state_place(self, text: str, begin: int, end: int, label: str) -> bool | None:
        """The kind's strength where a state's code makes a place of the name, else None: the
        code itself after a town (strong), a one- to three-word name with no head word right
        before a code ("Campsie NSW": weak), or a town and its code read as one name."""
        words = label.split()
        if len(words) == 1 and self.state_code_at(text, begin, end):
            return True
        if len(words) > 1 and self.state_code(words[-1]) \
                and self.state_code_at(text, end - len(words[-1]), end):
            if words[-1] in self.firm_form_codes and not _POSTCODE_AFTER.match(text, end):
                # "Kelvo Motors SA, in which …": a firm's legal form, a state's code only
                # before a postcode ("Dorrow SA 5000"; set DB, branch passA42)
                return None
            return False
        if len(words) <= 3 and self.before_state_code(text, end) and not self.acronym(words[-1]):
            return False
        return None

    def placed_by_apposition(self, text: str, end: int) -> bool:
        """"Kelvo Dorra, an industrial city near Cairo,": a settlement's noun in an apposition."""
        return bool(self.place_apposition.match(text, end))

    def directory_town(self, text: str, begin: int, end: int) -> bool:
        """"Kelvinton: 12 Dorrow St." or "Kelvo: Dorrowgatan 26. Tel: 08-31 69 33." opening a line
        of a directory, or after its state's or country's heading in capitals ("OHIO: Kelvinton:
        12 Dorrow St."): the town before the colon."""
        line = text.rfind("\n", 0, begin) + 1
        opens = begin == line or bool(_HEADING_BEFORE.fullmatch(text, line, begin))  # "OHIO: Kelvinton:"
        return opens and bool(self.directory_line.match(text, end))

    def platform(self, text: str, begin: int, end: int) -> bool:
        """"posted on Kelvbook", "a Kelvbook page": a social network or a video site, a firm."""
        return bool(self.platform_after.match(text, end)
                    or textwindow.before(self.platform_before, text, begin, 30))

    def dateline_town(self, word: str, datelines: list[str]) -> bool:
        """"Lorain" opening a sentence under "LORAIN, Ohio—": the town the page's or an item's
        dateline names in capitals, written in title case: that place (a sentence opener is
        otherwise a name only as a short form the article gave)."""
        return any(d.split(",")[0].strip().title() == word for d in datelines if d)

    def placed(self, text: str, label: str) -> bool:
        """The article puts `label` after a word that says only a place somewhere ("textile
        workers in Mahalla", "buses from Shubra el-Kheima"), with no "the" between and no
        firm's noun after it ("jobs in Walmart stores"): a town, whatever an employer's frame
        says elsewhere ("workers at Mahalla", "the Mahalla mill")."""
        for b, e in word_spans(text, label):
            if textwindow.before(self.placed_before, text, b, 20) \
                    and not self.placed_not_after.match(text, e) \
                    and not textwindow.after(r"[ \t]+[A-Z]", text, e, 2, cut=True):
                return True
        return False

    def site_head(self, word: str) -> bool:
        """"Mine", "Works", "Colliery": a site's noun capitalised as a name's head."""
        return word.lower() in self.site_nouns

    def site_named(self, text: str, label: str) -> bool:
        """The article puts `label` before a site's noun that a place names ("the Kelvo mine",
        "the Dorrow works"; `[placed] site_nouns`)."""
        return any(self.site_after.match(text, e) for b, e in word_spans(text, label))

    def power_site(self, text: str, end: int) -> bool:
        """"the Kelvo Daiichi nuclear plant", "the Dorrow power station": a power station's noun
        right after the name, which names the site for its place (`[placed] power_site_nouns`)."""
        return bool(self.power_after.match(text, end))

    def power_site_named(self, text: str, label: str) -> bool:
        """The article writes `label` before a power station's noun, alone or with one
        capitalised word between ("Kelvo" in "the Kelvo Daiichi nuclear plant"), and nowhere in
        a frame only a firm takes ("Kelvo management", "Kelvo’s executives"): "the Kelvo plant",
        "workers at Kelvo" elsewhere are that site, a place, not a firm (branch ent40)."""
        spans = word_spans(text, label)
        if any(self.strong_after.match(tail) for tail in (text[e:e + 40] for b, e in spans)):
            return False
        return any(self.power_after_word.match(text, e) for b, e in spans)

    def firm_only_frame(self, text: str, label: str) -> bool:
        """The article puts `label` somewhere in a frame only a firm takes ("Kelvek management",
        "the Kelvek plant", "Kelvek’s executives", "workers at Kelvek" with no noun after it): a
        mine's noun after it elsewhere names the firm's site, not a place of that name (ent42)."""
        for b, e in word_spans(text, label):
            tail = text[e:e + 40]
            if self.strong_after.match(tail) or self.firm_after.match(tail):
                return True
            # "workers at Kelvek"; not "a strike against the Kelvek copper project" (the frame
            # is the noun's where a lower-case word goes on with it)
            if not re.match(r"[ \t]+[a-z]", tail) \
                    and textwindow.before(self.firm_before, text, b, FIRM_WINDOW):
                return True
        return False

    def site_place(self, text: str, label: str) -> bool:
        """A mine or works named for its place: the article puts `label` before a site's noun
        ("the Kelvo mine"), and elsewhere where only a place stands (`placed`) or after a bare
        "at" ("the explosion at Kelvo": not "workers at", "jobs at", "the strike at", which a
        firm takes as often), and nowhere in a frame only a firm takes ("Kelvo management",
        "the Kelvo plant", "Kelvo’s bosses"): the place, not the firm the site's frame made of
        it (branch ent26). After a verb of running it ("which runs Kelvo") the owner is another
        firm and the name its site (set AB, branch ent46)."""
        spans = word_spans(text, label)
        if any(self.strong_after.match(tail) or self.firm_after.match(tail)
               for tail in (text[e:e + 40] for b, e in spans)):
            return False
        if not any(self.site_after.match(text, e) for b, e in spans):
            return False
        return self.placed(text, label) or any(self._bare_at(text, b, e) for b, e in spans) \
            or any(textwindow.before(self.site_owner_verb, text, b, 20) for b, e in spans)

    def _bare_at(self, text: str, begin: int, end: int) -> bool:
        """"the blast at Kelvo", "At Kelvo, …": "at" right before the name, after a word that
        makes no employer's frame of it, and no firm's noun or capitalised word after it."""
        m = textwindow.before(self.bare_at, text, begin, 40)
        if m is None and not textwindow.before(_OPENING_AT, text, begin, 12):
            return False
        if m is not None:
            word = m.group("word").casefold()
            if word in self.at_not_after or word.endswith(self.at_not_endings) \
                    or textwindow.before(self.firm_before, text, begin, FIRM_WINDOW):
                return False
        return not self.placed_not_after.match(text, end) \
            and not textwindow.after(r"[ \t]+[A-Z]", text, end, 2, cut=True)

    # -- parties --------------------------------------------------------------------------------
    def party_spans(self, text: str, begin: int, end: int) -> list[tuple[int, int]]:
        """Short forms of parties in text[begin:end] that the words around make the party:
        a plural after "the" ("the Liberals"), a singular in a party's frame ("Labour
        government", "Labour-run", "voted Labour"). Never glued to another capitalised word
        ("New Labour Left", "Liberals Abroad")."""
        out: list[tuple[int, int]] = []
        for forms, plural in ((self.plural_parties, True), (self.singular_parties, False)):
            for form in forms:
                if text.find(form, begin, end) < 0:
                    continue  # the form is not in the region: no pattern to run (most forms)
                # a possessive's "’s" may follow ("headed by Labour’s Jane Doe"); another
                # apostrophe glues a word on
                rx = re.compile(r"(?<![\w’'-])" + re.escape(form) + r"(?![\w])(?![’'](?!s(?![\w’'-])))")
                for m in rx.finditer(text, begin, end):
                    b, e = m.span()
                    # a capitalised frame word after a singular is its frame, no longer name
                    # ("the Labour MP for Kelvo"; "New Labour Left" stays glued)
                    framed = not plural and self.party_after.match(text, e)
                    if _glued_before(text, b) or not framed and _glued_after(text, e):
                        continue
                    if plural and textwindow.before(r"(?<![\w’'-])[Tt]he\s+$", text, b, 5, cut=True):
                        out.append((b, e))
                    elif not plural and (self.party_after.match(text, e)
                                         or textwindow.before(self.party_before, text, b, 12)
                                         and self.party_after_weak.match(text, e)):
                        out.append((b, e))
        return sorted(out + self._shared_the(text, begin, end, out))

    def _shared_the(self, text: str, begin: int, end: int,
                    found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """"the Conservatives and Liberal Democrats": a plural short form right after "and",
        "or" or a comma that follows a party found after "the" shares that "the" (sets AP/AQ,
        branch ent67); each one found so lets the next in the list join."""
        plurals = [m.span() for form in self.plural_parties if text.find(form, begin, end) >= 0
                   for m in re.finditer(r"(?<![\w’'-])" + re.escape(form) + r"(?![\w’'])",
                                        text[:end]) if m.start() >= begin]
        out: list[tuple[int, int]] = []
        ends = {e for (_b, e) in found}
        for b, e in sorted(plurals):
            if (b, e) in found or _glued(text, b, e):
                continue
            if any(_COORDINATED.fullmatch(text[pe:b]) for pe in ends if pe < b):
                out.append((b, e))
                ends.add(e)
        return out

    # -- generic terms --------------------------------------------------------------------------
    def generic_law(self, text: str, end: int, label: str) -> bool:
        """"the Labour Code", "a Decree-Law": a law's kind alone, no number after it."""
        return label in self.laws and not _NUMBER_AFTER.match(text, end)

    def generic_elected_body(self, text: str, end: int, label: str) -> bool:
        """"the District Council elections": a level of local government and a body's head word
        before "elections" name the elections of every such body, no one body."""
        words = label.split()
        return len(words) == 2 and words[0] in self.elected_levels and words[1] in self.elected_bodies \
            and bool(self.elected_after.match(text, end))

    def law_number(self, text: str, end: int, label: str) -> int:
        """Where the number after a law's kind ends ("Decree-Law 259", "Decree No. 4"), or 0."""
        m = _LAW_NUMBER.match(text, end)
        return m.end() if label in self.laws and m else 0

    def category_spans(self, text: str, begin: int, end: int) -> list[tuple[int, int]]:
        """"the Credit and Service Cooperatives", "a Credit and Service Cooperative": a category
        of body in capitals, every word common English, plural or after "a"/"an"."""
        out = []
        for m in self.category.finditer(text, begin, end):
            words = [w for w in m.group("name").split() if w not in ("and", "of")][:-1]
            det = (m.group("det") or "").strip().lower()
            plural = m.group("head").endswith("s")
            if words and all(common_words().common(w) for w in words) and (plural or det in ("a", "an")):
                out.append((m.start("name"), m.end("name")))
        return out

    # -- lists ----------------------------------------------------------------------------------
    def list_kinds(self, text: str, members: list[Member]) -> dict[tuple[int, int], str]:
        """Names in one list (commas, "and", "or") share a kind: every member of a list after a
        plural noun for firms ("the packers A, B and C") or before one ("A, B and other grain
        companies", "A, B and C airlines") is an organisation; after or before a plural noun
        for sites ("the former bases A and B", "the states of A and B", "A, B and other camps")
        a place; else a member whose kind may yield
        takes the kind that at least `agree` other members hold firmly when no firm member holds
        another. Returns the members that change, by span."""
        out: dict[tuple[int, int], str] = {}
        ordered = sorted(members, key=lambda m: (m.begin, -m.end))
        i = 0
        while i < len(ordered):
            group = [ordered[i]]
            while i + 1 < len(ordered) and _LIST_GAP.fullmatch(text[group[-1].end:ordered[i + 1].begin]):
                group.append(ordered[i + 1])
                i += 1
            i += 1
            # "Texas City, Texas, and the Kelvane refinery": a town's state after its comma is
            # where the town is, no member of its own (branch ent22)
            group = [m for k, m in enumerate(group) if not (
                k and m.kind in _PLACE_KINDS and group[k - 1].kind in _PLACE_KINDS
                and text[group[k - 1].end:m.begin] == ", " and text[m.end:m.end + 1] == ",")]
            first, last = group[0], group[-1]
            after = bool(self.list_after.match(text, last.end)  # "A, B and other … companies"
                         or self.list_after_bare.match(text, last.end))  # "A, B and C airlines"
            sites_after = bool(self.place_list_after.match(text, last.end))  # "A, B and other bases"
            if len(group) < 2 or not (after or sites_after
                                      or re.search(r"\b(?:and|or)\s", text[group[-2].end:last.begin])):
                continue  # no "and" or "or" closes it: an address, a dateline, a caption's names
            org_list = after or bool(textwindow.before(self.list_before, text, first.begin, 40))
            if org_list and not after and all(m.kind == "person" for m in group) \
                    and textwindow.before(self.people_list_before, text, first.begin, 40):
                continue  # "The owners, Ada Kelvo and Tomas Dorrow,": people, the noun theirs
            place_list = not org_list and (sites_after or bool(
                textwindow.before(self.place_list_before, text, first.begin, 40)))
            for m in group:
                if m is first and m.kind in _PLACE_KINDS \
                        and textwindow.before(_PLACED_AFTER_NAME, text, m.begin, 60):
                    continue  # "the Dockers Union in Kelvo, the Engineers Union and …": where the
                    # name before it is, no member of the list after it (branch ent22)
                if org_list:
                    if m.kind != "organization" and not m.firm:
                        out[(m.begin, m.end)] = "organization"
                    continue
                if place_list:  # "the former bases Kelvo and Subic": sites, the gazetteer's kind kept
                    if m.kind not in _PLACE_KINDS and not m.firm:
                        out[(m.begin, m.end)] = "place"
                    continue
                if m.firm:
                    continue
                kinds = [o.kind for o in group if o is not m and o.firm]
                for kind in set(kinds):
                    if kinds.count(kind) >= self.agree and all(_same(k, kind) for k in kinds) \
                            and not _same(m.kind, kind):
                        # a list of towns says a place, not which kind the gazetteer would
                        out[(m.begin, m.end)] = "place" if kind in _PLACE_KINDS else kind
        return out


_PLACE_KINDS = ("country", "city", "place")
# a count before "other" closing a list ("A, B and four other hospitals", "… and 12 other
# firms"): the members counted are of the noun's kind as after "several other" (type48)
_COUNT = (r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of|"
          r"a\s+few|a\s+handful\s+of)")
# a capitalised word, then "in", "at" or "near" right before a list's first member: the place
# of the name before it ("the Dockers Union in Kelvo, the Engineers Union and …")
_PLACED_AFTER_NAME = re.compile(r"(?:[A-Z][\w’'.&-]*|\d+)\s+(?:in|at|near)\s+\Z")
# "At" opening a sentence or a line ("… in 1990. At Kelvo, …")
_OPENING_AT = re.compile(r"(?:(?<=[.!?:;”\"])\s+|(?<=\n)[ \t]*|^)At\s+$")
# a directory's state or country heading run in before its towns: "OHIO: ", "NEW ZEALAND: "
_HEADING_BEFORE = re.compile(r"[A-Z][A-Z.’' -]{1,30}:[ \t]+")


def _same(a: str, b: str) -> bool:
    return a == b or a in _PLACE_KINDS and b in _PLACE_KINDS


_OPENERS = {"The", "A", "An", "And", "But", "Or", "Under", "By", "For", "With", "When", "If", "As"}


def _after(words: list[str]) -> re.Pattern[str]:
    """Words right after a name: a sign glued to it ("-run", ",", "’s") or a word after a space."""
    alts = [re.escape(w) if not w[:1].isalpha() else r"\s+" + re.escape(w)
            for w in sorted(words, key=len, reverse=True)]
    return re.compile(r"(?:" + "|".join(alts) + r")(?![\w])")


def _glued(text: str, b: int, e: int) -> bool:
    """A capitalised word right before or after, one space away: part of a longer name
    ("New Labour Left"); an article or conjunction opening the sentence is none ("The Liberals")."""
    return _glued_before(text, b) or _glued_after(text, e)


def _glued_before(text: str, b: int) -> bool:
    """A capitalised word right before, no opener and no possessive ("Dorrow’s Labour MP": the
    town's member, no longer name)."""
    before = textwindow.before(r"([A-Z][\w’'.-]*) \Z", text, b, 30, cut=True)
    return bool(before and before.group(1) not in _OPENERS and not re.search(r"[’']s\Z", before.group(1)))


def _glued_after(text: str, e: int) -> bool:
    return bool(textwindow.after(r" [A-Z]", text, e, 2, cut=True))


def article_before(text: str, begin: int) -> bool:
    """"the", "a" or "an" right before `begin`."""
    return bool(textwindow.before(_ARTICLE_BEFORE, text, begin, 5))


@cached
def framing() -> Framing:
    return Framing()
