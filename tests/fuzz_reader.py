"""Coverage-guided fuzzing of the reader with atheris (libFuzzer for Python).

    python tests/fuzz_reader.py CORPUS_DIR [libFuzzer options, e.g. -runs=100000 -timeout=5]

Seed CORPUS_DIR with article files (tests/articles/**/*.txt). Each input is decoded and parsed
as an article file would be (kg.reader.source.decode, then parse_article); a ReadError is the
documented answer to bad input, any other exception is a crash that libFuzzer reports, saving
the input as crash-<hash> for a test to replay. tests/test_reader_fuzz.py runs a bounded round.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["kg.reader", "kg.model"]):
    from kg.reader.errors import ReadError
    from kg.reader.militant import parse_article
    from kg.reader.source import decode

PATH = "fuzzed-article.txt"
# Pages of today's site print only their date: volume and issue come from a file name of the
# project's form, so half the inputs (odd lengths) are read under such a name.
NAMED_PATH = "militant-2019-04-22-v83n16-fuzzed.txt"


def one_input(data: bytes) -> None:
    path = NAMED_PATH if len(data) % 2 else PATH
    try:
        doc = parse_article(decode(path, data), path)
    except ReadError:
        return
    for span in doc.prose_spans():
        if not 0 <= span.begin <= span.end <= len(doc.text):
            raise AssertionError(f"span {span} outside the text")
    _ = doc.key


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
