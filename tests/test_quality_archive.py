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
