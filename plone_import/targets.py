"""Fill the fields of each page family from a Plone item.

Keyed by model label, so this app never imports news or events: a site without the events
plugin simply maps Plone events elsewhere. A page type not listed here gets the generic
treatment (title, lead/summary/intro and body where the model has such fields).
"""

import datetime as dt

from dateutil.rrule import rrulestr
from django.core.exceptions import FieldDoesNotExist
from django.core.validators import validate_email
from django.utils.html import escape, strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import override

from . import values

MAX_OCCURRENCES = 60


class ItemError(Exception):
    """The item cannot be imported; the message says why."""


def has_field(model, name):
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def plain_excerpt(item, limit):
    text = " ".join(strip_tags(rich_text_of(item)).split())
    return Truncator(text).chars(limit) if text else ""


def rich_text_of(item):
    text = item.get("text")
    if isinstance(text, dict):
        return values.text(text.get("data"))
    return values.text(text)


def summary_of(item, limit):
    """The lead a card shows: Plone's description, else the start of the text, else the title."""
    return Truncator(values.text(item.get("description")) or plain_excerpt(item, limit) or values.text(item.get("title"))).chars(
        limit
    )


# --- families ---
def fill_news(page, item, context):
    page.date = context.publication.first_published_at
    page.lead = summary_of(item, 600) or page.title
    page.hero_image = context.hero_image
    page.hero_caption = values.text(item.get("image_caption"))[:255]


def fill_event(page, item, context):
    zone = context.zone
    start = values.parse_datetime(item.get("start"), zone)
    if start is None:
        raise ItemError("event without a readable start date")
    end = values.parse_datetime(item.get("end"), zone) or start
    if end < start:
        end = start
    whole_day, open_end = bool(item.get("whole_day")), bool(item.get("open_end"))
    local_start, local_end = start.astimezone(zone), end.astimezone(zone)
    page.summary = summary_of(item, 600) or page.title
    page.hero_image = context.hero_image
    page.time_zone = context.zone_name
    page.kind = "other"
    page.start_date = local_start.date()
    page.start_time = None if whole_day else local_start.time().replace(second=0, microsecond=0)
    page.end_date = local_end.date() if local_end.date() != local_start.date() else None
    end_time = local_end.time().replace(second=0, microsecond=0)
    same_day_backwards = page.end_date is None and page.start_time is not None and end_time <= page.start_time
    page.end_time = None if whole_day or open_end or same_day_backwards else end_time
    page.open_end = open_end
    email = values.text(item.get("contact_email"))
    if email:
        try:
            validate_email(email)
            page.apply_email = email
        except Exception:  # noqa: BLE001 — a bad address is reported, not fatal
            context.warn(f"contact e-mail {email!r} is not an address; left out")
    occurrences = event_occurrences(item, local_start, local_end, whole_day, context)
    if occurrences is not None:
        occurrence_model = type(page)._meta.get_field("occurrences").related_model
        page.occurrences = [occurrence_model(locale=context.locale, **row) for row in occurrences]


def event_occurrences(item, local_start, local_end, whole_day, context):
    """Sessions for the event's place and recurrence; ``None`` when there is nothing to list."""
    location = values.text(item.get("location"))[:200]
    rule = values.text(item.get("recurrence"))
    starts = [local_start]
    if rule:
        try:
            recurrence = rrulestr(rule, dtstart=local_start, forceset=True)
            horizon = local_start + dt.timedelta(days=5 * 366)
            starts = []
            for moment in recurrence:
                if moment > horizon or len(starts) >= MAX_OCCURRENCES:
                    break
                starts.append(moment)
            context.warn(f"recurrence {rule!r} expanded into {len(starts)} sessions")
        except (ValueError, TypeError) as error:
            context.warn(f"recurrence {rule!r} not understood ({error}); kept the first date only")
            starts = [local_start]
    if not location and len(starts) < 2:
        return None
    length = local_end - local_start
    rows = []
    for moment in starts:
        finish = moment + length
        rows.append(
            {
                "venue": location,
                "start_date": moment.date(),
                "start_time": None if whole_day else moment.time().replace(second=0, microsecond=0),
                "end_date": finish.date() if finish.date() != moment.date() else None,
                "end_time": None
                if whole_day or finish.date() != moment.date() or finish <= moment
                else finish.time().replace(second=0, microsecond=0),
                "sort_order": len(rows),
            }
        )
    return rows


def event_extra_html(item, language):
    """Contact details and the event's web address have no field of their own: a closing paragraph."""
    parts = []
    with override(language or None):
        url = values.text(item.get("event_url"))
        if url.startswith(("http://", "https://")):
            parts.append(f'{escape(_("More information"))}: <a href="{escape(url)}">{escape(url)}</a>')
        contact = [values.text(item.get(key)) for key in ("contact_name", "contact_phone", "contact_email")]
        contact = [escape(value) for value in contact if value]
        if contact:
            parts.append(f"{escape(_('Contact'))}: {', '.join(contact)}")
    return "".join(f"<p>{part}</p>" for part in parts)


def fill_content(page, item, context):
    page.lead = summary_of(item, 1000) if values.text(item.get("description")) else ""
    page.hero_image = context.hero_image


def fill_project(page, item, context):
    """A Plone Document describing a project (``--map "Document:/projects=projects.ProjectPage"``).

    Plone has no project type, so a project's period is read from ``start``/``end`` when the site
    added such fields, else from when the page was published — said in the report, for an editor
    to correct."""
    zone = context.zone
    start = values.parse_datetime(item.get("start"), zone)
    end = values.parse_datetime(item.get("end"), zone)
    if start is None:
        start = context.publication.first_published_at
        context.warn("no project start in Plone: the period starts on the publication date; check it")
    page.start_date = start.astimezone(zone).date()
    page.end_date = end.astimezone(zone).date() if end and end >= start else None
    page.goal = values.text(item.get("description")) or plain_excerpt(item, 300) or page.title
    page.summary = summary_of(item, 600) or page.title
    page.hero_image = context.hero_image


def fill_generic(page, item, context):
    """Any other page type: the usual introduction fields, where the model has them."""
    model = type(page)
    description = values.text(item.get("description"))
    if has_field(model, "intro") and description:
        page.intro = f"<p>{escape(description)}</p>"
    for name, limit in (("lead", 600), ("summary", 600)):
        if has_field(model, name):
            setattr(page, name, summary_of(item, limit) or page.title)
    if has_field(model, "hero_image") and context.hero_image is not None:
        page.hero_image = context.hero_image


FILLERS = {
    "news.NewsPage": fill_news,
    "events.EventPage": fill_event,
    "content.ContentPage": fill_content,
    "projects.ProjectPage": fill_project,
}
EXTRA_HTML = {"events.EventPage": event_extra_html}


def fill(page, item, context):
    FILLERS.get(page._meta.label, fill_generic)(page, item, context)


def extra_html(page, item, language):
    builder = EXTRA_HTML.get(page._meta.label)
    return builder(item, language) if builder else ""
