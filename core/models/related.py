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


class TagNeighbour(models.Model):
    """A kept answer to "which live pages share the most tags with this one?" (``core.tag_neighbours``).

    For each page, the best few of its language are kept here in order (most shared tags, then
    newest), so the "Read more" carousel reads a handful of rows instead of counting every
    page's tags; publishing and unpublishing keep the rows exact.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    neighbour = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    shared_tags = models.PositiveIntegerField()
    #: The neighbour's first publication, copied so the order needs no join.
    neighbour_published_at = models.DateTimeField(null=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["page", "neighbour"], name="core_tagneighbour_unique")]

    def __str__(self):
        return f"{self.page_id} → {self.neighbour_id} ({self.shared_tags})"


class TagNeighbourhood(models.Model):
    """That a page's ``TagNeighbour`` rows were worked out, and whether they hold every page sharing a tag."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+")
    #: True when fewer pages share a tag than are kept: the rows are then the whole list.
    complete = models.BooleanField(default=False)

    def __str__(self):
        return f"{self.page_id} ({'complete' if self.complete else 'top only'})"
