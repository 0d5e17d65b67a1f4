"""Events in the demo: one file per event in ``events/``, the section page in ``index.toml``.

``start``, ``end`` and ``deadline`` are days from today on the clock of the event's ``time_zone``
(``{ days = 21, time = "09:30" }``; no time: the whole day), so a fresh demo always has upcoming,
ongoing and past events. An event held on several dates lists them in ``occurrences``; its
``sessions`` give the day of the event (from 0), start, end and the speakers by their place in the
speakers list. Each language then gives, entry by entry, the places, session titles and speakers.

A repeating event names its series with the admin's fields (``repeat = "weekly"``,
``repeat_count = 10`` or ``repeat_until = { days = 60 }``) and its ``date_changes`` (``{ date =
{ days = 28 }, change = "cancelled" }``); each language gives their notes entry by entry. Its
venue gives no dates: it follows the series.
"""

import datetime as dt
from decimal import Decimal
from pathlib import Path

from core.demo import dates, views
from core.demo.families import PageFamily, source_language
from core.demo.images import ensure_image

from ..models import (
    EventDateChange,
    EventGalleryImage,
    EventIndexPage,
    EventLearningOutcome,
    EventOccurrence,
    EventOrganisation,
    EventPage,
    EventSession,
    EventSpeaker,
)

SPEAKER_PALETTES = ("blue", "green", "teal", "violet", "amber", "slate")


def speaker_photo(name):
    """A portrait placeholder per person, shared by every event the person speaks at."""
    palette = SPEAKER_PALETTES[sum(map(ord, name)) % len(SPEAKER_PALETTES)]
    return ensure_image(f"Speaker: {name}", key=f"speaker-{name}", palette=palette)


def texts(record, *names):
    return {name: record.get(name, "", str) for name in names}


def occurrences(event, language, today):
    # Without a list of its own, the event has one occurrence: from its start to its end.
    timings, places = event.records("occurrences") or [event], language.records("occurrences")
    if len(places) != len(timings):
        raise language.error(f"has {len(places)} places for {len(timings)} dates", "occurrences")
    rows = []
    for number, (timing, place) in enumerate(zip(timings, places, strict=True)):
        (day, time), (last_day, last_time) = dates.moment(timing, "start", today), dates.moment(timing, "end", today)
        when = {"start_date": day, "start_time": time, "end_date": last_day if last_day != day else None, "end_time": last_time}
        if timing is event and event.get("repeat"):
            when = {}  # the venue of a series follows the series' dates
        where = texts(place, "city", "venue", "address") | texts(timing, "online_url", "country")
        rows.append(EventOccurrence(**when, **where, sort_order=number))
    return rows


def date_changes(event, language, today):
    rows = []
    for number, (change, text) in enumerate(zip(event.records("date_changes"), language.records("date_changes"), strict=True)):
        day = dates.date(change, "date", today)
        if day is None:
            raise change.error("is missing", "date")
        kind = change.get("change", "cancelled", str)
        rows.append(EventDateChange(date=day, change=kind, note=text.get("note", "", str), sort_order=number))
    return rows


def sessions(event, language, start_date, names):
    rows = []
    for number, (timing, text) in enumerate(zip(event.records("sessions"), language.get("sessions", []), strict=True)):
        title, description = (text, "") if isinstance(text, str) else (text.get("title"), text.get("description", ""))
        who = timing.get("speakers", [], list)
        if not all(isinstance(index, int) and 0 <= index < len(names) for index in who):
            raise timing.error(f"should count from 0 to {len(names) - 1} in the speakers list", "speakers")
        day = start_date + dt.timedelta(days=timing.get("day", 0, int))
        times = {"start_time": dates.clock(timing, "starts"), "end_time": dates.clock(timing, "ends")}
        speakers = ", ".join(names[index] for index in who)
        rows.append(EventSession(day=day, **times, title=title, description=description, speakers=speakers, sort_order=number))
    return rows


def event_fields(event, code, demo):
    language, today = event.language(code), demo.today
    start_date, start_time = dates.moment(event, "start", today)
    end_date, end_time = dates.moment(event, "end", today)
    deadline_date, deadline_time = dates.moment(event, "deadline", today)
    speakers = language.records("speakers")
    # The photos follow the speakers' names in the language the event was written in.
    photos = [speaker_photo(each.require("name")) for each in event.language(source_language(event, demo)).records("speakers")]
    cost, outcomes = event.get("cost", kind=(int, float, str)), language.get("outcomes", [], list)
    return {
        "start_date": start_date,
        "start_time": start_time,
        "end_date": end_date if end_date != start_date else None,  # None: a one-day event
        "end_time": end_time,
        "deadline_date": deadline_date,
        "deadline_time": deadline_time,
        "repeat_until": dates.date(event, "repeat_until", today),
        "date_changes": date_changes(event, language, today),
        "is_free": cost is None,
        "cost_amount": Decimal(str(cost)) if cost else None,
        "occurrences": occurrences(event, language, today),
        "sessions": sessions(event, language, start_date, [each.require("name") for each in speakers]),
        "learning_outcomes": [EventLearningOutcome(text=text, sort_order=n) for n, text in enumerate(outcomes)],
        "speakers": [
            EventSpeaker(**texts(each, "name", "role", "organisation"), photo=photo, sort_order=n)
            for n, (each, photo) in enumerate(zip(speakers, photos, strict=True))
        ],
    }


DEMO = PageFamily(
    page_model=EventPage,
    index_model=EventIndexPage,
    folder=Path(__file__).parent,
    items="events",
    required=("title", "summary", "start"),
    dates=("start", "end", "deadline", "repeat_until"),
    parallel=("occurrences", "sessions", "speakers", "date_changes"),
    image_prefix="event",
    gallery_model=EventGalleryImage,
    organisation_model=EventOrganisation,
    fields=event_fields,
    views=views.fortnight,
    view_seed="event-views/{code}/{slug}",
)
