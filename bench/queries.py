"""In-process renders through Django's test client: the exact HTML, the queries it costs, and
where its time goes. The harness runs with ``PAGE_CACHE_SECONDS=0``: every render is a real one.
"""

import statistics
import time

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


def _client():
    return Client(SERVER_NAME="127.0.0.1", HTTP_USER_AGENT="bench")


def _get(client, path):
    response = client.get(path)
    if response.status_code != 200:
        raise RuntimeError(f"{path} answered {response.status_code}")
    return response


def render(path):
    """The bytes a visitor gets for ``path``."""
    client = _client()
    _get(client, path)
    return _get(client, path).content


def count_queries(path):
    """Queries of one render of ``path`` once per-process caches (site root, locales) are warm:
    what every visitor after a worker's first one costs."""
    client = _client()
    _get(client, path)
    with CaptureQueriesContext(connection) as captured:
        _get(client, path)
    return len(captured)


class _SqlTimer:
    """``connection.execute_wrapper`` timing every statement (Django's debug log rounds to 1 ms)."""

    def __init__(self):
        self.seconds = 0.0

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - started


def profile(path, renders=7):
    """Median milliseconds of a whole render and of executing its SQL (the rest is Python: URL
    routing, middleware, page logic, templates)."""
    client = _client()
    _get(client, path)
    totals, sql = [], []
    for _ in range(renders):
        timer = _SqlTimer()
        with connection.execute_wrapper(timer):
            started = time.perf_counter()
            _get(client, path)
            totals.append((time.perf_counter() - started) * 1000)
        sql.append(timer.seconds * 1000)
    return {"render_ms": round(statistics.median(totals), 2), "sql_ms": round(statistics.median(sql), 2)}


def _median_ms(function, repeat=9):
    function()  # warm: compiled queries, per-process caches
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        timings.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(timings), 2)


def at_scale():
    """What a miss of a kept fragment costs on a big site: the related reads of the article with
    every topic, and the news archive's monthly counts (milliseconds, median, in-process)."""
    from core.listing import archive_months
    from core.related import related_reads
    from news.models import NewsIndexPage

    from .data import richest_article

    article = richest_article()
    index = NewsIndexPage.objects.get(locale__language_code="en")
    found = {
        "related_reads_ms": _median_ms(lambda: related_reads(article)),
        "archive_counts_ms": _median_ms(lambda: archive_months(index.news(), "archive_month")),
        "article_tags": article.tagged_items.count(),
    }
    connection.close()
    return found
