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
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.html import strip_tags
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
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.api_fields import ChildListField, ImageField, TagsField, ZonedDateTimeField
from core.blocks import ArticleStreamBlock
from core.listing import month_bounds, route_head
from core.models import BasePage, GalleryImageBase, SectionIndexPage
from core.models.tags import localized_tags
from core.money import CURRENCY_CHOICES
from core.page_links import linking_pages
from core.panels import OptionalTypePageChooserPanel, content_page_tabs
from core.related import related_reads
from core.visibility import public
from viewcounts.api import ViewCountField
from viewcounts.models import ViewCountMixin, with_view_counts

from .forms import EventPageForm
from .ical import calendar_response
from .importing import fill_event
from .jsonld import event_json_ld
from .jsonld import schema_type as event_schema_type
from .kinds import EventKind, EventStatus, OrganisationRole
from .listing import CACHE_PARAMETERS, EventFilter
from .recurrence import DateChange, Recurrence, Repeat, describe, expand
from .series import move_to, upcoming_dates, whole_series
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
    country = models.CharField(
        _("country"),
        max_length=2,
        blank=True,
        help_text=_("Two-letter code (UA, EE, LT…); search engines show it with the address."),
    )
    online_url = models.URLField(_("online link"), blank=True)
    start_date = models.DateField(
        _("start date"), null=True, blank=True, help_text=_("Leave the dates empty when this venue follows the event's dates.")
    )
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True, help_text=_("Empty for a one-day session."))
    end_time = models.TimeField(_("end time"), null=True, blank=True)

    # A country code is the same in every language: kept in step with the source, never a translator's segment.
    override_translatable_fields = [SynchronizedField("country", overridable=False)]

    panels = [
        FieldRowPanel([FieldPanel("city"), FieldPanel("venue")]),
        FieldRowPanel([FieldPanel("address"), FieldPanel("country")]),
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
        self.country = self.country.upper()
        if self.start_date:
            errors = EventSpan.of(self, "UTC").errors()
        elif self.end_date or self.start_time or self.end_time:
            errors = {"start_date": _("Give the start date too, or leave all dates empty to follow the event's dates.")}
        else:
            errors = {}
        if errors:
            raise ValidationError(errors)

    @property
    def has_own_dates(self):
        return self.start_date is not None

    def span_within(self, page):
        """When this venue's session happens: its own dates, else the event's (``events.span``)."""
        if self.has_own_dates:
            return EventSpan.of(self, page.time_zone)
        return page.span


class EventDateChange(TranslatableMixin, Orderable):
    """A date taken out of a repeating event, or added to it (RFC 5545 ``EXDATE`` / ``RDATE``)."""

    page = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="date_changes")
    date = models.DateField(_("date"))
    change = models.CharField(_("change"), max_length=12, choices=DateChange.choices, default=DateChange.CANCELLED)
    note = models.CharField(_("note"), max_length=200, blank=True, help_text=_("Shown beside the date, e.g. “public holiday”."))

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("change")]), FieldPanel("note")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("date change")
        verbose_name_plural = _("date changes")

    def __str__(self):
        return f"{self.date} ({self.get_change_display()})"


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

    base_form_class = EventPageForm
    # Weekday codes ("MO,TH") are data, not words: every translation repeats on the same days.
    override_translatable_fields = [SynchronizedField("repeat_weekdays", overridable=False)]

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
    repeat = models.CharField(
        _("repeats"),
        max_length=20,
        choices=Repeat.choices,
        default=Repeat.NEVER,
        blank=True,
        help_text=_("The dates above are the first session; the series repeats it on the same clock time."),
    )
    repeat_interval = models.PositiveSmallIntegerField(
        _("every"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(52)],
        help_text=_("1: every day, week or month; 2: every other one; and so on."),
    )
    repeat_weekdays = models.CharField(
        _("on weekdays"),
        max_length=27,
        blank=True,
        help_text=_("For weekly series; none ticked means the first date's weekday."),
    )
    repeat_until = models.DateField(_("until"), null=True, blank=True, help_text=_("The last possible date of the series."))
    repeat_count = models.PositiveSmallIntegerField(
        _("or this many times"), null=True, blank=True, help_text=_("Instead of a last date: the number of sessions.")
    )
    # The series as an RFC 5545 RRULE value, written on save from the choices above (or by an import).
    recurrence_rule = models.CharField(max_length=255, blank=True, editable=False)
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

    #: Set on a card already showing one date of its series (``events.series``).
    shows_one_date = False

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
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("repeat"), FieldPanel("repeat_interval")]),
                FieldPanel("repeat_weekdays"),
                FieldRowPanel([FieldPanel("repeat_until"), FieldPanel("repeat_count")]),
                InlinePanel("date_changes", label=_("date change"), heading=_("Cancelled and extra dates")),
            ],
            heading=_("Repeating event"),
        ),
        InlinePanel(
            "occurrences",
            heading=_("Where (venues; dates only where a venue differs from the event)"),
            label=_("venue"),
            min_num=1,
        ),
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
                ["city", "venue", "address", "country", "online_url", "start_date", "start_time", "end_date", "end_time"]
            ),
        ),
        APIField("recurrence_rule"),
        APIField("date_changes", serializer=ChildListField(["date", "change", "note"])),
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

    @property
    def schema_type(self):
        """``EducationEvent`` for trainings and workshops, else ``Event`` (``events.jsonld``)."""
        return event_schema_type(self)

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

    @property
    def recurrence(self):
        return Recurrence.of(self)

    @property
    def repeats(self):
        return bool(self.recurrence_rule) or any(change.change == DateChange.ADDED for change in self.date_change_list)

    @cached_property
    def date_change_list(self):
        return list(self.date_changes.all())

    @cached_property
    def series_spans(self):
        """Every date of the event, first to last: one span, or each date of a repeating series.

        Expanded in Python from the stored RRULE and date changes (``events.recurrence``): a
        listing of 1 or 100 dates costs the same queries."""
        if not self.start_date:
            return []
        span = self.span
        cancelled = [change.date for change in self.date_change_list if change.change == DateChange.CANCELLED]
        added = [change.date for change in self.date_change_list if change.change == DateChange.ADDED]
        starts = expand(self.recurrence_rule, span.starts_at, cancelled, added)
        return [span.moved_to(start.date()) for start in starts] or [span]

    def upcoming_spans(self, now=None, limit=None):
        """The dates not yet over, soonest first (at most ``limit``)."""
        now = now or timezone.now()
        spans = [span for span in self.series_spans if span.ends_at > now]
        return spans[:limit] if limit else spans

    @property
    def next_span(self):
        """The date a visitor would go to: the next (or current) one, else the last one."""
        upcoming = self.upcoming_spans(limit=1)
        return upcoming[0] if upcoming else (self.series_spans[-1] if self.series_spans else self.span)

    def next_dates(self, limit=10):
        """The event page's "Next dates": upcoming dates with the cancelled ones among them, in order."""
        today = timezone.localdate(timezone.now(), self.zone)
        cancelled = [
            (change.date, change)
            for change in self.date_change_list
            if change.change == DateChange.CANCELLED and change.date >= today
        ]
        notes = {change.date: change.note for change in self.date_change_list if change.change == DateChange.ADDED}
        dates = [(span.start_date, span, notes.get(span.start_date, "")) for span in self.upcoming_spans(limit=limit)]
        if dates:
            horizon = dates[-1][0]
            dates += [(day, None, change.note) for day, change in cancelled if day <= horizon]
        return sorted(dates, key=lambda entry: entry[0])[:limit]

    @property
    def recurrence_summary(self):
        """ "Every week on Tuesday, until 16 March 2027" in the visitor's language; "" for one date."""
        return describe(self.recurrence, self.start_date) if self.recurrence_rule else ""

    @property
    def fragment_date_key(self):
        """What the kept event page varies by besides its status: a series' next date (for a series
        one query, its date changes, even when the fragment is kept; none for a single event)."""
        return self.next_span.start_date.isoformat() if self.recurrence_rule else ""

    def compute_times(self):
        """The series' RRULE, and its first start and last end: what listings, status and calendars query."""
        self.__dict__.pop("series_spans", None)
        self.__dict__.pop("date_change_list", None)
        recurrence = self.recurrence
        repeats = self.start_date and recurrence.repeats and not recurrence.errors(self.start_date)
        self.recurrence_rule = recurrence.rule(self.start_date, self.is_whole_day, self.zone) if repeats else ""
        spans = self.series_spans
        self.starts_at = spans[0].starts_at if spans else None
        self.ends_at = max(span.ends_at for span in spans) if spans else None
        # A deadline without a time is the end of that day.
        self.deadline_at = wall_clock(self.deadline_date, self.deadline_time, self.time_zone, default_time=dt.time(23, 59))

    def save(self, *args, **kwargs):
        self.compute_times()
        super().save(*args, **kwargs)

    def serve_preview(self, request, mode_name):
        # A preview is never saved: it gets the series and times a save would give it.
        self.compute_times()
        return super().serve_preview(request, mode_name)

    def clean(self):
        super().clean()
        errors = dict(self.span.errors()) if self.start_date else {}
        if self.start_date:
            errors.update(self.recurrence.errors(self.start_date))
        if self.repeat != Repeat.WEEKLY and self.repeat_weekdays:
            self.repeat_weekdays = ""
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
            # Between two dates of a series the event is not happening now: its next date is ahead.
            if self.repeats and not any(span.starts_at <= now < span.ends_at for span in self.series_spans):
                return EventStatus.UPCOMING
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
        """The cards show each event's cities and whether it is online (its venues), and a series
        on its next date wherever it is listed (its date changes): two queries for all."""
        prefetch_related_objects(pages, "occurrences", "date_changes")
        for page in pages:
            if page.recurrence_rule and not page.shows_one_date:
                move_to(page, page.next_span)

    @cached_property
    def occurrence_list(self):
        return list(self.occurrences.all())

    @property
    def cities(self):
        return list(dict.fromkeys(o.city for o in self.occurrence_list if o.city))

    @property
    def is_online(self):
        return any(o.online_url for o in self.occurrence_list)

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
        return calendar_response(
            [self], request, filename=self.slug, name=self.title, description=self.summary, url=self.get_full_url(request)
        )


class EventIndexPage(SectionIndexPage):
    """The events of one language: upcoming first, past on request, filters and a calendar feed."""

    subpage_types = ["events.EventPage"]

    listing_filters = EventFilter
    per_page = EVENTS_PER_PAGE
    cache_parameters = CACHE_PARAMETERS

    class Meta:
        verbose_name = _("events index")

    def events(self):
        return with_view_counts(
            public(EventPage.objects.child_of(self)).select_related("hero_image").prefetch_related("occurrences", "date_changes")
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
        filters = self.filter_listing(request, self.past() if when == "past" else self.upcoming(), data=data)
        if when == "past":
            events = self.page_of(request, filters.qs)
            events.object_list = [whole_series(event) for event in events.object_list]
        else:
            events = self.page_of(request, self.dated(filters))
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

    @staticmethod
    def dated(filters):
        """The upcoming listing as cards per date (``events.series``); a month filter shows that month's dates."""
        now = timezone.now()
        events = filters.qs  # filtering fills ``filters.active``
        month = filters.active.get("month")
        if month is None:
            return upcoming_dates(events, now)
        start, end = month_bounds(month.year, month.month)
        return upcoming_dates(events, now, window_end=end, window_start=start)

    @path("ical/")
    def ical_route(self, request):
        """A calendar subscription: the upcoming (``?past=1``: past) events, filtered like the listing."""
        events = self.past() if request.GET.get("past") == "1" else self.upcoming()
        filters = self.filter_listing(request, events)
        name = self.title
        active = filters.active
        chosen = [str(active[key]) for key in ("kind", "city") if key in active]
        chosen += [active["tag"].label] if "tag" in active else []
        if chosen:
            name = f"{self.title}: {', '.join(chosen)}"
        return calendar_response(
            list(filters.qs[:200]),
            request,
            filename=self.slug,
            name=name,
            description=strip_tags(self.intro) or self.search_description,
            url=self.get_full_url(request),
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
