"""Events: conferences, training programmes, seminars, webinars (``EventPage``) and their listing.

Times are entered the way organisers think of them — a date and a wall-clock time in the
event's own time zone — and stored twice: as those inputs, and as aware datetimes
(``starts_at``, ``ends_at``, ``deadline_at``) computed on save, which listings, status and iCal
use. An editor in Kyiv entering a Vilnius seminar never has to convert anything.
"""

import datetime as dt
import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from core.api_fields import ChildListField, ImageField, TagsField, ZonedDateTimeField
from core.blocks import ArticleStreamBlock
from core.listing import FilteredListing, route_head
from core.models import BasePage, GalleryImageBase
from core.models.tags import localized_tags
from core.money import CURRENCY_CHOICES
from core.page_links import linking_pages
from core.panels import OptionalTypePageChooserPanel, content_page_tabs
from core.related import related_reads
from core.visibility import public
from viewcounts.api import ViewCountField
from viewcounts.models import ViewCountMixin, with_view_counts

from .ical import calendar_response
from .importing import fill_event
from .jsonld import event_json_ld
from .kinds import EventKind, EventStatus, OrganisationRole
from .listing import CACHE_PARAMETERS, EventFilter
from .span import EventSpan, wall_clock

EVENTS_PER_PAGE = 12


def time_zone_choices():
    return [(name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones()) if "/" in name]


class EventOccurrence(TranslatableMixin, Orderable):
    """One place and time of an event: a programme run in four cities is one event, four of these.

    This and the other inline lists of an event are translatable (own locale and translation
    key), so wagtail-localize offers their words to translators and keeps dates, links and
    organisations in step with the source; organisations are relinked to their translation.
    """

    page = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="occurrences")
    city = models.CharField(_("city"), max_length=120, blank=True, help_text=_("Leave empty for online-only sessions."))
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True, help_text=_("Empty for a one-day session."))
    end_time = models.TimeField(_("end time"), null=True, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("city"), FieldPanel("venue")]),
        FieldPanel("address"),
        FieldPanel("online_url"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
        FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("venue and dates")
        verbose_name_plural = _("venues and dates")

    def __str__(self):
        return ", ".join(part for part in (self.city, self.venue) if part) or str(self.start_date)

    def clean(self):
        super().clean()
        if self.start_date:
            errors = EventSpan.of(self, "UTC").errors()
            if errors:
                raise ValidationError(errors)

    @property
    def is_whole_day(self):
        return self.start_time is None

    def span(self, zone_name):
        """When this session happens, on the event's clock (``events.span``)."""
        return EventSpan.of(self, zone_name)


class EventLearningOutcome(TranslatableMixin, Orderable):
    page = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="learning_outcomes")
    text = models.CharField(_("outcome"), max_length=300)

    panels = [FieldPanel("text")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("learning outcome")
        verbose_name_plural = _("learning outcomes")


class EventOrganisation(TranslatableMixin, Orderable):
    """An organisation and what it does for this event (organiser, funder, partner…)."""

    page = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="organisations")
    organisation = models.ForeignKey(
        "core.Organisation", verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="+"
    )
    role = models.CharField(_("role"), max_length=20, choices=OrganisationRole.choices, default=OrganisationRole.ORGANISER)

    panels = [FieldRowPanel([FieldPanel("organisation"), FieldPanel("role")])]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")


class EventSpeaker(TranslatableMixin, Orderable):
    page = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="speakers")
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=200, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("photo"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("role")]), FieldPanel("organisation"), FieldPanel("photo")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")


class EventSession(TranslatableMixin, Orderable):
    """One item of the agenda."""

    page = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="sessions")
    day = models.DateField(_("day"))
    start_time = models.TimeField(_("starts"), null=True, blank=True)
    end_time = models.TimeField(_("ends"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    speakers = models.CharField(_("speakers"), max_length=300, blank=True, help_text=_("Names, separated by commas."))

    panels = [
        FieldRowPanel([FieldPanel("day"), FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("speakers"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda")


class EventGalleryImage(TranslatableMixin, GalleryImageBase):
    page = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="gallery_images")

    class Meta(TranslatableMixin.Meta, GalleryImageBase.Meta):
        pass


class EventPage(RoutablePageMixin, ViewCountMixin, BasePage):
    """A conference, training programme, seminar or webinar, possibly in several cities."""

    search_tab = 20  # the search page's tabs: news, events, projects, content pages
    card_template = "events/components/event_card.html"

    schema_type = "Event"

    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices, default=EventKind.CONFERENCE)
    summary = models.TextField(
        _("summary"), max_length=600, help_text=_("Two or three sentences for cards, feeds and calendars.")
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("main image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=time_zone_choices,
        default=settings.TIME_ZONE,
        help_text=_("Dates and times below are on this zone's clock."),
    )
    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(_("start time"), null=True, blank=True, help_text=_("Empty for a whole-day event."))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    open_end = models.BooleanField(_("open end"), default=False, help_text=_("The event has no fixed end time."))
    audience = models.TextField(
        _("audience"), blank=True, help_text=_("Who it is for, e.g. “teams of 4–5 from municipalities and NGOs”.")
    )
    format = models.CharField(
        _("format"), max_length=255, blank=True, help_text=_("E.g. “3 training days + 5 months of counselling”.")
    )
    team_size = models.CharField(_("team size"), max_length=120, blank=True)
    places = models.CharField(
        _("places and selection"), max_length=255, blank=True, help_text=_("E.g. “8–12 municipalities will be selected”.")
    )
    is_free = models.BooleanField(_("free of charge"), default=True)
    cost_amount = models.DecimalField(
        _("cost"), max_digits=12, decimal_places=2, null=True, blank=True, validators=[MinValueValidator(0)]
    )
    cost_currency = models.CharField(_("currency"), max_length=3, choices=CURRENCY_CHOICES, default="EUR", blank=True)
    deadline_date = models.DateField(_("application deadline"), null=True, blank=True)
    deadline_time = models.TimeField(
        _("deadline time"), null=True, blank=True, help_text=_("Empty means the end of the day (23:59).")
    )
    apply_url = models.URLField(_("apply online at"), blank=True)
    apply_email = models.EmailField(_("or apply by e-mail"), blank=True)
    apply_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("or apply with a form page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(ArticleStreamBlock(), verbose_name=_("description"), blank=True)
    tags = ClusterTaggableManager(through="core.TaggedPage", blank=True, verbose_name=_("tags"))
    funding_programme = models.ForeignKey(
        "core.FundingProgramme",
        verbose_name=_("funding programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    related_project = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("related project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_mentions",
        help_text=_("The project this event belongs to; the project page lists it automatically."),
    )

    # Computed on save from the fields above; what listings, status and calendars query.
    starts_at = models.DateTimeField(editable=False, null=True, db_index=True)
    ends_at = models.DateTimeField(editable=False, null=True, db_index=True)
    deadline_at = models.DateTimeField(editable=False, null=True)

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("time_zone"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("open_end"),
            ],
            heading=_("When"),
        ),
        InlinePanel("occurrences", heading=_("Where (venues and dates)"), label=_("venue"), min_num=1),
        FieldPanel("body"),
    ]
    participation_panels = [
        FieldPanel("audience"),
        FieldPanel("format"),
        InlinePanel("learning_outcomes", heading=_("Learning outcomes"), label=_("outcome")),
        FieldRowPanel([FieldPanel("team_size"), FieldPanel("places")]),
        MultiFieldPanel(
            [FieldPanel("is_free"), FieldRowPanel([FieldPanel("cost_amount"), FieldPanel("cost_currency")])],
            heading=_("Cost"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("deadline_date"), FieldPanel("deadline_time")]),
                FieldPanel("apply_url"),
                FieldPanel("apply_email"),
                PageChooserPanel("apply_page"),
            ],
            heading=_("How to apply"),
        ),
    ]
    programme_panels = [
        InlinePanel("sessions", heading=_("Agenda"), label=_("agenda item")),
        InlinePanel("speakers", heading=_("Speakers"), label=_("speaker")),
    ]
    relation_panels = [
        InlinePanel("organisations", heading=_("Organisers, funders and partners"), label=_("organisation")),
        FieldPanel("funding_programme"),
        OptionalTypePageChooserPanel("related_project", page_type="projects.ProjectPage"),
        FieldPanel("tags"),
        MultiFieldPanel([FieldPanel("hero_image"), InlinePanel("gallery_images", label=_("picture"))], heading=_("Pictures")),
        InlinePanel("related_reads", heading=_("Related reads"), label=_("related read")),
    ]
    edit_handler = content_page_tabs(
        (_("Content"), content_panels),
        (_("Participation"), participation_panels),
        (_("Programme"), programme_panels),
        (_("Relations"), relation_panels),
        promote=ViewCountMixin.promote_panels_views,
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("audience"),
        index.SearchField("format"),
        index.RelatedFields("occurrences", [index.SearchField("city"), index.SearchField("venue")]),
        index.RelatedFields("speakers", [index.SearchField("name"), index.SearchField("organisation")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("kind"),
        index.FilterField("starts_at"),
        index.FilterField("locale"),
    ]

    api_fields = [
        APIField("kind"),
        APIField("summary"),
        APIField("hero_image", serializer=ImageField()),
        APIField("time_zone"),
        APIField("starts_at", serializer=ZonedDateTimeField()),
        APIField("ends_at", serializer=ZonedDateTimeField()),
        APIField("is_whole_day"),
        APIField("deadline_at", serializer=ZonedDateTimeField()),
        APIField("status"),
        APIField(
            "occurrences",
            serializer=ChildListField(
                ["city", "venue", "address", "online_url", "start_date", "start_time", "end_date", "end_time"]
            ),
        ),
        APIField("is_free"),
        APIField("cost_amount"),
        APIField("cost_currency"),
        APIField("body"),
        APIField("tags", serializer=TagsField()),
        APIField("view_count", serializer=ViewCountField()),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    # --- time ---
    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def is_whole_day(self):
        return self.start_time is None

    @property
    def span(self):
        """When the event happens (``events.span``): the one place whole-day and open-end rules live."""
        return EventSpan.of(self, self.time_zone, open_end=self.open_end)

    def compute_times(self):
        span = self.span if self.start_date else None
        self.starts_at = span.starts_at if span else None
        self.ends_at = span.ends_at if span else None
        # A deadline without a time is the end of that day.
        self.deadline_at = wall_clock(self.deadline_date, self.deadline_time, self.time_zone, default_time=dt.time(23, 59))

    def save(self, *args, **kwargs):
        self.compute_times()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = dict(self.span.errors()) if self.start_date else {}
        if self.deadline_date and self.start_date and self.deadline_date > (self.end_date or self.start_date):
            errors["deadline_date"] = _("The application deadline should not be after the event.")
        if not self.is_free and self.cost_amount is None:
            errors["cost_amount"] = _("Enter the cost, or tick “free of charge”.")
        if errors:
            raise ValidationError(errors)

    def status(self, now=None):
        now = now or timezone.now()
        if self.starts_at is None:
            return EventStatus.UPCOMING
        if self.deadline_at and now <= self.deadline_at:
            return EventStatus.OPEN
        if now < self.starts_at:
            return EventStatus.CLOSED if self.deadline_at else EventStatus.UPCOMING
        if self.ends_at and now < self.ends_at:
            return EventStatus.ONGOING
        return EventStatus.PAST

    @property
    def current_status(self):
        return self.status()

    @property
    def starts_at_local(self):
        return self.starts_at.astimezone(self.zone) if self.starts_at else None

    @property
    def deadline_local(self):
        return self.deadline_at.astimezone(self.zone) if self.deadline_at else None

    @property
    def zone_abbreviation(self):
        return self.starts_at_local.tzname() if self.starts_at_local else ""

    # --- card interface ---
    @property
    def card_date(self):
        return self.starts_at_local

    @property
    def card_summary(self):
        return self.summary

    @classmethod
    def prepare_cards(cls, pages):
        """The cards show each event's cities and whether it is online: its venues, one query."""
        prefetch_related_objects(pages, "occurrences")

    @cached_property
    def occurrence_list(self):
        return list(self.occurrences.all())

    @property
    def cities(self):
        return list(dict.fromkeys(o.city for o in self.occurrence_list if o.city))

    @property
    def is_online(self):
        return any(o.online_url for o in self.occurrence_list)

    def organisations_by_role(self):
        grouped = {}
        for link in self.organisations.select_related("organisation"):
            grouped.setdefault(link.get_role_display(), []).append(link.organisation)
        return grouped

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["index"] = self.get_index()
        # Lazy: inside a kept fragment (core.fragment_cache) they cost nothing until it is rendered again.
        context["tags"] = SimpleLazyObject(lambda: localized_tags(self))
        context["related_reads"] = SimpleLazyObject(lambda: related_reads(self, request=request))
        context["gallery"] = SimpleLazyObject(lambda: list(self.gallery_images.select_related("image")))
        context["status"] = self.status()
        context["linked_pages"] = SimpleLazyObject(lambda: linking_pages(self))
        return context

    def fill_from_import(self, source):
        fill_event(self, source)

    def get_json_ld(self, request=None):
        return event_json_ld(self, request, super().get_json_ld(request))

    # --- iCal ---
    @path("ical/")
    def ical_route(self, request):
        """This event as a calendar file: one VEVENT per venue, plus the application deadline."""
        return calendar_response([self], request, filename=self.slug)


class EventIndexPage(RoutablePageMixin, FilteredListing, BasePage):
    """The events of one language: upcoming first, past on request, filters and a calendar feed."""

    slug_follows_translated_title = False  # a section has one address in every language

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    subpage_types = ["events.EventPage"]

    listing_filters = EventFilter
    per_page = EVENTS_PER_PAGE
    cache_parameters = CACHE_PARAMETERS

    class Meta:
        verbose_name = _("events index")

    def events(self):
        return with_view_counts(
            public(EventPage.objects.child_of(self)).select_related("hero_image").prefetch_related("occurrences")
        )

    def upcoming(self, now=None):
        return self.events().filter(ends_at__gte=now or timezone.now()).order_by("starts_at", "pk")

    def past(self, now=None):
        return self.events().filter(ends_at__lt=now or timezone.now()).order_by("-starts_at", "-pk")

    @path("")
    def index_route(self, request):
        return self.render_listing(request)

    @path("tag/<str:slug>/")
    def tag_route(self, request, slug):
        """The events of one topic (the tag links on event pages lead here); the other filters still apply."""
        return self.render_listing(request, data={**request.GET.dict(), "tag": slug}, fixed_tag=True)

    def render_listing(self, request, data=None, fixed_tag=False):
        when = "past" if request.GET.get("when") == "past" else "upcoming"
        events, filters = self.listing(request, self.past() if when == "past" else self.upcoming(), data=data)
        head = {}
        if fixed_tag and filters.active.get("tag"):
            head = route_head(request, _("Events tagged “%(tag)s”") % {"tag": filters.active["tag"].label})
        return self.render(
            request,
            context_overrides={
                **head,
                "events": events,
                "when": when,
                "active": filters.active,
                "kinds": EventKind.choices,
                "cities": self.city_choices(),
            },
        )

    @path("ical/")
    def ical_route(self, request):
        """A calendar subscription: the upcoming (``?past=1``: past) events, filtered like the listing."""
        events = self.past() if request.GET.get("past") == "1" else self.upcoming()
        return calendar_response(
            list(self.filter_listing(request, events).qs[:200]), request, filename=self.slug, name=self.title
        )

    def city_choices(self):
        return sorted(
            set(
                EventOccurrence.objects.filter(page__in=public(EventPage.objects.child_of(self)))
                .exclude(city="")
                .values_list("city", flat=True)
            ),
            key=str.casefold,
        )
