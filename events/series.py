"""Repeating events in listings: each date of a series as its own card, within a window.

A weekly seminar is one page; the events listing shows each of its dates in the coming
``LISTING_WINDOW`` on its own day (so the reader sees "Tuesday: seminar" between the other events
of the week), and a series whose next date is further away once, on that date. Past listings
show a series once, with its first and last dates. The dates come from the pages already loaded
(``EventPage.series_spans``), so a listing of 1 or 100 dates costs the same queries.
"""

import copy
import datetime as dt

#: How far ahead the listing shows every date of a series: a weekly seminar is four or five cards
#: among the other events, not a page of its own.
LISTING_WINDOW = dt.timedelta(weeks=5)


def move_to(page, span):
    """Show ``page`` on one of its dates: its date fields become that date's (the series stays)."""
    page.series_spans  # noqa: B018 - computed from the first date, before the fields move
    page.start_date, page.start_time = span.start_date, span.start_time
    page.end_date, page.end_time = span.end_date, span.end_time
    page.starts_at, page.ends_at = span.starts_at, span.ends_at
    page.shows_one_date = True
    return page


def on_date(page, span):
    """``page`` as the card of one of its dates: a copy of the page, with that date's times."""
    return move_to(copy.copy(page), span)


def whole_series(page):
    """``page`` as the card of its whole series: from the first date to the last."""
    spans = page.series_spans
    if not page.repeats or len(spans) < 2:
        return page
    entry = on_date(page, spans[0])
    entry.end_date, entry.end_time = spans[-1].last_day, None
    entry.ends_at = page.ends_at
    entry.shows_one_date = True  # the whole series, as the past listing shows it
    return entry


def upcoming_dates(pages, now, window_end=None, window_start=None):
    """The cards of ``pages``' dates not yet over, soonest first.

    Every date before ``window_end`` (default: ``LISTING_WINDOW`` from now) and after
    ``window_start`` is a card; a series with no date in the window shows its next date, unless
    the window is fixed (a month filter asks for that month's dates only)."""
    fixed_window = window_end is not None
    window_end = window_end or now + LISTING_WINDOW
    entries = []
    for page in pages:
        if not page.repeats:
            entries.append(page)
            continue
        spans = page.upcoming_spans(now)
        inside = [span for span in spans if span.starts_at < window_end and (window_start is None or span.ends_at > window_start)]
        if inside:
            entries += [on_date(page, span) for span in inside]
        elif spans and not fixed_window:
            entries.append(on_date(page, spans[0]))
    return sorted(entries, key=lambda entry: (entry.starts_at, entry.pk))


def next_dates(pages, now, limit):
    """One card per page, on its next date, soonest first (the home page's upcoming events)."""
    entries = []
    for page in pages:
        spans = page.upcoming_spans(now, limit=1) if page.repeats else None
        entries.append(on_date(page, spans[0]) if spans else page)
    return sorted(entries, key=lambda entry: (entry.starts_at, entry.pk))[:limit]
