"""The cue words new-name finding reads (kg/data/nlp/entities.toml), compiled once per data
folder into `Cues`, with the small word tests built on them ("is this a title?", "a group word?"),
and `head_word`, which says which word of a name is its head ("Party" in "Socialist Workers
Party of Iran").

Every step of kg.nlp.entities.names asks these questions; keeping them apart from the steps
keeps the data-reading in one place and the steps free of each other.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg import nameparticles
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues import edges
from kg.nlp.entities.cues.capitals import UPPER
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.nations import is_demonym
from kg.reader import cues as reader_cues

_NUMBERED_INITIALS = re.compile(r"\d{2,5}[A-Z]{2,6}")
_POSSESSIVE_S = re.compile(r"['’]s$")  # a possessive's ending (`Cues.generic`)
# a capital letter glued by a hyphen to a word in lower case: a common noun ("T-shirts")
_LETTER_NOUN = re.compile(r"[A-Z]-[a-z]{2,}")


def _mutated(entries: list[str]) -> str:
    """The Irish initial mutations (`mutated_initials`, "prefix:capitals") as a pattern of a
    word's start: the prefix, one of its capitals, then a lower-case letter ("hUrrow", "tSelvin",
    "bhFear"), so "mRNA" or "tRNA", a capital after the capital, is none."""
    alts = []
    for entry in entries:
        prefix, capitals = entry.split(":")
        alts.append(re.escape(prefix) + "[" + re.escape(capitals) + "]")
    return r"(?:" + "|".join(alts) + r")[^\W\d_A-ZÁÉÍÓÚ]"


class Cues:
    """The name cues of kg/data/nlp/entities.toml in named groups (each a method below, run in
    this order: a group may read a set an earlier one made), compiled once per data folder
    (`_compiled`) and handed to each finder, which sets its own `org_label` and `org_named`."""

    def __init__(self) -> None:
        self.__dict__.update(_compiled(reader_cues.current()))
        self.org_label: Callable[[str], bool] = lambda label: False  # set by find_new_names
        # the label of the registry organisation a whole surface names, its initials included
        # ("CIO" → "Congress of Industrial Organizations"); set by find_new_names
        self.org_named: Callable[[str], str | None] = lambda surface: None

    def _compile(self) -> None:
        """Every group, in order, from the bound data folder."""
        c = load("entities")
        self._words(c)
        self._heads(c)
        self._joiners(c)
        self._bodies(c)
        self._frames_after(c)
        self._possessives_and_appositions(c)
        # where a name's head ends (`head_word`): before a connector or a purpose's word
        self.head_cuts = tuple(f" {w} " for w in self.connectors + sorted(self.purpose))
        # a family name's particles ("de los"), which cut no head off a place named for a person
        # ("Epifanio de los Santos Avenue": `head_word`)
        self.particle_cuts = tuple(f" {w} " for w in c["place_surname_particles"])

    def _words(self, c: dict) -> None:
        """The words names are made of and cut at: titles, function words, abbreviations, the calendar,
        connectors and particles."""
        self.titles = set(c["titles"])
        self.function_words = set(c["function_words"])
        self.title_objects = frozenset(c["title_object_pronouns"])
        self.function = self.function_words | set(c["not_names"])
        self.abbreviations = set(c["name_abbreviations"]) | self.titles
        self.calendar = set(c["calendar"])
        self.initials_skip = set(c["initials_skip"])
        self.constituency = re.compile(r"(?<![\w.])(?:" + "|".join(
            re.escape(p).replace(r"\ ", r"\s+") for p in c["constituency_before"]) + r")\s+(?=[A-Z])")
        self.case_connectors = set(c["case_connectors"])
        self.english_connectors = set(c["english_connectors"])
        self.gaelic_patronymics = frozenset(c["gaelic_patronymics"])  # "Mac an …": one surname
        self.participle_connectors = set(c["participle_connectors"])
        self.abbreviations |= self.case_connectors  # "v." keeps its full stop
        self.initials_foreign = set(c["initials_foreign"])
        self.whole_months = {w for w in c["calendar"] if w in ("May", "June", "July")}
        self.months = set(c["calendar"][:12])  # January … December, the list's first twelve
        self.month_given = set(c["month_given_names"])  # "June Kelvane": a given name
        self.patronymics = set(c["patronymic_particles"])  # "… Ben Kelvi": "son of", a person's
        self.groups = set(c["group_words"])
        self.connectors = sorted(c["connectors"], key=len, reverse=True)
        # each connector's words by its first word, in that order (kg.nlp.entities.spans.runwalk)
        self.connector_starts: dict[str, list[list[str]]] = {}
        for conn in self.connectors:
            parts = conn.split()
            self.connector_starts.setdefault(parts[0], []).append(parts)
        # a surname's lower-case particles ("dela", "delos", "van"): the connectors' words that
        # are no English word (kg.nameparticles, which the reader reads too); capitalised they
        # open a sentence ("Dela Cruz said")
        self.particles = set(nameparticles.of_entities(c))

    def _heads(self, c: dict) -> None:
        """Head words and what stands with them: kinds by head, leading and compound heads, numbered
        heads and sites, compass words, markets and regions."""
        self.heads = {w: kind for kind, words in c["head_types"].items() for w in words}
        # head words printed in lower case ("plc"): glued after a capitalised word, in its name
        self.lower_heads = {w for w in self.heads if w.islower()}
        self.leading_heads = {w: kind for kind, words in c["leading_head_types"].items() for w in words}
        self.storm_kinds = set(c["storm_kinds"])
        self.compound_heads = {p: kind for kind, phrases in c["compound_heads"].items() for p in phrases}
        self.hyphen_suffixes = set(c["hyphen_suffixes"])
        self.hyphen_nouns = set(c["hyphen_nouns"])
        self.numbered_places = set(c["numbered_places"])
        self.numbered = set(c["numbered_heads"]) | self.numbered_places
        self.union_units = set(c["union_unit_heads"])
        self.plant_heads = [h.split() for h in c["plant_heads"]]
        # "Kelvo’s DRW3 fulfillment center": a site's code before one of these nouns
        self.site_code_noun = re.compile(r"\s+(?:" + phrase_pattern(c["site_code_nouns"]) + r")(?![\w’'-])")
        self.spelled_places = set(c["spelled_numbered_places"])
        self.spelled_numbers = set(c["spelled_numbers"])
        # a spelled number's value, its place in the ordered list: "One" 1, "Two" 2
        self.spelled_values = {w: n for n, w in enumerate(c["spelled_numbers"], start=1)}
        self.of_heads = set(c["of_heads"])
        self.people_bodies = set(c["people_bodies"])
        self.of_the_heads = set(c["of_the_heads"])
        self.water_of_heads = set(c["water_of_heads"])  # "the Gulf of Mexico": one place
        self.mission_of_heads = set(c["mission_of_heads"])  # "the Consulate of Kelvia": one body
        self.of_bodies = set(c["of_bodies"])  # "the Kelvakwe Nation of Dorrowsipi": a body
        self.body_campaign_heads = set(c["body_campaign_heads"])  # "the Kelvo Water Action Campaign"
        # "the Kelvo 3 mine", "the Darrow No. 5 pit": the number (group 1) is in the mine's name
        self.numbered_site = re.compile(r"( (?:No\. ?)?\d{1,3}[A-Z]?)\s+(?:"
                                        + "|".join(map(re.escape, c["numbered_site_after"])) + r")\b")
        self.at_heads = set(c["at_heads"])
        self.at_words = set(c["at_words"])  # "at", French "à": a campus's town follows
        self.compass = set(c["compass_words"]) | set(edges.compass_abbreviations())  # "NE Ohio"
        self.market_suffixes = set(c["market_suffixes"])  # "Kelvane Steel UK": the firm's arm
        self.region_prefixes = set(c["region_prefixes"])  # "Metro Cebu", "Greater Kelvin"

    def _joiners(self, c: dict) -> None:
        """What joins two names into one or keeps them apart: joiners, "and" lists, openings, a
        party's hyphens."""
        joiners = "|".join(map(re.escape, c["name_joiners"]))
        self.joiner_gap = re.compile(rf" ?(?:{joiners}) ?")
        self.joiner_in = re.compile(rf"[^\W\d_] ?(?:{joiners}) ?[^\W\d_]")
        glued = "|".join(map(re.escape, sorted(c["glued_joiners"], key=len, reverse=True)))
        self.glued_joiner = re.compile(rf"[a-z](?:{glued})[A-Z]")  # "Shop’nSave" (set S)
        self.and_inner = set(c["and_inner_heads"])
        self.and_single = set(c["and_single_heads"])
        self.and_kin = set(c["and_kin_openers"])
        self.and_own_openers = set(c["and_own_openers"])
        self.and_party = set(c["and_party_heads"])
        self.and_sites = set(c["and_site_heads"])
        self.date_named = set(c["date_named_heads"])
        self.suspended_joiners = set(c["suspended_joiners"])
        self.program_opening = re.compile(r"(?<![\w’'-])(" + phrase_pattern(c["program_openers"])
                                          + r") (?=[A-Z])")
        self.name_opening = re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(c["name_opening_phrases"])
                                       + r") of (?:the )?(?=[A-Z])")
        self.adjective_suffixes = tuple(c["adjective_suffixes"])
        self.and_area = set(c["and_area_closers"])
        self.state_qualifiers = set(c["state_qualifiers"])
        self.place_openers = set(c["place_name_openers"])
        particles = "|".join(map(re.escape, c["party_hyphen_particles"]))
        self.party_hyphen = re.compile(rf"[A-Z][^\W\d_]+(?:-(?:{particles})-[A-Z][^\W\d_]+)+")

    def _bodies(self, c: dict) -> None:
        """The words of bodies, firms and their fields: federations, unions, titles that name,
        firms' suffixes, purposes, person roles."""
        self.federation_heads = set(c["federation_heads"])
        self.union_only = set(c["union_only_words"])
        self.state_words = set(c["state_words"])
        self.state_government = re.compile(r"\s+" + phrase_pattern(c["state_government_nouns"])
                                           + r"(?![\w’'-])")
        self.union_body_heads = set(c["union_body_heads"])
        self.naming_titles = set(c["naming_titles"])
        self.lineage_titles = set(c["lineage_titles"])
        self.workers_after = set(c["workers_after"])  # "Workers of Kelvo Steel": no body
        self.firm_suffix_ends = set(c["firm_suffix_ends"])
        self.person_suffix_ends = frozenset(c["person_suffix_ends"])
        self.firm_suffix_sentence_ends = frozenset(c["firm_suffix_sentence_ends"])
        self.cast_openers = tuple(c["cast_openers"])
        self.firm_of_town = set(c["firm_of_town_ends"])  # "Kelvane Co. of Denver": two names
        self.firm_of_country = frozenset(c["firm_of_country_ends"])  # "… Ocean Lines of Chile"
        self.firm_whole = set(c["firm_whole_suffixes"])
        self.and_products = set(c["and_product_heads"])
        self.goods = set(c["goods_nouns"])  # "Kelvo Tractor and Trailers Brazil": one firm
        self.name_articles = set(c["name_articles"])
        self.fields = set(c["field_words"])
        self.undertaking_heads = set(c["undertaking_heads"])  # "Metro": "Kelvin Metro and Transport"
        self.portfolio_heads = set(c["portfolio_heads"])
        self.field_suffixes = tuple(c["field_suffixes"])
        self.purpose = set(c["purpose_words"])
        # "… of Carpenters and Joiners of America": a union's country after its trades (ent142)
        self.union_countries = frozenset(c["union_countries"])
        self.purpose_to = set(c["purpose_to_heads"])
        self.site_heads = set(c["site_heads"])
        self.purpose_verbs = set(c["purpose_to_verbs"])
        self.small = set(c["title_small_words"])
        self.roles = {r[:1].upper() + r[1:] for r in c["person_roles"]}

    def _frames_after(self, c: dict) -> None:
        """The frames after a name that say its kind (a troupe, a body, a work, grounds, a place, a
        named site), ambiguous titles, periodicals by apposition, particles."""
        self.troupe_after = re.compile(r"\s+(?:" + "|".join(map(re.escape, c["troupe_after"])) + r")\b")
        # "the Community union": a common word a union's name (set AO, branch ent64)
        self.common_word_union = re.compile(
            r" (?:" + "|".join(map(re.escape, c["common_word_union_after"])) + r")\b")
        self.org_after = re.compile(r"\s+(?:" + "|".join(map(re.escape, c["organization_after"])) + r")\b")
        self.work_after = re.compile(r"\s+(?:" + "|".join(map(re.escape, c["work_after"])) + r")\b(?!\s+(?:"
                                     + "|".join(map(re.escape, c["work_after_not"])) + r")\b)")
        self.grounds_after = re.compile(r"\s+(?:" + phrase_pattern(c["grounds_after"]) + r")\b")
        self.place_after = re.compile(r"\s+(?:" + "|".join(map(re.escape, c["place_after"])) + r")\b")
        town = "|".join(map(re.escape, c["named_site_town"]))
        alone = "|".join(rf"(?<= {re.escape(w)})" for w in c["named_site_alone"])  # "complex"
        self.named_site_alone = set(c["named_site_alone"])
        # "the Dorrow Mills Greenbank plant": a works' noun right after the site's name
        self.site_noun_after = re.compile(r" (?:" + "|".join(map(re.escape, c["named_site_nouns"]))
                                          + r")(?![\w’'-])")
        # "the Kelvane Dorrow plant in Tallow": a works' noun, then its town (or a noun alone)
        self.named_site = re.compile(r" (?:" + "|".join(map(re.escape, c["named_site_nouns"]))
                                     + rf")(?:(?= (?:{town}) [A-Z])|(?:{alone})(?![\w’'-]))")
        self.site_place_after = re.compile(r"\s+(?:" + phrase_pattern(c["site_place_after"])
                                           + r")(?![\w’'-])")
        self.ambiguous_titles = set(c["ambiguous_titles"])
        self.office_titles = set(c["office_titles_before_surname"])
        self.firm_opening_titles = frozenset(c["firm_opening_titles"])
        self.place_before_title = set(c["place_before_title"])
        self.periodical_nouns = set(c["evidence"]["periodical_nouns"])
        # "Obreros, the weekly of the Kelvish unions,": the apposition's noun a periodical's
        self.periodical_apposition = re.compile(
            r",\s+(?:a|an|the|its|their)\s+(?:(?!(?:at|of|in|on|for|from|with|by|to)\s)[\w’'-]+\s+){0,3}?(?:"
            + phrase_pattern(c["evidence"]["periodical_apposition"])
            + r")(?=\s*[,.;:)—–]|\s+(?:of|in|for|from|published|printed|that|which|run|put)\b)")
        self.particle = re.compile(r"(?:" + "|".join(map(re.escape, c["name_particles"])) + r")-[^\W\d_]"
                                   r"|(?:" + "|".join(map(re.escape, c["elided_particles"])) + r")['’][A-Z]"
                                   r"|" + _mutated(c["mutated_initials"]))

    def _possessives_and_appositions(self, c: dict) -> None:
        """Possessive names, appositions and roles around a name, the words before a place, a seat
        or a periodical, region suffixes and family-name endings."""
        self.possessive = set(c["possessive_name_words"])
        self.possessive_openers = set(c["possessive_name_openers"])
        self.saint_buildings = set(c["saint_building_heads"])
        self.possessive_places = set(c["possessive_place_heads"])
        self.possessive_firms = set(c["possessive_firm_heads"])
        self.fund_heads = set(c["fund_heads"])
        self.possessive_endings = tuple(c["possessive_name_endings"])
        self.possessive_union_heads = set(c["possessive_union_heads"])
        self.possessive_holiday_heads = set(c["possessive_holiday_heads"])
        orgs = "|".join(re.escape(r) for r in sorted(c["evidence"]["organization_apposition"], key=len,
                                                     reverse=True))
        roles = "|".join(re.escape(r) for r in sorted(c["person_roles"], key=len, reverse=True))
        # the noun heads the apposition: "a roof bolter at a union mine" is no union, and
        # neither is "a meat cutter and union steward" (a body's noun before a person's role
        # is the role's modifier, branch ent38)
        self.org_apposition = re.compile(
            rf"(?:,|[ \t]?[—–]|[ \t]--)\s*"
            rf"(?:(?:the\s+)?[a-z][\w-]*[’']s|a|an|the|its|their|(?:[{UPPER}][\w.-]*\s+){{0,3}}[{UPPER}][\w.-]*[’']s)\s+"
            rf"(?:(?!(?:at|of|in|on|for|from|with|by|to)\s)[\w–-]+(?:(?<=s)[’'])?\s+){{0,4}}?(?:{orgs})"
            rf"(?![\w’'-])(?!\s+(?:{roles})\b)")
        # a plural's possessive may stand among the words ("Dor Kelvo, a migrants’ advice group,";
        # set BM, branch ent98); a word may hold an en dash ("a New York–based company"; ent129)
        # "Kelvo, the country's largest union federation,": a common noun's possessive opens
        # the apposition as a name's does, and a dash may set it off as a comma does (branch ent58)
        # "Jan Ruiz, the union’s president": a possessive may stand inside the apposition;
        # with no article, a role and what it is of: "Jan Ruiz, president of the Kelvish union";
        # a possessive determiner opens it as an article does ("Kelvo Dorrano, its leader,"; set AL)
        # a photo caption's place of the person between the name and the comma ("Ana Ruiz
        # (second from left), a miner at …"; kg/data/reader/photo-positions.txt, the reader's list
        # too; a real 2003 page)
        position = phrase_pattern(list(reader_cues.photo_positions()))
        # a name's possessive opens it as an article does ("Tavi Kelvane, Dorrin's daughter,";
        # set DV's typed wrong at its first measure, branch passT44), never across a sentence's
        # stop ("… Portland, Oregon. Dorrin's mother")
        self.role_after = re.compile(rf"(?:\s+\((?:{position})\))?"
                                     rf",\s+(?:(?:a|an|the|its|their|his|her|our"
                                     rf"|(?:[{UPPER}][\w.-]*(?<!\.)\s+){{0,2}}[{UPPER}][\w.-]*[’']s)\s+"
                                     rf"(?:[\w’'-]+\s+){{0,3}}?(?:{roles})\b"
                                     rf"|(?:[a-z]+\s+)?(?:{roles})\s+(?:of|at|for|in)\s)")
        self.role_before = re.compile(rf"(?<![\w’'-])(?:{roles})\s$")
        places = phrase_pattern(c["place_before"])
        self.place_before = re.compile(r"(?<![\w’'-])" + places + r"\s+(?:the\s+)?$", re.IGNORECASE)
        self.seat_before = re.compile(r"(?<![\w’'-])" + phrase_pattern(c["seat_before"]) + r"\s+$",
                                      re.IGNORECASE)
        # "Kelvinton’s Labour MP": a seat's member after its possessive (`seat_possessive`)
        self.seat_member_after = re.compile(r"[’']s\s+(?:[A-Z][\w’'-]*\s+){0,2}?(?:"
                                            + phrase_pattern(c["seat_members_after"]) + r")(?![\w’'-])")
        self.periodical_after = [re.compile(p) for p in c["periodical_after"]]
        self.title_verbs = set(c["title_verbs"])
        self.common_names = set(c["junk"]["common_word_names"])
        self.periodical_before = re.compile(r"(?<![\w’'-])" + phrase_pattern(c["periodical_before"])
                                            + r"\s+(?:the\s+)?$", re.IGNORECASE)
        self.region_suffixes = tuple(c["evidence"]["region_suffixes"])
        self.family_name_endings = tuple(c["evidence"]["family_name_endings"])

    def ends_in_org_label(self, words: list[str]) -> bool:
        """The name's last words (not all of it) are a registry organisation's label: a branch
        of it named by its place or level ("State AFL-CIO", "Ohio State AFL-CIO")."""
        return any(self.org_label(" ".join(words[k:])) for k in range(1, len(words)))

    def compass_adjective(self, words: list[str]) -> bool:
        """"South African", "West German", "North Korean": a compass word before a group word
        is an adjective of nationality, no name ("the South African ANC")."""
        return len(words) == 2 and words[0] in self.compass and self.group(words[1])

    def possessive_word(self, word: str) -> bool:
        """A plural noun a name runs on over after its "’s" ("People’s", "Longshoremen’s")."""
        return word in self.possessive or word.endswith(self.possessive_endings)

    def leading(self, word: str) -> bool:
        """Words a name never starts with: "The", titles, months (not "Chinese" in
        "Chinese Communist Party")."""
        return word in self.function or word in self.titles or word in self.calendar

    def cap(self, word: str) -> bool:
        """Capitalised, or a name particle before a capital ("al-Baghdadi", "d’Kelvigny"), or a local's
        number glued before its union's initials ("2231KWU", kg.nlp.entities.spans.capruns)."""
        if _LETTER_NOUN.fullmatch(word):
            return False  # "T-shirts", "X-rays", "U-turn": a letter and a common noun (set AN)
        return word[:1].isupper() or bool(self.particle.match(word)) \
            or bool(_NUMBERED_INITIALS.fullmatch(word))

    def group(self, word: str) -> bool:
        """A group word, or its plural ("Mexicans"), or a country's adjective by its spelling
        ("Gambian", "Gambians": kg.nlp.entities.cues.nations)."""
        return word in self.groups or word.endswith("s") and word[:-1] in self.groups or is_demonym(word)

    def generic(self, word: str) -> bool:
        """Made only of function words, calendar words, group words and titles, each part of a
        hyphened word too ("Mexican-Americans", "The"): no name of its own; a possessive's "’s"
        left out."""
        bare = _POSSESSIVE_S.sub("", word)
        parts = [p for p in bare.split("-") if p]
        return all(p in self.function or p in self.calendar or self.group(p) or p in self.titles
                   for p in parts) or bare in self.function or bare in self.calendar \
            or bare in self.titles or self.group(bare)

    def title_applies(self, words: list[str], n: int) -> bool:
        """Is words[:n] (a title) a title here? Not before a name with a head word ("Premier
        League"); an ambiguous one only before two capitalised words ("General Motors"), or an
        office before one that is no common word (`office_titles_before_surname`: "Premier
        Kassim")."""
        rest = [w for w in words[n:] if self.cap(w)]
        if not rest or rest[-1] in self.heads:  # "Queen Elizabeth Hospital"
            return False
        title = " ".join(words[:n])
        if title in self.ambiguous_titles:  # "Major League Baseball"
            if len(rest) == 1 and title in self.office_titles:  # "Premier Kassim", not "Premier Foods"
                return not common_words().common(rest[0])
            return len(rest) >= 2 and not any(w in self.heads for w in rest) \
                and not (title in self.firm_opening_titles and self._common_after_title(rest[0]))
        return True

    def _common_after_title(self, word: str) -> bool:
        """"General Dynamics Kelvo": a title that opens firms' names too (`firm_opening_titles`)
        before a common English word that is no given name and no title is the name's first
        word; a person's name after a title opens with a given name ("General Tomas Kelvane") or
        a surname rarer than everyday words (wave 3's kind, branch junk46)."""
        from kg.nlp.entities.cues.evidence import evidence  # evidence reads the cues' module

        return common_words().common(word) and word not in self.titles \
            and not evidence().gazetteer.is_given_name(word)

    def title_at(self, words: list[str]) -> int:
        """How many words at the start of `words` make a title ("Prime Minister" → 2), or 0."""
        for n in (3, 2, 1):
            if len(words) > n and " ".join(words[:n]) in self.titles:
                return n
        return 0


@cached
def _compiled(_reader: reader_cues.ReaderCues) -> dict[str, object]:
    """The attributes of `Cues`, compiled once per bound data folder and reader cues (`_reader`,
    whose `photo_positions` the role pattern reads: part of the key only). A finder per
    document compiled them anew, and patterns that big (appositions, roles) fell out of the
    `re` module's cache between two documents, so each document compiled them again. No rule
    changes a cue's set or pattern: every finder shares them."""
    cues = Cues.__new__(Cues)
    cues._compile()
    return dict(vars(cues))


def head_word(label: str, cues: Cues, n: int = 1) -> str:
    """The head of a name: its last word before any connector ("Coalition" in "Twin Cities
    Coalition for Workers Rights", "Party" in "Socialist Workers Party of Iran"); with `n`,
    its last n words ("Sewer District")."""
    if _named_for_particled_person(label, cues):
        return " ".join(label.split()[-n:])
    for cut in cues.head_cuts:  # "Coalition Against Hunger": "Coalition"
        if cut in label:
            label = label.split(cut, 1)[0]
    parts = label.split(" to ")  # "Committee to End the War": "Committee"
    if len(parts) > 1 and parts[0].split()[-1] in cues.purpose_to:
        label = parts[0]
    words = label.split()
    if len(words) > 1 and _YEAR.fullmatch(words[-1]):
        words = words[:-1]  # "Finance Bill 2024": a law's year after its head (kg.nlp.entities.spans.laws)
    if len(words) > 2 and words[-1] in cues.compass and words[-2] in cues.and_single:
        words = words[:-1]  # "… Healthcare Workers East": a union's region after its head (set V)
    if len(words) > 2 and words[-1] in cues.compass and cues.heads.get(words[-2]) == "place":
        words = words[:-1]  # "Marlow Street West": a street's side of town after its head (set BB)
    if len(words) > 2 and words[-1] in cues.market_suffixes and words[-2] in cues.heads:
        words = words[:-1]  # "Kelvane Steel UK": the firm's arm in a country after its head (set AO)
    return " ".join(words[-n:])


def _named_for_particled_person(label: str, cues: Cues) -> bool:
    """"Epifanio de los Santos Avenue", "Ponce de Leon Avenue": a place's head (`[head_types]`
    place) after a person's name with a family name's particle (`place_surname_particles`), and
    no other connector and no head word before the particle. The particle cuts no head there: the
    name is a street or a square named for the person, as "Marcus Garvey Avenue" is; the head
    before a particle ("Universidad de Kelvo", "Partido de la Dorrow") is the head as before
    (set EQ's kind, type48)."""
    words = label.split()
    if len(words) < 4 or cues.heads.get(words[-1]) != "place":
        return False
    spaced = f" {label} "
    particles = [cut for cut in cues.particle_cuts if cut in spaced]
    if not particles:
        return False
    if any(cut in spaced and not any(cut in p or p in cut for p in particles)
           for cut in cues.head_cuts):
        return False  # "Plaza of the Kelvo de Dorrow": an English connector's head
    first = min(spaced.index(p) for p in particles)
    return not any(w in cues.heads for w in spaced[:first].split())


_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")
