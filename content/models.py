"""A plain content page: what Plone calls a Document, and a section that holds other pages.

News, events and projects have their own page families; everything else a portal publishes —
"About us", "Contacts", a procurement notice, a section gathering a programme's pages — is one
of these. The Plone importer maps Documents and plain Folders onto it.

It lived in ``core`` until core stopped holding page types; its table keeps its old name.

The accessibility statement every public body's website must publish is a page of this family
too: a document with a fixed outline rather than a family of its own.
"""

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import ArticleStreamBlock
from core.listing import paginate
from core.models import BasePage
from core.models.tags import localized_tags
from core.panels import content_page_tabs
from core.query_parameters import page_number
from core.visibility import public
from viewcounts.models import ViewCountMixin, with_view_counts

from .blocks import NonAccessibleContentBlock
from .panels import ReviewReminderPanel

CHILD_PAGES_PER_PAGE = 24


class ContentPage(ViewCountMixin, BasePage):
    """Title, lead and body; the pages below it are listed as cards."""

    lead = models.TextField(
        _("lead"), blank=True, max_length=1000, help_text=_("One or two sentences shown under the title and on cards.")
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("main image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = StreamField(ArticleStreamBlock(), verbose_name=_("body"), blank=True)
    tags = ClusterTaggableManager(through="core.TaggedPage", blank=True, verbose_name=_("tags"))

    content_panels = Page.content_panels + [FieldPanel("lead"), FieldPanel("hero_image"), FieldPanel("body")]
    relation_panels = [FieldPanel("tags")]
    edit_handler = content_page_tabs(
        (_("Content"), content_panels), (_("Relations"), relation_panels), promote=ViewCountMixin.promote_panels_views
    )

    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("locale"),
    ]
    api_fields = [APIField("lead"), APIField("body")]

    template = "content/content_page.html"
    search_tab = 90  # last of the search page's tabs, after news, events and projects
    #: Its list of child pages is paginated; the page cache keys on that and nothing else.
    cache_parameters = {None: {"page": page_number}}

    class Meta:
        db_table = "core_contentpage"
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")

    @property
    def card_summary(self):
        return self.lead or self.search_description

    def fill_from_import(self, source):
        # A document without a description of its own gets no lead (its text starts the page).
        self.lead = source.summary(1000) if source.text("description") else ""
        self.hero_image = source.hero_image

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tags"] = localized_tags(self)
        children = with_view_counts(public(self.get_children()).specific().order_by("path"))
        context["child_pages"] = paginate(children, request.GET.get("page"), CHILD_PAGES_PER_PAGE)
        return context


#: How long a statement stays current: the EU model asks for a review at least once a year.
REVIEW_INTERVAL = dt.timedelta(days=365)


class ComplianceStatus(models.TextChoices):
    """The three statuses of the model statement, measured against EN 301 549 (WCAG 2.1 level AA)."""

    FULL = "full", _("Fully compliant")
    PARTIAL = "partial", _("Partially compliant")
    NONE = "none", _("Not compliant")


class AssessmentMethod(models.TextChoices):
    SELF = "self", _("Self-assessment")
    THIRD_PARTY = "third_party", _("Assessment carried out by a third party")


class AccessibilityStatementPage(BasePage):
    """The accessibility statement of the website, in the outline of the EU model statement
    (Commission Implementing Decision (EU) 2018/1523): who makes it and for which addresses, the
    compliance status, what is not accessible and why, how the statement was prepared, how to give
    feedback, and where to turn when the answer does not satisfy.

    Its parts are fields rather than a free body so that every statement has every part, in the
    model's order and words (the page supplies the sentences, the editor the facts), and so the
    admin can tell when a statement has gone a year without review.
    """

    organisation_name = models.CharField(
        _("organisation"),
        max_length=255,
        help_text=_("Who makes the statement, as readers know you, e.g. “Town of Zoriane” or “Open Communities Network”."),
    )
    website_name = models.CharField(
        _("website name"),
        max_length=255,
        help_text=_("The name of the website the statement is about, e.g. “Civic Portal”."),
    )
    scope = models.TextField(
        _("scope of the statement"),
        max_length=1000,
        help_text=_(
            "Which addresses the statement covers, e.g. “https://portal.example in all its languages, with the documents"
            " published on it”. Name any part that has a statement of its own."
        ),
    )
    legislation = models.CharField(
        _("legislation"),
        max_length=255,
        blank=True,
        help_text=_(
            "Optional: the law you make the website accessible under, written to follow the words “in accordance with”,"
            " e.g. “Directive (EU) 2016/2102”. Leave it empty where no such law applies."
        ),
    )
    compliance_status = models.CharField(
        _("compliance status"),
        max_length=20,
        choices=ComplianceStatus.choices,
        help_text=_(
            "How far the website meets EN 301 549 (WCAG 2.1 level AA), as your last check found. Choose “partially"
            " compliant” when you list non-compliances or exemptions below."
        ),
    )
    non_accessible_content = StreamField(
        NonAccessibleContentBlock(),
        verbose_name=_("non-accessible content"),
        blank=True,
        help_text=_("Add each thing readers cannot use under the reason it is not accessible; the page lists them in groups."),
    )
    prepared_on = models.DateField(
        _("statement prepared on"),
        help_text=_("The day the statement was first written."),
    )
    assessment_method = models.CharField(
        _("method used to prepare the statement"),
        max_length=20,
        choices=AssessmentMethod.choices,
        help_text=_("Did you check the website yourselves, or did someone else (an auditor, a certification body) check it?"),
    )
    last_reviewed_on = models.DateField(
        _("statement last reviewed on"),
        null=True,
        blank=True,
        help_text=_(
            "The day you last checked that the statement is still true. Review it at least once a year: a year after this"
            " date (or after the date it was prepared), the admin reminds editors."
        ),
    )
    feedback_email = models.EmailField(
        _("e-mail"),
        help_text=_("Where readers report a problem with accessibility or ask for content in an accessible form."),
    )
    feedback_phone = models.CharField(_("phone"), max_length=40, blank=True, help_text=_("Optional, e.g. “+372 600 1234”."))
    feedback_postal_address = models.TextField(_("postal address"), max_length=500, blank=True, help_text=_("Optional."))
    response_time = models.CharField(
        _("expected response time"),
        max_length=120,
        help_text=_("How soon readers get an answer, e.g. “within 5 working days”."),
    )
    enforcement_procedure = RichTextField(
        _("enforcement procedure"),
        features=["bold", "italic", "link", "ul"],
        help_text=_("What readers can do when they are not satisfied with your answer: whom they can turn to and how."),
    )
    enforcement_body_name = models.CharField(
        _("enforcement body"),
        max_length=255,
        blank=True,
        help_text=_(
            "The authority that oversees the accessibility of websites, e.g. in Estonia the Consumer Protection and Technical"
            " Regulatory Authority, in Lithuania the Information Society Development Committee. Where there is none (as in"
            " Ukraine), name the body that takes complaints or leave it empty."
        ),
    )
    enforcement_body_url = models.URLField(_("enforcement body's website"), blank=True)
    body = StreamField(
        ArticleStreamBlock(),
        verbose_name=_("further information"),
        blank=True,
        help_text=_(
            "Optional, shown last: what you are doing to improve accessibility, the accessibility of your premises, anything"
            " else readers should know."
        ),
    )

    # wagtail-localize's defaults fit (dates, choices, e-mail and the body's address kept in step,
    # words translated) except for the phone number, a CharField it would offer for translation.
    override_translatable_fields = [SynchronizedField("feedback_phone", overridable=False)]

    statement_panels = Page.content_panels + [
        ReviewReminderPanel(),
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("website_name"), FieldPanel("scope"), FieldPanel("legislation")],
            heading=_("Who makes the statement and what it covers"),
        ),
        FieldPanel("compliance_status"),
        FieldPanel("non_accessible_content"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("prepared_on"), FieldPanel("last_reviewed_on")]), FieldPanel("assessment_method")],
            heading=_("Preparation of this accessibility statement"),
        ),
        FieldPanel("body"),
    ]
    contact_panels = [
        MultiFieldPanel(
            [
                FieldPanel("feedback_email"),
                FieldPanel("feedback_phone"),
                FieldPanel("feedback_postal_address"),
                FieldPanel("response_time"),
            ],
            heading=_("Feedback and contact information"),
        ),
        MultiFieldPanel(
            [FieldPanel("enforcement_procedure"), FieldPanel("enforcement_body_name"), FieldPanel("enforcement_body_url")],
            heading=_("Enforcement procedure"),
        ),
    ]
    edit_handler = content_page_tabs((_("Statement"), statement_panels), (_("Feedback and enforcement"), contact_panels))

    search_fields = Page.search_fields + [
        index.SearchField("organisation_name"),
        index.SearchField("website_name"),
        index.SearchField("non_accessible_content"),
        index.FilterField("locale"),
    ]
    api_fields = [
        APIField("organisation_name"),
        APIField("website_name"),
        APIField("scope"),
        APIField("compliance_status"),
        APIField("non_accessible_content"),
        APIField("prepared_on"),
        APIField("assessment_method"),
        APIField("last_reviewed_on"),
        APIField("feedback_email"),
        APIField("enforcement_body_name"),
        APIField("enforcement_body_url"),
    ]

    template = "content/accessibility_statement_page.html"
    subpage_types = []
    # One statement under a parent: each language's home page holds its own.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")

    @property
    def card_summary(self):
        return self.search_description or self.scope

    # --- the yearly review ---
    @property
    def checked_on(self):
        """The last day the statement was known to be true: its review, or else its preparation."""
        return self.last_reviewed_on or self.prepared_on

    @property
    def next_review_on(self):
        return self.checked_on + REVIEW_INTERVAL if self.checked_on else None

    @property
    def review_due(self):
        """More than a year since the statement was last reviewed (or prepared, if never reviewed)."""
        return self.checked_on is not None and timezone.localdate() > self.next_review_on

    @classmethod
    def due_for_review(cls, today=None):
        """The statements whose ``review_due`` is true, as a query (one, whatever their number)."""
        cutoff = (today or timezone.localdate()) - REVIEW_INTERVAL
        return cls.objects.filter(Q(last_reviewed_on__lt=cutoff) | Q(last_reviewed_on__isnull=True, prepared_on__lt=cutoff))

    def clean(self):
        super().clean()
        today, errors = timezone.localdate(), {}
        if self.prepared_on and self.prepared_on > today:
            errors["prepared_on"] = _("The preparation date cannot be in the future.")
        if self.last_reviewed_on and self.last_reviewed_on > today:
            errors["last_reviewed_on"] = _("The review date cannot be in the future.")
        elif self.last_reviewed_on and self.prepared_on and self.last_reviewed_on < self.prepared_on:
            errors["last_reviewed_on"] = _("The statement cannot be reviewed before the day it was prepared.")
        if self.compliance_status == ComplianceStatus.FULL and self.non_accessible_groups(reasons=("non_compliance",)):
            errors["compliance_status"] = _(
                "A fully compliant website has no non-compliances: choose “partially compliant” or remove them."
            )
        if errors:
            raise ValidationError(errors)

    def non_accessible_groups(self, reasons=None):
        """``[{"reason", "label", "items"}]``: the items under each reason, in the model statement's
        order (the block's own), reasons without items left out."""
        stream_block = self.non_accessible_content.stream_block
        groups = {name: [] for name in stream_block.child_blocks if reasons is None or name in reasons}
        for block in self.non_accessible_content:
            if block.block_type in groups:
                groups[block.block_type].append(block.value)
        return [
            {"reason": name, "label": stream_block.child_blocks[name].label, "items": items}
            for name, items in groups.items()
            if items
        ]
