from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import PageChooserPanel
from wagtail.models import Orderable


class RelatedRead(Orderable):
    """An editor-picked "read more" item; the carousel shows these first, in this order.

    The ParentalKey targets ``wagtailcore.Page`` so one table serves news, events and projects,
    and any page can be picked whatever family it belongs to.
    """

    source = ParentalKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="related_reads")
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("related read")
        verbose_name_plural = _("related reads")
