"""Capitals by position: a word capitalised because it opens a sentence or sits in a
line set in Title Case says nothing by its capital. A preposition or a common noun opening a
sentence is cut from the run ("Across North America", "Members of the Korean Metal Workers
Union"), a demand's verb too ("· Stop Kelvane Foods from closing the plant!"), a role noun
before a person's name too ("Retiree Maria Ortiz") — but not a given name before a surname's
particle ("Maricel dela Cruz said"); a run in a Title
Case line, a headline in Title Case, names nothing unless the page names it so elsewhere; one
word opening a sentence is a name only where what follows says it is a firm.

kg.nlp.entities.names calls these after the runs are built, before typing them: they decide
which capitals count, not where names stop.
"""

from __future__ import annotations

import re

from kg.nlp import cuedata, textwindow
from kg.nlp.entities.cues import edges
from kg.nlp.entities.cues.capitals import INITIALS
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.evidence import Evidence
from kg.nlp.entities.cues.framing import framing
from kg.nlp.entities.cues.namecues import Cues, head_word
from kg.nlp.entities.cues.nations import is_demonym, is_nation_adjective
from kg.nlp.entities.cues.phrases import phrases
from kg.nlp.entities.spans import foreign, joins
from kg.nlp.entities.spans.datedcaptions import dated_caption
from kg.nlp.entities.spans.firmofplace import legal_form
from kg.nlp.entities.spans.headingshorts import opens_longer_name
from kg.nlp.entities.spans.runs import SMALL, Run, rest_run, run_label
from kg.nlp.entities.spans.textspan import TextIndex
from kg.nlp.entities.spans.titlecase import is_title_case

_NUMBER_AFTER = joins.NUMBER_AFTER


def opener_organization(text: str, run: Run, cues: Cues, ev: Evidence, lower: set[str]) -> bool:
    """One word opening a sentence, capitalised nowhere else, is a name when what follows says
    it is an organisation: an apposition with an organisation noun ("Morrow, the energy
    company,") or an employer's noun ("Kelvex management", "Kelvex’s plant"). Not a word the
    article writes in lower case or a junk word ("Plant management", "Union officials"). An
    acronym is no capital by position: with such an apposition it is a name ("KAWCO, the
    controllers union,")."""
    w = run.words[0][2]
    if len(w) > 1 and w.isupper() and not ev.is_junk(w, lower):
        return bool(cues.org_apposition.match(text, run.end)) \
            or framing().acronym_at(text, run.begin, run.end)
    if w.isupper() or ev.is_junk(w, lower) or w in cues.heads or cues.generic(w) \
            or ev.place_kind(w) or ev.gazetteer.is_given_name(w) or edges.imperative(w):
        return False  # "· Unionize every warehouse!": a demand's verb, no firm
    # an employer's noun after a common English word says what the site makes, not who owns it
    # ("Paper mill workers struck", "Cotton plant closes"): only a word that is no common noun
    # ("Kelvex management") is named by it (sets AD/AF, branch ent52)
    return bool(cues.org_apposition.match(text, run.end)
                or textwindow.after(ev.employer_after, text, run.end, 30, cut=True)
                and not common_words().common(w)) \
        or firm_apposed(text, run)


_AND_NAME = re.compile(r"[ \t]+and[ \t]+([A-Z][\w&’'.-]*(?:[ \t]+[A-Z][\w&’'.-]*){0,3})")


def opener_with_firm(text: str, run: Run, ev: Evidence, lower: set[str]) -> bool:
    """"Kelvatek and Dorrowa, which built the reactors, …": one word opening a sentence, joined by
    "and" to a name that what follows the pair says is a firm (`[evidence]
    organization_after_patterns`: ", which built", ", which owns"): both are (set X, branch
    ent40). A town the gazetteer knows by that word is such a firm too there (a maker named
    for its town); a common word or a given name is not ("Management and Kelvex, which …")."""
    w = run.words[0][2]
    m = _AND_NAME.match(text, run.end)
    if m is None or ev.is_junk(w, lower) or w.isupper() or ev.gazetteer.is_given_name(w) \
            or common_words().common(w):
        return False
    tail = text[m.end():m.end() + 40]  # the clause only: a brand-like second name says nothing of the first
    return any(p.match(tail) for p in ev.organization_after)


def firm_apposed(text: str, run: Run) -> bool:
    """"Tessaro, the world’s largest maker of buses,", "Embravo, which competes with …", "Dorrow
    and the seed companies": a sentence's first word the words after it say a firm
    (kg.nlp.entities.cues.phrases; sets R and S)."""
    ph = phrases()
    return ph.firm_by_scale(text, run.end) or bool(ph.rival_after.match(text, run.end)) \
        or ph.firm_with_firms(text, run.end)  # "Dorrow and the seed companies are …" (set S)


def drop_initial_noun(text: str, run: Run, tx: TextIndex, mid_words: set[str], cues: Cues) -> Run | None:
    """"Members of the Korean Metal Workers Union" opening a sentence: the first word is a
    common noun capitalised by position; the name is what follows its connector. An
    organisation's head word before "of" is no such noun: "Union of Kelvo Garment Workers" opening
    a sentence or a parenthesis (a gloss of a body's own-language name) is one name (sets AB, AC;
    branch ent45). A firm's workers' plural noun alone before "of" is such a noun too: "Workers
    of Kelvo Steel walked out" names the firm; a union so named has its trade before the noun
    ("Amalgamated Steel Workers of Kelvo", sets AL/AM, branch ent61)."""
    if not tx.is_sentence_start(run.begin) or len(run.words) < 3 or run.words[0][2] in mid_words:
        return run
    if _gloss_of_name(text, run):
        return run  # "Caminos de Paz (Roads of Peace)": a name's gloss, capitalised as one (ent87)
    first = run.words[0]
    if first[2] in cues.numbered and _NUMBER_AFTER.match(text, first[0] + len(first[2])):
        return run  # "Local 574 of the Teamsters voted": a numbered unit is a name, no noun
    if foreign.particle_name([w for (_b, _e, w) in run.words]):
        return run  # "Marcel de La Tour said": a given name opens it, no noun
    second = run.words[1][2]
    if second[:1].isupper():
        return run
    if second in cues.particles and first[2] not in cues.heads:
        return run  # "Nadia bin Tallal said": a given name before a surname's particle, however common
    workers = second == "of" and first[2] in cues.workers_after
    if second == "of" and cues.heads.get(first[2]) == "organization" and not workers:
        return run  # "(Union of Kelvo Workers)", "Confederation of … Unions voted": a body's head
    if first[2] in cues.purpose_verbs and second == "the" and run.words[-1][2] in cues.purpose_to:
        return run  # "Stop the Dorrow War Coalition": a campaign named for its demand, no noun
    if second not in SMALL and not joins.common_word(first[2]):
        return run  # "Maricel dela Cruz said": a surname's particle after a given name, no noun
    rest = run.words[1:]
    while rest and rest[0][2][:1].islower():
        rest = rest[1:]
    if not rest:
        return None
    if any(m.begin == rest[0][0] and m.end == run.end for m in run.absorbed):
        return None  # what is left is a registry name, already a mention of its own
    return rest_run(run, len(run.words) - len(rest))


def _gloss_of_name(text: str, run: Run) -> bool:
    """The run fills a bracket right after a word (a name's English gloss: "Caminos de Paz
    (Roads of Peace)"), so its first word is capitalised as the gloss's, not by its place."""
    return text[run.end:run.end + 1] == ")" and run.begin >= 3 and text[run.begin - 2:run.begin] == " (" \
        and text[run.begin - 3].isalpha()


def drop_initial_modifier(text: str, run: Run, tx: TextIndex, mid_words: set[str], mid_labels: set[str],
                          cues: Cues, ev: Evidence) -> Run:
    """"Direct Kelvane employees brought food", "Former Dorrow Textiles workers marched": an
    everyday English word (`joins.everyday_word`) opening a sentence, capitalised by its place
    only (the article never capitalises it mid-sentence), before a name the article also prints
    alone mid-sentence, is an adjective or a verb of the sentence, no part of that name: the run
    starts after it. A head word, a given name, a place or a title opening it stays ("Union
    Pacific", "Rosa Dorrow"), and so does a name printed whole elsewhere (sets AL/AM, branch
    ent61)."""
    if len(run.words) < 2 or not tx.is_sentence_start(run.begin):
        return run
    first = run.words[0][2]
    rest = run.words[1:]
    if first in mid_words or first in cues.heads or first in cues.titles or not first[1:].islower() \
            or not joins.everyday_word(first) or ev.gazetteer.is_given_name(first) or ev.place_kind(first) \
            or not rest[0][2][:1].isupper() or run_label(text, run) in mid_labels:
        return run
    label = text[rest[0][0]:run.end]
    if label not in mid_labels:
        return run
    return rest_run(run, 1)


def drop_adjective_before_acronym(run: Run, tx: TextIndex, mid_words: set[str], cues: Cues,
                                  ev: Evidence) -> Run:
    """"Mandatory KUTC drills are part of …": a common English word opening a sentence,
    capitalised by its place only (the article never capitalises it mid-sentence), before an
    acronym alone is an adjective of the sentence, no part of the body's initials: the run is the
    acronym (set DS's junk, branch passQ44). A head word, a title, a group word, a given name or
    a place opening it stays ("Union KUTC", "Irish KUTC"), and so does a firm before its legal
    form or its market ("Kelvault SA", "Dorrow UK": the firm's own name, common word or not)."""
    if len(run.words) != 2 or not tx.is_sentence_start(run.begin):
        return run
    first, second = run.words[0][2], run.words[1][2]
    if not INITIALS.fullmatch(second) or legal_form(second) or second in cues.market_suffixes \
            or not first[1:].islower() or first in mid_words \
            or first in cues.heads or first in cues.titles or cues.group(first) \
            or ev.gazetteer.is_given_name(first) or ev.place_kind(first) \
            or not joins.common_word(first):
        return run
    return rest_run(run, 1)


def drop_initial_role(run: Run, tx: TextIndex, cues: Cues, ev: Evidence, lower: set[str]) -> Run:
    """"Retiree Maria Ortiz said …", "Striker Tom Baker agreed": a sentence's first word,
    capitalised by position, before a person's name of two words or more that a given name
    opens, is a noun for the person, no part of the name, when it is a role noun
    (`person_roles`) or a word the article also writes in lower case: the run starts after it,
    a person's name. A given name or a place opening it stays ("Rosa Maria Ortiz")."""
    # a surname's lower-case particles ("de", "da") are no words of the count: "Seamstress Rosa
    # Peña de Kelvo" (set V, branch ent35)
    words = [w for (_b, _e, w) in run.words if w not in cues.particles]
    if len(words) < 3 or not tx.is_sentence_start(run.begin) or not all(w[:1].isupper() for w in words) \
            or words[0].isupper() or ev.gazetteer.is_given_name(words[0]) or ev.place_kind(words[0]) \
            or words[0] in cues.heads or not ev.gazetteer.is_given_name(words[1]) or len(words) > 4:
        return run
    if not (words[0] in cues.roles or words[0].lower() in lower):
        return run  # "Thandiwe Maria Nkosi": a given name no list holds may open a name
    return rest_run(run, 1, title=True)


def adjective_before_people(run: Run, tx: TextIndex, mid_words: set[str], cues: Cues, ev: Evidence) -> bool:
    """"Young Chileans lined up", "Angry Haitians marched": a sentence's (or a
    headline's) first word, a common English word capitalised only by its place (the article
    never capitalises it mid-sentence), before a people's plural (a demonym, a group word:
    `Cues.group`) names no one: an adjective and the people it describes, as "young Chileans"
    mid-sentence is. Not where the two words are one people's name ("South Koreans", "New
    Zealanders": a country's demonym whole), a given name, a place or a head opens the run
    ("Young Lords" is no people's plural: it stays a name; set X)."""
    if len(run.words) != 2 or not tx.is_sentence_start(run.begin):
        return False
    first, last = run.words[0][2], run.words[1][2]
    if first in mid_words or first.isupper() or first in cues.heads or ev.gazetteer.is_given_name(first) \
            or ev.place_kind(first) or not common_words().common(first):
        return False
    return last.endswith("s") and cues.group(last) and not is_demonym(f"{first} {last}") \
        and not ev.place_kind(f"{first} {last[:-1]}")


_LOWER_PLURAL = re.compile(r"[ \u00a0]([a-z]+s)(?![\w’'-])")


def people_and_creed(text: str, run: Run, cues: Cues) -> bool:
    """"the Kelvish Nationalist prisoners", "Cuban Communist leaders": a people's adjective (a
    country's adjective, its last word) and a creed's capitalised adjective (a group word ending
    in "-ist"), then a lower-case plural, describe people: no name, neither a place nor a party
    (a party's head after them, "… Nationalist Party", is a capital and keeps the name; set AA,
    branch ent45)."""
    words = [w for (_b, _e, w) in run.words]
    if not 2 <= len(words) <= 3 or run.title or run.kind is not None:
        return False
    creed, people = words[-1], words[-2]
    return creed.endswith("ist") and cues.group(creed) \
        and (is_nation_adjective(people) or is_demonym(people)) \
        and _LOWER_PLURAL.match(text, run.end) is not None


def demonym_before_noun(text: str, run: Run) -> bool:
    """"the bombing of Dorro Rican towns", "Costa Kelvan workers": a land's adjective of two
    words or more (`is_demonym`, the whole run) before a lower-case word describes what follows
    it; it names no place, nor a person whose given name opens it (set CK, branch ent127). One
    word is read by the common words' rule; a party's head after it ("… Rican Independence
    Party") is in the run, which is then no demonym."""
    if len(run.words) < 2 or run.title or run.kind is not None:
        return False
    label = " ".join(w for (_b, _e, w) in run.words)
    return is_demonym(label) and not label.endswith("s") and _LOWER_WORD.match(text, run.end) is not None


_LOWER_WORD = re.compile(r"[ \u00a0][a-z]")


def title_cased(body: str) -> bool:
    """Three words or more, three quarters of them (small words aside) capitalised."""
    words = [w for w in re.findall(r"[^\W\d_][\w’'.\-]*", body) if w.lower() not in SMALL]
    return len(words) >= 3 and sum(1 for w in words if w[0].isupper()) >= 0.75 * len(words)


def drop_imperative(text: str, run: Run, tx: TextIndex, mid_words: set[str], cues: Cues,
                    ev: Evidence) -> Run:
    """"· Stop Kelvane Foods from closing the plant!", "End Dorrovia’s blockade", a headline's
    "Support Kelvin Mercy Hospital nurses’ fight": a verb in its base form (`[edges]
    imperatives`) opening a sentence, a point or a headline is the demand's verb, no part of the
    name after it (branch ent25). The whole stays where the word is no verb there: capitalised
    as a name's first word mid-sentence elsewhere in the article, joined by more than one space
    ("Stop & Shop"), before a group word ("Free Syrian Army"), before one head word or common
    word that names nothing alone ("Free Press", "Back Bay") unless the article writes that word
    opening a name mid-sentence too ("Back Swoop couriers" beside "work for Swoop": the firm;
    set AO, branch ent64), or known whole to the gazetteer."""
    words = [w for (_b, _e, w) in run.words]
    if len(words) < 2 or not tx.is_sentence_start(run.begin) or not edges.imperative(words[0]) \
            or words[0] in mid_words or text[run.words[0][1]:run.words[1][0]] != " " \
            or not words[1][:1].isupper() or cues.group(words[1]) or ev.place_kind(" ".join(words)):
        return run
    if len(words) == 2 and words[1] not in mid_words and (
            words[1] in cues.heads or not words[1].isupper() and joins.common_word(words[1])):
        return run  # unless the word opens a name mid-sentence elsewhere: "Back Kelvo … at Kelvo" (set AO)
    return rest_run(run, 1)


def drop_sentence_opener(run: Run, tx: TextIndex, text: str = "", ev: Evidence | None = None) -> Run:
    """"Across North America …": a preposition opening a sentence is capitalised by its place
    (kg.nlp.entities.cues.edges); the name is what follows it. Not a given name before one
    surname of a speaker (`_given_name_of_speaker`: "Per Dorrsson, a welder in Kelvo, said")."""
    if len(run.words) < 2 or not tx.is_sentence_start(run.begin) \
            or not edges.sentence_opener(run.words[0][2]):
        return run
    if ev is not None and _given_name_of_speaker(text, run, ev):
        return run
    rest = run.words[1:]
    while rest and not rest[0][2][:1].isupper():
        rest = rest[1:]
    return rest_run(run, len(run.words) - len(rest)) if rest else run


@cuedata.cached
def _speaker_after() -> re.Pattern[str]:
    """After a name: a verb of saying (kg/data/nlp/quotes.toml `speech_verbs`), directly or
    after an apposition set off by commas that opens with "a" or "an" ("…, a welder in Kelvo,
    said")."""
    verbs = cuedata.phrase_pattern(cuedata.words("quotes", "speech_verbs"))
    return re.compile(rf"(?:,[ \t]+(?:a|an)[ \t]+[a-z][^,.;:!?“”\"]{{0,80}},)?[ \t]+(?:{verbs})(?![\w’'-])")


def _given_name_of_speaker(text: str, run: Run, ev: Evidence) -> bool:
    """"Per Dorrsson, a welder in Kelvo, said …": a sentence opener that is also a given name
    (`Per`, a Scandinavian one, is the preposition "per" too; kg/data/nlp/boundaries.toml
    [edges] `sentence_openers`) before one capitalised word that is no place the gazetteer
    knows, the two followed by a verb of saying or by a person's apposition and the verb, is
    the speaker's full name: a preposition opens no subject of "said". The given name was cut
    and the speaker's quotations given to the surname alone, an entity of its own (set ER's
    2024 Stockholm page, 2026-12-07, rdr48)."""
    first, second = run.words[0][2], run.words[-1][2]
    return (len(run.words) == 2 and ev.gazetteer.is_given_name(first)
            and second[:1].isupper() and second.isalpha() and ev.place_kind(second) is None
            and _speaker_after().match(text, run.end) is not None)


def title_case_lines(text: str, runs: list[Run], tx: TextIndex, ev: Evidence, cues: Cues,
                     authors: set[int], known: list = ()) -> list[Run]:
    """A run in a prose line set in Title Case ("Working-Class Alliance" in "The Farm Crisis and
    the Working-Class Alliance", kg.nlp.entities.spans.titlecase) names nothing by its capitals. Kept
    where the page writes it so in running text too (or its singular: "Militant Labor Forums"
    over "the Militant Labor Forum"), the gazetteer knows it, a registry name is part of it
    ("Ohio Valley Press"), a given name opens it, a number ends it ("… Workers Local 12") or a
    cue typed it (a role, a work's title or author, an address). A name alone on its line that ends in a
    head word, with no small word inside ("With", "For"), is a heading naming it ("Militant
    Labor Forums"), no title: a title says something of it ("Sanctions Hit Working People",
    "Solidarity With Smelter Workers").

    The steps: which runs stand in a title line (`_in_title_line`), what the others say
    (their labels, `elsewhere`); a flagged run that small words split is cut into its pieces
    (`_title_pieces`); a flagged run or piece stays when the page names it otherwise
    (`_kept_in_title_line`)."""
    flagged = [_in_title_line(text, run, tx, cues, authors) for run in runs]
    known_spans = {(m.begin, m.end) for m in known}
    known_before = {m.end + 1: m for m in known if m.entry.kind == "country"}
    elsewhere = {run_label(text, run).removesuffix("s")
                 for run, f in zip(runs, flagged, strict=True) if not f}

    def kept(run: Run) -> bool:
        return _kept_in_title_line(text, run, tx, ev, cues, elsewhere)

    out = []
    for run, f in zip(runs, flagged, strict=True):
        if not f:
            out.append(run)
        elif run_label(text, run).removesuffix("s") not in elsewhere \
                and (pieces := _title_pieces(text, run, known_spans, known_before, cues)):
            out += [p for p in pieces if kept(p)]
        elif kept(run):
            out.append(run)
    return out


def _in_title_line(text: str, run: Run, tx: TextIndex, cues: Cues, authors: set[int]) -> bool:
    """Does the run stand in a line set in Title Case, where its capitals say nothing? Not a run
    a cue typed or a work's author ("… by Tarra Quell": named by the cue); a page item's title
    in a headline or deck region when the region is Title Case (`title_cased`); in prose, a line
    in Title Case (`titlecase.is_title_case`) that is neither a caption's sentence, a heading
    naming the run alone (`_heading_naming_it`) nor a review's cast (`cast_openers`: "Starring
    Ana Dorrow, Tom Bellamy and …", every capital a person's; branch junk47)."""
    region = tx.region_of(run.begin)
    if run.kind is not None or run.title or run.same_as or region is None \
            or run.begin in authors or textwindow.before(r"\bby $", text, run.begin, 3, cut=True):
        return False  # "… by Tarra Quell": a work's author, named by the cue
    if region.kind in ("headline", "deck"):
        # a page item's title run into its item's text ("Chile: Workers and Youth Take to
        # the Streets. Speaker: …"): the prose around it gave the run, and the title is read
        # as a headline is, in Title Case when most of its words are capitalised (a "Chile:"
        # opening it is no field's label there)
        return title_cased(text[region.begin:region.end])
    if region.kind != "prose" or region.caption:
        return False  # a caption's sentences are no title (textspan.Region.caption)
    line = _sentence_line(text, run, tx)
    if _heading_naming_it(text, run, line, cues) or line.startswith(cues.cast_openers):
        return False  # a heading naming the run; a review's cast ("Starring …": junk47)
    # "Visitors at the Kelvo Museum, March 28.": a caption's sentence (datedcaptions, ent123)
    return is_title_case(line) and not dated_caption(line)


def _sentence_line(text: str, run: Run, tx: TextIndex) -> str:
    """The line the run stands on, within its sentence: from the later of the sentence's start
    and the line's, to the earlier of the sentence's end and the line's."""
    b, e = tx.sentence_bounds(run.begin)
    lb, le = max(b, text.rfind("\n", 0, run.begin) + 1), text.find("\n", run.begin)
    return text[lb:e if le < 0 else min(e, le)]


def _heading_naming_it(text: str, run: Run, line: str, cues: Cues) -> bool:
    """"Militant Labor Forums": the run alone on its line (but a closing stop), ending in a head
    word (or its plural), with no small word inside, is a heading naming it, no title."""
    head = head_word(run_label(text, run), cues)
    return line.strip().rstrip(".:!") == text[run.begin:run.end] \
        and (head in cues.heads or head.removesuffix("s") in cues.heads) \
        and not any(w.lower() in SMALL for (_b, _e, w) in run.words)


def _kept_in_title_line(text: str, run: Run, tx: TextIndex, ev: Evidence, cues: Cues,
                        elsewhere: set[str]) -> bool:
    """A run (or a piece of one) in a Title Case line is a name all the same where the page
    prints it (or its singular) outside such lines (`elsewhere`), the gazetteer knows it as a
    place, a registry name is part of it, a given name opens it, it holds a number ("Local
    12"), it is a colon's subject (`_colon_subject`), an acronym in a mixed-case line
    (`_acronym_in_mixed_line`) or opens a longer name (`opens_longer_name`: "Dorrix" of
    "Dorrix Health")."""
    label = run_label(text, run)
    # a given name that is a function word too ("Can", "Will") opens a Title Case line's
    # verb phrase ("… How Their Union Can Fight Back"), no person's name (set BE, ent88)
    given = ev.given_name_first(label.split()) and label.split()[0] not in cues.function
    return label.removesuffix("s") in elsewhere or bool(ev.place_kind(label)) or bool(run.absorbed) \
        or given or bool(re.search(r"\d", label)) or _colon_subject(text, run, tx, cues) \
        or _acronym_in_mixed_line(text, run, tx) \
        or opens_longer_name(label, elsewhere)  # "Local 12"; "… at KLB"; "Dorrix" of "Dorrix Health"


def _colon_subject(text: str, run: Run, tx: TextIndex, cues: Cues) -> bool:
    """"Kelvo Tower: Working People Need Our Own Inquiry": a name of two words or more opening a
    Title Case title, ending in a head word right before its colon, is what the title is about,
    a name as a heading's is (set BE, branch ent88)."""
    return text.startswith(":", run.end) and len(run.words) >= 2 and tx.is_sentence_start(run.begin) \
        and head_word(run_label(text, run), cues) in cues.heads


def _acronym_in_mixed_line(text: str, run: Run, tx: TextIndex) -> bool:
    """One word in capitals only ("Bakers Strike for a Union Contract at KLB"): Title Case
    capitalises a word's first letter, not all of it, so the capitals are the name's own. Not
    in a line all in capitals, where every word is so."""
    if len(run.words) != 1:
        return False
    word = run.words[0][2]
    region = tx.region_of(run.begin)
    return (len(word) >= 2 and word.isalpha() and word.isupper() and region is not None
            and any(c.islower() for c in text[region.begin:region.end]))


def _title_pieces(text: str, run: Run, known: set[tuple[int, int]], countries: dict, cues: Cues) -> list[Run]:
    """A run in a Title Case line that a small word splits ("NATO Troops in Kelvia", "Navy
    Out of Dorrow"): the title's words around its names are capitalised too, so its small
    words ("of", "Out", "Off": runs.SMALL) part names, not join them ("Oppose the NATO Troops
    in Kelvia" names NATO and Kelvia). Each piece between them, [] when no small word is
    inside; a piece that is a name the page already found (the registry's, the gazetteer's)
    is left to that mention. A first piece that is a body's head word alone after a country's
    name ("the Kelvian Navy Out of …", "the U.S. Army Out of …") is that country's body: the
    country opens it, as in running text."""
    inner = [n for n, (_b, _e, w) in enumerate(run.words) if 0 < n < len(run.words) - 1
             and w.lower() in SMALL]
    if not inner:
        return []
    pieces, start = [], 0
    for n in inner + [len(run.words)]:
        words = run.words[start:n]
        start = n + 1
        if not words or (words[0][0], words[-1][1]) in known:
            continue
        b, e = words[0][0], words[-1][1]
        absorbed = [m for m in run.absorbed if b <= m.begin and m.end <= e]
        country = countries.get(b) if not pieces and text[b - 1:b] == " " else None
        if country is not None and len(words) == 1 and head_word(words[0][2], cues) in cues.heads:
            words = [(country.begin, country.end, text[country.begin:country.end])] + words
            b, absorbed = country.begin, absorbed + [country]
        pieces.append(Run(b, e, words, absorbed=absorbed))
    return pieces
