import html

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Count
from django.utils.functional import SimpleLazyObject
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.cards import prepare_cards, specific_pages
from core.home_sections import home_sections
from core.models import FundingProgramme, Tag
from core.models.slugs import LatinSlugMixin
from core.routing import RoutedPageMixin
from core.visibility import public, public_q

from .jsonld import home_json_ld

#: Home sections in the order they appear, with the field that sets how many items each shows.
SECTION_COUNTS = (
    ("latest_news", "latest_news_count"),
    ("upcoming_events", "upcoming_events_count"),
    ("active_projects", "active_projects_count"),
)


def count_field(verbose_name, default, maximum=24):
    return models.PositiveSmallIntegerField(
        verbose_name,
        default=default,
        validators=[MaxValueValidator(maximum)],
        help_text=_("How many items to show; 0 hides the block."),
    )


class HomeFeaturedItem(Orderable):
    """An editor-picked news item, event, project or any page, shown first on the home page."""

    home = ParentalKey("home.HomePage", on_delete=models.CASCADE, related_name="featured_items")
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured item")
        verbose_name_plural = _("featured items")


class HomePage(RoutedPageMixin, LatinSlugMixin, Page):
    """The front door of one language version of the portal.

    There is one HomePage per locale, all translations of each other and children of Wagtail's
    root page; ``/en/``, ``/uk/``, ``/et/`` and ``/lt/`` each serve their own.
    """

    hero_heading = models.CharField(
        _("hero heading"),
        max_length=160,
        blank=True,
        help_text=_("The large headline on the home page; the page title is used if empty."),
    )
    hero_text = models.TextField(
        _("hero text"), blank=True, max_length=500, help_text=_("One or two sentences under the headline.")
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A wide photo, at least 1600 × 700 px; its focal point is respected."),
    )
    hero_cta_label = models.CharField(_("button label"), max_length=60, blank=True)
    hero_cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("button links to page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_cta_url = models.URLField(_("…or to an address"), blank=True, help_text=_("Used when no page is chosen."))
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("A short welcome shown under the hero."),
    )

    latest_news_count = count_field(_("latest news"), 6)
    upcoming_events_count = count_field(_("upcoming events"), 3)
    active_projects_count = count_field(_("active projects"), 3)
    most_read_count = count_field(_("most read"), 5, maximum=10)
    tag_cloud_count = count_field(_("tags in the tag cloud"), 20, maximum=60)
    show_funders = models.BooleanField(
        _("show the funders strip"), default=True, help_text=_("Logos of the funding programmes of this language.")
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_cta_label"),
                PageChooserPanel("hero_cta_page"),
                FieldPanel("hero_cta_url"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("intro"),
        InlinePanel("featured_items", heading=_("Featured"), label=_("featured item"), max_num=8),
    ]
    blocks_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("latest_news_count"), FieldPanel("upcoming_events_count")]),
                FieldRowPanel([FieldPanel("active_projects_count"), FieldPanel("most_read_count")]),
                FieldRowPanel([FieldPanel("tag_cloud_count"), FieldPanel("show_funders")]),
            ],
            heading=_("Blocks on the home page"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(blocks_panels, heading=_("Blocks")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = Page.search_fields + [index.SearchField("hero_text"), index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def clean(self):
        super().clean()
        if self.hero_cta_label and not (self.hero_cta_page_id or self.hero_cta_url):
            raise ValidationError({"hero_cta_label": _("Choose a page or enter an address for the button.")})

    @property
    def hero_cta_href(self):
        if self.hero_cta_page_id:
            return self.hero_cta_page.localized.url
        return self.hero_cta_url

    # --- what the page shows, each block in a constant number of queries ---
    def featured(self):
        links = list(
            self.featured_items.filter(public_q("page__")).order_by("sort_order").values_list("page_id", "page__content_type_id")
        )
        pages = specific_pages(links)
        cards = [pages[pk] for pk, _content_type in links if pk in pages]
        prepare_cards(cards)
        return cards

    def sections(self):
        """``[(section, items, index_page)]`` for the blocks switched on whose plugin is installed."""
        available = home_sections()
        wanted = [(available[key], getattr(self, field)) for key, field in SECTION_COUNTS if key in available]
        wanted = [(section, limit) for section, limit in wanted if limit]
        index_models = [section.index_model for section, _limit in wanted]
        indexes = {}
        if index_models:
            # One query for the "All …" links of every block.
            for page in public(Page.objects.type(*index_models), locale=self.locale_id).specific():
                indexes.setdefault(type(page), page)
        result = []
        for section, limit in wanted:
            items = section.items(self.locale_id, limit)
            if items:
                result.append((section, items, indexes.get(section.index_model)))
        return result

    def tag_cloud(self):
        """The most used tags of this language, with their names in it (one query)."""
        if not self.tag_cloud_count:
            return []
        # A topic used only by private pages would lead to an empty tag page: count public ones.
        used = public_q("tagged_pages__content_object__", locale=self.locale_id)
        tags = (
            Tag.objects.with_labels(self.locale.language_code)
            .annotate(uses=Count("tagged_pages", filter=used))
            .filter(uses__gt=0)
            .order_by("-uses", "slug")[: self.tag_cloud_count]
        )
        tags = list(tags)
        if tags:
            top = tags[0].uses
            for tag in tags:
                # Five sizes, from the most used down; sorted by name for reading.
                tag.weight = 1 + round(4 * tag.uses / top) if top else 1
        return sorted(tags, key=lambda tag: tag.label.casefold())

    def funders(self):
        if not self.show_funders:
            return []
        logos = get_image_model().objects.prefetch_renditions("height-64")
        return list(
            FundingProgramme.objects.filter(locale_id=self.locale_id, logo__isnull=False)
            .prefetch_related(models.Prefetch("logo", queryset=logos))
            .order_by("name")
        )

    # --- SEO (what BasePage gives the other families) ---
    def get_meta_description(self):
        text = self.search_description or self.hero_text or html.unescape(strip_tags(self.intro or ""))
        return Truncator(" ".join(str(text).split())).chars(300)

    def get_og_image(self):
        return self.hero_image

    def get_json_ld(self, request=None):
        return home_json_ld(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: the home page is a kept fragment (core.fragment_cache); they cost nothing until it is rendered again.
        sections = SimpleLazyObject(self.sections)
        context.update(
            featured=SimpleLazyObject(self.featured),
            sections=sections,
            tag_cloud=SimpleLazyObject(self.tag_cloud),
            funders=SimpleLazyObject(self.funders),
            # The tag cloud links to the tag pages of the section that hosts them (news: they list every family).
            tag_index=SimpleLazyObject(
                lambda: next(
                    (index for section, _items, index in sections if index is not None and section.hosts_tag_pages), None
                )
            ),
        )
        return context
