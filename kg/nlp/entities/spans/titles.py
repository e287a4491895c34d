"""Titles of works named in running text, found as one name each.

A title is written in title case and may hold small words and a colon ("Meatpacking Towns:
Work and Community in the Heartland"), so the word-by-word name finder would cut it into
pieces ("Meatpacking Towns", "Work", "Community", "Heartland") and lose a leading "On"
("On the Jewish Question"). These cues mark a title (the words are data, kg/data/nlp/entities.toml):

* a noun for a kind of work right before it (`work_nouns`): "the 1998 book Meatpacking
  Towns: …", "his book “Teamster Rebellion.”", "In a later book, Teamster Politics, …". An
  unquoted title must end where the sentence, a comma, a bracket or "by" does ("the book Karl
  Marx wrote" is no title); after a comma it must be closed by another comma;
* a citation (`citation_after`): "Author, Title, p. 16" or "Author, Title (City: Publisher,
  2004)";
* a person's name and a verb (`[person_titles]`): "Malcolm X Speaks";
* a registry person's possessive before a quoted title or one a capitalised article opens
  ("Mandela’s “The Struggle Is My Life”");
* a publication cue after it (`[published_after]`): ", published by", or a review's header
  ", by Author. City: Publisher", or "by" and a person's name that ends the clause ("reading
  Teamster Rebellion by Farrell Dobbs");
* a list after a plural work noun and "such as" (`[title_lists]`);
* a verb of writing and "in" before it, a clause word after it (`[title_in]`);
* a second part in apposition, "Conquest, the Final Phase of Empire" (`_apposition`), after a
  cue or alone mid-sentence;
* a review's header set one item a line: the title's line right above a "by …" line
  (`_header_titles`);
* "in" and a registry periodical after a quoted title ("“Kelvia Has Lost the Long Peace” in New
  International": kg.nlp.entities.spans.quotedtitles).

A title's main part may be a list before its colon ("Salt, Tin and Thunder: The …", after a
publication cue) and its subtitle may end in a span of years ("…, 1931–1936"), any title in one
in brackets ("The Kelvish Uprising (1921–29) by …"); after a work noun
a capitalised article and a small word inside mark a title whatever verb follows
(`_article_opened`). A report cited at the opening of a note ("[3] Kelvin Riot: A Report by …")
is read as mid-sentence (branch ent29).

A title keeps its own "!" or "?" ("the pamphlet Kelvia: Freedom Now! sold well").

A title that overlaps a registry work is left to the registry ("The Bell Curve: …"); other
registry names inside a title are part of it (kg.nlp.entities.names drops their mentions).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from wordfreq import zipf_frequency

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues import edges
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.gazetteer import fold, gazetteer
from kg.nlp.entities.cues.nations import is_demonym
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.cityheaders import city_header_titles
from kg.nlp.entities.spans.clausetitles import clause_titles
from kg.nlp.entities.spans.commatitles import comma_run, opens_mid_sentence
from kg.nlp.entities.spans.countof import after_count_of, after_listed_count
from kg.nlp.entities.spans.excerptlists import excerpted_list_titles
from kg.nlp.entities.spans.exclaimedtitles import exclaimed_subtitle
from kg.nlp.entities.spans.foreign import foreign_word
from kg.nlp.entities.spans.languagelists import listed_translations
from kg.nlp.entities.spans.possessivepairs import possessive_pair_titles
from kg.nlp.entities.spans.possessiveworks import possessive_article_titles
from kg.nlp.entities.spans.quotedtitles import quoted_before_periodical
from kg.nlp.entities.spans.textspan import Region
from kg.nlp.entities.spans.titlecase import is_title_case
from kg.nlp.entities.spans.worksubjects import subject_not_title
from kg.nlp.text import month_number

# a word, or a country's dotted initials whole ("The Changing Shape of U.S. Docks: …": the
# title runs on over them, ent111)
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W_][\w’'\-]*\.?")
_QUOTE_PAIRS = {"“": "”", '"': '"', "‘": "’"}
_END_PUNCT = ".,;:!?"
_OWN_PUNCT = ("!", "?")  # inside a title's quotation marks: the title's own ("." and "," are the sentence's)


@dataclass(frozen=True)
class Title:
    begin: int
    end: int
    kind: str  # book | work | periodical
    over_names: bool = False  # holds a registry name that is part of it ("Malcolm X Speaks")
    same_as: str | None = None  # a repeat of a title named in full ("Harvest of Fire"): its full text


@dataclass(frozen=True)
class _Cues:
    nouns: re.Pattern  # a work noun, an optional comma, spaces
    kind_of: dict[str, str]  # work noun → kind
    after: list[tuple[re.Pattern, str]]  # citation patterns after a title → kind
    abbrevs: frozenset[str]  # words that keep their full stop
    small: frozenset[str]  # lower-case words inside a title
    followers: frozenset[str]  # lower-case words that may follow an unquoted title
    calendar: frozenset[str]
    person_title: re.Pattern  # right after a person's name: "Speaks", "Talks to"
    published: list[tuple[re.Pattern, str]]  # right after a title: "published by" → kind
    lists: re.Pattern  # a plural work noun, then "such as": a list of titles follows
    written_in: re.Pattern  # "explains in": a title follows, closed by a clause word
    wrote_article: re.Pattern  # a verb of writing right before a capitalised article ("wrote The …")
    clause: re.Pattern  # the clause word after it: "why", "how", "that"
    in_writer: re.Pattern  # "In Title, Author wrote": a comma, a writer, a verb of writing
    place_heads: frozenset[str]  # a part ending in one is a place ("… County")
    list_kind: dict[str, str]  # plural work noun → kind
    openers: re.Pattern  # mid-sentence, a capitalised word that opens only a title: "read Why …"
    heads: frozenset[str]  # every head word: a stretch ending in one names a thing, no title
    person_titles: frozenset[str]  # "President", "Secretary": an apposition they open is an office
    body_heads: frozenset[str]  # heads of bodies, places and papers (not events: "… Revolution")
    subtitle: re.Pattern  # ": A Report by ", ": Its ": a report's or a history's subtitle after a colon
    translated: re.Pattern  # "in Spanish as ", "Spanish-language edition, ": a translation's title follows
    translation_of: re.Pattern  # ", the Spanish edition of", " in its new Spanish edition": a title before
    foreign_small: frozenset[str]  # "de", "del", "do": small words inside another language's title
    foreign_opened: re.Pattern  # "El desorden de …": another language's article, then lower-case words
    which_told: re.Pattern  # ", which tells": a verb of telling closes a possessive's work
    feature: re.Pattern  # "the On the Dock Front column": a feature's title before its noun
    eponymous: re.Pattern  # "the Kelvane report": a document named for its chairman
    excerpt: re.Pattern  # "an excerpt from ": a title may follow (`[excerpt_titles]`)
    read_opener: re.Pattern  # a verb of reading, a count of copies and "of": a subtitled title after
    book_cue: re.Pattern  # "book", "published by": says the excerpt's source is a book
    groups: frozenset[str]  # group words ("Communists", "Cubans"): a people, no work's first word


@cached
def _cues() -> _Cues:
    c = load("entities")
    kind_of = {noun: kind for kind, nouns in c["work_nouns"].items() for noun in nouns}
    lists = c["title_lists"]
    list_kind = {noun: kind for kind, nouns in lists.items() if kind != "openers" for noun in nouns}
    return _Cues(
        written_in=re.compile(r"(?<![\w’'-])" + phrase_pattern(c["title_in"]["verbs"])
                              + r"\s+in\s+(?=[A-Z“\"‘])"),
        wrote_article=re.compile(r"(?<![\w’'-])" + phrase_pattern(c["title_in"]["wrote_verbs"])
                                 + r"\s+(?=(?:The|A|An)\s+[A-Z])"),
        clause=re.compile(r"\s+" + phrase_pattern(c["title_in"]["clause"]) + r"\b"),
        which_told=re.compile(r",\s+which\s+(?:" + phrase_pattern(c["title_in"]["which_verbs"])
                              + r")(?![\w’'-])"),
        # the writer: one to three capitalised words (a possessive's "’s" is no part), then
        # the verb; "later" or "also" may stand between ("In Title, Lenin later wrote")
        in_writer=re.compile(r",\s+(?P<writer>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+(?:[a-z]+ly\s+|also\s+|later\s+)?"
                             + phrase_pattern(c["title_in"]["verbs"]) + r"(?![\w’'-])"),
        place_heads=frozenset(c["head_types"]["place"]),
        lists=re.compile(r"(?<![\w’'-])(?P<noun>" + phrase_pattern(list(list_kind))
                         + r")\b[^.;:!?“”\"\n]{0,80}?,?\s+(?:" + phrase_pattern(lists["openers"]) + r")\s+"),
        list_kind=list_kind,
        eponymous=re.compile(r"(?<![\w’'-])[Tt]he (?P<t>(?P<w>[A-Z][a-z][\w’'-]*) "
                             + phrase_pattern(c["eponymous_work_nouns"]) + r")(?![\w’'-])"),
        feature=re.compile(r"(?<![\w’'-])[Tt]he (?P<t>(?:"
                           + "|".join(map(re.escape, sorted(c["title_openers"], key=len, reverse=True)))
                           + r") the [A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,4}) "
                           + phrase_pattern(c["feature_nouns"]) + r"(?![\w’'-])"),
        openers=re.compile(r"(?<![\w’'-])[a-z][\w’'-]*,?[ \u00a0](?P<w>"
                           + "|".join(map(re.escape, sorted(c["title_openers"], key=len, reverse=True)))
                           + r")[ \u00a0](?=[A-Z])"),
        heads=frozenset(w for words in c["head_types"].values() for w in words),
        person_titles=frozenset(t for t in c["titles"] if " " not in t),
        body_heads=frozenset(w for kind, words in c["head_types"].items() if kind != "event" for w in words),
        subtitle=re.compile(r": (?:(?:A|An) " + phrase_pattern(c["report_subtitles"]["nouns"]) + r" "
                            + phrase_pattern(c["report_subtitles"]["links"]) + r" (?=[A-Z]|the [A-Z])"
                            + r"|(?P<owner>" + phrase_pattern(c["report_subtitles"]["owners"])
                            + r") (?=[A-Z]))"),
        translated=_translated_cue(c["translated_titles"], c["name_articles"]),
        translation_of=re.compile(r",\s+(?:the|its|a|an)\s+"
                                  + phrase_pattern(c["translated_titles"]["languages"]) + r"(?:-language)?\s+"
                                  + phrase_pattern(c["translated_titles"]["nouns"]) + r"\s+of\s"
                                  # "… in its new French edition": the stretch before is the work
                                  + r"|\s+in\s+(?:its|a|an|the)\s+(?:"
                                  + phrase_pattern(c["translated_titles"]["edition_words"]) + r"\s+)?"
                                  + phrase_pattern(c["translated_titles"]["languages"]) + r"(?:-language)?\s+"
                                  + phrase_pattern(c["translated_titles"]["nouns"]) + r"\b"),
        foreign_small=frozenset(c["initials_foreign"]),
        foreign_opened=re.compile(r"(?:" + "|".join(map(re.escape, c["name_articles"]))
                                  + r")\s+[a-zà-ÿ][^\s,.;:!?()“”\"]*(?:\s+[^\s,.;:!?()“”\"]+){0,10}"),
        excerpt=re.compile(r"(?<![\w’'-])" + phrase_pattern(c["excerpt_titles"]["openers"])
                           + r"\s+(?=[A-Z])"),
        read_opener=re.compile(r"(?<![\w’'-])" + phrase_pattern(c["read_titles"]["openers"])
                               + r"\s+(?=[A-Z])"),
        book_cue=re.compile(r"(?<![\w’'-])" + phrase_pattern(c["excerpt_titles"]["book_cues"])
                            + r"(?![\w-])"),
        groups=frozenset(c["group_words"]),
        nouns=re.compile(r"(?<![\w’'-])" + phrase_pattern(list(kind_of)) + r"(,)?\s+"),
        kind_of=kind_of,
        after=[(re.compile(p), kind) for kind, pats in c["citation_after"].items() for p in pats],
        abbrevs=frozenset(c["name_abbreviations"]) | frozenset(c["titles"]),
        small=frozenset(c["title_small_words"]),
        followers=frozenset(c["title_followers"]),
        calendar=frozenset(c["calendar"]),
        published=[(re.compile(p), kind) for kind, pats in c["published_after"].items() for p in pats],
        person_title=re.compile(r" (?:" + "|".join(map(re.escape, c["person_titles"]["verbs"]))
                                + r")(?![\w’'-])(?: (?:"
                                + "|".join(map(re.escape, c["person_titles"]["links"])) + r") (?=[A-Z]))?"))


def _translated_cue(t: dict, articles: list[str]) -> re.Pattern:
    """The words saying a translation, then the title: an article of its language and its words
    to the clause's end (group `title`)."""
    lang = phrase_pattern(t["languages"])
    return re.compile(rf"(?<![\w’'-]){lang}(?:-language)?(?:(?:\s+{phrase_pattern(t['nouns'])})?,\s+"
                      rf"|\s+(?:{phrase_pattern(t['nouns'])}\s+)?{phrase_pattern(t['links'])}\s+)"
                      rf"(?P<title>(?:(?:{'|'.join(map(re.escape, articles))})|(?P<cap>[A-ZÀ-Þ][a-zà-ÿ]+))"
                      r"\s+(?P<second>[a-zà-ÿ][^\s,.;:!?()“”\"]*)"
                      r"(?:\s+[^\s,.;:!?()“”\"]+){0,10})(?=[,.;:!?)]|\s+\(|$)")


def find_titles(text: str, regs: list[Region], known: list[Match]) -> list[Title]:
    """Titles of works in the prose regions, none overlapping a registry mention."""
    cues = _cues()
    out: list[Title] = []
    for r in regs:
        if r.kind == "work":  # a book entry's title line ("Books of the Month"): the book's
            out.append(Title(r.begin, r.end, "book", over_names=True))
            continue
        if r.kind != "prose":
            continue
        for m in cues.nouns.finditer(text, r.begin, r.end):
            kind = cues.kind_of.get(re.sub(r"[,\s]+$", "", m.group(0)))
            if kind is None:
                continue
            noun = re.sub(r"[,\s]+$", "", m.group(0))
            # "the books A, B and C" lists titles; "the book A, B and C" names one (commatitles)
            one = not (noun.endswith("s") and noun[:-1] in cues.kind_of)
            t = _after_noun(text, m.end(), r.end, bool(m.group(1)), cues, known if one else None) \
                or _foreign_after_noun(text, m.end(), r.end, cues)
            if t:
                t = _country_after_place(text, t, r.end, known, cues)
                out.append(Title(t[0], t[1], kind))
        for m in re.finditer(r"(?<=[^\W\d_]),\s+(?=[A-Z])", text[r.begin:r.end]):
            start = r.begin + m.end()
            end = _stretch(text, start, r.end, cues)
            if end is None:
                continue
            for pat, kind in cues.after:
                if pat.match(text[end:min(r.end, end + 120)]):
                    out.append(Title(start, end, kind))
                    break
        out += _person_titles(text, r, known, cues)
        out += _possessive_titles(text, r, known, cues)
        out += _common_possessive_titles(text, r, known, cues)
        out += _published_titles(text, r, cues, known)
        out += _listed_titles(text, r, cues)
        out += _written_in_titles(text, r, known, cues)
        out += _in_titles(text, r, known, cues)
        out += _opened_titles(text, r, cues)
        out += _wrote_article_titles(text, r, cues)
        out += [Title(m.start("t"), m.end("t"), "work") for m in cues.feature.finditer(text, r.begin, r.end)]
        out += _eponymous_titles(text, r, known, cues)
        out += _apposition_titles(text, r, known, cues)
        out += _subtitled_titles(text, r, known, cues)
        out += _excerpted_titles(text, r, cues)
        # "an excerpt from Dockers, Drivers and the Long Strike by …": a list's title (ent97)
        out += [Title(b, e, "book", over_names=True) for b, e in excerpted_list_titles(text, r, cues.small)]
        out += _read_subtitled_titles(text, r, cues)
        out += _translated_titles(text, r, cues)
        out += _titles_before_translation(text, r, known, cues)
        # "available in Spanish from Dorrow Books: Otra mirada a Kelvo and …": listed translations
        out += [Title(b, e, "book", over_names=True) for b, e in listed_translations(text, r)]
        out += _header_titles(text, r, cues)
        # "Title: Subtitle. City: Publisher, 1994.": a header with no author in it (ent100)
        out += [Title(b, e, "book", over_names=True) for b, e in
                city_header_titles(text, r, lambda i, lim: _stretch(text, i, lim, cues, commas=True))]
        # "Ana Dorrow’s Woman with a Red Lantern": an article inside a title after a possessive (ent112)
        out += [Title(b, e, "work") for b, e in possessive_article_titles(
            text, r, known, cues.heads, _stretcher(text, cues))]
        # "Tomas Kelvane’s Harvest and Hunger in Peru": two words and a place after "in" (ent123)
        out += [Title(b, e, "work", over_names=True) for b, e in possessive_pair_titles(
            text, r, known, cues.body_heads, _stretcher(text, cues))]
        # "in Bread and Ballots, written in 1931": a title a writing clause closes (ent112)
        out += [Title(b, e, "work", over_names=True) for b, e in
                clause_titles(text, r, known, _stretcher(text, cues))]
        # "“Kelvia Has Lost the Long Peace” in New International": an article's title (ent89)
        out += [Title(b, e, "work") for b, e in quoted_before_periodical(text, r, known, cues.small)]
    # a registry work is left to the registry ("The Bell Curve: …"); other registry names stay
    # mentions inside the title ("Dynamics of the Cuban Revolution", "Malcolm X Speaks")
    works = ("book", "work", "periodical")
    spans = [t for t in out if not any(k.begin < t.end and t.begin < k.end for k in known
                                       if k.entry.kind in works)]
    seen: set[tuple[int, int]] = set()
    keep = []
    for t in sorted(spans, key=lambda t: (t.begin, -t.end)):
        if (t.begin, t.end) in seen or any(o.begin <= t.begin < o.end for o in keep):
            continue
        seen.add((t.begin, t.end))
        keep.append(t)
    return keep + _repeats(text, regs, known, keep)


def _repeats(text: str, regs: list[Region], known: list[Match], titles: list[Title]) -> list[Title]:
    """A title named with a cue is the same work where the article names it again without one,
    whole or its main title before a colon, in the prose, a headline or a deck ("‘Harvest of
    Fire’ tells …" over the review's header "Harvest of Fire: Farmers and …, by …"): each
    repeat of two words or more, not inside another title or a registry name, is a mention."""
    taken = [(t.begin, t.end) for t in titles] + [(m.begin, m.end) for m in known]
    out: list[Title] = []
    for t in titles:
        full = text[t.begin:t.end]
        forms = {full, full.split(":")[0].strip()}
        for form in sorted((f for f in forms if len(f.split()) >= 2), key=len, reverse=True):
            # a closing quotation mark may follow: "‘Harvest of Fire’ tells"
            rx = re.compile(r"(?<![\w’'-])" + re.escape(form) + r"(?![\w-]|[’']\w)")
            for r in regs:
                if r.kind not in ("prose", "headline", "deck"):
                    continue
                for hit in rx.finditer(text, r.begin, r.end):
                    if any(b < hit.end() and hit.start() < e for b, e in taken) \
                            or _LONGER_AFTER.match(text, hit.end()):
                        continue  # "… to Study the Kelvin Riot of 1921": inside a longer name
                    taken.append((hit.start(), hit.end()))
                    out.append(Title(hit.start(), hit.end(), t.kind, t.over_names, same_as=full))
    return out


# "of" and a capitalised word or a year after a title's repeat: a longer name holds the words
# ("the Commission to Study the Kelvin Riot of 1921"; branch ent29)
_LONGER_AFTER = re.compile(r" of(?: the)? [A-Z0-9]")


def _person_titles(text: str, r: Region, known: list[Match], cues: _Cues) -> list[Title]:
    """"Malcolm X Speaks", "Che Guevara Talks to Young People": a known person's name, one of
    the verbs of `[person_titles]`, and after a link word a title-case stretch: a book; it ends
    before "and" or a comma that a registry work follows (`_before_listed_work`)."""
    out = []
    for m in known:
        if m.entry.kind != "person" or not r.begin <= m.begin < r.end:
            continue
        v = cues.person_title.match(text, m.end, r.end)
        if not v:
            continue
        end = v.end()
        if text[end - 1] == " ":  # a link word: the title runs on
            end = _stretch(text, end, r.end, cues) or 0
            end = _before_listed_work(text, v.end(), end, known)
            if not end:
                continue
        elif text.startswith(": ", end) and end + 2 < r.end and text[end + 2].isupper():
            # "Ana Ruiz Speaks: The Kelvish Revolution 1979–83": the subtitle is the title's, a
            # span of years after it too (sets AL/AM, branch ent61)
            sub = _stretch(text, end + 2, r.end, cues)
            if sub:
                years = _YEARS_SPACED.match(text, sub, r.end)
                if years is None and re.search(r" (?:1[6-9]|20)\d\d\Z", text[end:sub]):
                    years = _YEAR_SPAN_TAIL.match(text, sub, r.end)  # the stretch took the first year
                end = years.end() if years else sub
        out.append(Title(m.begin, end, "book", over_names=True))
    return out


_LIST_JOIN = re.compile(r"(?:,\s+|,?\s+(?:and|or)\s+)$")


def _before_listed_work(text: str, start: int, end: int, known: list[Match]) -> int:
    """"Ana Ruiz Talks to Young People and Kelvin and the Coming Storm by …": a title-case
    stretch after a person's verb that runs on over "and" (or a comma) into a registry work is a
    list of two works; the first ends before the joiner. The longer stretch overlapped the
    registry work and was dropped whole, leaving the person a mention and the words after the
    link junk (set AA, branch ent44). 0 where nothing is left."""
    for k in sorted(known, key=lambda k: k.begin):
        if k.entry.kind in ("book", "work", "periodical") and start < k.begin < end:
            j = _LIST_JOIN.search(text, start, k.begin)
            return j.start() if j and j.start() > start else 0
    return end


_POSSESSIVE = re.compile(r"[’']s?\s+(?=[“\"‘]?(?:The|A|An)\s+[A-Z]|[“\"‘][A-Z])")


def _possessive_titles(text: str, r: Region, known: list[Match], cues: _Cues) -> list[Title]:
    """"Nelson Mandela’s “The Struggle Is My Life”", "Mandela’s The Struggle Is My Life": after
    a registry person's possessive, a quoted title-case stretch of two words or more, or an
    unquoted one opened by a capitalised article ("The", "A": mid-sentence only a title opens
    so) and ending where the sentence or clause does, is that person's work. A registry
    publisher's possessive (`publisher_heads` ending its label: "Kelvo Press’s To Speak the
    Truth") opens its title the same way (sets AH/AI, branch ent54)."""
    out = []
    publishers = frozenset(load("entities")["publisher_heads"])
    for m in known:
        publisher = m.entry.kind == "organization" and m.entry.label.split()[-1] in publishers
        if not (m.entry.kind == "person" or publisher) or not r.begin <= m.begin < r.end:
            continue
        p = _POSSESSIVE.match(text, m.end, r.end)
        if not p:
            p = _POSSESSIVE_BARE.match(text, m.end, r.end)
            t = _after_noun(text, p.end(), r.end, False, cues) if p else None
            if t and (_bare_title(text[t[0]:t[1]], t[0], known, cues) or _told(text, t, known, cues)):
                out.append(Title(t[0], t[1], "work"))
            continue
        t = _after_noun(text, p.end(), r.end, False, cues)
        if t and len(text[t[0]:t[1]].split()) >= 2:
            out.append(Title(t[0], t[1], "work"))
    return out


_COMMON_POSSESSIVE = re.compile(r"(?<![\w’'-])(?P<w>[A-Z][a-z]+)[’']s\s+(?=[A-Z])")
_OWNER_BEFORE = re.compile(r"[^\W\d_][’']s\s+\Z")
_WHICH_AFTER = re.compile(r",\s+which\s")


def _common_possessive_titles(text: str, r: Region, known: list[Match], cues: _Cues) -> list[Title]:
    """"reading Capitalism’s Long Night", "Ana Ruiz’s Labor’s Hard Road, which covers …": a
    common noun capitalised with its possessive, then a title-case stretch closed where the clause
    ends, is one title (the name finder cut it at the possessive and kept the rest as a name),
    where a verb of reading (`[read_titles] openers`) or an owner's possessive stands right
    before it, or ", which" closes it. The word names nothing itself: no registry name, place
    or people's adjective ("Labour’s Shadow Cabinet" is the party's: its registry name); no
    body's head ends the stretch, no known name lies inside it (set I, set AV; branch ent85)."""
    out = []
    floor = float(load("entities")["read_titles"]["possessive_min_zipf"])
    for m in _COMMON_POSSESSIVE.finditer(text, r.begin, r.end):
        w = m.group("w")
        if zipf_frequency(w.lower(), "en") < floor or gazetteer().place_kind(w) or is_demonym(w) \
                or gazetteer().is_given_name(w) \
                or any(k.begin < m.end() and m.start() < k.end for k in known):
            continue
        opened = any(o.end() == m.start() for o in cues.read_opener.finditer(
            text, max(r.begin, m.start() - 20), m.start() + 1)) \
            or bool(textwindow.before(_OWNER_BEFORE, text, m.start(), 40))
        t = _after_noun(text, m.end(), r.end, False, cues)
        if t is None or not (opened or _WHICH_AFTER.match(text, t[1])):
            continue
        words = text[t[0]:t[1]].split()
        if words[-1] in cues.body_heads or gazetteer().place_kind(text[m.start():t[1]]) \
                or any(t[0] <= k.begin < t[1] for k in known):
            continue
        out.append(Title(m.start(), t[1], "work"))
    return out


_POSSESSIVE_BARE = re.compile(r"[’']s\s+(?=[A-Z])")


def _eponymous_titles(text: str, r: Region, known: list[Match], cues: _Cues) -> list[Title]:
    """"the Kelvane report": one capitalised word before a document's noun (`eponymous_work_nouns`)
    names the report for the person who chaired or wrote it; the phrase is the work, the word
    alone no untyped name. Not a place ("the Iowa report"), a known body ("the Amnesty
    report"), a people's adjective or a common word capitalised for another reason ("the Annual
    report")."""
    out = []
    for m in cues.eponymous.finditer(text, r.begin, r.end):
        w = m.group("w")
        if gazetteer().place_kind(w) or is_demonym(w) or common_words().common(w) \
                or any(k.begin < m.end("w") and m.start("w") < k.end and k.entry.kind != "person"
                       for k in known):
            continue
        out.append(Title(m.start("t"), m.end("t"), "work"))
    return out


def _bare_title(body: str, begin: int, known: list[Match], cues: _Cues) -> bool:
    """"Lenin’s State and Revolution": an unquoted stretch after a registry person's possessive
    is a title only when it holds a small word between capitalised ones ("and", "of", "the")
    and says no name: no head word ends it ("Lenin’s Bolshevik Party"), no known name lies
    inside it but a place after a small word ("… and Man in Kelvia"), the gazetteer knows no
    place so called. An event's head may end it ("State and Revolution")."""
    words = body.split()
    return len(words) >= 3 and any(w in cues.small for w in words[1:-1]) \
        and words[-1] not in cues.body_heads and not gazetteer().place_kind(body) \
        and not any(begin <= k.begin < begin + len(body) and not _place_after_small(body, begin, k, cues)
                    for k in known)


def _told(text: str, t: tuple[int, int], known: list[Match], cues: _Cues) -> bool:
    """"Ana Ruiz’s Dock Rebellion, which tells how …": an unquoted stretch of two words or more
    after a registry person's possessive, closed by ", which" and a verb of telling
    (`[title_in] which_verbs`), is the person's work; no body's head ends it, no known name lies
    inside it, the gazetteer knows no place so called (set U, branch ent34)."""
    body = text[t[0]:t[1]]
    words = body.split()
    return len(words) >= 2 and bool(cues.which_told.match(text, t[1])) \
        and words[-1] not in cues.body_heads and not gazetteer().place_kind(body) \
        and not any(t[0] <= k.begin < t[1] for k in known)


def _place_after_small(body: str, begin: int, k: Match, cues: _Cues) -> bool:
    """"Guevara’s Socialism and Man in Kelvia": a known place after a small word inside the
    stretch, not opening it, is where the work is about, part of its title, unless a body's
    head before it names a party or a union "of" the place (branch ent29). A known event so
    placed is what the work tells ("Dorrow’s History of the Kelvan Uprising"; branch passW44)."""
    before = body[:k.begin - begin].split()
    return k.entry.kind in ("country", "city", "place", "event") and len(before) >= 2 \
        and before[-1] in cues.small \
        and not any(w in cues.body_heads for w in before)  # "Ana Ruiz’s Workers Party of Kelvia"


def _published_titles(text: str, r: Region, cues: _Cues, known: list[Match] = ()) -> list[Title]:
    """"… bought copies of The Cuban Five: Who They Are, Why They Were Framed, published by
    Pathfinder": the title-case stretch ending right before a publication cue (commas allowed
    after a colon: a subtitle's list), begun at the first capitalised word of its clause that
    reaches the cue; after "both"/"all" each part joined by "and" is a title."""
    out = []
    begin, end = r.begin, r.end
    # where a cue may stand (before a comma or a space, two characters in at least), and the
    # text a cue is matched on there (an author list, then the imprint): cut once, read by
    # every cue
    windows = [(at, text[at:min(end, at + 240)])
               for c in re.finditer(r"(?=[,\s])", text[begin:end]) if (at := begin + c.start()) - begin >= 2]
    for pat, kind in cues.published:
        for at, window in windows:
            cue = pat.match(window)
            if not cue:
                continue
            # the title's own "!" or "?" may stand before the cue ("Kelvia Now!, published by")
            last = at - 1 if text[at - 1] in _OWN_PUNCT else at
            if not text[last - 1].isalnum() and not _YEARS_BRACKETED_END.search(text, r.begin, last):
                continue  # … but a span of years in brackets may close it ("… (1921–29) by …")
            if cue.groupdict().get("author") and not _a_person(text, at + cue.start("author"), known) \
                    and not _an_author(cue.group("author"), cues):
                continue  # "… by Ford Plant Gate": no author named
            if cue.groupdict().get("author") and " " not in cue.group("author") \
                    and not _registry_person(at + cue.start("author"), known):
                continue  # "… by Kelvin": a surname alone is an author where the registry knows him
            lo = max(r.begin, *(text.rfind(p, r.begin, at) + len(p) for p in (". ", "; ", "? ", "! ")))
            for w in re.finditer(r"(?<![\w’'-])[A-Z]", text[lo:at]):
                start = lo + w.start()
                if _publisher_before(text, start, known):
                    continue  # "Pathfinder’s Making History: …": the publisher's, not in the title
                if _stretch(text, start, last, cues, commas=True) != last and not (
                        kind == "book" and _comma_run_to(text, start, lo, last, cues, known)):
                    continue
                # "See Ana Dorrow’s Dock Hands Speak, published in …": the writer opens no title
                start = _after_owner(text, start, last, known)
                start = after_count_of(text, start, at)  # "Copies of Kelvin Nights, published by"
                start = after_listed_count(text, start, at)  # "… and 20 of Kelvin Nights by …"
                if " " not in text[start:at]:
                    break  # one word ("Omaha, published by …"): no title said
                if subject_not_title(text, start):
                    break  # "his books on the Kelvo Dockers, published by …": the subject (ent112)
                if _dated(text, start, at):
                    break  # "a talk given June 3 at a Kelvin Forum in Tallow by …": when and where
                if _people_of(text, start, at, cues):
                    break  # "the treatment of the Socialists of Kelvia by …": a people, no title
                if _BY_BEFORE.search(text, lo, start):
                    start = _title_after_authors(text, start, at, known)
                    if start is None:
                        break  # "edited by Mary Dorrow and Tom Kelvin, published by …": authors
                if cue.groupdict().get("list"):
                    parts = re.split(r" and (?:(?:in|on|of) )?(?=[A-Z])", text[start:at])
                    pos = start
                    for part in parts:
                        b = text.index(part, pos)
                        out.append(Title(b, b + len(part), kind, over_names=True))
                        pos = b + len(part)
                else:
                    out.append(Title(start, at, kind, over_names=True))
                break
    return out


def _comma_run_to(text: str, start: int, lo: int, last: int, cues: _Cues, known: list[Match]) -> bool:
    """"… sold Kelvo Workers, Farmers and Students Unite, published by …": a title with commas
    and no colon runs from `start` to a book's publication cue at `last` (a "by" and a name
    alone says no book: "excerpts from Kelvo, Dorrow and Venn by Tom Lee" are towns;
    kg.nlp.entities.spans.commatitles) when it may open there (`opens_mid_sentence`: after a
    lower-case word, no author's "by" nor a list's "and", no person opening it)."""
    if not opens_mid_sentence(text, lo, start, known):
        return False
    first = _stretch(text, start, last, cues)
    return first is not None and comma_run(text, start, first, last, _stretcher(text, cues), known) == last


_BY_BEFORE = re.compile(r"(?<![\w’'-])by\s+\Z")
# a possessive inside a stretch before a publication cue: the work's writer before its title
_OWNER_INSIDE = re.compile(r"[^\W\d_][’']s ")


def _after_owner(text: str, start: int, end: int, known: list[Match]) -> int:
    """Where a title in the stretch [start, end) begins past a person's possessive ("See Ana
    Dorrow’s Dock Hands Speak": the words after "’s "), where two or three capitalised words a
    given name opens, or a registry person, end at the stretch's first possessive and no colon
    stands before it; else `start`. "Women’s Liberation and …" (no person) and a subtitle's
    "… the Kelvo Women’s Brigade" keep their possessive."""
    m = _OWNER_INSIDE.search(text, start, end)
    if m is None or ": " in text[start:m.start()]:
        return start  # "…: Ana Puebla and the Kelvo Women’s Brigade": a subtitle's own possessive
    person = any(k.entry.kind == "person" and k.end == m.start() + 1 and start <= k.begin for k in known)
    owner = re.search(r"(?:[A-Z][\w’'.-]*\s+){1,2}[A-Z][\w'-]*\Z", text[start:m.start() + 1])
    if person or owner is not None and any(gazetteer().is_given_name(w) for w in owner.group(0).split()[:-1]):
        return m.end()  # the first possessive only, two or three capitalised words a given name opens
    return start


_LOWER_THE = re.compile(r"(?<![\w’'-])the\s+\Z")


def _people_of(text: str, start: int, at: int, cues: _Cues) -> bool:
    """The stretch before "by" opens with a group word in the plural after a lower-case "the"
    ("the harsh treatment of the Socialists of Kelvia by the governor"): a people or a party's
    members, whom someone treated so, not a work's title, which the paper prints without a
    lower-case article before its first word or opens with its own "The" (branch passW44)."""
    word = re.match(r"[A-Z][\w’'-]*", text[start:at])
    if word is None or not textwindow.before(_LOWER_THE, text, start, 8):
        return False
    w = word.group(0)
    return w.endswith("s") and (w in cues.groups or w[:-1] in cues.groups or is_demonym(w))


_MONTH_DAY = re.compile(r"([A-Z][a-z]+)\.? \d{1,2}(?!\d)")
_MONTH_YEAR = re.compile(r"([A-Z][a-z]+)\.? \d{4}")


def _dated(text: str, start: int, at: int) -> bool:
    """A stretch before "by" that opens with a month and a day ("June 3 at a Kelvin Forum in
    Tallow") says when and where a talk was given, not a work's title: the forum and the town
    after it are names of their own (set AJ, branch ent59). A month and a year alone ("the
    committee organized in July 1983 by Ana Dorrow") say when (a real 2009 page)."""
    m = _MONTH_DAY.match(text, start, at) or _MONTH_YEAR.fullmatch(text, start, at)
    return m is not None and month_number(m.group(1)) is not None
_AND = re.compile(r" and (?=[A-Z])")


def _title_after_authors(text: str, start: int, at: int, known: list[Match]) -> int | None:
    """A stretch right after "by" opens with its author, not a title: a work's title does not
    end on two people's names ("… edited by Mary Dorrow and Tom Kelvin, published by …"), and
    a list of an author and a book names the book after "and" ("books by Art Dorrow and Brindle
    Rebellion by Farrell Tessaro"). Where the title begins, or None (no title, only authors)."""
    joint = _AND.search(text, start, at)
    if joint is None:
        return None
    second = joint.end()
    if _a_person(text, second, known) or " " not in text[second:at]:
        return None
    return second


def _publisher_before(text: str, at: int, known: list[Match]) -> bool:
    """A registry organisation's possessive opens the text at `at` ("Pathfinder’s Making
    History", "Monthly Review’s …"): the title begins after it."""
    return any(m.begin == at and m.entry.kind in ("organization", "periodical")
               and textwindow.after(r"['’]s\s", text, m.end, 3, cut=True) for m in known)


def _an_author(name: str, cues: _Cues) -> bool:
    """An author's name of two words after a title and "by" whose given name is one the
    gazetteer keeps out as a common word ("… by Art Dorrow", "… by Bill Kelvane"): the shape
    says a person, when the surname is no place and no body's head ("by Grant Park" is none)."""
    words = name.split()
    g = gazetteer()
    return len(words) == 2 and fold(words[0]) in g.common_given_names and not g.place_kind(words[1]) \
        and words[1] not in cues.body_heads


def _registry_person(at: int, known: list[Match]) -> bool:
    """A registry person's name begins at `at`: an author named by surname alone ("… by
    Trotsky"), which no given name vouches for (branch passW44)."""
    return any(m.begin == at and m.entry.kind == "person" for m in known)


def _a_person(text: str, at: int, known: list[Match]) -> bool:
    """A registry person's name, or a common given name, opens the text at `at`."""
    if any(m.begin == at and m.entry.kind == "person" for m in known):
        return True
    word = re.match(r"[\w’'-]+", text[at:])
    return bool(word) and gazetteer().is_given_name(word.group(0))


def _listed_titles(text: str, r: Region, cues: _Cues) -> list[Title]:
    """"Pathfinder’s titles on the Cuban Revolution, such as A/B and C D": after a plural work
    noun and "such as" (`[title_lists]`), each item of the list that is quoted or a title-case
    stretch of two words or more is a title of the noun's kind. Items are parted by commas and
    "and"; inside one stretch an "and" before a capital parts it only when both sides hold two
    words or more."""
    out = []
    for m in cues.lists.finditer(text, r.begin, r.end):
        kind = cues.list_kind[m.group("noun")]
        pos = m.end()
        while pos < r.end:
            quoted = _QUOTE_PAIRS.get(text[pos:pos + 1])
            if quoted:
                t = _after_noun(text, pos, r.end, False, cues)
                if t is None:
                    break
                out.append(Title(t[0], t[1], kind))
                end = text.find(quoted, t[1], r.end) + 1
            else:
                end = _item_end(text, pos, r.end, cues)
                if end is None:
                    break
                parts = _list_parts(text, pos, end)
                if not parts:
                    break
                out += [Title(b, e, kind) for b, e in parts]
            gap = re.match(r",?\s+(?:and\s+|or\s+)?(?=[A-Z“\"‘])|,\s+(?=[A-Z“\"‘])", text[end:r.end])
            if not gap:
                break
            pos = end + gap.end()
    return out


def _written_in_titles(text: str, r: Region, known: list[Match], cues: _Cues) -> list[Title]:
    """"explains in Tom Paine, Common Sense, and the Road to Freedom why …": after a verb of
    writing and "in" (`[title_in]`), title-case parts joined by commas and "and", closed by a
    clause word, are one work's title; none if a part is a known place or ends in a place's
    head word, if every part is a known name, or if it holds one word."""
    out = []
    spans = {(m.begin, m.end): m for m in known}
    for m in cues.written_in.finditer(text, r.begin, r.end):
        pos = m.end()
        if _QUOTE_PAIRS.get(text[pos:pos + 1]):
            t = _after_noun(text, pos, r.end, False, cues)
            if t:
                out.append(Title(t[0], t[1], "work"))
            continue
        parts = []
        while (end := _stretch(text, pos, r.end, cues)) is not None:
            parts.append((pos, end))
            gap = re.match(r",\s+(?:and\s+)?(?:(?:the|a|an)\s+)?(?=[A-Z])", text[end:r.end])
            if not gap:
                break
            pos = end + gap.end()
        if not parts or not cues.clause.match(text, parts[-1][1], r.end):
            continue
        hits = [spans.get(p) for p in parts]
        if any(h is not None and h.entry.kind in ("country", "city", "place") for h in hits) \
                or all(h is not None for h in hits) \
                or any(text[b:e].split()[-1] in cues.place_heads for b, e in parts) \
                or len(text[parts[0][0]:parts[-1][1]].split()) < 2:
            continue
        out.append(Title(parts[0][0], parts[-1][1], "work"))
    return out


_IN_OPENS = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"]\s))In\s+(?=[A-Z])", re.MULTILINE)


def _in_titles(text: str, r: Region, known: list[Match], cues: _Cues) -> list[Title]:
    """"In State and Power, Lenin wrote that …", "In Dark Harvest, Ana Ruiz explains how …":
    "In" opening a sentence, a title-case stretch of two words or more, a comma, then a writer
    (a registry person, or a name a given name opens) and a verb of writing (`[title_in]
    verbs`) is a work's title. Not when the stretch is a place ("In Santa Rosa, Ana Ruiz wrote
    …": a known place or the gazetteer's, or a place's head word), a time ("In March 1917") or
    a known name."""
    out = []
    for m in _IN_OPENS.finditer(text[r.begin:r.end]):
        pos = r.begin + m.end()
        end = _stretch(text, pos, r.end, cues)
        if end is None:
            continue
        body = text[pos:end]
        words = body.split()
        w = cues.in_writer.match(text, end, r.end)
        if w is None or len(words) < 2 or words[0] in cues.calendar or any(ch.isdigit() for ch in body) \
                or words[-1] in cues.place_heads or gazetteer().place_kind(body):
            continue
        if any(k.begin <= pos and end <= k.end for k in known) \
                or any(k.entry.kind in ("country", "city", "place") and pos <= k.begin < end for k in known):
            continue
        writer = w.start("writer")
        if not (any(k.begin == writer and k.entry.kind == "person" for k in known)
                or _a_person(text, writer, known) and len(w.group("writer").split()) >= 2):
            continue
        out.append(Title(pos, end, "work"))
    return out


def _opened_titles(text: str, r: Region, cues: _Cues) -> list[Title]:
    """"she read Why Workers Should Back Kelvin", "copies of Our Story Is Still Unwritten":
    mid-sentence (after a lower-case word) a capitalised word that English capitalises there
    only when it opens a title (`title_openers`: a preposition, a pronoun, a question word),
    then a title-case stretch of two capitalised words or more ending where the clause does
    (as after a work noun), is a work's title. Not when the stretch ends in a head word ("at
    Our Lady of Kelvin Church" names a church) or opens with one of the pronoun forms of "I",
    nor inside a sentence set in Title Case (`_in_title_case`)."""
    out = []
    for m in cues.openers.finditer(text, r.begin, r.end):
        t = _after_noun(text, m.start("w"), r.end, False, cues)
        if t is None or _in_title_case(text, r.begin, m.start("w")):
            continue
        words = text[t[0]:t[1]].split()
        caps = [w for w in words[1:] if w[:1].isupper()]
        if len(caps) < 2 or words[-1].rstrip(".") in cues.heads:
            continue
        out.append(Title(t[0], t[1], "work"))
    return out


def _wrote_article_titles(text: str, r: Region, cues: _Cues) -> list[Title]:
    """"Marx wrote The Civil War in Kelvia as an address": a verb of writing (`[title_in]
    wrote_verbs`) right before a capitalised article mid-sentence, and a title-case stretch
    holding a small word between its capitals (`_article_opened`: "The State and Revolution"),
    is the work's title, wherever the clause goes on; the walk had cut it at the small word and
    left an event and a place (wave 5's kind, branch junk48). No small word inside ("wrote The
    Kelvo Times a letter") leaves the run to the other cues."""
    out = []
    for m in cues.wrote_article.finditer(text, r.begin, r.end):
        end = _stretch(text, m.end(), r.end, cues)
        while end is not None and not text[m.end():end].split()[-1][:1].isupper():
            end = _last_capital_end(text, m.end(), end)  # "… Strike in 1990": the year is the clause's
        if end is None or not _article_opened(text[m.end():end], cues) \
                or text[m.end():end].split()[-1] in cues.heads:
            continue
        out.append(Title(m.end(), end, "work"))
    return out


def _last_capital_end(text: str, begin: int, end: int) -> int | None:
    """The end of the stretch's last capitalised word before its last word (None: none)."""
    words = list(re.finditer(r"\S+", text[begin:end]))[:-1]
    caps = [w for w in words if w.group()[:1].isupper()]
    return begin + caps[-1].end() if caps else None


# where the sentence of a line opens: after a stop and a space, or a line break
_SENTENCE_OPENS = re.compile(r"(?:[.!?][”’\"')]*\s+|\n)")


def _in_title_case(text: str, begin: int, at: int) -> bool:
    """Whether the words of the line's sentence before `at` are set in Title Case (kg.nlp.
    entities.spans.titlecase): a forum's talk title opening its listing ("Why Kelvo Bus Drivers
    Face Cuts, and How Their Union Can Fight Back."), where "How" is capitalised as every word
    is, no title's opening (set BE, branch ent88)."""
    opens = [m.end() for m in _SENTENCE_OPENS.finditer(text, begin, at)]
    return is_title_case(text[opens[-1] if opens else begin:at])


def _apposition_titles(text: str, r: Region, known: list[Match], cues: _Cues) -> list[Title]:
    """"she read Imperialism, the Highest Stage of Capitalism, in jail": a title-case stretch
    mid-sentence (after a lower-case word or a registry person's possessive), then a second
    part in apposition as `_apposition` reads it, is one work's title with no cue. The first
    part must name nothing of its own: no registry name, given name, title, known place or
    head word ("Jane Doe, the Secretary of …", "Kelvin Steel, the Biggest Employer of …")."""
    out = []
    for m in re.finditer(r"(?<=[^\W\d_]), the (?=[A-Z])", text[r.begin:r.end]):
        at = r.begin + m.start()
        end = _apposition(text, at, r.end, cues)
        if end is None:
            continue
        start = _first_part(text, r.begin, at, cues)
        if start is None or any(k.begin < at and start < k.end for k in known):
            continue
        first = text[start:at].split()
        if _spelled_acronym(first, text[at + 6:end]):
            continue  # "KANU, the Kelvian Army for National Unity": initials and their name
        if gazetteer().is_given_name(first[0]) or first[0] in cues.person_titles \
                or first[-1].rstrip(".") in cues.heads or gazetteer().place_kind(text[start:at]):
            continue
        before = text[max(r.begin, start - 40):start]
        if not re.search(r"(?:\b[a-z][\w’'-]*|[’']s?)\s+$", before):
            continue  # a sentence's first word is capitalised by position
        out.append(Title(start, end, "work"))
    return out


def _spelled_acronym(first: list[str], second: str) -> bool:
    """"KANU, the Kelvian Army for National Unity": a first part that is one word in capitals
    whose letters are all initials of the second part's capitalised words is a body's acronym
    and its name spelled out (two names, kg.nlp.entities.spans.initials), no work's title with
    a subtitle in apposition (set AP, branch ent66)."""
    if len(first) != 1 or not re.fullmatch(r"[A-Z]{2,8}", first[0]):
        return False
    initials = [w[0] for w in second.split() if w[:1].isupper()]
    return all(initials.count(c) >= first[0].count(c) for c in set(first[0]))


# a note's number opening its line ("[3] ", "3. "): the citation after it opens with its work
_NOTE_OPENS = re.compile(r"(?:^|\n)[ \t]*(?:\[\d{1,3}\]|\d{1,3}\.)[ \t]+\Z")
_DATE_AFTER = re.compile(r" (?:in|on|at) (?:1[6-9]|20)\d\d$")


# small words no body's name holds before a history's colon ("… by Ana Ruiz and in The IWW: Its …")
_NOT_IN_BODY = re.compile(r"(?<![\w’'-])(?!(?:of|the|for|and the)\s)[a-z][\w’'-]*\s+(?=[A-Z])")


def _subtitled_titles(text: str, r: Region, known: list[Match], cues: _Cues) -> list[Title]:
    """"the Kelvin Riot: A Report by the Kelvia Commission": a title-case stretch, a colon and
    a report's subtitle (`[report_subtitles]`: ": A Report by", ": An Account of") are one
    work's title, to the end of the subtitle's title-case stretch. The part before the colon
    must name nothing of its own (no registry name, given name or known place) and stand
    mid-sentence (a sentence's first word is capitalised by its place). A history's subtitle
    opening with a possessive (`owners`: ": Its First Fifty Years") stands for the body named
    before the colon, which may be a registry name then ("the Kelvane Miners Union: Its First
    Fifty Years"; set T, branch ent33)."""
    out = []
    for m in cues.subtitle.finditer(text, r.begin, r.end):
        at = m.start()
        start = _first_part(text, r.begin, at, cues)
        if start is not None and m.group("owner"):  # the body's name: "of" and "the" inside, no list
            cut = list(_NOT_IN_BODY.finditer(text, start, at))
            start = cut[-1].end() if cut else start
        if start is None or not m.group("owner") and any(k.begin < at and start < k.end for k in known):
            continue
        first = text[start:at].split()
        if gazetteer().is_given_name(first[0]) or gazetteer().place_kind(text[start:at]):
            continue
        if not re.search(r"(?:\b[a-z][\w’'-]*|[’']s?)[ ,]+$", text[max(r.begin, start - 40):start]) \
                and not textwindow.before(_NOTE_OPENS, text, start, 12):
            continue  # a sentence's first word is capitalised by its place; a note's is the citation's
        after = m.end() + (4 if text.startswith("the ", m.end()) else 0)  # "by the Kelvia …"
        end = _stretch(text, after, r.end, cues)  # "by" ends a title elsewhere: read on past it
        if end is not None:
            date = _DATE_AFTER.search(text, after, end)  # "… Commission in 2001": when, no title
            out.append(Title(start, date.start() if date else end, "work", over_names=True))
    return out


_SUBTITLE = re.compile(r": [A-Z]")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _excerpted_titles(text: str, r: Region, cues: _Cues) -> list[Title]:
    """"Below is an excerpt from Kelvin Nights: Dockers Tell Their Story, published by …": after
    "excerpt from" (`[excerpt_titles] openers`) a title-case stretch holding a colon and a
    capitalised subtitle, closed by a comma or the sentence's end, is a book's title when a
    book's cue (`book_cues`: "book", "published by", a publisher's name) stands after it in its
    sentence or the next. Talks are excerpted too ("excerpts from Kelvin Dorrow: A Life in the
    Struggle" could be a talk's title), hence both the colon's shape and the book's cue."""
    out = []
    for m in cues.excerpt.finditer(text, r.begin, r.end):
        start = m.end()
        end = _stretch(text, start, r.end, cues, commas=True)
        if end is None or not _SUBTITLE.search(text, start, end) or end < r.end and text[end] not in ",.;":
            continue
        stop = end
        for _ in range(2):  # the title's sentence and the next one
            e = _SENTENCE_END.search(text, stop + 1, r.end)
            stop = e.end() if e else r.end
        if cues.book_cue.search(text, end, stop):
            out.append(Title(start, end, "book", over_names=True))
    return out


def _read_subtitled_titles(text: str, r: Region, cues: _Cues) -> list[Title]:
    """"people bought copies of The Long Road: Building a Union.", "readers should also read
    Kelvia: Uprising in an Old Kingdom.": after a verb of reading or a count of a work's copies
    (`[read_titles] openers`) a title-case stretch holding a colon and a subtitle of two words
    or more, closed by the sentence's end or a comma, is a book's title. Without the colon the
    stretch may be anything read ("read Kelvin Dorrow's letter"), so the colon is asked for;
    a place after "read" and a colon ("read Kelvia: it says …") ends before a lower-case word."""
    out = []
    for m in cues.read_opener.finditer(text, r.begin, r.end):
        start = m.end()
        end = _stretch(text, start, r.end, cues, commas=True)
        if end is None or end < r.end and text[end] not in ",.;!?":
            continue
        colon = text.find(": ", start, end)
        if colon < 0 or not text[colon + 2:colon + 3].isupper() or len(text[colon + 2:end].split()) < 2:
            continue
        out.append(Title(start, end, "book", over_names=True))
    return out


def _translated_titles(text: str, r: Region, cues: _Cues) -> list[Title]:
    """"also out in Spanish as El camino largo.", "its Spanish-language edition, La huelga de
    Kelvin, sold well": after a language and a word saying a translation (`[translated_titles]`),
    one of the language's articles and a lower-case word open a title in sentence case, to the
    clause's end: a book's title. The article alone was read as a name ("El", untyped) and the
    lower-case words after it not at all (set T, branch ent33)."""
    return [Title(m.start("title"), m.end("title"), "book", over_names=True)
            for m in cues.translated.finditer(text, r.begin, r.end)
            if not m.group("cap") or _sentence_case_title(text, m)]


def _sentence_case_title(text: str, m: re.Match) -> bool:
    """"its Spanish edition, Otra mirada a Kelvo, sold out": a title that opens with no
    article, its first word capitalised and the rest in lower case, after the comma of
    "<language> edition," only (not after "as": "out in Spanish as Maria said" is a person),
    its second word a word of that language and no English one (kg.nlp.entities.spans.foreign
    `foreign_word`; branch ent56)."""
    return "," in text[m.start():m.start("title")] and foreign_word(m.group("second"))


_TITLE_WORD = re.compile(r"[^\s,.;:!?()“”\"]+")


def _titles_before_translation(text: str, r: Region, known: list[Match], cues: _Cues) -> list[Title]:
    """"presenting El desorden de Kelvin, the Spanish translation of Kelvin’s Disorder",
    "She bought Habla Ana Ruiz, the Spanish edition of Ana Ruiz Speaks": a stretch right before
    ", the <language> edition|translation|version of" (`[translated_titles]`) is the
    translation's title, a book's, whatever its first word (an article, a verb). It opens at the
    capitalised word nearest the comma that a lower-case word of the sentence stands before
    (a verb: "presenting", "bought"), where that word is no small word of another language's
    title (`initials_foreign`: "La historia de Kelvin" runs on over "de"), or at the clause's
    start; it holds no sentence mark or comma and at most twelve words. Two words at least, not a place
    the gazetteer knows, not a registry name alone ("published in Mexico City, the Spanish
    edition of …" names the city). The first word stood alone as junk and a registry person
    inside the title ("Ana Ruiz") was read as a mention of the person (set X). The same holds
    before " in its (new) <language> edition" ("the stall sold out of Kelvinism’s Long Winter in its
    new Spanish edition"): the work in its own language, a possessive of a common noun opening it,
    whose capitalised words after the possessive stood alone as junk (set AA, branch ent44)."""
    out: list[Title] = []
    for m in cues.translation_of.finditer(text, r.begin, r.end):
        lo = max(r.begin, m.start() - 200)
        # the words after the last sentence mark or comma before the cue
        marks = [x.end() for x in re.finditer(r"[,.;:!?()“”\"](?:\s|$)", text[lo:m.start()])]
        lo += marks[-1] if marks else 0
        words = [w.group(0) for w in _TITLE_WORD.finditer(text, lo, m.start())]
        spans = [(w.start(), w.end()) for w in _TITLE_WORD.finditer(text, lo, m.start())]
        start = next((k for k in range(len(words) - 1, -1, -1) if words[k][:1].isupper() and (
            k == 0 or words[k - 1][:1].islower() and words[k - 1] not in cues.foreign_small)), None)
        if start is None or not 2 <= len(words) - start <= 12:
            continue
        b, e = spans[start][0], spans[-1][1]
        if gazetteer().place_kind(text[b:e]) or any(k.begin == b and k.end == e for k in known):
            continue
        out.append(Title(b, e, "book", over_names=True))
    return out


_BY_LINE = re.compile(r"\n[ \t]*(?:edited\s+)?by\s+[A-Z]")


def _header_titles(text: str, r: Region, cues: _Cues) -> list[Title]:
    """A review's header set one item a line (today's site: "Harbor Days: The Dockers’
    Strikes, 1951–1952" / "by Ana Ruiz" / "Red Press, 2021" / "312 pages, $24"; the reader's
    kg.reader.cues.is_review_header_block): a line that is one title-case stretch of two words
    or more, right above a line opening with "by" and a capital, is the book's title, whole."""
    if not _BY_LINE.match(text, r.end):
        return []
    body = text[r.begin:r.end].rstrip(_END_PUNCT + " ")
    end = r.begin + len(body)
    if len(body.split()) < 2 or "\n" in body or _stretch(text, r.begin, end, cues, commas=True) != end:
        return []
    return [Title(r.begin, end, "book", over_names=True)]


def _first_part(text: str, lo: int, at: int, cues: _Cues) -> int | None:
    """Start of the title-case stretch that ends at `at` (capitalised words and small words
    between them, opened by a capitalised word), else None."""
    start = None
    for w in reversed(list(re.finditer(r"\S+", text[lo:at]))):
        word = w.group(0)
        if word[:1].isupper() and not re.search(r"[^\w’'-]|[’']s?$", word):  # a possessive opens no title
            start = lo + w.start()
        elif word not in cues.small or start is None:
            break
    return start


def _item_end(text: str, pos: int, limit: int, cues: _Cues) -> int | None:
    """End of an unquoted title in a list: the longest title-case stretch from pos, cut back
    before an inner "and"/"or" if need be, after which the list or the sentence goes on
    (punctuation, "and", a bracket or a `title_followers` word): "Cuba and the Coming
    American Revolution and the Pathfinder book …" ends before "and the Pathfinder"."""
    end = _stretch(text, pos, limit, cues)
    if end is None:
        return None
    cands = [end] + [pos + m.start() for m in reversed(list(re.finditer(r" (?:and|or) ", text[pos:end])))]
    for e in cands:
        rest = text[e:limit]
        nxt = re.match(r"\s+([a-z]+)\b", rest)
        if rest == "" or rest[0] in _END_PUNCT + ")(" or nxt and nxt.group(1) in cues.followers:
            return e
    return None


def _list_parts(text: str, b: int, e: int) -> list[tuple[int, int]]:
    """A title-case stretch of a list cut at " and " + capital where both sides have two words
    or more ("Playa Larga and Making History"); pieces of one word are no title."""
    parts = [(b, e)]
    for m in reversed(list(re.finditer(r" and (?=[A-Z])", text[b:e]))):
        pb, pe = parts[0]
        at = b + m.start()
        left, right = text[pb:at], text[at + 5:pe]
        if len(left.split()) >= 2 and len(right.split()) >= 2:
            parts[0:1] = [(pb, at), (at + 5, pe)]
    return [(pb, pe) for pb, pe in parts if len(text[pb:pe].split()) >= 2 or "/" in text[pb:pe]]


def _after_noun(text: str, i: int, limit: int, comma: bool, cues: _Cues,
                known: list[Match] | None = None) -> tuple[int, int] | None:
    """The title right after a work noun at offset i, quoted or in title case; an unquoted one
    runs on over its commas to where a title ends (kg.nlp.entities.spans.commatitles) unless
    the noun is plural (`known` None: "the books A, B and C" are three) or a comma stands
    after it ("In a later book, Teamster Politics, …": the comma closes it)."""
    close = _QUOTE_PAIRS.get(text[i:i + 1])
    if close:
        j = text.find(close, i + 1, min(limit, i + 160))
        if j < 0:
            return None
        b, e = i + 1, j
        while e > b and text[e - 1] in _END_PUNCT:
            e -= 1
        if text[e:j] in _OWN_PUNCT:  # "“East Kelvia: Freedom Now!”": the title's own mark
            e = j
        body = text[b:e]
        if not body[:1].isupper() or "\n" in body or len(body.split()) > 15 or _sentence_case(body):
            return None
        return b, e
    end = _stretch(text, i, limit, cues)
    if end is None:
        return None
    listed = None if comma or known is None else comma_run(text, i, end, limit, _stretcher(text, cues), known)
    end = _apposition(text, end, limit, cues) or listed or end
    marked = _own_mark(text, end, limit)
    marked = marked and (exclaimed_subtitle(text, marked, limit) or marked)
    rest = text[marked or end:limit]
    nxt = re.match(r"\s+([a-z]+)\b", rest)
    if comma:
        if not rest.startswith(",") or " " not in text[i:end]:
            return None
    elif not (marked or rest == "" or rest[0] in ".,;:!?)(" or re.match(r"\s+\(", rest)
              or nxt and nxt.group(1) in cues.followers or _article_opened(text[i:end], cues)):
        return None
    return i, marked or end


def _foreign_after_noun(text: str, i: int, limit: int, cues: _Cues) -> tuple[int, int] | None:
    """"the book El desorden de los patrones in 2001", "a pamphlet titled La lucha de Kelvin,":
    after a work noun, one of another language's articles (`name_articles`) and a lower-case
    word open a title in that language's sentence case; it ends before the clause's mark, an
    English word that follows a title (`title_followers`: "in", "by", "to" …) or a number. The
    article alone was junk ("El") and the lower-case words after it named nothing (set X)."""
    m = cues.foreign_opened.match(text, i, limit)
    if m is None:
        return None
    words = list(re.finditer(r"\S+", m.group(0)))
    n = next((k for k, w in enumerate(words) if k > 1 and (w.group(0) in cues.followers
                                                            or w.group(0)[:1].isdigit())), len(words))
    return (i, i + words[n - 1].end()) if n >= 2 else None


def _article_opened(body: str, cues: _Cues) -> bool:
    """"the pamphlet The Kelvin Crisis and the Farmers’ Alliance sold well": after a work noun,
    a capitalised article mid-sentence opens only a title, and a small word between capitalised
    ones ("and the", "of") says the stretch is one title, not a name that the next words act
    on ("the book Karl Marx wrote"): the title ends where the stretch does, whatever verb follows."""
    words = body.split()
    return len(words) >= 4 and words[0] in _ARTICLES and any(w in cues.small for w in words[2:-1])


_ARTICLES = ("The", "A", "An")  # English's articles, capitalised as a title's first word


def _own_mark(text: str, end: int, limit: int) -> int | None:
    """A title's own "!" or "?" right after its last word, where the sentence runs on after
    it ("the pamphlet Kelvia: Freedom Now! sold well", "bought Who Pays? at the fair": a
    lower-case word, a comma, a bracket or a closing mark follows), or a "!" that ends the
    sentence after a cue (the paper's prose does not exclaim; its pamphlets' titles do), or a
    "?" that ends a sentence that asks nothing ("We sold the book Who Pays?": it opens with no
    question word, kg.nlp.entities.cues.edges.asks): the end past the mark, else None."""
    mark = text[end:end + 1]
    if end >= limit or mark not in _OWN_PUNCT:
        return None
    rest = text[end + 1:limit]
    if re.match(r"(?:\s+[a-z]|[,;)’”\"])", rest) or mark == "!":
        return end + 1
    if mark == "?" and not edges.asks(text, end):  # "We sold the book Who Pays?": no question
        return end + 1
    return None


def _apposition(text: str, end: int, limit: int, cues: _Cues) -> int | None:
    """A title's second part in apposition after a comma: "Imperialism, the Highest Stage of
    Capitalism" — ", the", then a title-case stretch of two capitalised words or more with
    "of" inside, not opened by a title ("the President of Kelvia" is a person's office) nor
    ended by a head word ("the Capital Region of …" names a place), no body's head right before
    its "of" (", the Kelvin Growers Association of Chile" glosses a body's name in English: two
    names, no work; set AA, branch ent44), closed where a clause goes on (punctuation or a
    `title_followers` word). The end of that part, else None."""
    m = re.match(r", the (?=[A-Z])", text[end:limit])
    if not m:
        return None
    b = end + m.end()
    e = _stretch(text, b, limit, cues)
    if e is None:
        return None
    words = text[b:e].split()
    caps = [w for w in words if w[:1].isupper()]
    if "of" not in words or len(caps) < 2 or caps[0] in cues.person_titles \
            or words[-1].rstrip(".") in cues.heads or ":" in text[b:e]:
        return None
    if words.index("of") and words[words.index("of") - 1] in cues.body_heads:
        return None  # "Agrokel, the Kelvin Cane Growers Association of Chile": a body's gloss
    rest = text[e:limit]
    nxt = re.match(r"\s+([a-z]+)\b", rest)
    if not (rest == "" or rest[0] in ".,;:!?)(" or nxt and nxt.group(1) in cues.followers):
        return None
    return e


def _sentence_case(body: str) -> bool:
    """A quotation in the words of a sentence, not a title: after its first word, three words
    of four letters or more and none capitalised ("The boss never handed us anything we did not
    take"). The paper writes titles in title case ("The Struggle Is My Life"), so a run of
    lower-case words inside the quotation marks after a work noun is what someone said or sang."""
    long = [w for w in re.findall(r"[^\W\d_][\w’'-]*", body)[1:] if len(w) >= 4]
    return len(long) >= 3 and not any(w[:1].isupper() for w in long)


def _country_after_place(text: str, t: tuple[int, int], limit: int, known: list[Match],
                         cues: _Cues) -> tuple[int, int]:
    """"the documentary Kelvo County, USA, which won …": a title after a work noun that is a
    place's name (its last word a place's head) and, after a comma, a registry country closing
    the clause is one title, a place's name with its country as works are named; the country
    alone named nothing there (set U, branch ent34). Else the title as it was."""
    b, e = t
    if text[e:e + 2] != ", " or text[b:e].split()[-1] not in cues.place_heads:
        return t
    for k in known:
        if k.begin == e + 2 and k.entry.kind == "country" \
                and re.match(r"(?:[,.;:!?)]|\s+[a-z]|\s*$)", text[k.end:min(limit, k.end + 3)]):
            return b, k.end
    return t


def _stretch(text: str, i: int, limit: int, cues: _Cues, commas: bool = False) -> int | None:
    """End of a title-case stretch starting at i: capitalised words joined by single spaces,
    small words, or a colon; it ends on a capitalised word (or a number), but not on a month or
    day after a small word ("Labor Today in May")."""
    end = None
    pos = i
    first = True
    after_small = False
    colon = False
    listed = None  # where the stretch ended before a list's first comma, while no colon has come
    while pos < limit:
        m = _TOKEN.match(text, pos, limit)
        if not m:
            break
        word = m.group(0)
        if word.endswith(".") and word not in cues.abbrevs and not re.fullmatch(r"(?:[A-Z]\.)+", word):
            word = word[:-1]
        w_end = pos + len(word)
        if word[:1].isupper() or word[:1].isdigit() and not first:
            if after_small and word in cues.calendar:
                break
            end = w_end
            after_small = False
        elif first or word not in cues.small:
            break
        else:
            after_small = True
        first = False
        years = (_YEARS_AFTER.match(text, w_end, limit) or _YEARS_SPACED.match(text, w_end, limit)) \
            if colon and end == w_end and not word[:1].isdigit() else None
        if years:  # "…: The Dock Strikes of the Kelvish Coast, 1934–1939" (or "…: Oregon 1911–1922"):
            return years.end()  # a history's span closes its subtitle
        years = _YEARS_BRACKETED.match(text, w_end, limit) if end == w_end else None
        if years:  # "The Kelvish Uprising (1921–29) by …": the span is the title's, which ends there
            return years.end()
        gap = re.match(r": |[ \u00a0]|\n(?=\S)|, (?=[A-Z])|/(?=[^\W\d_])", text[w_end:limit])
        if not gap:
            break
        if gap.group(0) == ": ":
            if end != w_end:
                break
            colon, listed = True, None
        if gap.group(0) == ", ":
            if commas and not colon and end == w_end:
                # a main title that is a list before its colon ("Salt, Tin and Fire: The …"); it
                # ends before the list where no colon follows
                listed = end if listed is None else listed
            elif not (commas and colon and end == w_end):
                break  # a subtitle's list: "The Cuban Five: Who They Are, Why They Were Framed"
        pos = w_end + gap.end()
    return listed if listed is not None else end


def _stretcher(text: str, cues: _Cues) -> Callable[[int, int], int | None]:
    """`_stretch` over this text with these cues, as the modules of one title shape take it
    (a start and a limit: kg.nlp.entities.spans.clausetitles, commatitles …)."""
    return lambda i, lim: _stretch(text, i, lim, cues)


# a span of years closing a subtitle after a comma ("…, 1934–1939"), then no word or number
_YEARS_AFTER = re.compile(r", (?:1[6-9]|20)\d\d[–-](?:(?:1[6-9]|20)\d\d|\d\d)(?![\w–-])")
# … or after a space, closing a subtitle ("…: The Kelvish Revolution 1979–83"), then no word
_YEARS_SPACED = re.compile(r" (?:1[6-9]|20)\d\d[–—-](?:(?:1[6-9]|20)\d\d|\d\d)(?![\w–—-])")
_YEAR_SPAN_TAIL = re.compile(r"[–—-](?:(?:1[6-9]|20)\d\d|\d\d)(?![\w–—-])")
# … or a span of years in brackets after a title's last word ("The Kelvish Uprising (1921–29)"):
# the history's period, part of its title, then no word or number (branch ent52)
_YEARS_BRACKETED = re.compile(r" \((?:1[6-9]|20)\d\d[–-](?:(?:1[6-9]|20)\d\d|\d\d)\)(?![\w–-])")
_YEARS_BRACKETED_END = re.compile(r"[^\W_] \((?:1[6-9]|20)\d\d[–-](?:(?:1[6-9]|20)\d\d|\d\d)\)\Z")
