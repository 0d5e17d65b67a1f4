"""“Add to calendar” links of an event page: Google Calendar, Outlook.com and Microsoft 365.

Each service opens a new event filled from the query string of a plain link, so the page loads no
script and no third party learns anything until the reader clicks; the ``.ics`` file
(``events.ical``) serves every other calendar. What each link carries:

* **Google Calendar**: ``dates=START/END``. A whole-day event gives dates, the end exclusive as in
  iCalendar (a one-day event on 1 October is ``20261001/20261002``); a timed one its wall-clock
  times with ``ctz`` naming the event's time zone, so the reader's calendar converts them. A
  repeating event gives its first date and ``recur=RRULE:…`` — the same series as the ``.ics``
  file (cancelled and extra dates cannot travel in the link).
* **Outlook.com and Microsoft 365** (the same compose form on two hosts): ``startdt``/``enddt`` as
  ISO 8601 — dates with ``allday=true`` (end exclusive) for whole days, UTC times with ``Z``
  otherwise. They cannot carry a recurrence, so a repeating event gives the date a reader would
  go to next (``EventPage.next_span``).

Every link names the event (its title), the place (venue, address and city of the first venue,
or its online link) and describes it (the summary and the page's address). Values are
percent-encoded whole: ``&``, ``#``, quotes, newlines and any script survive the round trip.
"""

import datetime as dt
import re
from urllib.parse import quote, urlencode

GOOGLE_CALENDAR = "https://calendar.google.com/calendar/render"
OUTLOOK_COM = "https://outlook.live.com/calendar/0/action/compose"
MICROSOFT_365 = "https://outlook.office.com/calendar/0/action/compose"

#: Characters no calendar field should hold (tabs and line breaks stay).
CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def text(value):
    """Plain text for a calendar field: as the editor wrote it, less control characters."""
    return CONTROL_CHARS.sub("", str(value or "")).strip()


def encode(params):
    """A query string of ``[(name, value)]``, every value percent-encoded (spaces as ``%20``)."""
    return urlencode([(name, value) for name, value in params if value not in (None, "")], quote_via=quote, safe="")


def title(page):
    return text(page.title)


def location(page):
    """Where: the first venue's name, address and city, or its online link."""
    occurrences = page.occurrence_list
    if not occurrences:
        return ""
    first = occurrences[0]
    place = ", ".join(part for part in (text(first.venue), text(first.address), text(first.city)) if part)
    return place or text(first.online_url)


def details(page, request):
    """What it is: the summary, then the page's address to read more."""
    return "\n\n".join(part for part in (text(page.summary), page.get_full_url(request)) if part)


def google_dates(span):
    """``START/END`` as Google Calendar's ``dates`` takes them (see the module's docstring)."""
    if span.is_whole_day:
        return f"{span.start_date:%Y%m%d}/{span.last_day + dt.timedelta(days=1):%Y%m%d}"
    start, end = (moment.astimezone(span.zone) for moment in (span.starts_at, span.ends_at))
    return f"{start:%Y%m%dT%H%M%S}/{end:%Y%m%dT%H%M%S}"


def google_calendar_url(page, span, request):
    """A Google Calendar "new event" link; ``span`` is the first date of a repeating event."""
    params = [
        ("action", "TEMPLATE"),
        ("text", title(page)),
        ("dates", google_dates(span)),
        ("details", details(page, request)),
        ("location", location(page)),
        ("ctz", span.zone_name),
    ]
    if page.recurrence_rule:
        params.append(("recur", f"RRULE:{page.recurrence_rule}"))
    return f"{GOOGLE_CALENDAR}?{encode(params)}"


def outlook_times(span):
    """``(startdt, enddt, allday)`` as Outlook's compose form takes them."""
    if span.is_whole_day:
        return span.start_date.isoformat(), (span.last_day + dt.timedelta(days=1)).isoformat(), "true"
    start, end = (moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ") for moment in (span.starts_at, span.ends_at))
    return start, end, "false"


def outlook_url(page, span, request, base=OUTLOOK_COM):
    """An Outlook "new event" link for one date (``span``): Outlook.com, or ``base=MICROSOFT_365``."""
    start, end, all_day = outlook_times(span)
    params = [
        ("subject", title(page)),
        ("startdt", start),
        ("enddt", end),
        ("body", details(page, request)),
        ("location", location(page)),
        ("allday", all_day),
    ]
    return f"{base}?{encode(params)}"


def microsoft_365_url(page, span, request):
    return outlook_url(page, span, request, base=MICROSOFT_365)
