"""Hawaii's main islands by name, places (kg/data/places/regions.tsv, branch ent104), in a
made-up sentence in the paper's shapes; no name or sentence of a held-out set is used."""

from __future__ import annotations

from nlp_support import check_names, found


def test_hawaiis_islands_are_places(registry):
    got = dict(found(registry, "Room cleaners at two resorts on Kauai walked out, and cooks on "
                               "Molokai voted to join them."))
    check_names(got, {"Kauai": "place", "Molokai": "place"})
