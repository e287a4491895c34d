"""kg link: reconcile the registry's and the graph's unlinked entities with Wikidata.

client.py  SPARQL over HTTP (SPARQLWrapper): User-Agent, timeout, retries, on-disk cache
score.py   candidates from label/alias lookups, scored by name match and wdt:P31 type
review.py  the review file a curator fills in, and accepting its links into the registry
unlinked.py  entities of the published graph without owl:sameAs
cli.py     the `kg link` command
"""
