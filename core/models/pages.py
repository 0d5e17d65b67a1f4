"""Abstract building blocks for every public page family (news, events, projects).

``BasePage`` gives a page its SEO surface — meta description, OpenGraph/Twitter card, canonical
link and a JSON-LD document — and the *card* interface (date, summary, image) that listings,
carousels, feeds and "most read" use without knowing which family a page belongs to.
The honest view counter is another app's mixin (``viewcounts.models.ViewCountMixin``).
"""

from html import unescape

from django.db import models
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..importing import ImportTarget
from ..languages import language_code_of
from ..listing import FilteredListing
from ..routing import RoutedPageMixin
from .slugs import LatinSlugMixin


class BasePage(RoutedPageMixin, ImportTarget, LatinSlugMixin, Page):
    """A public page with SEO metadata, a card, and Latin slugs; subclasses say what their card shows."""

    #: schema.org type for the JSON-LD document; subclasses refine ``get_json_ld``.
    schema_type = "WebPage"
    #: the template of this page type's card (``{% page_card %}``, ``core.cards``)
    card_template = "components/card.html"
    #: relations a card shows, fetched with the page wherever cards are listed.
    card_select_related = ()
    #: The position of this page type's tab on the search page (``None``: no tab of its own).
    search_tab = None
    #: A translation's slug comes from its translated title (``LatinSlugMixin``); index pages
    #: switch this off so a section has one address in every language.
    slug_follows_translated_title = True

    class Meta:
        abstract = True

    def get_index(self):
        """The listing page above this one, as its own type so templates can reverse its routes
        (feeds, tag pages) without a query: the row is already loaded, only the class changes."""
        return self.get_parent().specific_deferred

    # --- card interface (overridden by page families) ---
    @property
    def card_date(self):
        return self.first_published_at

    @property
    def card_summary(self):
        return self.search_description

    @property
    def card_image(self):
        return getattr(self, "hero_image", None)

    @property
    def card_image_id(self):
        return getattr(self, "hero_image_id", None)

    @classmethod
    def prepare_cards(cls, pages):
        """Load what the cards of ``pages`` (all of this type) show beyond the page row and image,
        for the whole list at once (``core.cards.prepare_cards``)."""

    # --- SEO ---
    def get_meta_description(self):
        # A section's introduction describes it when the editor wrote no search description.
        text = self.search_description or self.card_summary or unescape(strip_tags(getattr(self, "intro", "") or ""))
        return Truncator(" ".join(str(text).split())).chars(300)

    def get_og_image(self):
        return self.card_image

    def get_json_ld(self, request=None):
        """A schema.org document describing the page (serialised safely by ``{% json_ld %}``)."""
        data = {
            "@context": "https://schema.org",
            "@type": self.schema_type,
            "name": self.seo_title or self.title,
            "url": self.get_full_url(request),
            "inLanguage": language_code_of(self),
        }
        description = self.get_meta_description()
        if description:
            data["description"] = description
        return data


class SectionIndexPage(RoutablePageMixin, FilteredListing, BasePage):
    """A family's listing in one language (the news, the events, the projects): an introduction,
    filters read from the query string (``FilteredListing``) and routes of its own. The family
    names its child page type, filters, page size and cacheable query parameters."""

    slug_follows_translated_title = False  # a section has one address in every language

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        abstract = True


class GalleryImageBase(Orderable):
    """One picture of a page's gallery; the owning page adds the ParentalKey."""

    image = models.ForeignKey("wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+")
    caption = models.CharField(_("caption"), max_length=255, blank=True)
    credit = models.CharField(_("credit"), max_length=255, blank=True, help_text=_("Photographer or source."))

    panels = [FieldPanel("image"), FieldPanel("caption"), FieldPanel("credit")]

    class Meta(Orderable.Meta):
        abstract = True

    @property
    def alt_text(self):
        return self.caption or self.image.title
