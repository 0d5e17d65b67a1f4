"""Event furniture other pages can show: the "apply soon" list. (Upcoming events reach the home
page through the home-section hook in ``events.wagtail_hooks``.)"""

import datetime as dt

from django import template
from django.utils import timezone

from core.languages import current_language
from core.visibility import public

from ..models import EventPage

register = template.Library()


def _live_in_language(language):
    return public(EventPage.objects.filter(locale__language_code=language)).prefetch_related("occurrences")


@register.inclusion_tag("events/components/deadlines_soon.html", takes_context=True)
def deadlines_soon(context, limit=3, days=30):
    """Events of the visitor's language whose application deadline falls within ``days``."""
    now = timezone.now()
    events = (
        _live_in_language(current_language())
        .filter(deadline_at__gte=now, deadline_at__lte=now + dt.timedelta(days=days))
        .order_by("deadline_at")[:limit]
    )
    return {"events": list(events), "request": context.get("request")}
