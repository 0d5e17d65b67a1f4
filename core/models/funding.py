from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class FundingProgramme(TranslatableMixin, index.Indexed, models.Model):
    """A donor programme whose label must appear on what it funds ("EEA and Norway Grants", "ESF").

    Donor visibility rules usually require the programme's logo and name on every article,
    event and project it pays for; the snippet keeps them in one place.
    """

    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=64, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("logo"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    url = models.URLField(_("website"), blank=True)
    funder = models.ForeignKey(
        "core.Organisation",
        verbose_name=_("funder"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The organisation that runs the programme, if it is in the organisations list."),
    )
    acknowledgement = models.CharField(
        _("acknowledgement"),
        max_length=255,
        blank=True,
        help_text=_("The sentence donors require, e.g. “Supported by … through the … programme.”"),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("logo"),
        FieldPanel("url"),
        FieldPanel("funder"),
        FieldPanel("acknowledgement"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("funding programme")
        verbose_name_plural = _("funding programmes")
        ordering = ["name"]

    def __str__(self):
        return self.name
