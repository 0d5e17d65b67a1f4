"""Most read pages of one locale over the last 7 or 30 days, or of all time.

Windows sum the daily buckets; "all time" ranks by legacy + counted total. Two queries for
the ranking plus one per page family for the specific pages.
"""

import datetime as dt

from django.db.models import F, Sum
from django.utils import timezone

from core.cards import prepare_cards, specific_pages
from core.visibility import public_q

from .models import PageViewCount, PageViewDay

WINDOWS = (7, 30, None)  # None: all time


def most_read(locale, days=7, limit=5):
    """``[(page, views), …]`` for live public pages in ``locale``; ``days=None`` for all time.

    ``locale`` is a Locale or its id.
    """
    locale = getattr(locale, "pk", locale)
    if days:
        since = timezone.localdate() - dt.timedelta(days=days - 1)
        rows = (
            PageViewDay.objects.filter(public_q("page__", locale=locale), day__gte=since)
            .values("page_id", "page__content_type_id")
            .annotate(views=Sum("views"))
            .order_by("-views", "page_id")
        )
    else:
        rows = (
            PageViewCount.objects.filter(public_q("page__", locale=locale))
            .annotate(views=F("total") + F("legacy"))
            .values("page_id", "page__content_type_id", "views")
            .order_by("-views", "page_id")
        )
    ranking = [(row["page_id"], row["page__content_type_id"], row["views"]) for row in rows[:limit] if row["views"]]
    pages = specific_pages([(pk, content_type_id) for pk, content_type_id, _ in ranking])
    result = [(pages[pk], views) for pk, _, views in ranking if pk in pages]
    prepare_cards([p for p, _ in result])
    return result


def most_read_with_fallback(locale, limit=5):
    """The first non-empty window of 7 days, 30 days, all time; returns ``(days, items)``."""
    for days in WINDOWS:
        items = most_read(locale, days, limit)
        if items:
            return days, items
    return None, []
