"""The new-name pipeline as declared steps (branch rev9): the joins of one region's runs are
kg.nlp.entities.spans.regionsteps `REGION_STEPS`, the kinds read together
kg.nlp.entities.kinds.resolve `KIND_STEPS`, an opener's readings as a short form
kg.nlp.entities.kinds.shortforms `OPENER_READERS`; each runs from its tuple, in order.
`KG_TRACE_NAMES=1` logs which step changed the runs or the kinds and changes nothing found.
Made-up sentences only."""

from __future__ import annotations

from nlp_support import found, traced

from kg.nlp.entities.kinds import resolve, shortforms
from kg.nlp.entities.spans import regionsteps

LAW = "Dockers marched in Tallowmere for the Right to Organize Act on Friday."
PAIR = "Students from Harvel and Dorrow University joined the picket line."


def test_every_step_has_its_own_name():
    names = [s.name for s in regionsteps.REGION_STEPS]
    assert len(names) == len(set(names)) == len(regionsteps.REGION_STEPS) > 20
    kinds = [s.__name__ for s in resolve.KIND_STEPS]
    assert len(kinds) == len(set(kinds))
    # the typed spans are built after the short forms and speakers, before the steps reading them
    assert kinds.index("interview_people") < kinds.index("typed_spans") < kinds.index("known_as")
    assert shortforms.OPENER_READERS[0] is shortforms._longer  # a longer name wins first


def test_the_region_steps_run_from_their_tuple(registry, monkeypatch):
    assert "Right to Organize Act" in dict(found(registry, LAW))
    dropped = regionsteps.RegionStep("drop_all", lambda ctx, r, found: [])
    monkeypatch.setattr(regionsteps, "REGION_STEPS", regionsteps.REGION_STEPS + (dropped,))
    assert "Right to Organize Act" not in dict(found(registry, LAW))


def test_the_kind_steps_run_from_their_tuple(registry, monkeypatch):
    assert dict(found(registry, PAIR))["Harvel"].startswith("organization/")
    steps = tuple(s for s in resolve.KIND_STEPS if s is not resolve.coordinated)
    monkeypatch.setattr(resolve, "KIND_STEPS", steps)
    assert not dict(found(registry, PAIR)).get("Harvel", "").startswith("organization/")


def test_the_trace_names_the_step_and_changes_nothing(registry, monkeypatch, caplog):
    said = traced(registry, monkeypatch, caplog, LAW, PAIR)
    assert any("join_laws made" in m and "Right to Organize Act" in m for m in said), said
    assert any("coordinated made" in m and "'Harvel'" in m for m in said), said
