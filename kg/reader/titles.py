"""Where one title line of a header ends and the next begins (docs/reader.md, "Header").

The text version breaks a long headline or deck into short lines, and puts the headline, the deck
and a kicker on consecutive lines with nothing between them. A line therefore continues the
title above it only when the title above cannot end there or the line cannot begin a title:

- the line above ends on a function word ("…strike against"), a colon ("Teachers tell board:"),
  a comma ("Subscription drive ahead,"), a dash ("Miners stand firm —") or a hyphen that
  splits a word ("anti-" / "union drive");
- a quotation opened above is still open ("‘We will not go back" / "to the old days’"); a
  closing `’` after an "s" may be a possessive ("workers’ rights"), so such a quote counts as
  open when the line below closes it;
- the line above ends on a verb of saying and the line opens with a quotation ("Workers in Iraq
  say" / "‘U.S. out now!’"; kg/data/reader/speech-verbs.txt), or on a possessive ("Bosses’" /
  "‘final offer’ rejected");
- the line above ends on a verb that wants its object, right after the words that are its
  subject ("Nurses in Ontario oppose" / "Ford government plan to sell clinics";
  kg/data/reader/object-verbs.txt), and the line opens with a capital: in a sentence-case
  headline that is a name opening the object (the object opens in lower case otherwise,
  "Nurses in Ontario oppose" / "hospital cuts", as the print pages break after such a verb);
  a headline that ends on a verb a title may end on ("Workers rally" / "US—hands off Cuba!")
  or that has its verb already ("Thousands join Toronto protest"; "Strike at parts plant wins
  support", a verb a title may end on, kg/data/reader/title-verbs.txt) stays whole above its deck;
- the line starts in lower case, or with a dash, or with a quotation opening in lower case
  ("Kelvo rally: guard got" / "‘a pat on the hand’ for the beating");
- the line opens with a short quoted word followed by a function word ("Greek workers vote" /
  "‘No’ to creditors’ demands"): a title may open with a quotation, but then the quotation is
  a whole sentence (`‘We won’t go back’`, `‘No contract, no peace!’ say strikers`) or the
  subject of its verb (`‘Militant’ wins readers`, `‘Enough’ say miners`), never one bare word
  that the words after it attach to the sentence above;
- the line has one or two words ("U.S. troops must leave" / "Iraq now!"): no deck is that
  short (but a quotation, `‘Never again’`, may be a headline under a kicker, and a page's
  name above it, "Letters", is a title of its own);
- both lines are in capitals (a headline set in capitals, its deck in lower case);
- both lines are in Title Case and the line opens with a word that hangs a clause on the line
  above ("Defenders Keep Kelvo Clinics Open" / "As Siege Drags On";
  kg/data/reader/clause-openers.txt);
- both lines are exclamations, a banner of demands ("Cancel the debt!" / "Send aid now!"):
  a deck under an exclamation is a statement, never one more demand.

The quotes are the paper's: curly `‘ ’ “ ”` (2003 on) and straight `' "` (to 2002).
"""

from __future__ import annotations

import re

from kg.reader import cues

# A line that ends on a dash ("—", "–", "--", or a hyphen between spaces) runs on.
_ENDS_ON_DASH_RE = re.compile(r"(?:—|–|--|\s-)$")
# "anti-" / "union drive": a word split by a hyphen at the line's end.
_ENDS_ON_SPLIT_WORD_RE = re.compile(r"\w-$")
_STARTS_WITH_DASH_RE = re.compile(r"^(?:—|–|--)\s*\w")
# A line opening with a quotation in lower case quotes a fragment of the sentence above.
_QUOTED_LOWER_RE = re.compile(r"^[‘“'\"][a-z]")
_CLOSERS = {"‘": "’", "“": "”", "'": "'", '"': '"'}
_QUOTE_CLOSED_INSIDE_RE = re.compile(r"\x00(?!\w)|(?<!\w)\x00")  # a mark not inside a word
# Punctuation that makes a quotation a sentence of its own.
_SENTENCE_MARKS = ".!?,;:"
# A quoted lead-in of more words than this is a quotation, not a quoted word in a sentence.
QUOTED_WORD_MAX_WORDS = 3
# A line of this many words or fewer under a title line finishes it: no deck is that short.
SHORT_LINE_WORDS = 2


def _single_quotes(text: str, opener: str, closer: str) -> tuple[int, int, int]:
    """Count (openings, sure closings, closings after an "s") of single quotes in `text`.

    An opening stands at the start of a word; a closing ends a word (not followed by a letter:
    the `’` of "won’t" is an apostrophe). A closing after an "s" may be a possessive."""
    openings = sure = after_s = 0
    for i, ch in enumerate(text):
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch == opener and not before.isalnum() and (after.isalnum() or after in "“\""):
            openings += 1
        elif ch == closer and not after.isalnum() and (before.isalnum() or before in ".!?,”\""):
            if before in "sS" and (after == " " and i + 2 < len(text)):
                after_s += 1  # "workers’ rights": a possessive, or the quote's end
            else:
                sure += 1
    return openings, sure, after_s


def _closes_first(text: str, opener: str, closer: str) -> bool:
    """Does `text` close a quotation before it opens one?"""
    openings, sure, after_s = _single_quotes(text, opener, closer)
    if not (sure or after_s):
        return False
    first_close = next((i for i, ch in enumerate(text) if ch == closer
                        and (i + 1 >= len(text) or not text[i + 1].isalnum())), len(text))
    first_open = next((i for i, ch in enumerate(text) if ch == opener
                       and (i == 0 or not text[i - 1].isalnum())), len(text))
    return first_close < first_open


def quote_open(above: str, line: str) -> bool:
    """Is a quotation opened in `above` still open, `line` being the next line?"""
    if above.count("“") > above.count("”"):
        return True
    if above.count('"') % 2 == 1:
        return True
    for opener, closer in (("‘", "’"), ("'", "'")):
        openings, sure, after_s = _single_quotes(above, opener, closer)
        if openings > sure + after_s:
            return True
        if openings > sure and _closes_first(line, opener, closer) \
                and not _possessive_opening(line, opener, closer):
            return True  # "‘Defend workers’ rights" / "everywhere’": the "s’" was a possessive
    return False


def _possessive_opening(line: str, opener: str, closer: str) -> bool:
    """A line opening with a capital whose only closing marks follow an "s" ("Workers’ unity
    needed to …"): a deck's plural possessive, no quotation closed. Under "Kelvo ‘Dreamers’
    face end of the program" (a one-word quotation closed after its "s") it is the deck; the two
    were read as one headline before (set CA, 2026-12-06)."""
    _openings, sure, _after_s = _single_quotes(line, opener, closer)
    return line[:1].isupper() and sure == 0


def quoted_lead(text: str) -> tuple[str, str] | None:
    """The quotation a line opens with and what follows it: ("No", "to creditors’ demands")
    for `‘No’ to creditors’ demands`; None when the line opens with no closed quotation."""
    if not text or text[0] not in _CLOSERS:
        return None
    closer = _CLOSERS[text[0]]
    for i in range(2, len(text)):
        if text[i] == closer and (i + 1 >= len(text) or not text[i + 1].isalnum()):
            return text[1:i], text[i + 1:].strip()
    return None


def runs_on_after_quoted_word(line: str) -> bool:
    """`‘No’ to creditors’ demands`: a quoted word or two, no sentence inside, then a function
    word (kg/data/reader/continuation-words.txt; in any case, as the 1990s set headlines in
    Title Case: `'No' To Concessions`). Such a line finishes a sentence begun above."""
    lead = quoted_lead(line)
    if lead is None:
        return False
    quoted, rest = lead
    if (not rest or any(ch in _SENTENCE_MARKS for ch in quoted)
            or len(quoted.split()) > QUOTED_WORD_MAX_WORDS):
        return False
    word = rest.split()[0].strip(",.;:!?").lower()
    # "‘Troika’ of EU, ECB and IMF demands cuts": a quoted noun with its "of" is a noun
    # phrase, the subject of a deck's own clause, never the object a title above ran on to
    # ("… vote ‘No’ to …", "… Tell Bosses 'No' To …")
    return word in cues.continuation_words() and word != "of"


def _ends_on_possessive(text: str) -> bool:
    """"Bosses’", "workers'": a title does not end on a possessive. A closing quote after an
    "s" ends the title when a quotation is open ("‘Hands off the unions’")."""
    if not text.endswith(("s’", "s'", "S’", "S'")):
        return False
    closer = text[-1]
    opener = "‘" if closer == "’" else "'"
    openings, _sure, _after_s = _single_quotes(text, opener, closer)
    return openings == 0


def _plural(word: str) -> bool:
    """"workers", "Steelworkers": a plural in -s (not "campus", "mass", "crisis", nor a
    possessive "workers’")."""
    return word.isalpha() and word.endswith("s") and not word.lower().endswith(("ss", "us", "is"))


def _ends_subject(word: str, first: bool) -> bool:
    """Can `word`, right before a verb, end that verb's subject? A plural, a number opening
    the title ("30,000"), or a name inside the title ("Nurses in Ontario"; the first word is
    capitalised whatever it is). An adjective or a noun before a noun ("antiwar protest",
    "union demand") is none of these."""
    if word.endswith(("’", "'")):
        return False
    if first and word[:1].isdigit():
        return True
    return _plural(word) or (not first and word[:1].isupper())


def _third_person(verb: str) -> bool:
    """"opposes", "presses", "occupies": the -s form of a listed verb (its subject singular)."""
    listed = cues.object_verbs()
    return verb.endswith("s") and (verb[:-1] in listed or verb[:-2] in listed
                                   or verb[:-3] + "y" in listed)


def _verb_s_form(word: str) -> bool:
    """"hails", "wins": the -s form of a verb of the data (a title verb as listed, or the -s
    form of one wanting its object)."""
    return word.endswith("s") and (word in cues.title_verbs() or word in cues.object_verbs()
                                   or _third_person(word))


def _has_verb(words: list[str]) -> bool:
    """Do `words` (a headline line but its last word) hold a verb: one that wants its object
    ("Thousands join Toronto protest") or one a title may end on ("Strike at parts plant wins
    support"; kg/data/reader/title-verbs.txt)? A word right after a function word is a noun
    ("Nurses on strike oppose", "the march"), and so is a capitalised first word ("Strike at
    …": the line's sentence case capitalises it whatever it is)."""
    verbs = cues.object_verbs() | cues.title_verbs()
    return any(w in verbs and not (i and words[i - 1].lower() in cues.continuation_words())
               for i, w in enumerate(words))


def _past_participle(words: list[str]) -> bool:
    """A verb's past form in lower case among a title's words ("29 miners killed in Kelvo
    blasts", "Workers locked out at Dorrow plant"): the clause has its verb, and a listed verb
    at its end ("blasts") is a noun, not a verb wanting the line below as its object (the deck
    was glued to such a headline, set CB, 2026-12-06). An "-eed" word is no
    sure past form ("need", "speed")."""
    return any(w.isalpha() and w.islower() and len(w) >= 5 and w.endswith("ed")
               and not w.endswith("eed") for w in words)


def names_no_action(text: str) -> bool:
    """A title line holding no verb of the data (`_has_verb` over all its words: "Workers in
    Peru", "Farm crisis in the Midwest"), a phrase naming who or where, as a kicker does; a
    line with one ("Nurses hold the line") is a clause, as a headline is."""
    return not _has_verb(text.split())


def is_clause(text: str) -> bool:
    """A title line that is a clause, as a headline is and a kicker is not: it holds a verb of
    the data (`names_no_action`), or it opens with a plural subject and a verb agreeing with it
    ("Protests shake the rulers", "Drivers defy the ban": a capitalised plural, then a word
    in lower case with no -s that is no function word). A noun after a plural mostly takes an
    -s too ("Workers rights"), so the verb's plain form tells it."""
    if not names_no_action(text):
        return True
    words = text.split()
    if _title_cased(words) and any(_verb_s_form(w.lower()) for w in words[1:-1]):
        # "Chicago Rally Hails Freed Kelvo Fighters" (1990s print, Title Case): its verb is
        # capitalised like every word; an -s form of a listed verb inside the line (not
        # first, not last: "Coal Miners' Strike" names, a noun ends it) makes it a clause
        # (the Title Case headline was read as a kicker over its deck, set CK, 2026-12-06)
        return True
    if _title_cased(words) and _title_case_subject_verb(words):
        return True
    if len(words) >= 4 and words[0][:1].isupper() and words[1] in cues.plurals() \
            and _plain_verb(words[2]):
        # "Kelvo police beat union leaders", "Dorrow women defy ban": a name, then a plural
        # with no -s (kg/data/reader/plurals.txt), then a verb agreeing with it (the headline
        # was read as the kicker over its deck, set DA, 2026-12-06, passA42). Not a plural in
        # -s: "Kelvo teachers union leaders" names a union, a noun after the plural.
        return True
    return len(words) >= 3 and words[0][:1].isupper() and plural_and_verb(words[0], words[1])


def _title_case_subject_verb(words: list[str]) -> bool:
    """"Dockers Honor Picket Line, Send Ship Away", "Kelvo Longshoremen Defy Court Order"
    (1990s print, Title Case): a capitalised plural (in -s, or a compound of a plural with no
    -s: "Longshoremen", "Tradespeople"; kg/data/reader/plurals.txt), then the plain form of a
    listed verb, capitalised like every word, and more words after it, the verb's object: a
    subject and its verb, where `is_clause`'s Title Case test wants the -s form of a verb with a
    singular subject ("Rally Hails"). A kicker names ("Victory at the Docks", "Workers in
    Kelvia"); a verb last on the line is taken for no verb ("Coal Miners Strike" may name the
    strike). The headline over its sentence-case deck was read as a kicker, the deck as the
    headline (set EP's 1997 page, 2026-12-07, rdr47)."""
    if len(words) < 4:
        return False
    verbs = cues.object_verbs() | cues.title_verbs()
    return any(_plural_subject(a) and b[:1].isupper() and b.isalpha() and b.lower() in verbs
               for a, b in zip(words[:-2], words[1:-1], strict=True))


def _plural_subject(word: str) -> bool:
    """A capitalised plural that can be a clause's subject: "Dockers", "Longshoremen"."""
    low = word.lower()
    return word[:1].isupper() and (_plural(word) or (word.isalpha() and any(
        low.endswith(p) for p in cues.plurals())))


def plural_and_verb(subject: str, verb: str) -> bool:
    """A plural and, right after it, a word in lower case with no -s that is no function word
    ("Protests shake", "musicians play"): a subject and the plain form of its verb, since a
    noun after a plural mostly takes an -s too ("Workers rights")."""
    return _plural(subject) and _plain_verb(verb)


def _plain_verb(word: str) -> bool:
    """A word in lower case with no -s that is no function word: after a plural subject, the
    verb's plain form ("shake", "defy")."""
    return (word.isalpha() and word.islower() and not word.endswith("s")
            and word not in cues.continuation_words())


def wants_object(above: str, line: str) -> bool:
    """"Nurses in Ontario oppose" / "Ford government plan to sell clinics": the title above ends
    on a verb that wants its object (kg/data/reader/object-verbs.txt, as printed in a
    sentence-case headline), right after the words that are its subject, and the line opens
    with a capital, which in a sentence-case headline is a name opening the object. A title
    that already has such a verb ("Thousands join Toronto protest": "protest" is its object),
    or whose last word follows no subject ("Students stage protest", "Bosses’ demands"), ends
    there, and a line opening with a capital under it is a new title."""
    words = above.rsplit(":", 1)[-1].split()  # "Latvia: nurses protest": the clause after it
    if len(words) < 2 or words[-1] not in cues.object_verbs():
        return False
    if words[-2].lower() == "to" and len(words) >= 3 and _opens_name(line):
        # "Drive aims to spread" / "‘Militant,’ new book": an infinitive wants its object
        # whatever verb the title has before it (a 2010 front page, real42)
        return True
    if not line[:1].isupper():
        return False
    if _has_verb(words[:-1]) or _past_participle(words[1:-1]):
        return False  # the title has its verb: the last word is its object
    if not _ends_subject(words[-2], first=len(words) == 2):
        return False
    # the subject's head, before the first function word ("Thousands at Toronto protests": a
    # plural head and an -s form do not agree, so "protests" is a noun, not the verb)
    head = next((w for i, w in enumerate(words[:-1])
                 if i + 1 == len(words) - 1 or words[i + 1].lower() in cues.continuation_words()),
                words[-2])
    return not (_third_person(words[-1]) and _plural(head))


def _opens_name(line: str) -> bool:
    """The line opens with a capital, or with a quoted name (the paper's, "‘Militant,’ new
    book": a capitalised word or two, no sentence inside, more words after it that no verb of
    saying opens): in a sentence-case headline, a name. A quoted sentence ("‘We will win,’ say
    strikers") is the deck's."""
    if line[:1].isupper():
        return True
    lead = quoted_lead(line)
    if lead is None:
        return False
    quoted, rest = lead
    quoted = quoted.rstrip(",")
    return (quoted[:1].isupper() and bool(rest) and len(quoted.split()) <= QUOTED_WORD_MAX_WORDS
            and not any(ch in _SENTENCE_MARKS for ch in quoted)
            and rest.split()[0].lower() not in cues.speech_verbs())


def _opens_clause(line: str) -> bool:
    """"Board ends talks with pay freeze": a capitalised word, then a verb of the data (a title verb, or
    the -s form of one wanting its object), and more words: a clause of its own."""
    words = line.split()
    if len(words) < 3 or not words[0][:1].isupper() or line[:1] in _CLOSERS:
        return False
    return words[1] in cues.title_verbs() or _third_person(words[1])


def opens_own_clause(line: str) -> bool:
    """Does a title line open a clause of its own: a capitalised word and a verb of the data
    (`_opens_clause`: "Board ends talks"), or a capitalised plural and its verb's plain form
    ("Concerts draw crowds")?"""
    below = line.split()
    return _opens_clause(line) or (len(below) >= 3 and below[0][:1].isupper()
                                   and plural_and_verb(below[0], below[1]))


def finished_phrasal(above: str, line: str) -> bool:
    """"Dockers win pay rise, make port owners back off" / "Board ends talks with pay
    freeze": a title
    ending on a particle (kg/data/reader/phrasal-particles.txt) that has its verb already, over a
    line that opens a clause of its own, ends there: the line is the deck. "U.S. hands off" /
    "Venezuela!" (no verb above, no clause below) runs on. A particle after a form of "be"
    (kg/data/reader/copulas.txt: "Pay deal a step, the strike isn’t over" / "Kelvo Bread
    Company offer leaves …") is no preposition wanting the line below as its object:
    a capitalised line under it is the deck, whatever it opens with (a name of three words
    before its verb was glued to the headline, set CI, 2026-12-06); so is one under a verb and
    a particle that take no object (kg/data/reader/intransitive-phrasals.txt: "… the fight goes
    on" / "Thousands expected …")."""
    words = above.split()
    if len(words) < 3 or words[-1].lower() not in cues.phrasal_particles():
        return False
    if _after_copula(words) and line[:1].isupper():
        return True
    if _intransitive_phrasal(words) and line[:1].isupper() \
            and line.split()[0].lower() not in cues.continuation_words():
        # "Fifty years on, the fight goes on" / "Thousands expected at the June march": a verb
        # and its particle taking no object end the clause, and a capitalised line under them
        # is the deck (read as one headline, set ED's today's-site page, 2026-12-07, rdr45); a
        # Title Case line opening with a function word ("Strike Goes On" / "At Kelvo Plant")
        # runs on
        return True
    if _has_verb(words[:-1]) and _opens_clause(line):
        return True
    # "Locked-out Kelvo choir singers sing on" / "Concerts draw crowds to the fight": a plural
    # and its verb's plain form right before the particle ("singers sing on") end a clause,
    # and a line opening with a plural and its own verb is a clause of its own, the deck
    # (the two were read as one headline, set CU, 2026-12-06)
    return (plural_and_verb(words[-3], words[-2]) and words[-2] not in cues.phrasal_particles()
            and opens_own_clause(line))


def _intransitive_phrasal(words: list[str]) -> bool:
    """Do the title's last two words make a verb and its particle that take no object ("goes
    on", "drags on": kg/data/reader/intransitive-phrasals.txt), or a span of time and "on"
    ("… 140 years on", "… a decade on": kg/data/reader/time-spans.txt), "on" meaning "later"?
    A site headline "Kelvo weavers remember their strike 90 years on" over its deck, one line
    each, was read as one headline, the deck glued to it (set EU, 2026-12-07, rdr48)."""
    pair = " ".join(words[-2:]).lower().replace("’", "'")
    if pair in cues.intransitive_phrasals():
        return True
    return words[-1].lower() == "on" and words[-2].lower().strip(",") in cues.time_spans()


def _after_copula(words: list[str]) -> bool:
    """Does the title's last word (a particle) follow a form of "be" ("is over", "isn’t
    over", "it's on"; a possessive, "the union's", is none)?"""
    before = words[-2].lower().replace("’", "'")
    return before in cues.copulas()


def _in_capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def exclamations(above: str, line: str) -> bool:
    """A headline of demands, each an exclamation, printed over two lines or more: "Cancel the
    debt!" / "Send aid now!". The paper names such a banner as one headline (the 2006 front
    page "Unionize the mines!" / "Build the UMWA! No miner has to die!" over its label, quoted
    whole as "the banner headline" in the issues after it). A deck is a statement under the
    exclamation ("Vote for the socialist ticket!" / "Defend unions against the bosses'
    assault"), never one more demand; a quotation under it ("‘We won’t go back!’") is left to
    the rules for quoted titles."""
    return (above.endswith("!") and line.endswith("!") and line[:1] not in _CLOSERS
            and _in_capitals(above) == _in_capitals(line))


def _quoted_sentence_under(words: list[str], line: str) -> bool:
    """A sentence-case headline of a headline's length ending on a stranded preposition ("…
    spill fouls creek ranchers" / "in Kelvo Valley rely on"), then a line that is one quoted
    sentence and nothing else ("‘They poisoned the water we drink’": a capital after the
    opening mark, four words or more, the matching mark closing the line): the quotation is the
    deck, a speaker's words under the headline, not the preposition's object (a quoted object
    is a phrase in lower case, `_QUOTED_LOWER_RE`). The two were read as one headline (set CM,
    2026-12-06). A Title Case headline, or a quotation left open above, keeps its line."""
    text = line.rstrip()
    closer = _CLOSERS.get(text[:1])
    if closer is None or len(text.split()) < 4 or not text[1:2].isupper():
        return False
    inside = text[1:-1]
    if not text.endswith(closer) or text[0] in inside.replace(closer, "") or _QUOTE_CLOSED_INSIDE_RE.search(
            inside.replace(closer, "\x00")):
        return False  # one quotation: its marks only at its ends (an apostrophe inside a word)
    return len(words) >= 6 and not _title_cased(words) and not quote_open(" ".join(words), line)


def continues(above: str, line: str) -> bool:
    """Does header line `line` continue the title whose text so far is `above`?"""
    words = above.split()
    last = words[-1].lower().strip("‘“\"'") if words else ""
    if last in cues.continuation_words() and finished_phrasal(above, line):
        return False  # "… make port owners back off" / "Board ends talks …": the deck
    if last in cues.continuation_words() and _quoted_sentence_under(words, line):
        return False  # "… river ranchers in Kelvo Valley rely on" / "‘They poisoned the water …’"
    if last in cues.continuation_words() or above.endswith((":", ",", ";")):
        return True  # "Chicago rally demands:" / "'Stop the bombing!'"; no title ends on a comma
        # or a semicolon ("Troops occupy Kelvo;" / "Workers test the new situation")
    if _ENDS_ON_DASH_RE.search(above) or _ENDS_ON_SPLIT_WORD_RE.search(above):
        return True
    if quote_open(above, line):
        return True
    if line[:1] in _CLOSERS and last in cues.speech_verbs():
        return True  # "Workers in Iraq say" / "‘U.S. out now!’"
    if _ends_on_possessive(above):
        return True
    if wants_object(above, line):
        return True  # "Nurses in Ontario oppose" / "Ford government plan to sell clinics"
    if line[:1].islower() or _STARTS_WITH_DASH_RE.match(line) or _QUOTED_LOWER_RE.match(line):
        return True  # "Kelvo rally: guard got" / "‘a pat on the hand’ for the beating"
    if exclamations(above, line):
        return True  # "Unionize the mines!" / "Build the union! No miner has to die!": one banner
    if above.rstrip("’”'\")").endswith((".", "!", "?")):
        return False  # a title ended above ("Vote no!")
    if line.split()[0] in cues.clause_openers() and _title_cased(words) and _title_cased(line.split()):
        return True  # "Defenders Keep Kelvo Clinics Open" / "As Siege Drags On": one 1990s headline
    if runs_on_after_quoted_word(line):
        return True
    if (len(line.split()) <= SHORT_LINE_WORDS and line[:1] not in _CLOSERS
            and not cues.page_kind(above)):
        return True  # "U.S. troops must leave" / "Iraq now": a deck has more words
    return _in_capitals(above) and _in_capitals(line)


# "Half A Million Workers Strike -- Two-day strike protests sale": pages of 1997-1998 print the
# headline and its deck on one line, joined by a spaced double hyphen.
_RUN_IN_DECK_RE = re.compile(r"^(?P<head>\S.*?\S)\s+--\s+(?P<deck>[A-Z‘“'\"].*?\S)\s*$")


def _title_cased(words: list[str]) -> bool:
    """Most words capitalised, as a headline of the 1990s is set ("Ousts", "Strike", "in")."""
    letters = [w.lstrip("‘“'\"(") for w in words]
    capital = sum(1 for w in letters if w[:1].isupper() or w[:1].isdigit())
    return capital >= 2 and capital * 3 >= len(words) * 2


def run_in_deck(line: str) -> tuple[int, int, int] | None:
    """A headline and its deck on one line, joined by ` -- `: the headline in Title Case, the
    deck a sentence (a capital, then words in lower case). Returns where the headline ends and
    where the deck starts and ends in `line`, or None. A title with a dash inside it ("Cuba --
    the revolution at 40", a deck that is itself Title Case) is left whole."""
    m = _RUN_IN_DECK_RE.match(line)
    if m is None or line.count(" -- ") != 1:
        return None
    head, deck = m.group("head").split(), m.group("deck").split()
    lower = [w for w in deck[1:] if w[:1].islower() and len(w.strip(",.;:")) >= 3]
    if len(head) < 2 or len(deck) < 3 or not _title_cased(head) or not lower or _title_cased(deck):
        return None
    return m.end("head"), m.start("deck"), m.end("deck")

