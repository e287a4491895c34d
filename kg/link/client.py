"""A polite SPARQL client: SPARQLWrapper with an honest User-Agent, a request timeout,
retries with exponential backoff on 429 and 5xx (honouring Retry-After), and answers cached
on disk so that asking the same question twice sends one request."""

from __future__ import annotations

import email.utils
import hashlib
import json
import time
import urllib.error
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import SPARQLWrapper
from SPARQLWrapper import JSON
from SPARQLWrapper import SPARQLWrapper as Wrapper
from SPARQLWrapper.SPARQLExceptions import EndPointInternalError, SPARQLWrapperException

import kg
from kg.config import link_contact
from kg.errors import KgError

RETRY_STATUS = (429, 500, 502, 503, 504)


class LinkError(KgError, RuntimeError):
    """A lookup failed for good; the message names the endpoint."""


def user_agent(contact: str | None = None) -> str:
    return (f"kg/{kg.__version__} (Militant knowledge-graph publisher; +{contact or link_contact()}) "
            f"SPARQLWrapper/{SPARQLWrapper.__version__}")


class DiskCache:
    """One JSON file per (endpoint, query), named by its SHA-256."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def _path(self, endpoint: str, query: str) -> Path:
        h = hashlib.sha256(f"{endpoint}\n{query}".encode()).hexdigest()
        return self.folder / h[:2] / f"{h}.json"

    def get(self, endpoint: str, query: str) -> dict | None:
        try:
            return json.loads(self._path(endpoint, query).read_text(encoding="utf-8"))["answer"]
        except (FileNotFoundError, KeyError, json.JSONDecodeError):
            return None

    def put(self, endpoint: str, query: str, answer: dict) -> None:
        path = self._path(endpoint, query)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"endpoint": endpoint, "query": query, "answer": answer}),
                       encoding="utf-8")
        tmp.replace(path)


@dataclass
class SparqlClient:
    endpoint: str
    cache: DiskCache
    timeout: float = 60.0
    retries: int = 4
    backoff: float = 1.0  # seconds before the first retry; doubles each time
    max_wait: float = 120.0  # never sleep longer than this for one retry
    agent: str = field(default_factory=user_agent)
    sleep: Callable[[float], None] = time.sleep
    sent: int = 0  # requests actually sent (not answered from the cache)
    cached: int = 0

    def select(self, query: str) -> list[dict[str, str]]:
        """Rows of a SELECT query: variable → lexical value (unbound variables left out)."""
        answer = self.cache.get(self.endpoint, query)
        if answer is None:
            answer = self._ask(query)
            self.cache.put(self.endpoint, query, answer)
        else:
            self.cached += 1
        try:
            return [{k: v["value"] for k, v in b.items()} for b in answer["results"]["bindings"]]
        except (KeyError, TypeError):
            raise LinkError(f"{self.endpoint}: the answer is not SPARQL JSON results") from None

    def _ask(self, query: str) -> dict:
        last = ""
        for attempt in range(self.retries + 1):
            sw = Wrapper(self.endpoint, agent=self.agent)
            sw.setQuery(query)
            sw.setReturnFormat(JSON)
            sw.setTimeout(int(max(1, self.timeout)))
            self.sent += 1
            wait = self.backoff * 2 ** attempt
            try:
                result = sw.queryAndConvert()
                if not isinstance(result, dict):
                    raise LinkError(f"{self.endpoint}: the answer is not SPARQL JSON results")
                return result
            except urllib.error.HTTPError as e:
                if e.code not in RETRY_STATUS:
                    raise LinkError(f"{self.endpoint}: HTTP {e.code} {e.reason}") from None
                told = retry_after(e.headers.get("Retry-After") if e.headers else None)
                wait = told if told is not None else wait
                last = f"HTTP {e.code}"
            except EndPointInternalError:
                last = "HTTP 500"
            except SPARQLWrapperException as e:
                raise LinkError(f"{self.endpoint}: {e}") from None
            except (urllib.error.URLError, TimeoutError, ConnectionError) as e:
                last = f"{getattr(e, 'reason', e)}"
            if attempt < self.retries:
                self.sleep(min(wait, self.max_wait))
        raise LinkError(f"{self.endpoint}: gave up after {self.retries + 1} attempts ({last})")


def retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
