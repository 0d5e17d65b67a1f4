"""Projects: donor-funded project profiles (``ProjectPage``) and their filterable listing.

A civic portal keeps one profile per project it runs: goal, donors and implementers, the period
("August–November 2017"), the communities it works in grouped by region, components, expected
results, the budget and a contact person. Status (planned / active / completed) is never
stored: it is derived from the period and today's date, in Python for one page and as a
queryset filter for listings, so it cannot go stale.
"""

import re
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, Max, Min, Prefetch
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
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.api_fields import ImageField, RelatedNamesField, TagsField
from core.blocks import ArticleStreamBlock
from core.cards import prepare_cards
from core.iati.identifiers import validate_activity_identifier
from core.listing import route_head
from core.models import BasePage, Organisation, SectionIndexPage
from core.models.tags import localized_tags
from core.money import CURRENCY_CHOICES, validate_currency
from core.page_links import linking_pages
from core.panels import content_page_tabs
from core.related import related_reads
from core.visibility import public
from viewcounts.api import ViewCountField
from viewcounts.models import ViewCountMixin, with_view_counts

from .forms import ProjectPageForm
from .iati.blocks import ResultsBlock
from .iati.kinds import SCHEME_FORMATS, AdministrativeScheme, BudgetNotProvided, IatiRole, StatusOverride
from .iati.models import (  # noqa: F401 (the IATI rows are models of this app)
    ProjectBudget,
    ProjectRecipientCountry,
    ProjectRecipientRegion,
    ProjectSector,
    ProjectTransaction,
)
from .iati.panels import IatiReadinessPanel
from .iati.views import activity_response, portfolio_response
from .importing import fill_project
from .jsonld import project_json_ld
from .kinds import PeriodPrecision, ProjectRole, ProjectStatus, month_end, status_q
from .listing import CACHE_PARAMETERS, ProjectFilter
from .open_data import FILTER_NAMES, applied_filters, csv_response, json_response, project_rows
from .regions import Region

PROJECTS_PER_PAGE = 12
LOGO_RENDITION = "height-48"
SHORT_TEXT_FEATURES = ["bold", "italic", "link"]


class ProjectOrganisation(TranslatableMixin, Orderable):
    """An organisation's part in a project: donor, implementer or partner."""

    page = ParentalKey("projects.ProjectPage", on_delete=models.CASCADE, related_name="organisations")
    organisation = models.ForeignKey(
        "core.Organisation", verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="+"
    )
    role = models.CharField(_("role"), max_length=20, choices=ProjectRole.choices, default=ProjectRole.DONOR)
    iati_role = models.CharField(
        _("IATI role"),
        max_length=1,
        choices=IatiRole.choices,
        default=IatiRole.FROM_ROLE,
        blank=True,
        help_text=_("Only if the IATI role differs from the role, e.g. an “Accountable” ministry or a partner that implements."),
    )

    panels = [FieldRowPanel([FieldPanel("organisation"), FieldPanel("role"), FieldPanel("iati_role")])]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")


class ProjectCommunity(TranslatableMixin, Orderable):
    """One community or municipality the project works in."""

    page = ParentalKey("projects.ProjectPage", on_delete=models.CASCADE, related_name="communities")
    name = models.CharField(_("community"), max_length=160, help_text=_("Community, municipality or town."))
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Oblast, county or apskritis; the listing can be filtered by it."),
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    admin_scheme = models.CharField(
        _("official code list"),
        max_length=12,
        choices=AdministrativeScheme.choices,
        default=AdministrativeScheme.NONE,
        blank=True,
    )
    admin_code = models.CharField(
        _("official code"),
        max_length=32,
        blank=True,
        help_text=_("The community's code in that list, e.g. KATOTTH “UA46060250000045678”, EHAK “0793”, municipality “13”."),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("region")]),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        FieldRowPanel([FieldPanel("admin_scheme"), FieldPanel("admin_code")]),
    ]
    # The official code is the same in every language (the scheme, a choice, is kept in step anyway).
    override_translatable_fields = [SynchronizedField("admin_code", overridable=False)]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("community")
        verbose_name_plural = _("communities")

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError({"longitude": _("Enter both coordinates, or neither.")})
        if bool(self.admin_scheme) != bool(self.admin_code):
            raise ValidationError({"admin_code": _("Choose the code list and enter the code, or neither.")})
        if self.admin_scheme:
            _country, pattern, example = SCHEME_FORMATS[self.admin_scheme]
            if not re.match(pattern, self.admin_code):
                raise ValidationError(
                    {"admin_code": _("This is not a code of that list; it looks like “%(example)s”.") % {"example": example}}
                )


class ProjectComponent(TranslatableMixin, Orderable):
    page = ParentalKey("projects.ProjectPage", on_delete=models.CASCADE, related_name="components")
    text = RichTextField(_("component"), features=SHORT_TEXT_FEATURES)

    panels = [FieldPanel("text")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("component")
        verbose_name_plural = _("components")


class ProjectResult(TranslatableMixin, Orderable):
    page = ParentalKey("projects.ProjectPage", on_delete=models.CASCADE, related_name="results")
    text = RichTextField(_("expected result"), features=SHORT_TEXT_FEATURES)

    panels = [FieldPanel("text")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("expected result")
        verbose_name_plural = _("expected results")


class ProjectPage(RoutablePageMixin, ViewCountMixin, BasePage):
    """One project's profile."""

    search_tab = 30  # the search page's tabs: news, events, projects, content pages
    card_template = "projects/components/project_card.html"

    schema_type = "Project"

    goal = models.TextField(_("project goal"), help_text=_("One or two sentences: what the project wants to change."))
    summary = models.TextField(_("summary"), max_length=600, help_text=_("Shown on cards and in search results; about 40 words."))
    hero_image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("main image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = StreamField(ArticleStreamBlock(), verbose_name=_("description"), blank=True)

    start_date = models.DateField(_("start"))
    end_date = models.DateField(_("end"), null=True, blank=True, help_text=_("Empty while the end is not known."))
    period_precision = models.CharField(
        _("show the period as"),
        max_length=5,
        choices=PeriodPrecision.choices,
        default=PeriodPrecision.DAY,
        help_text=_("With months only, the period runs from the first day of the start month to the last of the end month."),
    )

    budget_amount = models.DecimalField(
        _("budget"), max_digits=16, decimal_places=2, null=True, blank=True, validators=[MinValueValidator(0)]
    )
    budget_currency = models.CharField(
        _("currency"), max_length=3, choices=CURRENCY_CHOICES, default="EUR", blank=True, validators=[validate_currency]
    )
    budget_eur = models.DecimalField(
        _("equivalent in euro"),
        max_digits=16,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Optional, for budgets in another currency."),
    )
    budget_eur_rate_date = models.DateField(
        _("exchange rate of"), null=True, blank=True, help_text=_("The date of the exchange rate used for the euro amount.")
    )

    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_role = models.CharField(_("role"), max_length=200, blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True, help_text=_("Shown protected against address harvesters."))
    contact_phone = models.CharField(_("phone"), max_length=64, blank=True)

    iati_identifier = models.CharField(
        _("IATI activity identifier"),
        max_length=150,
        blank=True,
        validators=[validate_activity_identifier],
        help_text=_(
            "The publisher's IATI identifier, a hyphen and the project's own code, e.g. “UA-EDR-38427161-OLB-2025”. "
            "Once the project is in an IATI file, never change it."
        ),
    )
    iati_status = models.CharField(
        _("activity status"),
        max_length=1,
        choices=StatusOverride.choices,
        default=StatusOverride.FROM_DATES,
        blank=True,
        help_text=_("Usually worked out from the period; choose only what dates cannot tell."),
    )
    iati_budget_not_provided = models.CharField(
        _("budget in IATI"),
        max_length=1,
        choices=BudgetNotProvided.choices,
        default=BudgetNotProvided.PROVIDED,
        blank=True,
    )
    iati_results = StreamField(
        ResultsBlock(),
        verbose_name=_("results and indicators"),
        blank=True,
        help_text=_("What the project measures: a target and the actual value for each period. Shown on the page as a table."),
    )

    funding_programme = models.ForeignKey(
        "core.FundingProgramme",
        verbose_name=_("funding programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    tags = ClusterTaggableManager(through="core.TaggedPage", blank=True, verbose_name=_("tags"))

    # wagtail-localize's defaults fit (dates, budget, currency, e-mail, images synchronised; the
    # funding programme relinked to its translation) except for the phone number, a CharField
    # it would offer for translation.
    override_translatable_fields = [
        SynchronizedField("contact_phone", overridable=False),
        SynchronizedField("iati_identifier", overridable=False),
    ]

    content_panels = Page.content_panels + [
        FieldPanel("goal"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]), FieldPanel("period_precision")],
            heading=_("Period"),
        ),
        FieldPanel("body"),
    ]
    scope_panels = [
        InlinePanel("communities", heading=_("Geography"), label=_("community")),
        InlinePanel("components", heading=_("Components"), label=_("component")),
        InlinePanel("results", heading=_("Expected results"), label=_("result")),
    ]
    funding_panels = [
        InlinePanel("organisations", heading=_("Donors, implementers and partners"), label=_("organisation")),
        FieldPanel("funding_programme"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("budget_amount"), FieldPanel("budget_currency")]),
                FieldRowPanel([FieldPanel("budget_eur"), FieldPanel("budget_eur_rate_date")]),
            ],
            heading=_("Budget"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_role")]),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Contact"),
        ),
    ]
    relation_panels = [
        FieldPanel("tags"),
        FieldPanel("hero_image"),
        InlinePanel("related_reads", heading=_("Related reads"), label=_("related read")),
    ]
    iati_panels = [
        IatiReadinessPanel(),
        MultiFieldPanel(
            [FieldPanel("iati_identifier"), FieldRowPanel([FieldPanel("iati_status"), FieldPanel("iati_budget_not_provided")])],
            heading=_("Activity"),
        ),
        InlinePanel("iati_sectors", heading=_("Sectors"), label=_("sector")),
        InlinePanel("iati_countries", heading=_("Recipient countries"), label=_("country")),
        InlinePanel("iati_regions", heading=_("Recipient regions"), label=_("region")),
        InlinePanel("iati_budgets", heading=_("Budget by period"), label=_("budget period")),
        InlinePanel("iati_transactions", heading=_("Transactions"), label=_("transaction")),
        FieldPanel("iati_results"),
    ]
    edit_handler = content_page_tabs(
        (_("Content"), content_panels),
        (_("Scope"), scope_panels),
        (_("Funding and contact"), funding_panels),
        (_("IATI and results"), iati_panels),
        (_("Relations"), relation_panels),
        promote=ViewCountMixin.promote_panels_views,
    )

    search_fields = Page.search_fields + [
        index.SearchField("goal"),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields(
            "communities", [index.SearchField("name"), index.RelatedFields("region", [index.SearchField("name")])]
        ),
        index.RelatedFields("organisations", [index.RelatedFields("organisation", [index.SearchField("name")])]),
        index.RelatedFields("components", [index.SearchField("text")]),
        index.RelatedFields("results", [index.SearchField("text")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
        index.FilterField("locale"),
    ]

    api_fields = [
        APIField("goal"),
        APIField("summary"),
        APIField("hero_image", serializer=ImageField()),
        APIField("start_date"),
        APIField("end_date"),
        APIField("status"),
        APIField("budget_amount"),
        APIField("budget_currency"),
        APIField("donors", serializer=RelatedNamesField("organisations", "organisation", role=ProjectRole.DONOR)),
        APIField("regions", serializer=RelatedNamesField("communities", "region")),
        APIField("body"),
        APIField("tags", serializer=TagsField()),
        APIField("view_count", serializer=ViewCountField()),
    ]

    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []
    base_form_class = ProjectPageForm

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    # --- period and status ---
    def normalise_period(self):
        if self.period_precision == PeriodPrecision.MONTH:
            if self.start_date:
                self.start_date = self.start_date.replace(day=1)
            if self.end_date:
                self.end_date = month_end(self.end_date)

    def save(self, *args, **kwargs):
        self.normalise_period()
        self.budget_currency = (self.budget_currency or "").upper()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        self.normalise_period()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The project cannot end before it starts.")
        if self.budget_amount is not None and not self.budget_currency:
            errors["budget_currency"] = _("Choose the currency of the budget.")
        if self.budget_eur is not None:
            if self.budget_amount is None:
                errors["budget_eur"] = _("Enter the budget itself first.")
            elif (self.budget_currency or "").upper() == "EUR":
                errors["budget_eur"] = _("The budget is already in euro; leave the equivalent empty.")
            elif self.budget_eur_rate_date is None:
                errors["budget_eur_rate_date"] = _("Say on which date's exchange rate the euro amount is based.")
        elif self.budget_eur_rate_date is not None:
            errors["budget_eur"] = _("Enter the euro amount for this exchange rate date, or clear the date.")
        if errors:
            raise ValidationError(errors)

    def status(self, today=None):
        today = today or timezone.localdate()
        if self.start_date and today < self.start_date:
            return ProjectStatus.PLANNED
        if self.end_date and today > self.end_date:
            return ProjectStatus.COMPLETED
        return ProjectStatus.ACTIVE

    @property
    def current_status(self):
        return self.status()

    @property
    def months_only(self):
        return self.period_precision == PeriodPrecision.MONTH

    # --- card interface ---
    @property
    def card_date(self):
        return self.start_date

    @property
    def card_summary(self):
        return self.summary

    # --- relations, each fetched once per render ---
    @cached_property
    def organisation_links(self):
        return list(self.organisations.select_related("organisation__logo"))

    def organisations_with(self, role):
        return [link.organisation for link in self.organisation_links if link.role == role]

    @property
    def donors(self):
        return self.organisations_with(ProjectRole.DONOR)

    @property
    def implementers(self):
        return self.organisations_with(ProjectRole.IMPLEMENTER)

    @property
    def partners(self):
        return self.organisations_with(ProjectRole.PARTNER)

    @cached_property
    def community_list(self):
        return list(self.communities.select_related("region"))

    def communities_by_region(self):
        """``[(region or None, [community, …]), …]`` in the editor's order of first appearance."""
        grouped = {}
        for community in self.community_list:
            grouped.setdefault(community.region, []).append(community)
        return list(grouped.items())

    @property
    def region_names(self):
        return list(dict.fromkeys(c.region.name for c in self.community_list if c.region))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["index"] = self.get_index()
        # Lazy: inside a kept fragment (core.fragment_cache) they cost nothing until it is rendered again.
        context["tags"] = SimpleLazyObject(lambda: localized_tags(self))
        context["related_reads"] = SimpleLazyObject(lambda: related_reads(self, request=request))
        context["linked_pages"] = SimpleLazyObject(lambda: linking_pages(self))
        context["status"] = self.status()
        return context

    @classmethod
    def prepare_cards(cls, pages):
        attach_card_relations(pages)

    def fill_from_import(self, source):
        fill_project(self, source)

    def get_json_ld(self, request=None):
        return project_json_ld(self, request, super().get_json_ld(request))

    @path("iati.xml/")
    def iati_route(self, request):
        """This project as an IATI 2.03 activity, with a narrative in each of its public languages."""
        return activity_response(request, self)


class ProjectIndexPage(SectionIndexPage):
    """The projects of one language: filters by status, donor, region, year and tag."""

    subpage_types = ["projects.ProjectPage"]

    listing_filters = ProjectFilter
    per_page = PROJECTS_PER_PAGE
    cache_parameters = CACHE_PARAMETERS

    class Meta:
        verbose_name = _("projects index")

    def projects(self):
        return public(ProjectPage.objects.child_of(self))

    @path("")
    def index_route(self, request):
        return self.render_listing(request)

    @path("donor/<str:slug>/")
    def donor_route(self, request, slug):
        """The projects one organisation funds (the donor links on project pages lead here)."""
        return self.render_listing(request, fixed={"donor": slug})

    @path("tag/<str:slug>/")
    def tag_route(self, request, slug):
        return self.render_listing(request, fixed={"tag": slug})

    @path("projects.csv/")
    def csv_route(self, request):
        """The listing's projects, filtered as the listing is, as a spreadsheet (``projects.open_data``)."""
        filters, rows = self.open_data(request)
        return csv_response(rows, f"projects-{self.locale.language_code}.csv")

    @path("projects.json/")
    def json_route(self, request):
        filters, rows = self.open_data(request)
        return json_response(rows, self.locale.language_code, applied_filters(filters))

    @path("iati.xml/")
    def iati_route(self, request):
        """The portfolio as IATI 2.03 activities: this index's projects and its translations', the same file in every language."""
        return portfolio_response(request, self, ProjectPage)

    def open_data(self, request):
        """``(filterset, rows)``: every public project of the listing's filters, not one page of them."""
        newest_first = self.projects().order_by("-start_date", "-pk")
        filters = self.filter_listing(request, newest_first)
        return filters, project_rows(filters.qs, request, self.locale.language_code)

    def render_listing(self, request, fixed=None):
        """The listing with the query string's filters, plus the one a donor or tag page fixes."""
        fixed = fixed or {}
        newest_first = self.projects().order_by("-start_date", "-pk")
        filters = self.filter_listing(request, newest_first, data={**request.GET.dict(), **fixed})
        today = timezone.localdate()
        totals = filters.qs.order_by().aggregate(
            all=Count("pk"), active=Count("pk", filter=status_q(ProjectStatus.ACTIVE, today))
        )
        page_obj = self.page_of(request, with_view_counts(filters.qs.select_related("hero_image")))
        prepare_cards(page_obj.object_list)
        # The download links carry the filters shown, the one a donor or tag page fixes included.
        open_data_filters = {
            name: value for name, value in {**request.GET.dict(), **fixed}.items() if name in FILTER_NAMES and value
        }
        head = {}
        if "donor" in fixed and filters.active.get("donor"):
            head = route_head(request, _("Projects funded by %(name)s") % {"name": filters.active["donor"].name})
        elif "tag" in fixed and filters.active.get("tag"):
            head = route_head(request, _("Projects tagged “%(tag)s”") % {"tag": filters.active["tag"].label})
        return self.render(
            request,
            context_overrides={
                **head,
                "projects": page_obj,
                "totals": totals,
                "active": filters.active,
                "fixed": next(iter(fixed), None),
                "order": "oldest" if request.GET.get("order") == "oldest" else "newest",
                "statuses": ProjectStatus.choices,
                "filter_choices": self.filter_choices(),
                "open_data_query": urlencode(open_data_filters),
            },
        )

    def filter_choices(self):
        """Donors, regions and years that actually occur among this index's projects (3 queries)."""
        projects = self.projects()
        donors = Organisation.objects.filter(
            pk__in=ProjectOrganisation.objects.filter(page__in=projects, role=ProjectRole.DONOR).values("organisation_id"),
            locale_id=self.locale_id,
        ).order_by("name")
        region_slugs = ProjectCommunity.objects.filter(page__in=projects, region__isnull=False).values("region__slug")
        regions = Region.objects.filter(locale_id=self.locale_id, slug__in=region_slugs).order_by("name")
        span = projects.aggregate(first=Min("start_date"), last_end=Max("end_date"), last_start=Max("start_date"))
        years = []
        if span["first"]:
            last = max(filter(None, [span["last_end"], span["last_start"], timezone.localdate()]))
            years = list(range(last.year, span["first"].year - 1, -1))
        return {"donors": list(donors), "regions": list(regions), "years": years}


def attach_card_relations(projects):
    """Donors with their logo renditions, and regions, for a page of cards: three queries in all."""
    projects = list(projects)
    if not projects:
        return
    logos = get_image_model().objects.prefetch_renditions(LOGO_RENDITION)
    links = (
        ProjectOrganisation.objects.filter(page__in=projects, role=ProjectRole.DONOR)
        .select_related("organisation")
        .prefetch_related(Prefetch("organisation__logo", queryset=logos))
        .order_by("sort_order")
    )
    by_page = {}
    for link in links:
        by_page.setdefault(link.page_id, []).append(link)
    communities = ProjectCommunity.objects.filter(page__in=projects).select_related("region").order_by("sort_order")
    communities_by_page = {}
    for community in communities:
        communities_by_page.setdefault(community.page_id, []).append(community)
    for project in projects:
        project.card_donors = [link.organisation for link in by_page.get(project.pk, [])]
        project.community_list = communities_by_page.get(project.pk, [])  # fills the cached_property
