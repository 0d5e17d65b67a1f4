"""The events plugin's hooks: upcoming events with their deadlines on the home page, and the events
it lists on the pages of the projects they belong to."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.cards import prepare_cards
from core.home_sections import HOME_SECTION_HOOK, HomeSection
from core.page_links import PAGE_LINK_HOOK, PageLink
from core.visibility import public_q

from .models import EventIndexPage, EventPage
from .series import next_dates

#: Upcoming events the home page considers: enough to find the soonest dates of repeating series.
HOME_CANDIDATES = 200


def upcoming_events(locale, limit):
    """Events of ``locale`` not yet over, each on its next date, soonest first: a few queries in all.

    A series that began months ago sorts by its next date, not its first, so candidates are read
    by series start and sorted by next date here (``events.series``)."""
    now = timezone.now()
    candidates = list(
        EventPage.objects.filter(public_q(locale=locale), ends_at__gte=now)
        .prefetch_related("occurrences", "date_changes")
        .order_by("starts_at", "pk")[:HOME_CANDIDATES]
    )
    events = next_dates(candidates, now, limit)
    prepare_cards(events)
    return events


@hooks.register(HOME_SECTION_HOOK)
def register_upcoming_events():
    return HomeSection(
        key="upcoming_events",
        heading=_("Upcoming events"),
        items=upcoming_events,
        index_model=EventIndexPage,
        more_label=_("All events"),
        template="events/components/home_events.html",
    )


@hooks.register(PAGE_LINK_HOOK)
def register_event_applications():
    """A registration form lists the events that send their applicants to it."""
    return PageLink(EventPage, "apply_page", target="formpages.FormPage", heading=_("Register for"), key="event-applications")


@hooks.register(PAGE_LINK_HOOK)
def register_project_events():
    return PageLink(
        EventPage, "related_project", target="projects.ProjectPage", heading=_("Events of this project"), key="project-events"
    )
