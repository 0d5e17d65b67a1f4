"""Seeded view counts, so counters and most-read lists look lived-in on a fresh demo.

A page family picks a profile (how readers come to its pages over time); numbers come from a
generator seeded per page and language and each bucket is written once, so every run gives the
same counts. The counters are the ``viewcounts`` app's, found by label (without it, no counts).
"""

import datetime as dt

from django.apps import apps
from django.utils import timezone

# How many readers each language edition has, relative to English.
AUDIENCE = {"en": 1.0, "uk": 1.4, "et": 0.5, "lt": 0.45}


def counting():
    """Whether the view counter is installed."""
    return apps.is_installed("viewcounts")


def _add_day(page, day, views):
    if views:
        apps.get_model("viewcounts", "PageViewDay").objects.get_or_create(page_id=page.pk, day=day, defaults={"views": views})


def seed_view_total(page, earlier):
    """Set a page's running total once: its seeded daily buckets plus ``earlier`` views (counted
    before the buckets began), with the page's legacy count beside it."""
    PageViewDay, PageViewCount = (apps.get_model("viewcounts", name) for name in ("PageViewDay", "PageViewCount"))
    record, _created = PageViewCount.objects.get_or_create(page_id=page.pk)
    if record.total == 0:
        counted = sum(PageViewDay.objects.filter(page_id=page.pk).values_list("views", flat=True))
        record.total = counted + earlier
        record.legacy = page.views_before_migration
        record.save()


def since_publication(page, code, rng, interest):
    """Articles: fresh ones peak in their first week, those of the last two months read steadily,
    old ones trickle in but carry large earlier counts — so the 7-day, 30-day and all-time
    rankings differ."""
    today = timezone.localdate()
    published = timezone.localtime(page.date).date()
    age = (today - published).days
    audience = AUDIENCE.get(code, 0.5)
    for days_back in range(30):
        day = today - dt.timedelta(days=days_back)
        if day < published:
            break
        if age < 10:
            views = rng.randint(60, 140) * 0.8 ** (day - published).days
        elif age < 60:
            views = rng.randint(10, 32)
        else:
            views = rng.randint(0, 5)
        _add_day(page, day, round(views * audience))
    seed_view_total(page, earlier=0 if age < 30 else round(rng.randint(40, 160) * min(age, 400) / 30 * audience))


def fortnight(page, code, rng, interest):
    """Events: a fortnight of daily visits, more for popular events (``interest``)."""
    today = timezone.localdate()
    audience = AUDIENCE.get(code, 0.5)
    for days_back in range(14):
        _add_day(page, today - dt.timedelta(days=days_back), round(rng.randint(0, 12) * interest * audience))
    seed_view_total(page, earlier=round(rng.randint(20, 90) * interest * audience))


def total_only(page, code, rng, interest):
    """Projects: a modest running total and no daily buckets."""
    views = rng.randint(40, 240) * interest * AUDIENCE.get(code, 0.5)
    seed_view_total(page, earlier=max(1, round(views)))
