"""The view counter under faults: floods are refused before the database, and a server restart in
the middle of a burst of beacons loses no accepted view and counts none twice.

The restart test runs the real application server (gunicorn with the production settings) in
its own process group against the test database, on a free loopback port, and fires beacons
from many threads while the server is stopped and started again.
"""

import datetime as dt
import http.client
import json
import threading
import time
import urllib.error
import urllib.request
from collections import Counter

import pytest

from tests.servers import AppServer, free_port
from viewcounts.models import PageViewCount, PageViewDay

BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36"
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
