from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ..iati.codelists import CodelistField
from ..iati.identifiers import validate_iati_identifier
from ..text import latin_slug


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    """A body that publishes, funds, implements, organises or partners.

    One snippet serves every role (donor, funder, implementer, partner, organiser, the portal's
    own publisher) so an organisation is entered once and linked everywhere. It is translatable
    because names and addresses are written differently in each language; the logo, URL and
    e-mail are the same in every translation.
    """

    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(_("short name"), max_length=64, blank=True, help_text=_("Acronym or short form, e.g. “ESF”."))
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=True,
        blank=True,
        help_text=_("Used in addresses such as …/donor/<slug>/; the same in every language. Filled in if empty."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    url = models.URLField(_("website"), blank=True)
    address = models.TextField(_("address"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=64, blank=True)

    iati_ref = models.CharField(
        _("IATI organisation identifier"),
        max_length=100,
        blank=True,
        validators=[validate_iati_identifier],
        help_text=_(
            "As the organisation publishes it: registration agency and number, e.g. “GB-GOV-1” (UK FCDO), "
            "“XM-DAC-41122” (UNICEF), “UA-EDR-38427161” (a Ukrainian EDRPOU number). "
            "The IATI Registry and org-id.guide list them. Leave empty if the organisation has none."
        ),
    )
    iati_type = CodelistField(
        _("IATI organisation type"),
        codelist="OrganisationType",
        blank=True,
        help_text=_("E.g. “Government”, “National NGO”, “Multilateral”; required for the portal's publisher."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("short_name"), FieldPanel("slug")], heading=_("Name")),
        FieldPanel("logo"),
        MultiFieldPanel(
            [FieldPanel("url"), FieldPanel("email"), FieldPanel("phone"), FieldPanel("address")],
            heading=_("Contacts"),
        ),
        MultiFieldPanel(
            [FieldPanel("iati_ref"), FieldPanel("iati_type")],
            heading=_("IATI (international aid transparency)"),
            help_text=_("Used in the IATI files of the projects this organisation funds, implements or publishes."),
        ),
    ]
    # wagtail-localize translates text and keeps URL, e-mail and logo in step by default; the
    # slug (part of addresses) and the phone number are the same in every language too.
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("phone", overridable=False),
        SynchronizedField("iati_ref", overridable=False),
        SynchronizedField("iati_type", overridable=False),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("short_name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = latin_slug(self.short_name or self.name, max_length=80, fallback="organisation")
        super().save(*args, **kwargs)
