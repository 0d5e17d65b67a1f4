"""Events as iCalendar (RFC 5545), built with the ``icalendar`` library.

One VEVENT per venue (a programme in four cities is four entries in the reader's calendar),
plus one clearly titled VEVENT for the application deadline. A repeating event's venues that
follow its dates carry the series as ``RRULE`` with its cancelled (``EXDATE``) and extra
(``RDATE``) dates, on the event's clock (``TZID``), so a weekly 20:00 seminar stays at 20:00
local time in every calendar across the change to summer time. UIDs are derived from
the page's translation key, its language and the occurrence id — stable across edits and
renames, unlike URLs. Times carry their TZID with a matching VTIMEZONE; whole-day sessions use
DATE values. Calendars name and describe themselves and say how often to refresh (RFC 7986).
The library escapes commas, semicolons and newlines and folds long lines.
"""

import datetime as dt
import re

from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vCalAddress, vRecur, vText

from .recurrence import DateChange

PRODID = "-//Civic Portal//Events//EN"
#: How often subscribed calendars should look again (RFC 7986 REFRESH-INTERVAL).
REFRESH_INTERVAL = dt.timedelta(hours=6)
CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def plain(text):
    """Text for a calendar property: no markup, no control characters."""
    return CONTROL_CHARS.sub("", strip_tags(str(text or ""))).strip()


def _uid(page, suffix, host):
    return f"{page.translation_key}-{page.locale.language_code}-{suffix}@{host}"


def occurrence_events(page, request, stamp):
    host = request.get_host().split(":")[0] or "portal"
    url = page.get_full_url(request)
    description = plain(page.summary)
    organisers = [link.organisation for link in page.organisations.all() if link.role == "organiser"]
    events = []
    for occurrence in page.occurrence_list or []:
        event = Event()
        event.add("uid", _uid(page, f"occurrence-{occurrence.pk}", host))
        event.add("dtstamp", stamp)
        event.add(
            "summary",
            plain(f"{page.title} — {occurrence.city}" if occurrence.city and len(page.occurrence_list) > 1 else page.title),
        )
        span = occurrence.span_within(page)
        span.add_to_vevent(event)
        if not occurrence.has_own_dates and page.repeats:
            add_series(event, page, span)
        location = ", ".join(part for part in (occurrence.venue, occurrence.address, occurrence.city) if part)
        if location or occurrence.online_url:
            event.add("location", plain(location or occurrence.online_url))
        event.add("url", url)
        event.add("description", "\n\n".join(part for part in (description, url) if part))
        event.add("categories", [plain(page.get_kind_display())])
        if organisers:
            organiser = vCalAddress(f"mailto:{organisers[0].email}" if organisers[0].email else f"mailto:noreply@{host}")
            organiser.params["cn"] = vText(plain(organisers[0].name))
            event.add("organizer", organiser)
        events.append(event)
    if page.deadline_at:
        deadline = Event()
        deadline.add("uid", _uid(page, "deadline", host))
        deadline.add("dtstamp", stamp)
        deadline.add("summary", plain(_("Application deadline: %(title)s") % {"title": page.title}))
        local = page.deadline_at.astimezone(page.zone)
        deadline.add("dtstart", local)
        deadline.add("dtend", local)
        deadline.add("url", url)
        deadline.add("description", plain(_("Last moment to apply for %(title)s.") % {"title": page.title}) + f"\n\n{url}")
        deadline.add("transp", "TRANSPARENT")
        events.append(deadline)
    return events


def _on_clock(span, day):
    """A date of the series as ``EXDATE``/``RDATE`` wants it: a date, or the start time that day."""
    return day if span.is_whole_day else span.moved_to(day).starts_at


def add_series(event, page, span):
    """``RRULE``, ``EXDATE`` and ``RDATE`` of a repeating event, as its editor entered them."""
    if page.recurrence_rule:
        event.add("rrule", vRecur.from_ical(page.recurrence_rule))
    for kind, prop in ((DateChange.CANCELLED, "exdate"), (DateChange.ADDED, "rdate")):
        days = sorted(change.date for change in page.date_change_list if change.change == kind)
        if days:
            event.add(prop, [_on_clock(span, day) for day in days])


def build_calendar(pages, request, name=None, description=None, url=None):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        # RFC 7986 properties, and the older X-WR-* ones calendar programs still read.
        name = " ".join(plain(name).split())  # one line: NAME and X-WR-CALNAME allow no line breaks
        calendar.add("name", name)
        calendar.add("x-wr-calname", vText(name))
    if description:
        calendar.add("description", plain(description))
        calendar.add("x-wr-caldesc", vText(" ".join(plain(description).split())))
    if url:
        calendar.add("url", url, parameters={"VALUE": "URI"})
    calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", REFRESH_INTERVAL)
    stamp = timezone.now().astimezone(dt.UTC).replace(microsecond=0)
    years = []
    for page in pages:
        for event in occurrence_events(page, request, stamp):
            calendar.add_component(event)
        if page.starts_at:
            years += [page.starts_at.year, page.ends_at.year]
    if years:
        # VTIMEZONE definitions only for the years the events need, not since 1970.
        calendar.add_missing_timezones(first_date=dt.date(min(years) - 1, 1, 1), last_date=dt.date(max(years) + 2, 1, 1))
    return calendar


def calendar_response(pages, request, filename, name=None, description=None, url=None):
    calendar = build_calendar(pages, request, name, description, url)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    safe_name = slugify(filename) or "calendar"
    response["Content-Disposition"] = f'attachment; filename="{safe_name}.ics"'
    return response
