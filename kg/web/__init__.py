"""The web app: SPARQL endpoint, dumps, linked data and HTML pages over the current release."""

from kg.web.app import create_app

__all__ = ["create_app"]
