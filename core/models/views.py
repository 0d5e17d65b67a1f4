"""View counts, stored apart from pages so publishing never overwrites them.

``PageViewCount`` keeps the running total per page (each translation is its own page, so counts
are per locale) plus the legacy count carried over from an old site; ``PageViewDay`` keeps one
bucket per page per day for "most read in the last 7/30 days". Neither stores anything about
the visitor.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PageViewCount(models.Model):
    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="view_count_record")
    total = models.PositiveBigIntegerField(_("views counted here"), default=0)
    legacy = models.PositiveBigIntegerField(
        _("views before migration"), default=0, help_text=_("Copied from the page when it is published.")
    )

    class Meta:
        verbose_name = _("page view count")

    def __str__(self):
        return f"{self.page_id}: {self.legacy + self.total}"

    @property
    def shown(self):
        return self.legacy + self.total


class PageViewDay(models.Model):
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="view_days")
    day = models.DateField(_("day"))
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("daily page views")
        constraints = [models.UniqueConstraint(fields=["page", "day"], name="core_pageviewday_unique")]
        indexes = [models.Index(fields=["day", "page"], name="core_pageviewday_day_page")]

    def __str__(self):
        return f"{self.page_id} {self.day}: {self.views}"
