"""Which site alerts readers see now, and how long a kept page may stay as it is.

An alert that starts at 09:00 changes every page at 09:00 without anyone saving anything. So
nothing that holds a rendered page — the page cache, the browser (``max-age``), Varnish
(``Surrogate-Control``) — keeps it past the next moment an alert starts or ends:
:func:`seconds_until_change` caps their lifetimes. Saving or deleting an alert clears every kept
page at once (``core.signals``: alerts are part of the chrome).
"""

from django.utils import timezone

from . import chrome
from .models.alerts import SiteAlert

#: Re-read the schedule at least this often, whatever the cache holds.
SCHEDULE_SECONDS = 60 * 60


def _until(moment, now):
    return max(1, int((moment - now).total_seconds()) + 1) if moment else None


def _schedule():
    now = timezone.now()
    return {"next_change": SiteAlert.objects.next_change_after(now)}


def seconds_until_change():
    """Seconds until an alert appears or disappears (at least 1), or None if none is scheduled."""
    schedule = chrome.cached("alert-schedule", [], _schedule, timeout=SCHEDULE_SECONDS)
    now = timezone.now()
    next_change = schedule["next_change"]
    if next_change is not None and next_change <= now:  # kept past its moment: read again
        schedule = _schedule()
        next_change = schedule["next_change"]
    return _until(next_change, now)


def cap(seconds):
    """``seconds``, shortened to the next alert change."""
    until = seconds_until_change()
    return seconds if until is None else min(seconds, until)


def showing(language):
    """The alerts of ``language`` readers see now, most severe first (one query, then kept)."""

    def compute():
        alerts = SiteAlert.objects.filter(locale__language_code=language).showing_at(timezone.now())
        return sorted(alerts, key=lambda alert: SEVERITY_ORDER.index(alert.severity))

    return chrome.cached("site-alerts", [language], compute, timeout=cap(chrome.TIMEOUT))


SEVERITY_ORDER = ["emergency", "warning", "information"]
