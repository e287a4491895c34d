"""The web app's resources, one module per kind (each a Flask blueprint, or a page renderer the
resource view picks by the resource's kind):

    home       /                      the release at a glance
    health     /health                is a release published and readable
    resource   /<path>, /data/<path>, /page/<path>
                                      every minted IRI: 303 to its page or data document
    article    (page)                 an article's reading view, timeline and co-mention graph
    entity     (page)                 an entity's articles, timeline and co-mention graph
    browse     /browse, /entities     volumes → issues → articles (and their pages); names by type
    dataset    /.well-known/void, /ontology, /shapes
                                      the dataset's description, vocabulary and shapes
    dumps      /download/             the release's dump files and their index
    search     /search                the full-text index, JSON and page
    sparql     /sparql                the SPARQL 1.1 Protocol endpoint (workers: kg.web.workers)
    openapi    /openapi.json          the API's OpenAPI 3 description

How a view's answer becomes HTTP (renderers, CORS, caching, ETag/304, error pages) is not here:
it is declared once in kg.web.responses.
"""

from __future__ import annotations

from flask import Blueprint

from kg.web.views import browse, dataset, dumps, health, home, openapi, resource, search, sparql

# Registration order; resource's /<path:path> catch-all ranks below every fixed route anyway.
BLUEPRINTS: tuple[Blueprint, ...] = (sparql.bp, dumps.bp, openapi.bp, search.bp, browse.bp, home.bp,
                                     health.bp, dataset.bp, resource.bp)
