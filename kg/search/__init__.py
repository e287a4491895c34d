"""Full-text search of a release: the index is built at publish time (kg.search.index) and
asked read-only by the web app (kg.search.query)."""
