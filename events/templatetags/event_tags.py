"""Event furniture templates show: the "apply soon" list, the "Add to calendar" links of an event,
the calendar subscription of a listing, and an event's organisations with their logos. (Upcoming
events reach the home page through the home-section hook in ``events.wagtail_hooks``.)"""

import datetime as dt
from urllib.parse import urlencode

from django import template
from django.utils import timezone

from core import surrogate_keys
from core.cards import attach_logos
from core.languages import current_language
from core.visibility import public

from .. import calendar_links
from ..models import EventPage

register = template.Library()

#: The listing's filters a calendar subscription keeps, in the order its address names them.
SUBSCRIPTION_FILTERS = ("kind", "city", "tag", "month")


def open_deadlines(language, limit=3, days=30, now=None):
    """Public events of ``language`` whose application deadline falls within ``days``, soonest first: one query."""
    now = now or timezone.now()
    events = (
        public(EventPage.objects.filter(locale__language_code=language))
        .filter(deadline_at__gte=now, deadline_at__lte=now + dt.timedelta(days=days))
        .order_by("deadline_at", "pk")[:limit]
    )
    return list(events)


@register.inclusion_tag("events/components/deadlines_soon.html", takes_context=True)
def deadlines_soon(context, limit=3, days=30, heading_level=2):
    """``{% deadlines_soon %}``: events of the visitor's language whose application deadline falls
    within ``days`` (nothing at all when there is none)."""
    events = open_deadlines(current_language(), limit, days)
    surrogate_keys.shows(*events)  # the page cache purges the answer when one of them changes
    return {"events": events, "request": context.get("request"), "heading_level": heading_level}


@register.inclusion_tag("events/components/add_to_calendar.html", takes_context=True)
def add_to_calendar(context, page):
    """``{% add_to_calendar page %}``: the ``.ics`` file and the Google Calendar, Outlook.com and
    Microsoft 365 links of an event (``events.calendar_links``). Google takes a repeating event as
    its series from the first date; Outlook only one date, the next."""
    request = context.get("request")
    next_span = page.next_span
    first_span = page.span if page.recurrence_rule else next_span
    return {
        "page": page,
        "request": request,
        "google_url": calendar_links.google_calendar_url(page, first_span, request),
        "outlook_url": calendar_links.outlook_url(page, next_span, request),
        "microsoft_365_url": calendar_links.microsoft_365_url(page, next_span, request),
        "repeats": page.repeats,
        "has_rule": bool(page.recurrence_rule),
    }


def subscription_query(active, query):
    """The listing's active filters as the calendar feed reads them (``events.listing``)."""
    values = {
        "kind": query.get("kind", "") if "kind" in active else "",
        "city": active.get("city", ""),
        "tag": active["tag"].slug if active.get("tag") else "",
        "month": f"{active['month']:%Y-%m}" if active.get("month") else "",
    }
    return urlencode([(name, values[name]) for name in SUBSCRIPTION_FILTERS if values[name]])


@register.inclusion_tag("events/components/calendar_subscription.html", takes_context=True)
def calendar_subscription(context, index, active=None):
    """``{% calendar_subscription page active %}``: the events index's calendar with the filters
    the listing shows (``?kind=&city=&tag=&month=``), as a ``webcal://`` subscription and as the
    plain ``https://`` address of the ``.ics`` feed."""
    request = context.get("request")
    active = active or {}
    query = subscription_query(active, request.GET if request is not None else {})
    address = index.get_full_url(request) + index.reverse_subpage("ical_route").lstrip("/")
    if query:
        address += f"?{query}"
    scheme, _separator, rest = address.partition("://")
    return {"ics_url": address, "webcal_url": f"webcal://{rest}" if rest else address, "filtered": bool(query)}


@register.simple_tag
def event_organisations(page):
    """``{% event_organisations page as groups %}``: ``[(role, [organisation, …])]`` in the editor's
    order of first appearance, each organisation with its logo ready for the aside: three queries."""
    links = list(page.organisations.select_related("organisation").order_by("sort_order"))
    attach_logos([link.organisation for link in links])
    grouped = {}
    for link in links:
        grouped.setdefault(link.get_role_display(), []).append(link.organisation)
    return list(grouped.items())
