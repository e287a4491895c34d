"""Untyped names a family word or the page's repeated surname makes people
(kg.nlp.entities.kinds.kinnames, branch ent104), in made-up sentences in the paper's shapes:
given names the given-name list lacks, so only the frame types them. No name or sentence of a
held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found

CASES = [
    pytest.param(("Ortavo Benisk has worked the night shift for 11 years. He lives in Dorrow with "
                  "his wife, Tevaruni, and their two sons.",),
                 {"Tevaruni": "person"},
                 id="a-name-set-off-after-his-wife"),
    pytest.param(("“We all went down the mine at 16,” Ortavo Benisk said. My brother Kelvoru "
                  "ran the loader until the company sold the mine.",),
                 {"Kelvoru": "person"},
                 id="a-sentence-opening-with-my-brother"),
    pytest.param(("Ortavo Benisk farms with her sons, Tavoru and Kelvoru, on the Dorrow road.",),
                 {"Tavoru": "person", "Kelvoru": "person"},
                 id="every-name-of-a-list-after-his-sons"),
    pytest.param(("Her daughters, Lissavo, Dorrani and Kelvetta, sold the paper at the plant gate.",),
                 {"Lissavo": "person", "Dorrani": "person", "Kelvetta": "person"},
                 id="a-list-of-three-after-her-daughters"),
    pytest.param(("His sons and Kelvotrans Holdings settled the suit.",),
                 {"Kelvotrans Holdings": Not("person")},
                 id="a-plural-family-noun-opens-no-list-without-a-comma-or-name"),
    pytest.param(("Their sister local, Kelvotrans, sent a delegation to the picket line.",),
                 {"Kelvotrans": Not("person")},
                 id="a-family-noun-used-for-a-union-types-no-person"),
    pytest.param(("The army annulled the vote won by Ngavuro Tesembiki in the spring. Tesembiki "
                  "has been held without charge since March, and supporters rally each week.",),
                 {"Ngavuro Tesembiki": "person", "Tesembiki": "person"},
                 id="a-full-name-then-its-last-word-alone"),
    pytest.param(("DORROW 1804 Kelvin Ave., Suite B. Tel: (555) 555-0142.",
                  "TALLIN 33 Vorra St. Tel: (555) 555-0177."),
                 {"Tel": Not("person"), "Suite B. Tel": Not("person")},
                 id="an-abbreviation-ends-no-persons-name"),
    pytest.param(("Pensioners marched against the Taxe kelvoise générale (General Kelvish Levy). "
                  "The Levy takes a tenth of every pension.",),
                 {"General Kelvish Levy": Not("person"), "Levy": Not("person")},
                 id="a-common-word-ends-no-repeated-surname"),
    pytest.param(("Bombers hit Western Dorvanta again. Families in Dorvanta have had no bread for a week.",),
                 {"Western Dorvanta": Not("person"), "Dorvanta": Not("person")},
                 id="a-compass-word-opens-no-repeated-surnames-name"),
    pytest.param(("Youth of the Farmer’s Lantern marched on the palace. The Lantern called a second march.",),
                 {"Farmer’s Lantern": Not("person"), "Lantern": Not("person")},
                 id="a-possessive-opens-no-repeated-surnames-name"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_kin_and_surname_frames(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
