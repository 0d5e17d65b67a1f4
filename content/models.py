"""A plain content page: what Plone calls a Document, and a section that holds other pages.

News, events and projects have their own page families; everything else a portal publishes —
"About us", "Contacts", a procurement notice, a section gathering a programme's pages — is one
of these. The Plone importer maps Documents and plain Folders onto it.

It lived in ``core`` until core stopped holding page types; its table keeps its old name.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import ArticleStreamBlock
from core.listing import paginate
from core.models import BasePage
from core.models.tags import localized_tags
from core.panels import content_page_tabs
from core.query_parameters import page_number
from core.visibility import public
from viewcounts.models import ViewCountMixin, with_view_counts

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
