"""Events as iCalendar (RFC 5545), built with the ``icalendar`` library.

One VEVENT per occurrence (a programme in four cities is four entries in the reader's
calendar), plus one clearly titled VEVENT for the application deadline. UIDs are derived from
the page's translation key, its language and the occurrence id — stable across edits and
renames, unlike URLs. Times carry their TZID with a matching VTIMEZONE; whole-day sessions use
DATE values. The library escapes commas, semicolons and newlines and folds long lines.
"""

import datetime as dt
import re

from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vCalAddress, vText

PRODID = "-//Civic Portal//Events//EN"
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
        occurrence.span(page.time_zone).add_to_vevent(event)
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


def build_calendar(pages, request, name=None):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", plain(name))
    stamp = timezone.now().astimezone(dt.UTC).replace(microsecond=0)
    years = []
    for page in pages:
        for event in occurrence_events(page, request, stamp):
            calendar.add_component(event)
        if page.starts_at:
            years.append(page.starts_at.year)
    if years:
        # VTIMEZONE definitions only for the years the events need, not since 1970.
        calendar.add_missing_timezones(first_date=dt.date(min(years) - 1, 1, 1), last_date=dt.date(max(years) + 2, 1, 1))
    return calendar


def calendar_response(pages, request, filename, name=None):
    response = HttpResponse(build_calendar(pages, request, name).to_ical(), content_type="text/calendar; charset=utf-8")
    safe_name = slugify(filename) or "calendar"
    response["Content-Disposition"] = f'attachment; filename="{safe_name}.ics"'
    return response
