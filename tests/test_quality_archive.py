"""The quality sets' pages are also built as one archive (bench/README.md, "the quality pages as
one archive"), where one volume and issue has one date: two pages of different weeks sharing a
number would make the build refuse the archive (kg.pipeline.validate_shared), as it should for
real pages that disagree. This guards the sets a gold writer adds."""

from __future__ import annotations

import re
from collections import defaultdict

from kg.config import PROJECT_ROOT

NAME = re.compile(r"militant-(\d{4}-\d\d-\d\d)-v(\d+)n(\d+)-")


def test_every_issue_number_of_the_test_pages_has_one_date():
    dates: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    pages = [*PROJECT_ROOT.glob("bench/quality/*/articles/*.txt"),
             *PROJECT_ROOT.glob("tests/articles/*.txt")]
    for path in pages:
        if m := NAME.match(path.name):
            dates[(m[2], m[3])][m[1]].append(str(path.relative_to(PROJECT_ROOT)))
    assert len(dates) > 500
    clashes = {f"v{v}n{n}": dict(by_date) for (v, n), by_date in dates.items() if len(by_date) > 1}
    assert not clashes, clashes



def test_no_two_quality_pages_are_one_article_of_the_archive():
    """An issue's standing column ("Letters", "25, 50 and 75 Years Ago") printed by two sets in
    one issue is one article to the archive (its key is the issue and the headline): the build
    keeps the first and refuses the other as the same article. Pages of one issue whose file
    names end alike are read, and their keys compared."""
    from kg.reader import read_article

    by_name: dict[tuple[int, int, str], list] = defaultdict(list)
    for path in sorted(PROJECT_ROOT.glob("bench/quality/*/articles/*.txt")):
        if m := re.match(r"militant-\d{4}-\d\d-\d\d-v(\d+)n(\d+)-(.+)\.txt$", path.name):
            by_name[(int(m[1]), int(m[2]), m[3])].append(path)
    alike = [paths for paths in by_name.values() if len(paths) > 1]
    assert alike  # pages of one issue on one subject, written by two sets: their headlines differ
    same = []
    for paths in alike:
        keys: dict[str, str] = {}
        for path in paths:
            key = read_article(path).key
            if key in keys:
                same.append((keys[key], path.name))
            keys.setdefault(key, str(path.relative_to(PROJECT_ROOT)))
    assert not same, same
