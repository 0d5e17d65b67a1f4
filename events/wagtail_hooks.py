"""The events plugin's hooks: upcoming events with their deadlines on the home page, the events
it lists on the pages of the projects they belong to, and what readers can follow by e-mail
(kinds of event, funders)."""

from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.cards import prepare_cards
from core.follow import FOLLOW_FACETS_HOOK, Facet
from core.follow_facets import EVENT_KIND_ORDER, donor_facet, language_of
from core.home_sections import HOME_SECTION_HOOK, HomeSection
from core.page_links import PAGE_LINK_HOOK, PageLink
from core.visibility import public_q

from .kinds import EventKind, OrganisationRole
from .models import EventIndexPage, EventOrganisation, EventPage
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


# --- what readers can follow by e-mail (core.follow) ------------------------------------------


def kind_choices(locale):
    with translation.override(language_of(locale)):
        return [(value, str(label)) for value, label in EventKind.choices]


def kind_values(page):
    return {page.kind} if isinstance(page, EventPage) and page.kind else set()


@hooks.register(FOLLOW_FACETS_HOOK)
def register_event_follow_facets():
    return [
        Facet(kind="event_kind", label=_("Kinds of event"), choices=kind_choices, values_of=kind_values, order=EVENT_KIND_ORDER),
        donor_facet(EventPage, EventOrganisation.objects.filter(role=OrganisationRole.FUNDER)),
    ]
