"""The `kg` command line (click). Errors go to stderr with a non-zero status; --debug shows tracebacks."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from kg import __version__
from kg.config import CORPUS_DIR, default_store
from kg.options import base_option, store_option


class KgGroup(click.Group):
    """Turns the project's errors into one clear line on stderr (a traceback only with --debug)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except BrokenPipeError:  # `kg export | head`: the reader left, which is not an error
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(0)
        except Exception as e:  # noqa: BLE001 - the one place errors become messages
            if ctx.params.get("debug") or (ctx.obj or {}).get("debug"):
                raise
            from kg.errors import is_user_error

            prefix = "error" if is_user_error(e) else f"internal error ({type(e).__name__})"
            click.echo(f"kg: {prefix}: {e}", err=True)
            if not is_user_error(e):
                click.echo("kg: run with --debug for the traceback", err=True)
            sys.exit(1)


def _store(store: str | None):
    """The store a --store value names: a folder, or a SPARQL server's URL (docs/stores.md)."""
    from kg.store import open_store

    return open_store(store or default_store())


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show tracebacks of errors.")
@click.version_option(__version__, prog_name="kg")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Publish articles of The Militant as a linked-data knowledge graph."""
    ctx.obj = {"debug": debug}


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@store_option
@base_option
@click.option("--keep-going", is_flag=True,
              help="Publish the articles that built; list the files that failed.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Processes reading, annotating and validating articles at once "
                   "(default: one per available CPU).")
@click.option("--cluster", default=None, metavar="URL",
              help="Send the per-article work to the Dask scheduler at URL "
                   "(tcp://HOST:8786; default: $KG_CLUSTER); the publish stays here.")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
              default=None, envvar="KG_DATA",
              help="Data folder: registry, cue lists (default: $KG_DATA or the package's kg/data).")
@click.option("--prune", is_flag=True,
              help="Remove from the graph the published articles whose files are gone "
                   "(without it they are listed in a warning and stay).")
@click.option("--force", is_flag=True,
              help="Extract every article again, even those unchanged since the last publish.")
@click.option("-q", "--quiet", is_flag=True, help="Print only warnings and errors.")
def build(paths: tuple[Path, ...], store: str | None, base: str | None, keep_going: bool,
          jobs: int | None, cluster: str | None, data_dir: Path | None, prune: bool,
          force: bool, quiet: bool) -> None:
    """Read articles (files or folders; default: the bundled corpus), extract, map to RDF,
    validate with SHACL and publish into the store atomically. Articles unchanged since the
    last publish (same file bytes, same kg) keep their graphs; progress goes to stderr."""
    from kg.config import build_cluster
    from kg.executors import local_workers
    from kg.executors.choose import executor_for
    from kg.iri import Minter
    from kg.pipeline import build as run_build
    from kg.pipeline import collect
    from kg.progress import watcher
    from kg.resources import Resources, default

    resources = Resources.load(data_dir) if data_dir else default()  # checked before any article
    if cluster and jobs:
        raise click.UsageError("--jobs (local processes) and --cluster (a Dask cluster) "
                               "exclude each other")
    sd = _store(store)
    minter = Minter.from_config(base)
    files = collect(paths or [CORPUS_DIR])
    cluster = None if jobs else (cluster or build_cluster())  # --jobs here beats KG_CLUSTER
    watch = watcher(len(files), quiet=quiet)
    try:
        with executor_for(jobs or local_workers(), cluster) as executor:
            result = run_build(files, sd, minter, keep_going=keep_going, executor=executor,
                               progress=watch, prune=prune, force=force,
                               resources=resources)
    finally:
        watch.close()
    for w in result.warnings:
        click.echo(f"warning: {w}", err=True)
    for f in result.failures:
        click.echo(f"failed: {f.path}: {f.message}", err=True)
    info = result.release.info() if result.release else {}
    kept = sum(a.reused for a in result.articles)
    if not quiet and not result.published:
        click.echo(f"nothing changed: {kept} article(s) unchanged since release {info.get('id')} "
                   f"in {sd.location}; nothing published")
    elif not quiet:
        click.echo(f"published {len(result.articles)} article(s) to {sd.location} "
                   f"(release {info.get('id')}, {info.get('quads')} quads; "
                   f"{len(result.articles) - kept} built, {kept} unchanged and kept)")
    for r in result.pruned:
        click.echo(f"pruned: {r.path} (its file is gone): <{r.graph}> removed", err=quiet)
    for a in result.articles if not quiet else ():
        click.echo(f"  {a.article_iri}  {a.triples} triples in <{a.graph}>"
                   + (" (unchanged)" if a.reused else ""))
        if a.dropped:  # not in the graph: the learned test of names' calls are shown here
            click.echo("    dropped as no name by the learned test of names: "
                       + "; ".join(f"{label} ({p:.0%} sure)" for label, p in a.dropped))
    if result.failures:
        sys.exit(1)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False,
                                                                   path_type=Path))
@store_option
@base_option
@click.option("--graph", default=None,
              help="Named graph for triples (default: one graph per file under {base}graph/loaded/).")
def load(files: tuple[Path, ...], store: str | None, base: str | None, graph: str | None) -> None:
    """Add RDF files (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML) to the store."""
    from kg.iri import Minter
    from kg.pipeline import load_files

    release = load_files(files, _store(store), Minter.from_config(base), graph)
    click.echo(f"loaded {len(files)} file(s); release {release.id}, {release.info().get('quads')} quads")


@main.command()
@store_option
@click.option("--format", "fmt", default="nquads", show_default=True,
              help="turtle, trig, nquads, ntriples, jsonld or rdfxml.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Output file (default: standard output).")
def export(store: str | None, fmt: str, output: Path | None) -> None:
    """Write the whole dataset in one RDF format (triple formats get the union of all graphs)."""
    from kg.formats import rdf_format

    f = rdf_format(fmt)
    snapshot = _store(store).snapshot()
    if output is None:
        snapshot.export(f, sys.stdout.buffer)
        return
    tmp = output.with_name(output.name + ".part")
    snapshot.export(f, str(tmp))
    tmp.replace(output)
    click.echo(f"wrote {output}", err=True)


@main.command()
@click.argument("query")
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "tsv", "xml"]),
              default="table", show_default=True)
def query(query: str, store: str | None, fmt: str) -> None:
    """Run a SPARQL query (text, or @FILE) over the union of all graphs."""
    from kg.query import run_query

    if query.startswith("@"):
        query = Path(query[1:]).read_text(encoding="utf-8")
    run_query(_store(store).snapshot(), query, fmt, sys.stdout)


def _register_optional() -> None:
    """Commands whose modules live with their stage (serve, validate, link)."""
    from kg.link.cli import link
    from kg.validate_cli import validate_command
    from kg.web.serve import serve

    for cmd in (serve, validate_command, link):
        main.add_command(cmd)


_register_optional()

if __name__ == "__main__":  # pragma: no cover
    main()
