"""An event imported from another system (``core.importing``): dates through ``EventSpan``, a
recurrence as the page's own series (``events.recurrence``) — or, for rules the series panel
cannot show, expanded into venues and dates — and contact details as a closing paragraph."""

import datetime as dt

from dateutil.rrule import rrulestr
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import override

from core.importing import ImportRefused

from .kinds import EventKind
from .recurrence import DateChange, Recurrence, UnsupportedRule
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
    if not take_series(page, source, span):
        sessions = occurrences(source, start, max(end, start), whole_day)
        if sessions is not None:
            set_child_rows(page, source, "occurrences", sessions)
    source.append_html(closing_paragraph(source))


def set_child_rows(page, source, relation, rows):
    model = type(page)._meta.get_field(relation).related_model
    setattr(page, relation, [model(locale=source.locale, sort_order=order, **row) for order, row in enumerate(rows)])


def rule_lines(text):
    """``{"RRULE": [value], "EXDATE": [values], "RDATE": [values]}`` of an iCalendar recurrence text."""
    lines = {}
    for line in text.replace("\r", "").split("\n"):
        name, _colon, value = line.strip().partition(":")
        if not value:
            name, value = "RRULE", name  # Plone may store the bare rule value
        name = name.split(";", 1)[0].upper()
        values = [value] if name == "RRULE" else value.split(",")  # a rule's BYDAY has commas too
        lines.setdefault(name, []).extend(part for part in values if part)
    return lines


def _day(value):
    return dt.date(int(value[:4]), int(value[4:6]), int(value[6:8]))


def take_series(page, source, span):
    """The export's recurrence as the page's series; ``False`` when there is none the panel can show."""
    text = source.text("recurrence")
    if not text:
        return False
    lines = rule_lines(text)
    try:
        recurrence = Recurrence.from_rule(lines["RRULE"][0]) if lines.get("RRULE") else Recurrence()
        cancelled = [_day(value) for value in lines.get("EXDATE", [])]
        added = [_day(value) for value in lines.get("RDATE", [])]
    except (UnsupportedRule, ValueError, IndexError) as error:
        source.warn(f"recurrence {text!r} has no series equivalent ({error}); expanded into dates")
        return False
    if recurrence.repeats and recurrence.until is None and recurrence.count is None:
        until = span.start_date.replace(year=span.start_date.year + 1, day=min(span.start_date.day, 28))
        recurrence = Recurrence(recurrence.repeat, recurrence.interval, recurrence.weekdays, until, None)
        source.warn(f"recurrence {text!r} had no end; the series now ends on {until.isoformat()} — check it")
    if recurrence.errors(span.start_date):
        source.warn(f"recurrence {text!r} is not a series this portal can hold; expanded into dates")
        return False
    page.repeat, page.repeat_interval = recurrence.repeat, recurrence.interval
    page.repeat_weekdays = ",".join(recurrence.weekdays)
    page.repeat_until, page.repeat_count = recurrence.until, recurrence.count
    changes = [{"date": day, "change": DateChange.CANCELLED} for day in cancelled]
    changes += [{"date": day, "change": DateChange.ADDED} for day in added]
    set_child_rows(page, source, "date_changes", changes)
    location = source.text("location")[:200]
    if location:
        set_child_rows(page, source, "occurrences", [{"venue": location}])
    return True


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
