"""The test server's stop (sparql_fixture.stop) survives the race that failed CI: a task
thread's wake-up makes the loop run the stop's thunk before the stop's own write to waitress's
trigger lands. Here that order is forced, so the test fails every time if the thunk closes the
trigger, instead of once in about 30 runs."""

from __future__ import annotations

import threading

import requests
from sparql_fixture import publish, serve, stop, wait_for
from waitress.server import create_server

from kg.web import create_app


def test_the_stop_survives_a_wake_up_that_runs_its_thunk_first(tmp_path, monkeypatch) -> None:
    publish(tmp_path / "store")
    app = create_app(store=tmp_path / "store")
    srv = create_server(app, host="127.0.0.1", port=0, threads=2)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{srv.effective_port}"
    assert requests.get(url + "/sparql", params={"query": "ASK {}"}, timeout=10).status_code == 200
    trigger, own_pull = srv.trigger, srv.trigger._physical_pull
    stopping = threading.get_ident()
    ran_first = []

    def late_pull() -> None:
        if threading.get_ident() != stopping:  # a task thread's own wake-up, as it comes
            own_pull()
            return
        # another thread wakes the loop, which runs the pending thunks (the stop's close_all);
        # only then does the stopping thread's own write reach the trigger
        other = threading.Thread(target=own_pull)
        other.start()
        other.join()
        ran_first.append(wait_for(lambda: not trigger.thunks, 5))
        own_pull()

    monkeypatch.setattr(trigger, "_physical_pull", late_pull)
    stop(srv, thread)  # raised OSError EBADF when the thunk closed the trigger
    assert ran_first == [True]
    assert not thread.is_alive() and not srv._map
    assert trigger._closed and trigger._fds == []  # closed after the loop ended, not leaked


def test_serve_stops_cleanly_after_requests(tmp_path) -> None:
    publish(tmp_path / "store")
    with serve(tmp_path / "store") as srv:
        for _ in range(3):
            assert requests.get(srv.endpoint, params={"query": "ASK {}"}, timeout=10).ok
