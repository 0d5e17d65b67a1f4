"""News: the article (``NewsPage``) and the listing that holds it (``NewsIndexPage``)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
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
from wagtail.contrib.routable_page.models import path, re_path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from core.api_fields import (
    ChildListField,
    ImageField,
    PageLinkField,
    RelatedObjectField,
    TagsField,
)
from core.blocks import ArticleStreamBlock
from core.cards import prepare_cards, specific_pages
from core.filters import NoFilters
from core.formatting import format_month
from core.listing import archive_months, month_bounds, month_of, route_head
from core.models import BasePage, Category, GalleryImageBase, SectionIndexPage
from core.models.tags import localized_tags
from core.panels import OptionalTypePageChooserPanel, content_page_tabs
from core.related import related_reads
from core.visibility import public, public_q
from viewcounts.api import ViewCountField
from viewcounts.models import ViewCountMixin, with_view_counts

from .feeds import NewsAtomFeed, NewsJsonFeed, NewsRssFeed
from .jsonld import news_json_ld
from .listing import CACHE_PARAMETERS, NewsFilter, filter_choices

NEWS_PER_PAGE = 12


class NewsPageAuthor(TranslatableMixin, Orderable):
    """Who wrote the article; ordered, because bylines are.

    Translatable, like every inline list that carries words (names are transliterated, roles
    translated): wagtail-localize only offers a child row's text to translators when the row has
    its own locale and translation key.
    """

    page = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="authors")
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=160, blank=True)

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("role")])]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")


class NewsPageGalleryImage(TranslatableMixin, GalleryImageBase):
    page = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="gallery_images")

    class Meta(TranslatableMixin.Meta, GalleryImageBase.Meta):
        pass


class NewsPage(ViewCountMixin, BasePage):
    """An article: a report, a call, programme news.

    ``date`` is the editorial publication date and time shown to readers; Wagtail's own
    go-live / first-published dates stay what they are (scheduling, revisions).
    """

    search_tab = 10  # the search page's tabs: news, events, projects, content pages

    schema_type = "NewsArticle"
    card_select_related = ("category",)

    date = models.DateTimeField(
        _("publication date"),
        default=timezone.now,
        # Indexed: the newest twelve of 10 000 articles are read from the index, not sorted.
        db_index=True,
        help_text=_("Shown on the article and used to sort the news."),
    )
    #: ``core.listing.month_of(date)``, written on save: the monthly archive groups by it.
    archive_month = models.DateField(null=True, editable=False, db_index=True)
    lead = models.TextField(
        _("lead"), max_length=600, help_text=_("One or two sentences that sum the article up; shown on cards and in feeds.")
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top, on cards and when the article is shared. At least 1200 px wide."),
    )
    hero_caption = models.CharField(_("main image caption"), max_length=255, blank=True)
    hero_credit = models.CharField(_("main image credit"), max_length=255, blank=True)
    body = StreamField(ArticleStreamBlock(), verbose_name=_("body"), blank=True)
    tags = ClusterTaggableManager(through="core.TaggedPage", blank=True, verbose_name=_("tags"))
    category = models.ForeignKey(
        Category, verbose_name=_("category"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    source_name = models.CharField(_("source"), max_length=200, blank=True, help_text=_("E.g. the ministry's press office."))
    source_url = models.URLField(_("source address"), blank=True)
    funding_programme = models.ForeignKey(
        "core.FundingProgramme",
        verbose_name=_("funding programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Its label and logo appear on the article, as donors require."),
    )
    related_event = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("related event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_reports",
        help_text=_("The event this article reports on; the event page lists it automatically."),
    )
    related_project = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("related project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_mentions",
        help_text=_("The project this article is about; the project page lists it automatically."),
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("category")]),
        FieldPanel("lead"),
        InlinePanel("authors", heading=_("Authors"), label=_("author")),
        FieldPanel("body"),
    ]
    media_panels = [
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_caption"), FieldPanel("hero_credit")], heading=_("Main image")
        ),
        InlinePanel("gallery_images", heading=_("Gallery"), label=_("picture")),
    ]
    relation_panels = [
        FieldPanel("tags"),
        FieldPanel("funding_programme"),
        MultiFieldPanel([FieldPanel("source_name"), FieldPanel("source_url")], heading=_("Source")),
        OptionalTypePageChooserPanel("related_event", page_type="events.EventPage"),
        OptionalTypePageChooserPanel("related_project", page_type="projects.ProjectPage"),
        InlinePanel(
            "related_reads",
            heading=_("Related reads"),
            label=_("related read"),
            help_text=_("Shown first in the “Read more” carousel; it is filled up with articles sharing tags."),
        ),
    ]
    edit_handler = content_page_tabs(
        (_("Content"), content_panels),
        (_("Media"), media_panels),
        (_("Relations"), relation_panels),
        promote=ViewCountMixin.promote_panels_views,
    )

    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("source_name"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.RelatedFields("category", [index.SearchField("name")]),
        index.FilterField("date"),
        index.FilterField("locale"),
    ]

    api_fields = [
        APIField("date"),
        APIField("lead"),
        APIField("authors", serializer=ChildListField(["name", "role"])),
        APIField("hero_image", serializer=ImageField()),
        APIField("body"),
        APIField("category", serializer=RelatedObjectField(["slug", "name"])),
        APIField("funding_programme", serializer=RelatedObjectField(["name"])),
        APIField("tags", serializer=TagsField()),
        APIField("view_count", serializer=ViewCountField()),
        APIField("related_event", serializer=PageLinkField()),
        APIField("related_project", serializer=PageLinkField()),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    # --- card interface ---
    @property
    def card_date(self):
        return self.date

    @property
    def card_summary(self):
        return self.lead

    @cached_property
    def author_list(self):
        return list(self.authors.all())

    @property
    def feed_author_names(self):
        return [author.name for author in self.author_list]

    def clean(self):
        super().clean()
        if self.source_url and not self.source_name:
            raise ValidationError({"source_name": _("Name the source the link points to.")})

    @staticmethod
    def derived_values(values):
        """Columns worked out from others on save, for writers that skip ``save()`` (bulk inserts)."""
        return {"archive_month": month_of(values.get("date"))}

    def save(self, *args, **kwargs):
        self.archive_month = month_of(self.date)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "date" in update_fields:
            kwargs["update_fields"] = {*update_fields, "archive_month"}
        super().save(*args, **kwargs)

    def fill_from_import(self, source):
        self.date = source.published_at
        self.lead = source.summary(600) or self.title
        self.hero_image = source.hero_image
        self.hero_caption = source.text("image_caption")[:255]

    def get_json_ld(self, request=None):
        return news_json_ld(self, request, super().get_json_ld(request))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: inside a kept fragment (core.fragment_cache) they cost nothing until it is rendered again.
        context["tags"] = SimpleLazyObject(lambda: localized_tags(self))
        context["gallery"] = SimpleLazyObject(lambda: list(self.gallery_images.select_related("image")))
        context["related_reads"] = SimpleLazyObject(lambda: related_reads(self, request=request))
        # The news index, not the Referer: the page is cached for every reader, whoever came from where.
        context["index"] = index = self.get_index()
        context["back_url"] = index.get_url(request)
        return context


class NewsIndexPage(SectionIndexPage):
    """The news listing of one language: filters, monthly archive, tag pages and feeds."""

    subpage_types = ["news.NewsPage"]

    listing_filters = NewsFilter
    per_page = NEWS_PER_PAGE
    cache_parameters = CACHE_PARAMETERS

    class Meta:
        verbose_name = _("news index")

    @property
    def card_summary(self):
        return self.search_description

    def news(self):
        """Public articles of this index, newest first, with what a card needs (constant queries)."""
        return with_view_counts(
            public(NewsPage.objects.child_of(self)).select_related("hero_image", "category").order_by("-date", "-pk")
        )

    # --- routes ---
    @path("")
    def index_route(self, request):
        return self._render_listing(request, *self.listing(request, self.news()))

    @path("tag/<str:slug>/")
    def tag_route(self, request, slug):
        articles, filters = self.listing(request, self.news(), data={"tag": slug})
        tag = filters.active["tag"]
        head = route_head(request, _("News tagged “%(tag)s”") % {"tag": tag.label})
        return self._render_listing(request, articles, filters, also_tagged=self._also_tagged(tag), head=head)

    def _also_tagged(self, tag, limit=8):
        """Events, projects and other pages of this language on the same topic (constant queries)."""
        found = (
            Page.objects.filter(public_q(locale=self.locale_id), tagged_items__tag=tag)
            .not_type(NewsPage)
            .order_by("-first_published_at")
            .values_list("pk", "content_type_id")[:limit]
        )
        found = list(found)
        pages = specific_pages(found)
        cards = [pages[pk] for pk, _ in found if pk in pages]
        prepare_cards(cards)
        return cards

    @re_path(r"^(?P<year>\d{4})/(?P<month>\d{2})/$")
    def month_route(self, request, year, month):
        bounds = month_bounds(int(year), int(month))
        if bounds is None:
            raise Http404
        start, end = bounds
        articles, filters = self.listing(request, self.news().filter(date__gte=start, date__lt=end), filters=NoFilters)
        filters.active["month"] = start
        head = route_head(request, _("News of %(month)s") % {"month": format_month(start)})
        return self._render_listing(request, articles, filters, head=head)

    @path("feed/rss/")
    def rss_route(self, request):
        return NewsRssFeed()(request, index=self)

    @path("feed/atom/")
    def atom_route(self, request):
        return NewsAtomFeed()(request, index=self)

    @path("feed/json/")
    def json_feed_route(self, request):
        return NewsJsonFeed()(request, index=self)

    @path("tag/<str:slug>/feed/json/")
    def tag_json_feed_route(self, request, slug):
        return NewsJsonFeed()(request, index=self, tag_slug=slug)

    @path("tag/<str:slug>/feed/rss/")
    def tag_rss_route(self, request, slug):
        return NewsRssFeed()(request, index=self, tag_slug=slug)

    @path("tag/<str:slug>/feed/atom/")
    def tag_atom_route(self, request, slug):
        return NewsAtomFeed()(request, index=self, tag_slug=slug)

    def _render_listing(self, request, articles, filters, also_tagged=(), head=None):
        return self.render(
            request,
            context_overrides={
                **(head or {}),
                "articles": articles,
                "active": filters.active,
                "also_tagged": also_tagged,
                # Both read only inside kept fragments: no query while the fragments are kept.
                "archive": SimpleLazyObject(lambda: archive_months(self.news(), "archive_month")),
                "filter_choices": SimpleLazyObject(
                    lambda: filter_choices(public(NewsPage.objects.child_of(self)), self.locale_id)
                ),
            },
        )
