"""WSGI entry point: `waitress-serve server:app` or `gunicorn server:app`.

Reads KG_STORE and KG_BASE from the environment (see kg/config.py).
"""

from kg.web import create_app

app = create_app()
