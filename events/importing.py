"""An event imported from another system (``core.importing``): dates through ``EventSpan``,
recurrences expanded into venues and dates, contact details kept as a closing paragraph."""

import datetime as dt

from dateutil.rrule import rrulestr
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import override

from core.importing import ImportRefused

from .kinds import EventKind
from .span import EventSpan

#: A recurrence is expanded for five years at most, into this many sessions at most.
MAX_OCCURRENCES = 60
RECURRENCE_YEARS = 5


def fill_event(page, source):
    start = source.datetime("start")
    if start is None:
        raise ImportRefused("event without a readable start date")
    end = source.datetime("end") or start
    whole_day, open_end = source.flag("whole_day"), source.flag("open_end")
    span = EventSpan.from_moments(start, end, source.zone_name, whole_day=whole_day, open_end=open_end)
    page.summary = source.summary(600) or page.title
    page.hero_image = source.hero_image
    page.time_zone = source.zone_name
    page.kind = EventKind.OTHER
    page.start_date, page.start_time = span.start_date, span.start_time
    page.end_date, page.end_time, page.open_end = span.end_date, span.end_time, span.open_end
    email = source.text("contact_email")
    if email:
        try:
            validate_email(email)
            page.apply_email = email
        except ValidationError:
            source.warn(f"contact e-mail {email!r} is not an address; left out")
    sessions = occurrences(source, start, max(end, start), whole_day)
    if sessions is not None:
        occurrence_model = type(page)._meta.get_field("occurrences").related_model
        page.occurrences = [occurrence_model(locale=source.locale, sort_order=order, **row) for order, row in enumerate(sessions)]
    source.append_html(closing_paragraph(source))


def recurrence_starts(source, start):
    """The start of every session of a recurring event (just ``start`` without a readable rule)."""
    rule = source.text("recurrence")
    if not rule:
        return [start]
    try:
        recurrence = rrulestr(rule, dtstart=start.astimezone(source.zone), forceset=True)
    except (ValueError, TypeError) as error:
        source.warn(f"recurrence {rule!r} not understood ({error}); kept the first date only")
        return [start]
    horizon = start + dt.timedelta(days=RECURRENCE_YEARS * 366)
    starts = []
    for moment in recurrence:
        if moment > horizon or len(starts) >= MAX_OCCURRENCES:
            break
        starts.append(moment)
    source.warn(f"recurrence {rule!r} expanded into {len(starts)} sessions")
    return starts


def occurrences(source, start, end, whole_day):
    """Venue-and-date rows for the event's place and recurrence; ``None`` when there is nothing to list."""
    location = source.text("location")[:200]
    starts = recurrence_starts(source, start)
    if not location and len(starts) < 2:
        return None
    length = end - start
    rows = []
    for moment in starts:
        span = EventSpan.from_moments(moment, moment + length, source.zone_name, whole_day=whole_day)
        rows.append(
            {
                "venue": location,
                "start_date": span.start_date,
                "start_time": span.start_time,
                "end_date": span.end_date,
                "end_time": span.end_time,
            }
        )
    return rows


def closing_paragraph(source):
    """Contact details and the event's web address have no field of their own: a closing paragraph."""
    parts = []
    with override(source.locale.language_code if source.locale else None):
        url = source.text("event_url")
        if url.startswith(("http://", "https://")):
            parts.append(f'{escape(_("More information"))}: <a href="{escape(url)}">{escape(url)}</a>')
        contact = [source.text(key) for key in ("contact_name", "contact_phone", "contact_email")]
        contact = [escape(value) for value in contact if value]
        if contact:
            parts.append(f"{escape(_('Contact'))}: {', '.join(contact)}")
    return "".join(f"<p>{part}</p>" for part in parts)
