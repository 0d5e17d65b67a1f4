from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    """What the header and footer show on every page of a site, and how strictly publishing is reviewed.

    Contact details live on the publisher :class:`~core.models.Organisation` rather than here,
    so they are translated with wagtail-localize like any other snippet and the footer reads
    naturally in each language. ``editors_can_publish`` is mirrored into the Editors group's page
    permissions by :func:`core.roles.portal_settings_saved`, so Wagtail's own permission checks apply it.
    """

    site_name = models.CharField(
        _("site name"),
        max_length=120,
        default="Civic Portal",
        help_text=_("Shown beside the logo in the header and in browser tabs."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A square or wide logo; it is shown 48 px high."),
    )
    publisher = models.ForeignKey(
        "core.Organisation",
        verbose_name=_("publisher"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The organisation behind the portal; its contacts appear in the footer."),
    )

    editors_can_publish = models.BooleanField(
        _("Editors may publish without review"),
        default=False,
        help_text=_(
            "When off, members of the Editors group submit their pages to the moderators for approval. "
            "When on, they may also publish, schedule and unpublish pages themselves."
        ),
    )

    panels = [
        MultiFieldPanel([FieldPanel("site_name"), FieldPanel("logo")], heading=_("Header")),
        MultiFieldPanel([FieldPanel("publisher")], heading=_("Footer")),
        MultiFieldPanel([FieldPanel("editors_can_publish")], heading=_("Publishing")),
    ]

    class Meta:
        verbose_name = _("portal settings")
