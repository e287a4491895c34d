"""Test articles for the build tests (tests/test_build_incremental.py, tests/test_shared_gc.py):
a small corpus of real pages from tests/articles that builds in seconds.

Support, not tests: a test module imports these from here, never from another test module.
"""

from __future__ import annotations

from kg.config import PROJECT_ROOT

ARTICLES = PROJECT_ROOT / "tests" / "articles"
# the two smallest test articles, and one more
SMALL = ["militant-2008-10-13-v72n39-editorial-bailout.txt",
         "militant-2015-06-01-v79n21-cuba-solidarity-conference.txt",
         "militant-2016-03-28-v80n12-seoul-rail-strike.txt"]
