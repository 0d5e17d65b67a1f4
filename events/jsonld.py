"""An event page as a schema.org ``Event`` (what search engines show as an event listing).

Dates come from the event's ``EventSpan``: a whole-day event gives dates, a timed one times with
their offset, an open end no end. Each venue is a ``Place`` (its address with the country when the
editor gave one), each online link a ``VirtualLocation``; the attendance mode follows from which
there are. Training programmes and workshops are ``EducationEvent``s with what participants will
learn as ``teaches``; speakers are ``performer``s; organisers come with their logos.

The offer (taking part) says whether a place can still be had, ``availability``:

* ``InStock`` while one can apply — before the application deadline, or, without a deadline,
  until the event is over;
* ``SoldOut`` once the deadline has passed and the event has not ended: it happens, but no more
  applications are taken;
* ``Discontinued`` once the event is over.

It is offered from the moment the page was first published (``validFrom``; at the latest the
deadline) until the deadline (``validThrough``). Availability changes with the clock, not with a publish: the event page keeps
its JSON-LD once per status (``event_page.html``), and the status changes at the same moments.
"""

from django.db.models import Prefetch
from django.utils import timezone
from wagtail.images import get_image_model

from core.jsonld import LOGO_RENDITION, absolute, organization, portal_organization, without_unknowns

from .kinds import EventKind, OrganisationRole
from .recurrence import WEEKDAYS, DateChange, Repeat, week_of_month


def attendance_mode(occurrences):
    in_person = any(occurrence.city for occurrence in occurrences)
    online = any(occurrence.online_url for occurrence in occurrences)
    if in_person:
        return "MixedEventAttendanceMode" if online else "OfflineEventAttendanceMode"
    return "OnlineEventAttendanceMode"


def locations(occurrences):
    places = []
    for occurrence in occurrences:
        if occurrence.city or occurrence.venue:
            # Only the parts the editor gave: an empty streetAddress is a wrong address, not none.
            parts = {
                "streetAddress": occurrence.address,
                "addressLocality": occurrence.city,
                "addressCountry": occurrence.country,  # ISO 3166-1 alpha-2, as schema.org prefers
            }
            address = {key: value for key, value in parts.items() if value}
            places.append(
                {
                    "@type": "Place",
                    "name": occurrence.venue or occurrence.city,
                    **({"address": {"@type": "PostalAddress", **address}} if address else {}),
                }
            )
        if occurrence.online_url:
            places.append({"@type": "VirtualLocation", "url": occurrence.online_url})
    return places


#: The kinds of event that teach (schema.org ``EducationEvent``); the others are plain ``Event``s.
EDUCATION_KINDS = {EventKind.TRAINING, EventKind.WORKSHOP}
SCHEMA = "https://schema.org"


def schema_type(page):
    return "EducationEvent" if page.kind in EDUCATION_KINDS else "Event"


def availability(page, now=None):
    """``InStock``, ``SoldOut`` or ``Discontinued`` (the rule is in the module's docstring)."""
    now = now or timezone.now()
    if page.ends_at is not None and now >= page.ends_at:
        return f"{SCHEMA}/Discontinued"
    if page.deadline_at is not None and now > page.deadline_at:
        return f"{SCHEMA}/SoldOut"
    return f"{SCHEMA}/InStock"


def valid_from(page):
    """When the offer was first made: the first publication; a page first published after its
    deadline (an imported past event) made it at the latest by then."""
    published = page.first_published_at
    if published and page.deadline_at:
        return min(published, page.deadline_at)
    return published


def offer(page, request, now=None):
    start = valid_from(page)
    return {
        "@type": "Offer",
        "price": "0" if page.is_free else str(page.cost_amount or 0),
        "priceCurrency": page.cost_currency or "EUR",
        "url": page.apply_url or page.get_full_url(request),
        "availability": availability(page, now),
        **({"validFrom": start.isoformat()} if start else {}),
        **({"validThrough": page.deadline_at.isoformat()} if page.deadline_at else {}),
    }


def organisers(page, request):
    """The organisers, with their logos (three queries however many there are)."""
    logos = get_image_model().objects.prefetch_renditions(LOGO_RENDITION)
    links = (
        page.organisations.filter(role=OrganisationRole.ORGANISER)
        .select_related("organisation")
        .prefetch_related(Prefetch("organisation__logo", queryset=logos))
        .order_by("sort_order")
    )
    return [organization(link.organisation, request) for link in links]


def performers(page):
    """The speakers, as people with their role and organisation."""
    people = []
    for speaker in page.speakers.all():
        person = {"@type": "Person", "name": speaker.name}
        if speaker.role:
            person["jobTitle"] = speaker.role
        if speaker.organisation:
            person["affiliation"] = {"@type": "Organization", "name": speaker.organisation}
        people.append(person)
    return people


SCHEMA_DAYS = dict(zip(WEEKDAYS, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"), strict=True))
PERIODS = {Repeat.DAILY: "D", Repeat.WEEKLY: "W", Repeat.MONTHLY_BY_DATE: "M", Repeat.MONTHLY_BY_WEEKDAY: "M"}


def schedule(page):
    """A repeating event's ``eventSchedule`` (schema.org ``Schedule``), as the editor set it up."""
    recurrence, first = page.recurrence, page.span
    spans = page.series_spans
    data = {
        "@type": "Schedule",
        "repeatFrequency": f"P{recurrence.interval or 1}{PERIODS[recurrence.repeat]}",
        "startDate": first.start_date.isoformat(),
        "endDate": spans[-1].last_day.isoformat(),
        "scheduleTimezone": page.time_zone,
    }
    if recurrence.repeat == Repeat.WEEKLY:
        data["byDay"] = [f"https://schema.org/{SCHEMA_DAYS[code]}" for code in recurrence.weekdays_for(first.start_date)]
    elif recurrence.repeat == Repeat.MONTHLY_BY_DATE:
        data["byMonthDay"] = first.start_date.day
    else:
        data["byDay"] = [f"https://schema.org/{SCHEMA_DAYS[WEEKDAYS[first.start_date.weekday()]]}"]
        if week_of_month(first.start_date) > 0:  # schema.org has no "last week of the month"
            data["byMonthWeek"] = week_of_month(first.start_date)
    if not first.is_whole_day:
        data["startTime"] = first.start_time.isoformat()
        if first.has_end_time:
            data["endTime"] = first.end_time.isoformat()
    if recurrence.count:
        data["repeatCount"] = recurrence.count
    cancelled = sorted(change.date for change in page.date_change_list if change.change == DateChange.CANCELLED)
    if cancelled:
        data["exceptDate"] = [day.isoformat() for day in cancelled]
    return data


def event_json_ld(page, request, data):
    """``data`` (the base page description) completed for an ``EventPage``."""
    occurrences = page.occurrence_list
    data["@type"] = schema_type(page)
    data.update(page.span.json_ld() if page.start_date else {})
    data.update(
        {
            "eventAttendanceMode": f"https://schema.org/{attendance_mode(occurrences)}",
            "eventStatus": "https://schema.org/EventScheduled",
            "location": locations(occurrences),
            "offers": offer(page, request),
            "organizer": organisers(page, request) or portal_organization(request),
            "performer": performers(page) or None,
        }
    )
    if data["@type"] == "EducationEvent":
        data["teaches"] = [outcome.text for outcome in page.learning_outcomes.all()] or None
    if page.recurrence_rule:
        data["eventSchedule"] = schedule(page)
    if page.hero_image_id:
        data["image"] = [absolute(request, page.hero_image.get_rendition("fill-1200x630").url)]
    return without_unknowns(data)
