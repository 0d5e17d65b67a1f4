"""Weekly digests: once a week, each weekly subscriber gets the pages first published during the
last whole week (Monday 00:00 to Monday 00:00 in the portal's ``TIME_ZONE``) in their language
that match what they follow. A week with nothing for them sends nothing.

A digest is a :class:`~alerts.models.Delivery` keyed by its ISO week (``2026-W49``), so a second
run sends none twice; ``Subscription.digest_until`` remembers the end of the last week covered.
Weeks that ended while no run happened are caught up, at most ``ALERTS_DIGEST_CATCH_UP_WEEKS``
(4) of them, each its own e-mail; a subscriber's first digest covers the week they confirmed in.
"""

import datetime as dt

from django.conf import settings
from django.db.models import Prefetch, Q
from django.utils import timezone, translation
from django.utils.translation import ngettext
from wagtail.models import Page

from core.follow import page_follow_values

from .models import Delivery, FollowedValue, Frequency, PublishedItem, Status, Subscription
from .sending import backdated, chunks, follows, page_entry, public_now, restricted_paths_now, without_suppressed

WEEK = dt.timedelta(days=7)


def catch_up_weeks():
    return max(1, int(getattr(settings, "ALERTS_DIGEST_CATCH_UP_WEEKS", 4)))


def week_start(moment):
    """Monday 00:00 (local time) of the week ``moment`` falls in."""
    local = timezone.localtime(moment)
    monday = local.date() - dt.timedelta(days=local.weekday())
    return timezone.make_aware(dt.datetime.combine(monday, dt.time.min))


def week_key(start):
    """``2026-W49``: the ISO week of a week's start."""
    year, week, _weekday = timezone.localtime(start).isocalendar()
    return f"{year}-W{week:02d}"


def next_week(start):
    """The Monday after ``start``, at midnight local time whatever the clock change in between."""
    return week_start(start + WEEK + dt.timedelta(hours=12))


def weeks_due(subscription, end, earliest):
    """The starts of the whole weeks ``subscription`` is owed a digest for, before ``end``."""
    covered = subscription.digest_until or week_start(subscription.confirmed_at or subscription.created_at)
    start = max(week_start(covered), earliest)
    weeks = []
    while start < end:
        weeks.append(start)
        start = next_week(start)
    return weeks


def digest_message(subscription, entries, start, base):
    from .emails import build_message, site_name

    end = next_week(start) - dt.timedelta(days=1)
    with translation.override(subscription.language):
        subject = ngettext(
            "This week on %(portal)s: %(count)s new page",
            "This week on %(portal)s: %(count)s new pages",
            len(entries),
        ) % {"portal": site_name(), "count": len(entries)}
    context = {"items": entries, "week": week_key(start), "week_start": start.date(), "week_end": end.date()}
    return build_message(subscription, subject, "alerts/email/digest", context, base)


class WeekItems:
    """The public pages first published in the weeks being sent, with what they carry, read once."""

    def __init__(self, start, end, base):
        items = list(PublishedItem.objects.filter(published_at__gte=start, published_at__lt=end).order_by("published_at", "pk"))
        restricted = restricted_paths_now()
        pages = Page.objects.filter(pk__in=[item.page_id for item in items]).specific().in_bulk()
        self.by_week = {}
        for item in items:
            page = pages.get(item.page_id)
            if not public_now(page, restricted) or backdated(item, page):
                continue
            entry = page_entry(page, base)
            entry["values"] = page_follow_values(page)
            self.by_week.setdefault((week_start(item.published_at), item.language), []).append(entry)

    def for_subscription(self, subscription, start):
        return [entry for entry in self.by_week.get((start, subscription.language), []) if follows(subscription, entry["values"])]


def send_due_digests(mailer, now=None, base=None):
    """Send every digest due at ``now``; subscriptions are read in batches."""
    from .tokens import base_url

    end = week_start(now or timezone.now())
    earliest = end - catch_up_weeks() * WEEK
    due = Subscription.objects.filter(status=Status.CONFIRMED, frequency=Frequency.WEEKLY).filter(
        Q(digest_until__isnull=True) | Q(digest_until__lt=end)
    )
    due = due.filter(Q(confirmed_at__lt=end) | Q(confirmed_at__isnull=True, created_at__lt=end))
    due = due.prefetch_related(Prefetch("follows", queryset=FollowedValue.objects.only("subscription_id", "kind", "value")))
    if not due.exists():
        return
    base = base or base_url()
    week_items = WeekItems(earliest, end, base)
    for chunk in chunks(due, 200):
        for subscription in without_suppressed(chunk):
            if mailer.unavailable:
                return
            deferred_before = mailer.report.deferred
            for start in weeks_due(subscription, end, earliest):
                if subscription.status != Status.CONFIRMED:  # stopped: its address refuses mail
                    break
                entries = week_items.for_subscription(subscription, start)
                if entries:
                    mailer.deliver(
                        subscription,
                        Delivery.Kind.DIGEST,
                        week_key(start),
                        lambda s=subscription, e=entries, w=start: digest_message(s, e, w, base),
                    )
            if mailer.report.deferred == deferred_before and not mailer.dry_run and subscription.status == Status.CONFIRMED:
                Subscription.objects.filter(pk=subscription.pk).update(digest_until=end)
