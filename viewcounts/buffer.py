"""Views buffered in Redis between flushes: one round trip per beacon instead of a database write.

With ``VIEW_COUNT_BUFFER_URL`` (by default ``REDIS_URL``) set, a counted view is two ``HINCRBY``
in one Redis transaction on a single hash — ``t:<page id>`` for the total and
``d:<page id>:<day>`` for the day's bucket. ``manage.py flush_view_counts`` moves the hash into
the database, exactly once, however often it runs and wherever it stops:

1. a Lua script renames the hash to a *batch* and stamps it with a new batch id, atomically with
   the beacons' increments (a view lands before or after the rename, never in between);
2. one database transaction adds the batch to ``PageViewCount`` / ``PageViewDay`` and records the
   batch id in ``FlushedViewBatch``;
3. the batch is deleted from Redis.

A flush that dies after (2) leaves the batch in Redis; the next one finds its id in the database
and only deletes it. A flush that dies before (2) leaves it too; the next one adds it. So views
are lost only when Redis itself loses them (a restart of a Redis that keeps nothing on disk loses
the views since the last flush — a few seconds' worth with the flush running every 5 s).

While Redis is unreachable the beacon counts straight into the database (``counter.record_view``),
exactly as without a buffer.
"""

import logging
import uuid

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils.dateparse import parse_date

logger = logging.getLogger("portal.viewcounts")

_clients = {}

# Rename the pending hash into the batch (unless a batch is still waiting: it goes first), stamp
# it, and return the batch's fields. Atomic in Redis, so no HINCRBY falls between rename and read.
TAKE_BATCH = """
if redis.call('EXISTS', KEYS[2]) == 0 then
    if redis.call('EXISTS', KEYS[1]) == 0 then return {} end
    redis.call('RENAME', KEYS[1], KEYS[2])
    redis.call('HSET', KEYS[2], '__batch', ARGV[1])
end
return redis.call('HGETALL', KEYS[2])
"""


def enabled():
    return bool(getattr(settings, "VIEW_COUNT_BUFFER_URL", ""))


def _keys():
    prefix = getattr(settings, "VIEW_COUNT_BUFFER_PREFIX", "viewcounts")
    return f"{prefix}:pending", f"{prefix}:batch", f"{prefix}:flush-lock"


def client():
    """A Redis client for the buffer (one connection pool per process and address)."""
    import redis

    url = settings.VIEW_COUNT_BUFFER_URL
    if url not in _clients:
        timeout = float(getattr(settings, "VIEW_COUNT_BUFFER_TIMEOUT", 0.5))
        _clients[url] = redis.Redis.from_url(url, socket_connect_timeout=timeout, socket_timeout=timeout)
    return _clients[url]


def add_view(page_id, day):
    """Buffer one view; return the page's views not yet in the database, or ``None`` if Redis
    could not take it (the caller then counts in the database)."""
    import redis

    pending, batch, _lock = _keys()
    try:
        pipe = client().pipeline(transaction=True)
        pipe.hincrby(pending, f"t:{page_id}", 1)
        pipe.hincrby(pending, f"d:{page_id}:{day.isoformat()}", 1)
        pipe.hget(batch, f"t:{page_id}")
        total, _day, in_batch = pipe.execute()
    except redis.RedisError as error:
        logger.warning("View buffer unavailable (%s); counting in the database.", error)
        return None
    return total + int(in_batch or 0)


def pending_views(page_id):
    """Views of ``page_id`` waiting in Redis (pending and in a batch not yet deleted); 0 if Redis
    cannot say."""
    import redis

    pending, batch, _lock = _keys()
    try:
        pipe = client().pipeline(transaction=False)
        pipe.hget(pending, f"t:{page_id}")
        pipe.hget(batch, f"t:{page_id}")
        return sum(int(value or 0) for value in pipe.execute())
    except redis.RedisError:
        return 0


def _parse(fields):
    """``[b"t:12", b"3", b"d:12:2026-12-02", b"3", b"__batch", b"…"]`` (HGETALL from Lua, flat) →
    (batch id, {page id: views}, {(page id, day): views})."""
    batch_id, totals, days = None, {}, {}
    for raw_key, raw_value in zip(fields[::2], fields[1::2], strict=True):
        key, value = raw_key.decode(), raw_value.decode()
        if key == "__batch":
            batch_id = value
        elif key.startswith("t:"):
            totals[int(key[2:])] = int(value)
        elif key.startswith("d:"):
            page_id, day = key[2:].split(":", 1)
            days[(int(page_id), parse_date(day))] = int(value)
    return batch_id, totals, days


def _add(model, lookup, field, amount):
    if not model.objects.filter(**lookup).update(**{field: F(field) + amount}):
        model.objects.create(**lookup, **{field: amount})


def _apply(batch_id, totals, days):
    """Add one batch to the database unless it is already there; return the views added."""
    from wagtail.models import Page

    from .models import FlushedViewBatch, PageViewCount, PageViewDay

    with transaction.atomic():
        # The row lock makes a second flusher wait here, then see the batch as done.
        _, created = FlushedViewBatch.objects.get_or_create(batch=batch_id)
        if not created:
            return 0
        # A page deleted since its views were buffered takes them with it.
        existing = set(Page.objects.filter(pk__in=totals.keys()).values_list("pk", flat=True))
        for page_id, amount in sorted(totals.items()):
            if page_id in existing:
                _add(PageViewCount, {"page_id": page_id}, "total", amount)
        for (page_id, day), amount in sorted(days.items()):
            if page_id in existing:
                _add(PageViewDay, {"page_id": page_id, "day": day}, "views", amount)
        return sum(amount for page_id, amount in totals.items() if page_id in existing)


def flush():
    """Move the buffered views into the database; return how many were added. Safe to run twice,
    at once or one after the other."""
    from .models import FlushedViewBatch

    pending, batch, lock = _keys()
    redis_client = client()
    token = uuid.uuid4().hex
    # Only one flusher at a time moves batches; a second one finds the lock and leaves.
    if not redis_client.set(lock, token, nx=True, ex=60):
        return 0
    try:
        added = 0
        # A batch left by a stopped flush first, then the views pending now.
        for _round in range(2):
            batch_id, totals, days = _parse(redis_client.eval(TAKE_BATCH, 2, pending, batch, uuid.uuid4().hex))
            if batch_id is None:
                break
            added += _apply(batch_id, totals, days)
            redis_client.delete(batch)
        FlushedViewBatch.forget_old()
        return added
    finally:
        if redis_client.get(lock) == token.encode():
            redis_client.delete(lock)
