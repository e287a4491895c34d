"""`kg link`: find Wikidata items for unlinked entities, for a curator to accept or reject."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.config import WIKIDATA_SPARQL, default_store, link_cache_dir
from kg.iri import Minter
from kg.link.client import DiskCache, LinkError, SparqlClient
from kg.link.review import ReviewError, apply_review, read_rejections, write_review
from kg.link.score import Target, candidates, suggest
from kg.link.unlinked import unlinked_in_store
from kg.nlp.entities.registry.registry import REGISTRY_PATH, Registry, RegistryError
from kg.options import store_option
from kg.store import PublishError, open_store

DEFAULT_THRESHOLD = 0.8


@click.command("link")
@click.option("--endpoint", default=WIKIDATA_SPARQL, show_default=True, metavar="URL",
              help="SPARQL endpoint with Wikidata's data model (rdfs:label, skos:altLabel, wdt:P31).")
@click.option("--review", "review", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("link-review.tsv"), show_default=True,
              help="Where to write the candidates for review.")
@click.option("--accept", "accept", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Apply a reviewed file: its accepted items go into the registry.")
@click.option("--unlinked", is_flag=True,
              help="List the published graph's entities that have no Wikidata link, and stop.")
@click.option("--registry", "registry_path", type=click.Path(dir_okay=False, path_type=Path),
              default=REGISTRY_PATH, show_default=True, help="The entity registry (TSV).")
@store_option
@click.option("--graph/--registry-only", "use_graph", default=True, show_default=True,
              help="Also look up new entities of the published graph (if there is one).")
@click.option("--threshold", type=click.FloatRange(0, 1), default=DEFAULT_THRESHOLD, show_default=True,
              help="Score a candidate needs to be suggested.")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Answer cache (default: $KG_CACHE or the per-user cache directory).")
@click.option("--timeout", type=click.FloatRange(1, 600), default=60, show_default=True,
              help="Seconds to wait for one answer.")
@click.option("--retries", type=click.IntRange(0, 10), default=4, show_default=True,
              help="Retries on HTTP 429/5xx and network errors, with exponential backoff.")
@click.option("--limit", type=click.IntRange(1), default=None, help="Look up at most N entities.")
def link(endpoint: str, review: Path, accept: Path | None, unlinked: bool, registry_path: Path,
         store: str | None, use_graph: bool, threshold: float, cache_dir: Path | None,
         timeout: float, retries: int, limit: int | None) -> None:
    """Reconcile entities with Wikidata: look up candidates and write them to a review file;
    with --accept, put the curator's accepted links into the registry; with --unlinked, list
    the graph's entities that have no Wikidata link. Nothing is linked without a curator."""
    try:
        registry = Registry.load(registry_path)
        store = store or default_store()
        minter = Minter.from_config()
        if unlinked:
            _list_unlinked(store, minter, registry)
            return
        rejections_path = registry_path.parent / "link-rejections.tsv"
        if accept:
            out = apply_review(accept, registry, rejections_path, threshold)
            for key, qid in out.accepted:
                click.echo(f"accepted {key} = {qid}")
            for key, qid in out.below_threshold:
                click.echo(f"note: {key} = {qid} was accepted by the curator below the threshold "
                           f"{threshold}", err=True)
            click.echo(f"{len(out.accepted)} link(s) written to {registry_path}; "
                       f"{len(out.rejected)} rejection(s) recorded in {rejections_path}")
            return
        targets = _targets(registry, store, minter, use_graph)[:limit]
        client = SparqlClient(endpoint, DiskCache((cache_dir or link_cache_dir()) / "wikidata"),
                              timeout=timeout, retries=retries)
        rejected = read_rejections(rejections_path)
        results = []
        with click.progressbar(targets, label="looking up", file=sys.stderr) as bar:
            for t in bar:
                cands = [c for c in candidates(client, t, rejected.get(t.key, set())) if c.score > 0][:3]
                suggest(cands, threshold)
                results.append((t, cands))
        rows = write_review(review, results)
        found = sum(1 for _t, c in results if c)
        suggested = sum(1 for _t, c in results if c and c[0].suggested)
        click.echo(f"{len(targets)} entities looked up, {found} with candidates, {suggested} suggested "
                   f"(score ≥ {threshold}); {rows} rows in {review}")
        click.echo(f"requests sent: {client.sent}, answered from cache: {client.cached}")
        click.echo(f"next: write accept or reject in the decision column, then: kg link --accept {review}")
    except (RegistryError, ReviewError, LinkError, PublishError) as e:
        raise click.ClickException(str(e)) from None


def _targets(registry: Registry, store: str | Path, minter: Minter, use_graph: bool) -> list[Target]:
    out = [Target(e.key, e.label, e.kind, [a.text for a in e.aliases if not a.short and not a.years])
           for e in registry.unlinked()]
    if use_graph and open_store(store).current() is not None:
        out += [t for t in unlinked_in_store(store, minter, registry) if t.source == "graph"]
    return out


def _list_unlinked(store: str | Path, minter: Minter, registry: Registry) -> None:
    targets = unlinked_in_store(store, minter, registry)
    click.echo("key\tlabel\tkind\tmentions\tin_registry")
    for t in targets:
        click.echo(f"{t.key}\t{t.label}\t{t.kind}\t{t.mentions}\t{'yes' if t.source == 'registry' else 'no'}")
    new = sum(1 for t in targets if t.source == "graph")
    click.echo(f"{len(targets)} unlinked entities ({new} not in the registry)", err=True)
