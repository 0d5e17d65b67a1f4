"""The view counter: who counts, and the atomic increment.

Counting happens in ``POST /api/views/<id>/`` (see ``viewcounts.views.view_beacon``), never while
rendering, so page HTML stays cacheable. The increment is one ``UPDATE … SET total = total + 1``
(row created on first view, retried if two first views race), which is exact under
concurrency on PostgreSQL and, with SQLite's IMMEDIATE transactions, on SQLite too.
"""

import re

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from core.throttling import hashed_client, hit

from . import buffer
from .models import PageViewCount, PageViewDay

# Crawlers, link expanders, monitors and headless fetchers announce themselves in the UA.
BOT_USER_AGENT = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|scrape|fetch|preview|monitor|checker|validator|lighthouse|pingdom|"
    r"facebookexternalhit|embedly|whatsapp|telegram|skype|bingpreview|curl/|wget/|python-requests|"
    r"python-urllib|httpclient|okhttp|go-http-client|java/|libwww",
    re.IGNORECASE,
)
PREFETCH_HEADERS = (("HTTP_SEC_PURPOSE", "prefetch"), ("HTTP_PURPOSE", "prefetch"), ("HTTP_X_MOZ", "prefetch"))


def is_bot(user_agent):
    return not user_agent or bool(BOT_USER_AGENT.search(user_agent))


def is_prefetch(request):
    return any(value in request.META.get(header, "").lower() for header, value in PREFETCH_HEADERS)


def is_staff_viewer(request):
    """Editors looking at their own pages would inflate the numbers."""
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"))


def should_count(request):
    return not (is_bot(request.META.get("HTTP_USER_AGENT", "")) or is_prefetch(request) or is_staff_viewer(request))


def rate_limited(request):
    """True once a client has sent more than ``VIEW_BEACON_RATE_LIMIT`` beacons in a minute.

    Only the cache is touched (a salted hash of the address, never the address), so a flood
    costs the database nothing once the limit is reached. Without a working cache the beacon
    counts on (``core.throttling.hit``).
    """
    limit = getattr(settings, "VIEW_BEACON_RATE_LIMIT", 120)
    if not limit:
        return False
    key = f"view-beacon-rate:{hashed_client(request, 'view-beacon')}:{timezone.now():%Y%m%d%H%M}"
    count = hit(key, timeout=70, purpose="view beacon")
    return count is not None and count > limit


def _increment(model, lookup, field):
    updated = model.objects.filter(**lookup).update(**{field: F(field) + 1})
    if updated:
        return
    try:
        with transaction.atomic():
            model.objects.create(**lookup, **{field: 1})
    except IntegrityError:
        # Another request created the row first: our increment still has to land.
        model.objects.filter(**lookup).update(**{field: F(field) + 1})


def record_view(page_id, stored=None):
    """Count one view of the page; return the total readers see (legacy + counted + buffered).

    ``stored`` is the page's ``(legacy, total)`` if the caller has just read them.
    """
    if buffer.enabled():
        pending = buffer.add_view(page_id, timezone.localdate())
        if pending is not None:
            return current_total(page_id, pending=pending, stored=stored)
    with transaction.atomic():
        _increment(PageViewCount, {"page_id": page_id}, "total")
        _increment(PageViewDay, {"page_id": page_id, "day": timezone.localdate()}, "views")
        return current_total(page_id, pending=0)


def current_total(page_id, pending=None, stored=None):
    """Legacy + counted views, and with the buffer on, the views waiting in it.

    The legacy count is read from the counter's copy (``PageViewCount.legacy``, kept in step
    with the page's ``views_before_migration`` on every save), so the beacon needs no query for
    the page's own row."""
    if stored is None:
        stored = PageViewCount.objects.filter(page_id=page_id).values_list("legacy", "total").first() or (0, 0)
    legacy, counted = stored
    if pending is None:
        pending = buffer.pending_views(page_id) if buffer.enabled() else 0
    return legacy + counted + pending
