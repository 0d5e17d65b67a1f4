"""Views buffered in Redis: one round trip per beacon, moved into the database exactly once.

These run against the real Redis of the machine (127.0.0.1:6379, database 9), each test under a
key prefix of its own; the outage test points at a closed port.
"""

import io
import uuid

import pytest
import redis
from django.core.management import CommandError, call_command
from django.utils import timezone

from viewcounts import buffer
from viewcounts.models import FlushedViewBatch, PageViewCount, PageViewDay

from .beacons import beacon, beacons_at_once

REDIS = "redis://127.0.0.1:6379/9"

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def redis_buffer(settings):
    prefix = f"views-test-{uuid.uuid4().hex[:10]}"
    settings.VIEW_COUNT_BUFFER_URL = REDIS
    settings.VIEW_COUNT_BUFFER_PREFIX = prefix
    server = redis.Redis.from_url(REDIS)
    yield server
    for key in server.scan_iter(f"{prefix}:*"):
        server.delete(key)


def stored(page):
    row = PageViewCount.objects.filter(page=page).first()
    days = {bucket.day: bucket.views for bucket in PageViewDay.objects.filter(page=page)}
    return (row.total if row else 0), days


def test_a_beacon_writes_nothing_to_the_database_until_the_flush(client, news_indexes, article_factory, redis_buffer):
    article = article_factory(news_indexes["en"], "Budget hearing", views_before_migration=1242)

    answers = [beacon(client, article).json() for _ in range(3)]

    # Readers see every view at once: legacy + counted + waiting in Redis.
    assert [answer["views"] for answer in answers] == [1243, 1244, 1245]
    assert stored(article) == (0, {})

    output = io.StringIO()
    call_command("flush_view_counts", stdout=output)
    assert output.getvalue() == "3 views moved to the database.\n"

    assert stored(article) == (3, {timezone.localdate(): 3})
    assert not list(redis_buffer.scan_iter(f"{buffer._keys()[0]}*"))
    assert beacon(client, article).json()["views"] == 1246


def test_flushing_twice_adds_nothing_more(client, news_indexes, article_factory, redis_buffer):
    article = article_factory(news_indexes["en"], "Twice")
    beacon(client, article)
    beacon(client, article)

    assert buffer.flush() == 2
    assert buffer.flush() == 0
    assert stored(article)[0] == 2


def take_batch():
    pending, batch, _lock = buffer._keys()
    return buffer._parse(buffer.client().eval(buffer.TAKE_BATCH, 2, pending, batch, uuid.uuid4().hex))


def test_a_flush_stopped_after_the_commit_is_not_counted_again(client, news_indexes, article_factory, redis_buffer):
    article = article_factory(news_indexes["en"], "Stopped late")
    for _ in range(4):
        beacon(client, article)
    # A flush that wrote the batch into the database and died before deleting it from Redis.
    buffer._apply(*take_batch())
    assert stored(article)[0] == 4
    beacon(client, article)  # a view arriving meanwhile waits for the next batch

    assert buffer.flush() == 1

    assert stored(article) == (5, {timezone.localdate(): 5})
    assert beacon(client, article).json()["views"] == 6


def test_a_flush_stopped_before_the_commit_loses_nothing(client, news_indexes, article_factory, redis_buffer):
    article = article_factory(news_indexes["en"], "Stopped early")
    for _ in range(3):
        beacon(client, article)
    take_batch()  # renamed into a batch, then the flusher died
    beacon(client, article)

    # Waiting views are shown while the batch waits, and the next flush takes both.
    assert beacon(client, article).json()["views"] == 5
    assert buffer.flush() == 5
    assert stored(article)[0] == 5
    assert FlushedViewBatch.objects.count() == 2


def test_views_of_a_page_deleted_before_the_flush_go_with_it(client, news_indexes, article_factory, redis_buffer):
    kept = article_factory(news_indexes["en"], "Kept")
    gone = article_factory(news_indexes["en"], "Gone")
    beacon(client, kept)
    beacon(client, gone)
    gone.delete()

    assert buffer.flush() == 1
    assert stored(kept)[0] == 1 and not PageViewCount.objects.filter(page_id=gone.pk).exists()


def test_with_redis_down_the_beacon_counts_in_the_database(client, news_indexes, article_factory, settings):
    settings.VIEW_COUNT_BUFFER_URL = "redis://127.0.0.1:1/0"
    article = article_factory(news_indexes["en"], "Outage")

    response = beacon(client, article)

    assert response.status_code == 200 and response.json() == {"views": 1, "counted": True}
    assert stored(article)[0] == 1
    with pytest.raises(CommandError, match="unreachable"):
        call_command("flush_view_counts")


def test_without_a_buffer_the_command_says_so(settings):
    settings.VIEW_COUNT_BUFFER_URL = ""
    with pytest.raises(CommandError, match="REDIS_URL"):
        call_command("flush_view_counts")


def test_fifty_concurrent_beacons_and_a_flush_in_the_middle_count_exactly_fifty(
    live_server, news_indexes, article_factory, redis_buffer
):
    article = article_factory(news_indexes["en"], "Concurrency")

    results = beacons_at_once(live_server.url, article, 50, meanwhile=buffer.flush)

    buffer.flush()
    assert [status for status, _ in results] == [200] * 50
    assert stored(article) == (50, {timezone.localdate(): 50})


def test_a_buffered_view_costs_one_small_query(client, news_indexes, article_factory, redis_buffer, django_assert_num_queries):
    """What the page showed so far; whether it may be counted is remembered (viewcounts.countable),
    and the count itself goes to Redis."""
    article = article_factory(news_indexes["en"], "Cheap", views_before_migration=7)

    client.get(article.url)  # a reader opens the page (the restricted sections are read and kept)

    # The first beacon asks whether the page may be counted and reads what it showed, in one query.
    with django_assert_num_queries(1):
        first = beacon(client, article).json()
    with django_assert_num_queries(1):
        answer = beacon(client, article).json()

    assert first == {"views": 8, "counted": True}
    assert answer == {"views": 9, "counted": True}
