"""The events plugin's contribution to the home page: upcoming events with their deadlines."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.home_sections import HOME_SECTION_HOOK, HomeSection
from core.related import attach_card_images
from core.visibility import public_q

from .models import EventIndexPage, EventPage


def upcoming_events(locale, limit):
    """Events of ``locale`` not yet over, soonest first, with venues: four queries in all."""
    events = list(
        EventPage.objects.filter(public_q(locale=locale), ends_at__gte=timezone.now())
        .prefetch_related("occurrences")
        .order_by("starts_at", "pk")[:limit]
    )
    attach_card_images(events)
    return events


@hooks.register(HOME_SECTION_HOOK)
def register_upcoming_events():
    return HomeSection(
        key="upcoming_events",
        heading=_("Upcoming events"),
        items=upcoming_events,
        index_model=EventIndexPage,
        more_label=_("All events"),
        template="events/includes/home_events.html",
    )
