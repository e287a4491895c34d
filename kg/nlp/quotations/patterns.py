"""The patterns the quotation stage reads around a quotation's marks: verbs of saying after or
before it, the speaker's name and apposition, attributing and quoting phrases. Built once from
the cue words (kg/data/nlp/quotes.toml, claims.toml, entities.toml, agents.toml), shared by the
marks' reading (kg.nlp.quotations.quotes), the readers of a verb's speaker
(kg.nlp.quotations.saying) and the attribution rules (kg.nlp.quotations.speakerrules)."""

from __future__ import annotations

import re

from kg.nlp import cuedata


@cuedata.cached
def patterns() -> dict[str, re.Pattern]:
    speech = cuedata.words("quotes", "speech_verbs")
    verbs = cuedata.phrase_pattern(speech + cuedata.words("quotes", "usage_verbs"))
    reporting = cuedata.phrase_pattern(speech)
    bridges = cuedata.phrase_pattern(cuedata.words("quotes", "bridges"))
    fillers = cuedata.phrase_pattern(cuedata.words("quotes", "speaker_fillers"))
    between = cuedata.phrase_pattern(cuedata.words("claims", "reported", "verb_that_fillers"))
    # a speaker's name may hold a title's full stop ("said Dr. Ana Ruiz, a doctor")
    abbrev = cuedata.phrase_pattern([t for t in cuedata.words("entities", "titles") if t.endswith(".")])
    # (a straight quote or "--", the dash of 2000–2002 pages, ends a name too); a colon between
    # two letters, the second in lower case, is a long vowel inside a Mohawk name ("said Tekwá:io
    # Kelvane"), as kg.nlp.entities.spans.runs `WORD` reads it (branch ent129)
    name = rf"(?:(?<![\w.])(?:{abbrev})|(?<=[^\W\d_]):(?=[a-zß-öø-ÿ])|(?!--)[^,.;:“”\"()\[\]])"
    # an apposition may also hold an abbreviation's full stop ("the candidate for U.S. Senate")
    inner = cuedata.phrase_pattern([t for t in cuedata.words("entities", "titles") if t.endswith(".")]
                                   + cuedata.words("entities", "abbreviations"))
    # and an abbreviation in parentheses ("a member of the Strike Council (SC), told …"); commas too
    appositive = rf"(?:(?<![\w.])(?:{inner})|\([A-ZÀ-Þ][\w&’'-]{{0,14}}\)|(?!--)[^.;:“”\"()\[\]])"
    phrases = cuedata.phrase_pattern(cuedata.words("quotes", "attributing_phrases"))
    clause = cuedata.phrase_pattern(cuedata.words("quotes", "clause_openers"))
    quoting = cuedata.phrase_pattern(cuedata.words("quotes", "quoting_phrases"))
    attributions = cuedata.phrase_pattern(speech + cuedata.words("quotes", "attributing_phrases"))
    quoted = cuedata.phrase_pattern(cuedata.words("quotes", "quoting_verbs"))
    dets = cuedata.phrase_pattern(cuedata.words("agents", "determiners"))
    participles = cuedata.phrase_pattern(cuedata.words("quotes", "reporting_participles"))
    pronouns = cuedata.phrase_pattern(cuedata.words("quotes", "reported_pronouns"))
    return {
        # "…, saying he ": after a comma, a participle of saying, perhaps "that", then a
        # pronoun, right before an opening mark (kg.nlp.quotations.speakerrules `_participle_subject`)
        "participle_pronoun": re.compile(
            rf",\s*(?P<verb>{participles})(?:\s+that)?\s+(?:{pronouns})\s+$", re.I),
        # "…, finding that the contract ": the same with "that" and a subject opened by a
        # determiner (a few words)
        "participle_clause": re.compile(
            rf",\s*(?P<verb>{participles})(?:\s+that)?\s+(?:(?:{pronouns})|(?:{dets})(?:\s+[\w’'-]+){{1,3}})"
            rf"\s+$", re.I),
        # "Joan Baker quotes Ana Ruiz, a telephone operator: ": the name after the verb, up to
        # its apposition, then a colon right before the opening mark
        "quotes_who": re.compile(rf"(?<![\w’'])(?:{quoted})\s+(?P<who>[^,:;“”\"]{{1,60}}?)"
                                 rf"(?:,[^:;“”\"]{{1,150}})?:\s*$", re.I),
        # after a closing mark: " we said", " Trotsky wrote,", " said X."
        "after_who_verb": re.compile(
            rf"\s*(?P<who>[^,.;:“”()\[\]]{{1,50}}?)\s+(?:(?:{fillers})\s+)*(?P<verb>{verbs})(?=[\s,.;:!?]|$)"),
        "after_verb_who": re.compile(
            rf"\s*(?P<verb>{attributions}|{verbs})\s+(?P<who>{name}{{1,50}}?)(?=[,.;!?\"]|:(?![a-zß-öø-ÿ])|--|$)"),
        # " the day the plant closed, she said.": an aside on the quotation's last words, then
        # a pronoun and the verb closing the sentence (kg.nlp.quotations.speakerrules
        # `aside_then_said_after`); no quotation mark, bracket, colon or semicolon in the aside
        "after_aside_pronoun_verb": re.compile(
            rf"\s*(?P<aside>[^“”\"()\[\];:]{{1,100}}?),\s*(?P<who>{pronouns})\s+(?:(?:{fillers})\s+)*"
            rf"(?P<verb>{reporting})(?=\s*[.!?]|$)"),
        # " Ana Ruiz, a packer at Acme, told the Militant." / " one of them, Ana Ruiz, 45, told me."
        "after_appositive_verb": re.compile(
            rf"\s*(?P<who>{appositive}{{1,150}}?,)\s*(?:(?:{fillers})\s+)*(?P<verb>{verbs})(?=[\s,.;:!?]|$)"),
        # before an opening mark: "... emphasized ", "... described, ",
        # "... said something to the effect that "
        # "... told reporters, " / "... said in an interview: ": a few words, then a comma or colon
        "before": re.compile(rf"(?<![\w’'])(?P<verb>{verbs})"
                             rf"(?:(?:\s+(?!(?:{verbs})(?![\w’']))[\w’'-]+){{1,10}}\s*[,:]|\s*[,:]?)"
                             rf"\s*(?:(?:{bridges})\s+)*$", re.I),
        # " said" after a speaker's name: the verb (fillers may stand before it)
        "verb_after_name": re.compile(rf"\s+(?:(?:{fillers})\s+)*(?P<verb>{verbs})(?=[\s,.;:!?]|$)"),
        # " said Ana Ruiz on the picket line outside the plant here ...": the verb, then a name
        "after_verb": re.compile(rf"\s*(?P<verb>{verbs})\s+"),
        # " said Ana Ruiz as she opened ...": a capitalised name, then a clause with no comma
        "after_verb_name_clause": re.compile(
            rf"\s*(?P<verb>{verbs})\s+(?P<who>[^\W\d_][\w’'.-]*(?:\s+[^\W\d_][\w’'.-]*){{0,3}}?)"
            rf"\s+(?:{clause})\s"),
        # ", quoting a text from an uncle who drives a bus."
        # (the source up to a relative clause: "an uncle who drives ..." -> "an uncle")
        "quoting": re.compile(rf"\s*,\s*(?:{quoting})\s+(?P<src>[^,.;:“”\"()\[\]]+?)"
                              rf"(?=\s+(?:who|whom|whose|which|that)\b|[,.;:“”\"()\[\]]|$)"),
        "speech": re.compile(rf"(?<![\w’'])(?:{reporting})(?![\w’'])", re.I),
        # "According to Ana Ruiz, a steward, “…”": the name after the phrase, up to the mark
        "attributed_before": re.compile(
            rf"(?<![\w’'])(?:{phrases})\s+(?P<who>[^“”\"]{{1,120}}?),?\s*$", re.I),
        # "… says the fee ": a verb of saying, perhaps "that", then a subject opened by a
        # determiner, right before an opening mark (kg.nlp.quotations.quotes `_reported_predicate`)
        "reported_subject": re.compile(
            rf"(?<![\w’'])(?:{reporting})(?:\s+that)?\s+(?:{dets})\s+(?P<np>(?:[\w’'-]+\s+){{1,3}})$", re.I),
        # any verb of saying or naming, for a fragment woven into the writer's sentence
        "verb": re.compile(rf"(?<![\w’'])(?P<verb>{verbs})(?![\w’'])", re.I),
        "reported": re.compile(rf"(?<![\w’'])(?P<verb>{reporting})(?:\s*,?\s+(?:{between}),?)?\s+that\b",
                               re.I),
    }
