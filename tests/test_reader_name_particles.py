"""A person's name particles: one data list (kg/data/nlp/entities.toml `connectors`, read
through kg.nameparticles) that the reader and the entities stage both take (docs/reader.md,
"Bylines"). Made-up names."""

from __future__ import annotations

import tomllib

import pytest

from kg import nameparticles
from kg.config import DATA_DIR
from kg.nlp.entities.cues.namecues import Cues
from kg.reader import cues
from kg.reader.patterns import CREDIT_NAME_RE, TITLE_BYLINE_RE, name_case


def _connectors() -> list[str]:
    with (DATA_DIR / "nlp" / "entities.toml").open("rb") as fh:
        return tomllib.load(fh)["connectors"]


def test_particles_are_the_connectors_words_of_a_persons_name():
    """A body's words ("of the", "for") and a lawsuit's ("v.") are no particles."""
    got = nameparticles.particles(["of", "of the", "for the", "de la", "v.", "vs.", "arap", "van der"])
    assert got == {"de", "la", "arap", "van", "der"}


def test_the_alternation_tries_the_longest_particle_first_in_a_fixed_order():
    assert nameparticles.alternation({"de", "dela", "la", "del"}) == "dela|del|de|la"


def test_the_reader_and_the_entities_stage_take_one_list():
    assert cues.name_particles() == nameparticles.particles(_connectors())
    assert cues.name_particles() == Cues().particles


def test_one_loader_reads_the_list_for_both_stages(tmp_path):
    """kg.nameparticles says which file and key hold the list: the reader has it read from a
    data folder, kg.nlp hands it the file as its cue data parsed it; both give the same words."""
    (tmp_path / "nlp").mkdir()
    (tmp_path / "nlp" / "entities.toml").write_text('connectors = ["of the", "dos", "ter"]\n')
    assert nameparticles.load(tmp_path) == {"dos", "ter"}
    assert nameparticles.of_entities({"connectors": ["of the", "dos", "ter"]}) == {"dos", "ter"}
    assert nameparticles.load() == nameparticles.particles(_connectors())


@pytest.mark.parametrize("particle", sorted(nameparticles.particles(_connectors())))
def test_every_particle_of_the_data_stands_inside_a_title_case_byline_and_a_credit(particle):
    assert TITLE_BYLINE_RE.match(f"By Ana {particle} Tessaro").group(1) == f"Ana {particle} Tessaro"
    assert CREDIT_NAME_RE.match(f"Ana {particle} Tessaro")


@pytest.mark.parametrize(("capitals", "name"), [
    ("ANA DE LA TESSARO", "Ana de la Tessaro"),  # a particle of the data: small
    ("KIPRONO ARAP DORRIMO", "Kiprono arap Dorrimo"),
    ("ELSA VAN DER DORROW", "Elsa Van Der Dorrow"),  # capitalised-particles.txt keeps the capital
    ("ANA LA", "Ana La"),  # a particle as the last word is the surname
    ("ROSA DU VERNAY", "Rosa Du Vernay"),  # French "Du", Italian "Di": capitalised in English
    ("MARCO DI TESSARO", "Marco Di Tessaro"),
    ("W.E.B. DU VERNAY", "W.E.B. Du Vernay"),  # initials run together keep their capitals
    ("J. TESSARO", "J. Tessaro"),
])
def test_name_case_takes_the_particles_and_their_capitals_from_data(capitals, name):
    assert name_case(capitals, "") == name


def test_the_capitalised_particles_are_particles_of_the_data():
    assert cues.capitalised_particles() <= cues.name_particles()


def test_the_reader_takes_the_hyphened_particles_of_the_entities_stage():
    """"al-Kelvi" is one word of a name for both stages: the reader's hyphened particles are the
    entities stage's `name_particles` (rdr25)."""
    with (DATA_DIR / "nlp" / "entities.toml").open("rb") as fh:
        data = tomllib.load(fh)
    assert cues.hyphened_particles() == nameparticles.hyphened_of_entities(data)
    assert cues.hyphened_particles() == frozenset(data["name_particles"])
    assert "al" in cues.hyphened_particles()
