from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class HomePage(Page):
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
    ]
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
