"""One name's kind as a declared chain of rules (branch rev11): kg.nlp.entities.kinds.namekinds
`NAME_RULES`, each rule a function of one kg.nlp.entities.kinds.namequery `NameQuery` in
kg.nlp.entities.kinds textrules, headrules or contextrules (or a declared step of its own module:
sitepeople), tried in order, the first answer typing the name.
`KG_TRACE_NAMES=1` logs which rule typed each name and changes nothing found. Made-up
sentences only."""

from __future__ import annotations

from nlp_support import found, traced
from rules_support import declared_rules

from kg.nlp.entities.kinds import (
    activistbodies,
    addressedchurches,
    adoptedworks,
    airlines,
    apposedbuildings,
    apposedgroups,
    apposedpapers,
    apposedplaces,
    authorlines,
    campussites,
    charters,
    colonies,
    contextrules,
    customersites,
    firmlists,
    formalstates,
    frontedplaces,
    givenheads,
    gluedbills,
    headrules,
    heldplaces,
    hillplaces,
    joinedpapers,
    kinbodies,
    knownafter,
    lawnames,
    leadingunions,
    ledby,
    lessergiven,
    localchurches,
    museumhalls,
    namedplaces,
    namekinds,
    namesakes,
    namewords,
    oceannames,
    officeof,
    oneofplaces,
    onheads,
    ownedappositions,
    ownerfirms,
    ownnames,
    pairedadministrations,
    papernames,
    peoplenames,
    peoplestates,
    periodicalnouns,
    placebranches,
    possessiveplaces,
    possessiveroles,
    quotedspeakers,
    reviewauthors,
    riverbanks,
    sitecities,
    sitecodes,
    sitepeople,
    sportsteams,
    syllablenames,
    tailheads,
    textrules,
    townsafterin,
    unionnames,
    weakplaces,
    workapposed,
)
from kg.nlp.entities.kinds.namequery import NameQuery

TOWN = "Dockers marched in Tallowmere on Friday."
NURSE = "The strike spread, said Marta Dorrowitz, a nurse at the clinic."


def test_every_rule_is_declared_once_with_its_reason():
    rules = namekinds.NAME_RULES
    names = [r.__name__ for r in rules]
    assert len(names) == len(set(names)) > 100
    modules = (textrules, headrules, contextrules)
    assert all(r.__doc__ for r in rules)

    def defined(m) -> list:  # a module's rules: its public functions taking a NameQuery
        return declared_rules(m, "q")

    # the modules hold the rules in the chain's order, and none is left out of it; a rule of its
    # own module (a declared step: set AW's `sitepeople`, ent87's `lawnames` and `papernames`,
    # ent90's `onheads`, ent96's `ownedappositions` and `riverbanks`, ent97's `namewords`, ent98's
    # `possessiveplaces`, `localchurches`, `airlines`, ent102's `frontedplaces`, ent103's
    # `quotedspeakers`, ent100's `apposedplaces`, ent107's `periodicalnouns`, `reviewauthors`,
    # `possessiveroles`, ent108's `peoplenames` and `syllablenames`, ent111's `addressedchurches`,
    # `colonies`, `activistbodies`, `ownerfirms` and `authorlines`, ent110's `sitecities` and
    # `unionnames`, ent109's `oneofplaces`, ent113's `workapposed` and `customersites`, ent114's
    # `apposedgroups`, `lessergiven` and `peoplestates`, ent118's `pairedadministrations` and
    # `kinbodies`, ent115's `formalstates`, `ledby` and `oceannames`, ent120's `charters`, ent116's
    # `namesakes` and `apposedpapers`, ent117's `joinedpapers` and `heldplaces`, ent119's
    # `namedplaces`, ent124's `townsafterin`, `apposedbuildings` and `knownafter`, ent122's
    # `gluedbills`, `adoptedworks` and `leadingunions`, ent123's `museumhalls`, ent121's
    # `firmlists`, ent126's `hillplaces` and `campussites`, ent134's `placebranches`, ent132's
    # `ownnames`, weak41's `weakplaces`, sites41's `sitecodes`, type47's `givenheads` and
    # `sportsteams`, type48's `tailheads` and `officeof`) takes its place in the chain by name
    own = [sitepeople, lawnames, papernames, onheads, ownedappositions, riverbanks, namewords,
           possessiveplaces, localchurches, airlines, frontedplaces, quotedspeakers, apposedplaces,
           periodicalnouns, reviewauthors, possessiveroles, peoplenames, syllablenames,
           addressedchurches, colonies, activistbodies, ownerfirms, authorlines, sitecities,
           unionnames, oneofplaces, workapposed, customersites, apposedgroups, lessergiven,
           peoplestates, pairedadministrations, kinbodies, formalstates, ledby, oceannames,
           charters, namesakes, apposedpapers, joinedpapers, heldplaces, namedplaces, townsafterin,
           apposedbuildings, knownafter, gluedbills, adoptedworks, leadingunions, museumhalls,
           firmlists, hillplaces, campussites, placebranches, ownnames, weakplaces, sitecodes,
           givenheads, sportsteams, tailheads, officeof]
    assert tuple(f for m in modules for f in defined(m)) \
        == tuple(r for r in rules if not any(r in defined(m) for m in own))
    for m in own:
        assert [r for r in rules if r in defined(m)] == defined(m)
    assert all(r.__module__ in {m.__name__ for m in modules + tuple(own)} for r in rules)
    # the run's own kind first, the locative last
    assert names[0] == "place_line" and names[-1] == "locative"
    assert names.index("titled_or_byline") < names.index("role_apposition") < names.index("given_name")


def test_the_chain_runs_from_its_tuple(registry, monkeypatch):
    assert dict(found(registry, TOWN))["Tallowmere"].startswith("place/")
    rules = tuple(r for r in namekinds.NAME_RULES if r is not contextrules.locative)
    monkeypatch.setattr(namekinds, "NAME_RULES", rules)
    assert not dict(found(registry, TOWN)).get("Tallowmere", "").startswith("place/")


def test_the_first_rule_that_answers_types_the_name(registry, monkeypatch):
    def every_name_an_event(q: NameQuery) -> tuple[str, bool] | None:
        return ("event", True) if q.label == "Marta Dorrowitz" else None

    assert dict(found(registry, NURSE))["Marta Dorrowitz"].startswith("person/")
    monkeypatch.setattr(namekinds, "NAME_RULES", (every_name_an_event, *namekinds.NAME_RULES))
    assert dict(found(registry, NURSE))["Marta Dorrowitz"].startswith("event/")


def test_the_trace_names_the_rule_and_changes_nothing(registry, monkeypatch, caplog):
    said = traced(registry, monkeypatch, caplog, TOWN, NURSE)
    assert "kinds: locative typed 'Tallowmere' ('place', False)" in said, said
    assert "kinds: role_apposition typed 'Marta Dorrowitz' ('person', True)" in said, said
