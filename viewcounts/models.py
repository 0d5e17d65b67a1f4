"""View counts, stored apart from pages so publishing never overwrites them, and the page mixin.

``PageViewCount`` keeps the running total per page (each translation is its own page, so counts
are per locale) plus the legacy count carried over from an old site; ``PageViewDay`` keeps one
bucket per page per day for "most read in the last 7/30 days". Neither stores anything about
the visitor.
"""

import datetime as dt

from django.db import models
from django.db.models import IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class PageViewCount(models.Model):
    """The running total of one page (its legacy count copied beside it for rankings)."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="view_count_record")
    total = models.PositiveBigIntegerField(_("views counted here"), default=0)
    legacy = models.PositiveBigIntegerField(
        _("views before migration"), default=0, help_text=_("Copied from the page when it is published.")
    )

    class Meta:
        db_table = "core_pageviewcount"  # made by ``core`` before view counting had its own app
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
        db_table = "core_pageviewday"
        verbose_name = _("daily page views")
        constraints = [models.UniqueConstraint(fields=["page", "day"], name="core_pageviewday_unique")]
        indexes = [models.Index(fields=["day", "page"], name="core_pageviewday_day_page")]

    def __str__(self):
        return f"{self.page_id} {self.day}: {self.views}"


class FlushedViewBatch(models.Model):
    """A batch of buffered views already added to the counts (``viewcounts.buffer``): written in
    the same transaction as the counts, so a flush that stops before it deletes the batch from
    Redis does not add it twice."""

    #: kept long enough for any stopped flush to be finished; then forgotten
    KEEP_FOR = dt.timedelta(days=2)

    batch = models.CharField(max_length=32, primary_key=True)
    flushed_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("flushed batch of views")

    def __str__(self):
        return self.batch

    @classmethod
    def forget_old(cls):
        cls.objects.filter(flushed_at__lt=timezone.now() - cls.KEEP_FOR).delete()


class ViewCountMixin(models.Model):
    """Pages whose views are counted by the beacon and shown as "Views: N".

    The editable ``views_before_migration`` keeps the count an old site showed (e.g. Plone's
    "Views: 1242"); what readers see is that plus every view counted here.
    """

    counts_views = True

    views_before_migration = models.PositiveIntegerField(
        _("views before migration"),
        default=0,
        help_text=_("The view count the old site showed; new views are added to it."),
    )

    promote_panels_views = [FieldPanel("views_before_migration")]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        adding = self._state.adding
        super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "views_before_migration" not in update_fields:
            return  # e.g. save_revision() touching revision fields only: the count did not change
        if adding and not self.views_before_migration:
            return  # a new page has no counter row yet, and none is needed for a count of 0
        # Keep the counter's copy of the legacy count in step, so rankings need no page join.
        updated = PageViewCount.objects.filter(page_id=self.pk).update(legacy=self.views_before_migration)
        if not updated and self.views_before_migration:
            PageViewCount.objects.get_or_create(page_id=self.pk, defaults={"legacy": self.views_before_migration})

    @cached_property
    def view_total(self):
        """Legacy + counted views. Listings annotate ``counted_views`` to avoid a query per card."""
        counted = getattr(self, "counted_views", None)
        if counted is None:
            counted = PageViewCount.objects.filter(page_id=self.pk).values_list("total", flat=True).first() or 0
        return self.views_before_migration + counted


def with_view_counts(queryset):
    """Annotate ``counted_views`` so cards show "Views: N" without a query each."""
    counted = PageViewCount.objects.filter(page_id=OuterRef("pk")).values("total")[:1]
    return queryset.annotate(counted_views=Coalesce(Subquery(counted), Value(0), output_field=IntegerField()))
