"""What the pages show, read from a release: plain data for the templates, no Flask routes (the
views in kg.web.views render them). The reading view of an article (articleview, highlight), the
archive's parts and pagination (parts), lists of articles and entities (listings), a resource's
labels, table and kind (resources), timelines (timeline) and co-mention graphs (comention)."""
