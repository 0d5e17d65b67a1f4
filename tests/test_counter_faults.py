"""The view counter under faults: floods are refused before the database, and a server restart in
the middle of a burst of beacons loses no accepted view and counts none twice.

The restart test runs the real application server (gunicorn with the production settings) in
its own process group against the test database, on a free loopback port, and fires beacons
from many threads while the server is stopped and started again.
"""

import datetime as dt
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path
from urllib.parse import quote

import pytest
from django.db import connection

from core.models import PageViewCount, PageViewDay

ROOT = Path(__file__).resolve().parent.parent
BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36"
SCRUBBED = {"DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE", "DEFAULT_LANGUAGE"}
#: Safety bounds only (a hung server fails the test instead of hanging the suite); nothing is timed.
DEADLINE_SECONDS = 180


# --- Floods -----------------------------------------------------------------------------------------


@pytest.fixture
def within_one_minute(time_machine):
    """The limit counts per clock minute: a slow run must not cross into a fresh minute mid-test."""
    time_machine.move_to(dt.datetime(2026, 5, 4, 12, 0, 30, tzinfo=dt.UTC), tick=False)


@pytest.mark.django_db
def test_a_flooding_client_is_refused_without_touching_the_database(
    within_one_minute, client, news_indexes, article_factory, settings, django_assert_num_queries
):
    settings.VIEW_BEACON_RATE_LIMIT = 5
    article = article_factory(news_indexes["en"], "Flood")
    accepted = [client.post(f"/api/views/{article.pk}/", HTTP_USER_AGENT=BROWSER_UA).status_code for _ in range(5)]

    with django_assert_num_queries(0):
        refused = [client.post(f"/api/views/{article.pk}/", HTTP_USER_AGENT=BROWSER_UA) for _ in range(50)]

    assert accepted == [200] * 5
    assert {response.status_code for response in refused} == {429}
    assert "error" in refused[0].json()
    assert PageViewCount.objects.get(page=article).total == 5
    # Another client is not affected.
    other = client.post(f"/api/views/{article.pk}/", HTTP_USER_AGENT=BROWSER_UA, REMOTE_ADDR="192.0.2.44")
    assert other.status_code == 200 and other.json()["views"] == 6


@pytest.mark.django_db
def test_a_flood_of_unknown_page_ids_is_refused_before_any_lookup(
    within_one_minute, client, homes, settings, django_assert_num_queries
):
    settings.VIEW_BEACON_RATE_LIMIT = 3
    statuses = [client.post(f"/api/views/{900000 + n}/", HTTP_USER_AGENT=BROWSER_UA).status_code for n in range(3)]

    with django_assert_num_queries(0):
        flood = [client.post(f"/api/views/{900100 + n}/", HTTP_USER_AGENT=BROWSER_UA).status_code for n in range(20)]

    assert statuses == [404] * 3 and set(flood) == {429}


# --- A restart in the middle of a burst ---------------------------------------------------------------


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url():
    """The test database, as a DATABASE_URL the server process understands."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    credentials = quote(db["USER"] or "", safe="")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"], safe="")
    host = db["HOST"] or "127.0.0.1"
    port = f":{db['PORT']}" if db["PORT"] else ""
    return f"postgres://{credentials}@{host}{port}/{db['NAME']}"


class AppServer:
    """gunicorn with the production settings, two threaded workers, in a process group of its own."""

    def __init__(self, port, log_path):
        self.port = port
        self.log_path = log_path
        self.process = None
        self.env = {key: value for key, value in os.environ.items() if key not in SCRUBBED}
        self.env.update(
            DJANGO_SETTINGS_MODULE="config.settings.production",
            DATABASE_URL=database_url(),
            SECRET_KEY="fault-test-key-" + "x" * 40,
            ALLOWED_HOSTS="127.0.0.1",
            SECURE_SSL_REDIRECT="false",
            VIEW_BEACON_RATE_LIMIT="0",  # one loopback client sends everything here
            PAGE_CACHE_SECONDS="0",
            LOG_LEVEL="ERROR",
        )

    def start(self):
        command = [
            sys.executable, "-m", "gunicorn", "config.wsgi",
            "--pythonpath", "site,.",
            "--bind", f"127.0.0.1:{self.port}",
            "--workers", "2", "--worker-class", "gthread", "--threads", "4",
            "--graceful-timeout", "30", "--timeout", "60",
        ]  # fmt: skip
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=log, stderr=log, start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"gunicorn exited with {self.process.returncode}:\n{self.log_path.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/robots.txt", timeout=5) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.1)
        raise AssertionError(f"gunicorn did not answer within 60 s:\n{self.log_path.read_text()[-3000:]}")

    def stop(self, how):
        """``graceful``: SIGTERM, in-flight requests finish. ``kill``: SIGKILL to master and workers."""
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGKILL if how == "kill" else signal.SIGTERM)
        try:
            self.process.wait(timeout=60)
        finally:
            if self.process.poll() is None:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        if how == "kill":  # the workers may outlive the master by a moment
            for _ in range(100):
                try:
                    os.killpg(self.process.pid, 0)
                except ProcessLookupError:
                    break
                time.sleep(0.05)


def send_beacon(url):
    """One beacon; the answer says what we may conclude about it:

    ``accepted``: a 2xx that says it counted; ``refused``: the connection was refused, so the
    server never saw it; ``rejected``: the server answered with an error; ``unknown``: the
    connection broke after the request was sent (it may or may not have been counted).
    """
    request = urllib.request.Request(url, method="POST", headers={"User-Agent": BROWSER_UA})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            counted = json.load(response).get("counted")
            return "accepted" if 200 <= response.status < 300 and counted else "rejected"
    except urllib.error.HTTPError:
        return "rejected"
    except urllib.error.URLError as error:
        return "refused" if isinstance(error.reason, ConnectionRefusedError) else "unknown"
    except (ConnectionError, http.client.HTTPException, TimeoutError):
        return "unknown"


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("how", ["graceful", "kill"])
def test_restarting_the_server_mid_burst_loses_no_accepted_view(news_indexes, article_factory, tmp_path, how):
    article = article_factory(news_indexes["en"], "Restarts", views_before_migration=1000)
    server = AppServer(free_port(), tmp_path / "gunicorn.log")
    url = f"http://127.0.0.1:{server.port}/api/views/{article.pk}/"
    outcomes, lock, stop = Counter(), threading.Lock(), threading.Event()
    restarted = threading.Event()
    after_restart = Counter()

    def reader():
        while not stop.is_set():
            outcome = send_beacon(url)
            with lock:
                outcomes[outcome] += 1
                if restarted.is_set():
                    after_restart[outcome] += 1
            if outcome == "refused":
                time.sleep(0.02)  # the server is down: don't spin

    def wait_for(condition, what):
        deadline = time.monotonic() + DEADLINE_SECONDS
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"gave up waiting for {what}: {dict(outcomes)}")
            time.sleep(0.05)

    server.start()
    readers = [threading.Thread(target=reader, daemon=True) for _ in range(12)]
    try:
        for thread in readers:
            thread.start()
        wait_for(lambda: outcomes["accepted"] >= 80, "80 accepted beacons before the restart")
        server.stop(how)
        restarted.set()
        server.start()
        wait_for(lambda: after_restart["accepted"] >= 80, "80 accepted beacons after the restart")
    finally:
        stop.set()
        for thread in readers:
            thread.join(timeout=90)
        server.stop("graceful")

    total = PageViewCount.objects.get(page=article).total
    print(f"{how}: stored {total}, answers {dict(outcomes)}")  # shown with -s / on failure
    accepted, unknown = outcomes["accepted"], outcomes["unknown"]
    assert after_restart["accepted"] >= 80 and outcomes["accepted"] >= 160
    assert outcomes["rejected"] == 0, dict(outcomes)
    if how == "graceful":
        # In-flight requests are finished before the old server exits: exact.
        assert total == accepted, dict(outcomes)
    else:
        # A killed server may have committed a view whose answer it could not send, and only
        # those: never fewer than the accepted ones, never more than accepted + broken.
        assert accepted <= total <= accepted + unknown, (total, dict(outcomes))
    assert PageViewDay.objects.get(page=article).views == total
    # The reader sees the legacy count plus every counted view.
    assert article.specific.views_before_migration == 1000
