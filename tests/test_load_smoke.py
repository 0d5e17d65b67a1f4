"""A short, bounded load smoke: many readers at once on cached pages and the view beacon, 0 errors.

A fixed number of requests, never a stopwatch: the full load run with its figures is
``make bench``; this only proves that concurrency breaks nothing and loses no count.
"""

import json
import random
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest

from viewcounts.models import PageViewCount

BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0"
READERS = 10
REQUESTS_PER_READER = 40

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def portal(news_indexes, article_factory, settings):
    from wagtail.models import Site

    from core.models import PortalSettings

    PortalSettings.for_site(Site.objects.get(is_default_site=True))
    settings.PAGE_CACHE_SECONDS = 300
    settings.VIEW_BEACON_RATE_LIMIT = 0  # every reader here shares one loopback address
    articles = [article_factory(news_indexes["en"], f"Load story {n}") for n in range(5)]
    return news_indexes, articles


def test_ten_readers_at_once_get_no_error_and_every_accepted_view_is_counted(live_server, portal):
    news_indexes, articles = portal
    pages = ["/en/", news_indexes["en"].url, news_indexes["uk"].url, *(article.url for article in articles)]

    def reader(number):
        rng = random.Random(number)  # the same mix on every run
        seen = Counter()
        for _ in range(REQUESTS_PER_READER):
            if rng.random() < 0.5:
                article = rng.choice(articles)
                request = urllib.request.Request(
                    f"{live_server.url}/api/views/{article.pk}/", method="POST", headers={"User-Agent": BROWSER_UA}
                )
            else:
                request = urllib.request.Request(f"{live_server.url}{rng.choice(pages)}", headers={"User-Agent": BROWSER_UA})
            try:
                with urllib.request.urlopen(request, timeout=60) as response:
                    body = response.read()
                    if request.get_method() == "POST":
                        seen["beacon"] += 1
                        seen[f"counted:{request.full_url}"] += json.loads(body)["counted"]
                    else:
                        seen["page"] += 1
                        seen[f"cache:{response.headers.get('X-Page-Cache')}"] += 1
            except urllib.error.HTTPError as error:
                seen[f"error:{error.code}"] += 1
            except OSError as error:
                seen[f"error:{type(error).__name__}"] += 1
        return seen

    with ThreadPoolExecutor(max_workers=READERS) as pool:
        totals = sum(pool.map(reader, range(READERS)), Counter())

    errors = {key: value for key, value in totals.items() if key.startswith("error:")}
    assert not errors, errors
    assert totals["beacon"] + totals["page"] == READERS * REQUESTS_PER_READER
    assert totals["cache:hit"] > 0  # most page views came from the cache
    for article in articles:
        counted = totals[f"counted:{live_server.url}/api/views/{article.pk}/"]
        stored = PageViewCount.objects.filter(page=article).values_list("total", flat=True).first() or 0
        assert stored == counted, article.title
