"""A cue list compiles to one pattern in every process: the alternation's order must not follow
the hash seed, or two runs of the same build could read a phrase differently."""

from __future__ import annotations

import os
import subprocess
import sys

from kg.nlp.cuedata import phrase_pattern

_WORDS = ["dock", "mill", "yard", "shop", "mine", "port", "farm", "bank", "camp", "hall", "dam"]
_PRINT = f"from kg.nlp.cuedata import phrase_pattern; print(phrase_pattern({_WORDS!r}))"


def test_longest_first_then_text_order():
    assert phrase_pattern(["an", "a", "ab"]) == "(?:ab|an|a)"


def test_order_of_the_list_does_not_matter():
    assert phrase_pattern(_WORDS) == phrase_pattern(list(reversed(_WORDS)))


def test_same_pattern_under_every_hash_seed():
    out = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", _PRINT], env=env, capture_output=True, text=True,
                             check=True)
        out.add(run.stdout)
    assert len(out) == 1


def test_no_phrase_matches_nothing():
    assert phrase_pattern([]) == "(?!)"
