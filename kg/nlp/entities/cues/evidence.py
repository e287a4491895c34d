"""Evidence that types a new name, and what makes a name junk (issue 10 §3).

kg.nlp.entities.names finds capitalised runs the registry does not know; this module says what the
text and the gazetteers tell about one of them:
  - a speaker: a speech verb right before or after the name ("said Maria Ortiz", "Maria Ortiz
    said"), "according to Maria Ortiz"; an age or a life span right after it ("Maria Ortiz,
    42,", "Ana Beltran (1901-1975)") → person (strong: beats a head word elsewhere);
    never right after "the" ("a cook at the Tarlton Grandview, said": a workplace);
  - "administration" or "presidency" after it ("the Pendergrove administration") → person;
    "the regime of", "dictator" before it, "regime", "dictatorship" after it → person (weak);
  - a newspaper whose last word is a common noun ("Star", "Mail", "Worker"): a day-part opening
    it, or "the" and a paper's words around it ("told the Kelvin Sun") → periodical;
  - a given name opening a name of two to four words ("Maria Ortiz", "Moisés Sío Wong"), or
    two hyphenated syllables ending it ("Chung Hye-jin") → person (weak);
  - "the fascist …", "a leader of the …", "a member of …", "a group called …" before it,
    "its" after one verb or "went bankrupt" after it, "-owned" glued to it, a brand-like
    word ("KelCorp") → organisation (weak);
  - "the Southwest" → place; after "the", a name ending in a city → a building (weak);
  - the gazetteer knows the whole name ("Omaha", "Busan", "Equatorial Guinea") → city,
    country or place (weak);
  - an employer's context: "workers at", "a strike against", "employed by" before it, or
    "plant", "bosses", "management" after it → organisation (weak);
  - a locative word right before it ("in Omaha", "near Tar Heel", "at Brindlecote", "from
    Tallowmere") → place (weakest);
and when a name is junk: a page or section label ("Years Ago"), a lone head word or common
noun ("Union", "Position", "St."), a word the article also writes in lower case ("Unit" in a
heading of an article about a unit), or a run in capitals that is no dateline and no name
("PHOTO CREDIT").
The words are data (kg/data/nlp/entities.toml [evidence], [junk], [gazetteer]; quotes.toml's
speech verbs); this module holds only rules.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern, words
from kg.nlp.entities.cues.capitals import UPPER
from kg.nlp.entities.cues.gazetteer import Gazetteer, fold, gazetteer

_HYPHEN_GIVEN = re.compile(r"([A-Z][a-z]{1,6})-([a-z]{1,6})")
_THE_BEFORE = re.compile(r"(?<![\w’'-])[Tt]he\s+$")
_THE_WINDOW = 5  # "the" and the space or two before a name: where _THE_BEFORE is looked for
# where `organization_noun` and `organization_noun_bare` are looked for before a name: the two
# forms of one cue (with an article, or bare after words of trade), read over the same stretch
_ORG_NOUN_WINDOW = 60
# where `government_after` is looked for after a name ("administration", "regime"), by the
# ruler and the ruling party alike
_GOVERNMENT_WINDOW = 20
# a family name a lower-case particle opens, glued by a hyphen ("al-Kelvani", "el-Dorra"): a
# capitalised word of the name as "Kelvani" is (branch ent75)
_PARTICLED = re.compile(r"[a-z]{1,4}-[A-Z][\w’'-]*$")
# "the 1989–90 Kelvane strike": a strike's year or span of years between "the" and its firm
# (sets AH/AI, branch ent54)
_THE_YEARS_BEFORE = re.compile(r"(?<![\w’'-])[Tt]he\s+(?:1[6-9]|20)\d\d(?:[–—-]\d{2,4})?\s+$")
_NAME = r"(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+(?:the\s+)?|&\s+)?[A-Z][\w’'.&-]*)*"
# names parted by commas, "and", "or", up to the one being typed: "A, B and the "
_NAME_LIST = re.compile(rf"(?:{_NAME}(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*(?:the\s+)?")
# white space that holds at most one line break: no blank line between two paragraphs or a
# headline and its deck
_IN_PARAGRAPH = r"(?=\s)[^\S\n]*\n?[^\S\n]*"
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]*(?![\w’'-])")
# "Aristide’s ", "Dorrow’s ": a capitalised possessor right before a name (`ruler_party`)
_POSSESSOR_BEFORE = re.compile(rf"(?<![\w’'.-])([{UPPER}][\w.-]*(?:\s+[{UPPER}][\w.-]*)?)[’']s\s+\Z")

class Evidence:
    """The cue data compiled once per process (see `evidence()`)."""

    def __init__(self) -> None:
        c = load("entities")
        ev, junk = c["evidence"], c["junk"]
        self._people(c, ev)
        self._organizations(c, ev)
        self._places(ev)
        self._periodicals(ev)
        self._junk(c, junk)
        self.gazetteer: Gazetteer = gazetteer()

    def _people(self, c: dict, ev: dict) -> None:
        """The cues of who a name is a person by: a speech verb, an age, a ruler's or a government's
        noun, a list of people, a given name's spelling."""
        # abbreviated given names that open a person's name ("Md.", "Mst.")
        self.given_abbreviations = frozenset(c["given_name_abbreviations"])
        verbs = phrase_pattern(words("quotes", "speech_verbs"))
        before = phrase_pattern(list(ev["speaker_before"]))
        # a speech verb and the name in one paragraph: a headline's last word ("… be charged")
        # says nothing of the deck's first name under it (branch ent22)
        self.speaker_before = re.compile(rf"(?<![\w’'-])(?:{verbs}|{before}),?{_IN_PARAGRAPH}\Z",
                                         re.IGNORECASE)
        # "He wrote Kelvo Farm": a verb of writing after its own subject, the name its object
        self.written_after_subject = re.compile(
            r"(?<![\w’'-])(?:" + phrase_pattern(list(ev["subject_words"])) + r")\s+(?:"
            + phrase_pattern(list(ev["written_after_subject"])) + r")\s+\Z", re.IGNORECASE)
        self.speaker_after = re.compile(rf"^,?{_IN_PARAGRAPH}(?:{verbs})(?![\w’'-])", re.IGNORECASE)
        self.speaker_object_before = re.compile(
            r"(?<![\w’'-])(?:" + phrase_pattern(list(ev["speaker_object_before"])) + r")\s+\Z")
        self.person_after = [re.compile(p) for p in ev["person_after"]]
        # "the Harlan administration’s plan", "the Kelvano regime's army": the noun may be
        # possessive (a real 2012 page's "the <Surname> administration’s …" left
        # the surname to the gazetteer, a town abroad)
        self.person_noun_after = re.compile(r"^\s+(?:" + phrase_pattern(list(ev["person_noun_after"]))
                                            + r")(?:[’']s)?(?![\w’'-])")
        self.ruler_after = re.compile(r"^\s+(?:" + phrase_pattern(list(ev["ruler_noun_after"]))
                                      + r")(?:[’']s)?(?![\w’'-])")
        # "the Kelvano government", "the Kelvano cabinet’s budget"
        self.government_after = re.compile(r"^\s+(?:" + phrase_pattern(list(ev["government_noun_after"]))
                                           + r")(?:[’']s)?(?![\w’'-])")
        self.government_adjective = tuple(ev["government_adjective_endings"])
        self.ruler_before = re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(list(ev["ruler_before"]))
                                       + r")\s+$", re.IGNORECASE)
        # "opposition figures including Tarik Dorrabad": a plural noun for people and the cue,
        # the name right after them (`person_listed`)
        self.person_list = re.compile(
            r"(?<![\w’'-])(?:" + phrase_pattern(list(ev["person_list_nouns"]))
            + r"),?\s+(?:such\s+as|like|including|among\s+them)\s+$")
        self.hyphen_not_given = set(ev["hyphen_not_given_openers"])

    def _organizations(self, c: dict, ev: dict) -> None:
        """The cues of what says a body or a firm: an employer's context, a group noun, an
        organisation's noun or list before the name, a brand's spelling."""
        self.employer_before = re.compile(r"(?<![\w’'-])" + phrase_pattern(list(ev["employer_before"]))
                                          + r"\s+(?:the\s+)?$", re.IGNORECASE)
        gap = int(ev["employer_after_gap"])
        # "grain" ("the Dorrow grain terminal"), or an acronym ("Dorrowton’s KLX division": the
        # firm's unit by its initials; set AV, branch ent76)
        modifier = r"(?!(?:and|or|the|a|an|of|in|on|at|to|for|by|with)\s)(?:[a-z][a-z-]*|[A-Z]{2,5})\s+"
        self.employer_after = re.compile(rf"^[’']?s?\s+(?:{modifier}){{0,{gap}}}(?:"
                                         + phrase_pattern(list(ev["employer_after"])) + r")(?![\w’'-])")
        self.officer_after = re.compile(r"^\s+(?:" + phrase_pattern(list(ev["officer_after"]))
                                        + r")(?![\w’'-])")
        self.strike_after = re.compile(r"^(?:[’']s)?\s+(?:" + phrase_pattern(list(ev["strike_after"]))
                                       + r")(?![\w’'-])")
        self.group_after = re.compile(r"^\s+(?:" + phrase_pattern(list(ev["group_nouns_after"]))
                                      + r")(?![\w’'-])")
        # the words that may follow a name that ends its noun phrase ("the X in …", "the X and …")
        self.phrase_enders = {w.lower() for w in c["function_words"] if w.isalpha()}
        self.organization_before = re.compile(
            r"(?<![\w’'-])" + phrase_pattern(list(ev["organization_before"])) + r"\s+$", re.IGNORECASE)
        nouns = phrase_pattern(list(ev["organization_apposition"]) + list(ev["organization_noun_before"]))
        # "the Islamic organization Nahdlatul", "the grid operator Dorrenergo": case-sensitive;
        # a word may hold full stops ("the U.S. company Dorrtel"; sets AP/AQ, branch ent67)
        self.organization_noun = re.compile(
            r"(?<![\w’'-])(?:[Tt]he|[Aa]n?)\s+(?:[A-Za-z][\w’'.-]*\s+){0,3}?(?:" + nouns + r")\s+$")
        # "workers at aircraft maker Kelvane": a firm's noun with no article, after one or two
        # words that say its trade (lower case, or opening the sentence: "Retail giant X"; no
        # function word among them)
        bare = phrase_pattern(list(ev["organization_noun_bare"]))
        self.organization_noun_bare = re.compile(
            r"(?<![\w’'-])(?:(?!(?i:the|a|an|at|of|for|with|by|to|from|in|on|and|or|said|says|told|is|was)\s)"
            r"[A-Za-z][a-z’'-]*\s+){1,2}(?:" + bare + r")\s+$")
        # "grain monopolies like Korvex and Lawrence Tillman Dane": a plural noun for firms or
        # bodies, "like" / "such as" / "including", then a list of names up to this one
        self.organization_list = re.compile(
            r"(?<![\w’'-])(?i:" + phrase_pattern(list(ev["organization_list_nouns"]))
            + r")(?:\s+(?:that|which|who)\s+[^.;:!?()\n,]{1,100},)?"  # "retailers that bought …, including"
            + r",?\s+(?:such\s+as|like|including|among\s+them)\s+(?P<list>[^.;:!?()\n]{0,200})$")
        # "logged off the apps Kelvoroo, Dorrow Eats and …": the list in apposition right after
        # "the", at most one lower-case word and such a noun, with no "like" (branch cuts41)
        self.organization_apposed = re.compile(
            r"(?<![\w’'-])[Tt]he\s+(?:[a-z][a-z-]*\s+)?(?:"
            + phrase_pattern(list(ev["organization_list_nouns"])) + r")\s+(?P<list>[^.;:!?()\n]{0,200})$")
        self.organization_hyphen = re.compile(r"^-(?:" + phrase_pattern(list(ev["organization_hyphen"]))
                                              + r")(?![\w’'-])")
        self.organization_after = [re.compile(p) for p in ev["organization_after_patterns"]]
        self.organization_after += [re.compile(p) for p in ev["movement_after"]]
        openers = "|".join(map(re.escape, sorted(ev["brand_not_openers"], key=len, reverse=True)))
        self.brand = re.compile(rf"(?!(?:{openers})[A-Z’'])[A-Z][a-z]+[A-Z][A-Za-z]*")

    def _places(self, ev: dict) -> None:
        """The cues of what says a place: a locative word before the name (or before a list it
        ends), a town's frame, a region's spelling."""
        # "In nearby Dorrowton, …" (real42): "nearby" may stand between the word and the name
        self.locative = re.compile(r"(?<![\w’'-])" + phrase_pattern(list(ev["locative_before"]))
                                   + r"\s+(?:the\s+)?(?:nearby\s+)?$")
        # a locative word opening a list of names up to the one being typed ("farmers near
        # Kelvo and Deir Dorra say"): where the list's first name is, so are the others
        self.locative_list = re.compile(r"(?<![\w’'-])" + phrase_pattern(list(ev["locative_before"]))
                                        + r"\s+(?:the\s+)?(?P<list>" + _NAME_LIST.pattern + r")\Z")
        # … and a list that ends in a part of the last place ("evacuated from Kelvo, Dorra, and
        # parts of Tallow"; set X): a name there is that kind of place too
        self._locative_parts = re.compile(
            r"(?<![\w’'-])" + phrase_pattern(list(ev["locative_before"])) + r"\s+(?:the\s+)?(?:"
            + _NAME + r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))+parts\s+of\s+\Z")
        self.town_before = re.compile(r"(?<![\w’'-])" + phrase_pattern(list(ev["town_before"])) + r"\s+\Z")
        self.title_town_before = re.compile(r"(?<![\w’'-])" + phrase_pattern(
            list(ev["town_before"]) + list(ev["title_town_before"])) + r"\s+\Z")
        self.hyphen_place_endings = set(ev["hyphen_place_endings"])
        self.compass_regions = set(ev["compass_regions"])

    def _periodicals(self, ev: dict) -> None:
        """The cues of what says a newspaper: its opening word, or a paper's words around "the <name>"."""
        self.periodical_context_heads = set(ev["periodical_context_heads"])
        self.periodical_openers = set(ev["periodical_openers"])
        self.periodical_context_before = re.compile(
            r"(?<![\w’'-])" + phrase_pattern(list(ev["periodical_context_before"])) + r"\s+the\s+$",
            re.IGNORECASE)
        self.periodical_context_after = re.compile(
            r"^(?:[’']s)?\s+(?:" + phrase_pattern(list(ev["periodical_context_after"])) + r")(?![\w’'-])")

    def _junk(self, c: dict, junk: dict) -> None:
        """The cues of what names nothing: stop names, lone field words, a day's plural, a compass
        pair."""
        self.stop_names = {fold(n) for n in junk["stop_names"]}
        # a field word alone ("Transport", "Energy" cut from "… Metro and Transport") names
        # no one thing either
        self.single_words = {fold(w) for w in junk["single_words"]} | {fold(w) for w in c["field_words"]}
        # "on Saturdays and Sundays", "Mondays": a day's plural is a habit's time, no name; the
        # singular is left to the common-word rule ("May" may be a person's surname). Full names
        # only: "Mons" is a town, not Mondays.
        self.calendar_plurals = {fold(w + "s") for w in c["calendar"] if len(w) > 3}
        # "North-South", "East–West": two compass words joined by a hyphen or dash qualify a noun
        # ("a North-South council", "East-West talks") and name nothing alone (set AV, branch ent76)
        self.compass_pair = re.compile(r"(?:" + "|".join(map(re.escape, c["compass_words"]))
                                       + r")[-–—](?:" + "|".join(map(re.escape, c["compass_words"])) + r")")

    # -- typing ------------------------------------------------------------------
    def speaker(self, text: str, begin: int, end: int) -> bool:
        """"said Maria Ortiz", "Maria Ortiz said", "according to Maria Ortiz"; not "He wrote Kelvo
        Farm", a verb of writing after its subject (`written_after_subject`). Not after "the":
        "a cook at the Harwell Seaport, said …" names the workplace inside the speaker's
        apposition; a person's name takes no article. Nor a name right after a preposition
        (`speaker_object_before`) before a speech verb, no given name first: "… in the cells of
        Kelvo Gaol, said" names a place inside the apposition."""
        if textwindow.before(_THE_BEFORE, text, begin, _THE_WINDOW):
            return False
        if textwindow.before(self.speaker_before, text, begin, 40):
            # "He wrote Kelvo Farm to show …": what he wrote, no speaker (real40)
            return not textwindow.before(self.written_after_subject, text, begin, 24)
        if not textwindow.after(self.speaker_after, text, end, 40, cut=True):
            return False
        # "… who spent years in the cells of Kelvo Gaol, said": the object of a preposition in
        # the speaker's apposition, no speaker, unless a given name opens it (set AV, branch ent76)
        return not textwindow.before(self.speaker_object_before, text, begin, 12) \
            or self.given_name_first(text[begin:end].split())

    def person_after_name(self, text: str, end: int) -> bool:
        """An age, a life span or a kinship possessive right after the name."""
        tail = text[end:end + 60]
        return any(p.match(tail) for p in self.person_after)

    def given_name_first(self, names: list[str]) -> bool:
        """A name of two to four words whose first word is a common given name, or two given
        names joined by a hyphen as French names join them ("Jean-Philippe", "Marie-Ève"), which
        the name lists do not all hold whole."""
        caps = [w for w in names if w[:1].isupper() or _PARTICLED.match(w)]
        if not (2 <= len(caps) <= 4 and names[0] == caps[0]):
            return False
        if caps[0] in self.given_abbreviations:  # "Md. Rafiq Kelvani" (branch ent60)
            return True
        parts = caps[0].split("-")
        return self.gazetteer.is_given_name(caps[0]) or len(parts) == 2 and all(
            p[:1].isupper() and self.gazetteer.is_given_name(p) for p in parts)

    def periodical_by_context(self, text: str, begin: int, end: int, names: list[str]) -> bool:
        """A newspaper whose last word is also a common noun or a person's ("Star", "Mail",
        "Worker", "Sun"): a day-part opens it ("the Daily Worker", "the Morning Star"), or "the"
        stands before it and the words around say a paper speaks ("told the Kelvin Sun", "the
        Tallow Star reported", "the Dorrow Record’s editorial"). "Royal Mail", "Kelvin Sun
        said" (no "the") stay what the other rules say."""
        if len(names) < 2 or names[-1] not in self.periodical_context_heads:
            return False
        if names[0] in self.periodical_openers:
            return True
        if not textwindow.before(_THE_BEFORE, text, begin, _THE_WINDOW):
            return False
        return bool(textwindow.before(self.periodical_context_before, text, begin, 40)
                    or textwindow.after(self.periodical_context_after, text, end, 40, cut=True))

    def compass_region(self, text: str, begin: int, label: str) -> bool:
        """"the Southwest", "the Midwest": a region named by a compass word after "the"."""
        return label in self.compass_regions \
            and bool(textwindow.before(_THE_BEFORE, text, begin, _THE_WINDOW))

    def hyphenated_given_name(self, names: list[str]) -> bool:
        """"Chung Hye-jin", "Park Min-ho": a surname and a given name of two syllables joined by
        a hyphen, the second in lower case (Korean, some Chinese names), when no syllable is a
        place ending ("Haeundae-gu"), the first no English prefix ("Co-op", "Anti-war") and no
        word is a place."""
        if not 2 <= len(names) <= 3 or not all(w[:1].isupper() for w in names):
            return False
        m = _HYPHEN_GIVEN.fullmatch(names[-1])
        return bool(m) and m.group(2) not in self.hyphen_place_endings \
            and m.group(1) not in self.hyphen_not_given \
            and not any(self.place_kind(w) for w in names)

    def place_kind(self, label: str) -> str | None:
        return self.gazetteer.place_kind(label)

    def employer(self, text: str, begin: int, end: int) -> bool:
        """"workers at Arriva", "a strike against Kelvane", "the Kelvane plant", "Kelvane bosses":
        the name is an employer (weak: a head word, a given name or a place comes first). A
        strike named by its firm: an acronym or two words before "strike", or one word with "the"
        ("the Kelvane strike", branch ent22; "Biggest strike in years" opens a sentence), a
        strike's years between them too ("the 1989–90 Kelvane strike", branch ent54)."""
        name = text[begin:end]
        return bool(textwindow.before(self.employer_before, text, begin, 30)
                    or textwindow.after(self.employer_after, text, end, 30, cut=True)
                    or (" " in name or (len(name) > 1 and name.isupper())
                        or textwindow.before(_THE_BEFORE, text, begin, _THE_WINDOW)
                        or textwindow.before(_THE_YEARS_BEFORE, text, begin, 20))
                    and textwindow.after(self.strike_after, text, end, 20, cut=True))

    def firm_officer(self, text: str, end: int) -> bool:
        """"Kelvo chief executive …", "Kelvo president …", "Kelvo management": a firm's officer,
        agent or employer's noun right after the name."""
        tail = text[end:end + 30]
        return bool(self.employer_after.match(tail) or self.officer_after.match(tail))

    def person_noun(self, text: str, end: int) -> bool:
        """"the Harlan administration": a head of government named by surname."""
        return bool(textwindow.after(self.person_noun_after, text, end, 20, cut=True))

    def ruler(self, text: str, begin: int, end: int) -> bool:
        """"the regime of Kelvano", "dictator Kelvano", "the Kelvano dictatorship": a ruler
        named with no title (weak; the caller leaves out acronyms, group words and places).
        "the Kelvano government", "the Kelvano cabinet": the head of government by surname, as
        "the Kelvano administration" is, with "the" right before (a country's or a town's name
        takes "government" too, so a town the smaller list knows is none either), and no
        adjective by its ending ("the Federal government", "the Sandinista government")."""
        return bool(textwindow.after(self.ruler_after, text, end, 20, cut=True)
                    or textwindow.before(self.ruler_before, text, begin, 30)
                    or textwindow.after(self.government_after, text, end, _GOVERNMENT_WINDOW, cut=True)
                    and textwindow.before(_THE_BEFORE, text, begin, _THE_WINDOW)
                    and not self.gazetteer.town_kind(text[begin:end])
                    and not (" " not in text[begin:end]
                             and text[begin:end].endswith(self.government_adjective)))

    def ruler_party(self, text: str, begin: int, end: int) -> bool:
        """"Aristide’s Kelvo Lavanas government", "Dorrow’s Labour government": a ruler named in
        the possessive right before the name, a government's noun right after it: the name is
        the ruler's party, an organisation. Not where the possessive is a place the gazetteer
        knows ("Kelvia’s Dorrow government" names the head of government; branch ent42)."""
        if not textwindow.after(self.government_after, text, end, _GOVERNMENT_WINDOW, cut=True):
            return False
        m = textwindow.before(_POSSESSOR_BEFORE, text, begin, 40)
        return m is not None and not self.place_kind(m.group(1))

    def the_group(self, text: str, begin: int, end: int) -> bool:
        """"the Abu Kelvar group", "the Dorrow rebels": "the", the name, a group's noun."""
        return bool(textwindow.before(_THE_BEFORE, text, begin, _THE_WINDOW)
                    and textwindow.after(self.group_after, text, end, 30, cut=True))

    def the_before_head(self, text: str, begin: int, end: int) -> bool:
        """"the Abu Kelvar", "the Abu Kelvar, …", "the Abu Kelvar in …": "the" right before a
        name that ends its noun phrase (a mark, the text's end or a function word after it).
        A person takes no "the"; as a modifier a person's name does ("the Emmett Dorrow case",
        a lower-case noun after it), and a title after "the" stands outside the name ("the Rev.
        Maria Ortiz")."""
        if not textwindow.before(_THE_BEFORE, text, begin, _THE_WINDOW):
            return False
        nxt = textwindow.after(r"[ \t]*(?:$|\n|[,.;:!?)\]”\"’—–]|([a-z]+)(?![\w’'-]))", text, end, 20,
                               cut=True)
        return nxt is not None and (nxt.group(1) is None or nxt.group(1) in self.phrase_enders)

    def organization_before_name(self, text: str, begin: int, names: list[str] | None = None) -> bool:
        """"the fascist Golden X", "a leader of the Building X", "the ruling X", or an
        organisation's noun right before it ("the Islamic organization X", "the energy company
        X", "the grid operator X"): an organisation (weak, but before the gazetteers: a person
        takes no "the"), or with no article after words that say its trade ("aircraft maker X",
        "retail giant X"). The noun does not type a name a given name opens ("the company Maria
        Ortiz founded": `names`, the name's words)."""
        return bool(textwindow.before(self.organization_before, text, begin, 30)
                    or (textwindow.before(self.organization_noun, text, begin, _ORG_NOUN_WINDOW)
                        or textwindow.before(self.organization_noun_bare, text, begin, _ORG_NOUN_WINDOW))
                    and not (names and self.given_name_first(names)))

    def organization_listed(self, text: str, begin: int) -> bool:
        """"grain monopolies like Korvex and Lawrence Tillman Dane", "unions such as Unite,
        GMB and …": a name in a list of names after a plural noun for organisations
        (`organization_list_nouns`) and "like", "such as", "including" is one of them, even
        when a given name opens it (a firm named for its founders). So is a list in apposition
        right after "the" and such a noun ("logged off the apps Kelvoroo, Dorrow Eats and …";
        `organization_apposed`, branch cuts41)."""
        m = textwindow.before(self.organization_list, text, begin, 260) \
            or textwindow.before(self.organization_apposed, text, begin, 260)
        return m is not None and bool(_NAME_LIST.fullmatch(m.group("list")))

    def person_listed(self, text: str, begin: int) -> bool:
        """"opposition figures including Tarik Dorrabad of the Kelvish Front": the name right
        after a plural noun for people (`person_list_nouns`) and "like", "such as", "including"
        (the caller asks for two to four words no head word or place types)."""
        return bool(textwindow.before(self.person_list, text, begin, 60))

    def building_for_city(self, text: str, begin: int, names: list[str]) -> bool:
        """"the Harwell Boston", "the Lark Denver": after "the", a name of two or three words
        ending in a city the gazetteer knows, opened by a word that is no place: a hotel or a
        building named for its city (a company's branch would not take "the"). The caller also
        asks that the article name the city alone ("the Islamic Republic" is no building,
        whatever towns are called Republic)."""
        return (2 <= len(names) <= 3 and bool(textwindow.before(_THE_BEFORE, text, begin, _THE_WINDOW))
                and self.place_kind(names[-1]) == "city" and self.place_kind(names[0]) is None
                and not self.gazetteer.is_given_name(names[0]))

    def organization_shape(self, text: str, end: int, label: str) -> bool:
        """"a Kelvane-owned plant", "Kelvane dropped its bid", "When Kelvane went bankrupt", a
        brand-like single word ("KelCorp"): an organisation (weak:
        after head words, the text's person cues and the gazetteers)."""
        tail = text[end:end + 40]
        return bool(self.organization_hyphen.match(tail)
                    or any(p.match(tail) for p in self.organization_after)
                    or (" " not in label and self.brand.fullmatch(label)))

    def locative_before(self, text: str, begin: int) -> bool:
        return bool(textwindow.before(self.locative, text, begin, 20))

    def locative_list_before(self, text: str, begin: int) -> bool:
        """A locative word, then names parted by commas, "and" or "or", then this name: "near
        Kelvo and Deir Dorra", "in Kelvo, Dorrow or Tallow Falls" (branch ent22)."""
        m = textwindow.before(self.locative_list, text, begin, 120)
        return m is not None and bool(m.group("list"))

    def locative_list_parts(self, text: str, begin: int) -> bool:
        """"evacuated from Kelvo, Dorra, and parts of Tallow": a locative word, a list of names,
        then "parts of" right before this name: a place as the list's names are ("buyers look at
        parts of Kelvane", with no list, says nothing; set X, branch ent40)."""
        return bool(textwindow.before(self._locative_parts, text, begin, 160))

    def framed_town(self, text: str, begin: int, label: str) -> str | None:
        """The gazetteer's kind of a town too small for the place list ("Iowa Colony"), where a
        word right before says a town stands ("in", "near", "the town of"): "from" and "at"
        are left out, a letter comes from a person and work is done at a firm (branch ent22)."""
        if len(re.split(r"[ -]", label)) < 2 or not textwindow.before(self.town_before, text, begin, 25):
            return None
        return self.gazetteer.town_kind(label)

    # -- junk --------------------------------------------------------------------
    def is_junk(self, label: str, lower_words: set[str]) -> bool:
        """A label that names nothing: a page label, a lone generic word, a common noun the
        article also writes in lower case. `lower_words`: the article's lower-case words."""
        key = fold(label)
        if key in self.stop_names:
            return True
        parts = label.split()
        if len(parts) != 1:
            return False
        bare = re.sub(r"['’]s$", "", label)
        if fold(bare) in self.single_words or fold(bare) in self.calendar_plurals:
            return True
        if self.compass_pair.fullmatch(bare):
            return True  # "a North-South council": the directions' adjective
        return bare.lower() in lower_words and self.place_kind(bare) is None


@cached
def evidence() -> Evidence:
    return Evidence()


def lower_case_words(text: str) -> set[str]:
    """Every word an article writes in lower case (for the common-noun test of `is_junk`)."""
    return set(_LOWER_WORD.findall(text))
