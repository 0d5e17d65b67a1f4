"""The IATI rows of a project page: sectors, recipient countries and regions, budgets, transactions.

They hold codes, percentages, dates and amounts, the same in every language, so they are not
translatable: wagtail-localize copies them to each translation when it synchronises. Codes come
from the official lists (``core.iati.codelists``). Each row checks itself here; the checks that
need all rows together (percentages summing to 100, budget periods not overlapping) are in
``projects.iati.readiness`` and in the page form.
"""

import datetime as dt

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from core.iati.codelists import CodelistField

from .kinds import BudgetStatus, BudgetType, TransactionType

PERCENTAGE_VALIDATORS = [MinValueValidator(0), MaxValueValidator(100)]


def percentage_field():
    return models.DecimalField(
        _("percentage"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=PERCENTAGE_VALIDATORS,
        help_text=_("Share of the project; with more than one row the shares add up to 100."),
    )


def one_year_after(day):
    """The last day a budget period starting on ``day`` may end: one year later, less a day."""
    try:
        return day.replace(year=day.year + 1) - dt.timedelta(days=1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


class ProjectSector(Orderable):
    page = ParentalKey("projects.ProjectPage", on_delete=models.CASCADE, related_name="iati_sectors")
    code = CodelistField(
        _("sector"),
        codelist="Sector",
        group_with="SectorCategory",
        help_text=_("The OECD DAC purpose code that describes the work best, e.g. 15112 “Decentralisation”."),
    )
    percentage = percentage_field()

    panels = [FieldRowPanel([FieldPanel("code"), FieldPanel("percentage")])]

    class Meta(Orderable.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")


class ProjectRecipientCountry(Orderable):
    page = ParentalKey("projects.ProjectPage", on_delete=models.CASCADE, related_name="iati_countries")
    country = CodelistField(_("country"), codelist="Country", max_length=2)
    percentage = percentage_field()

    panels = [FieldRowPanel([FieldPanel("country"), FieldPanel("percentage")])]

    class Meta(Orderable.Meta):
        verbose_name = _("recipient country")
        verbose_name_plural = _("recipient countries")


class ProjectRecipientRegion(Orderable):
    page = ParentalKey("projects.ProjectPage", on_delete=models.CASCADE, related_name="iati_regions")
    region = CodelistField(
        _("region"),
        codelist="Region",
        max_length=3,
        help_text=_("An OECD DAC region, e.g. “Europe, regional”. Oblasts and counties belong to the communities."),
    )
    percentage = percentage_field()

    panels = [FieldRowPanel([FieldPanel("region"), FieldPanel("percentage")])]

    class Meta(Orderable.Meta):
        verbose_name = _("recipient region")
        verbose_name_plural = _("recipient regions")


class ProjectBudget(Orderable):
    """What the project plans to spend in one period of at most a year, in the project's currency."""

    page = ParentalKey("projects.ProjectPage", on_delete=models.CASCADE, related_name="iati_budgets")
    budget_type = models.CharField(_("type"), max_length=1, choices=BudgetType.choices, default=BudgetType.ORIGINAL)
    status = models.CharField(_("status"), max_length=1, choices=BudgetStatus.choices, default=BudgetStatus.COMMITTED)
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"), help_text=_("At most one year after the start."))
    value = models.DecimalField(_("amount"), max_digits=16, decimal_places=2, validators=[MinValueValidator(0)])
    value_date = models.DateField(
        _("value date"), help_text=_("The date of the exchange rate for the amount; usually the period start.")
    )

    panels = [
        FieldRowPanel([FieldPanel("budget_type"), FieldPanel("status")]),
        FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
        FieldRowPanel([FieldPanel("value"), FieldPanel("value_date")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("budget period")
        verbose_name_plural = _("budget periods")

    def clean(self):
        super().clean()
        if self.period_start and self.period_end:
            if self.period_end < self.period_start:
                raise ValidationError({"period_end": _("The period cannot end before it starts.")})
            if self.period_end > one_year_after(self.period_start):
                raise ValidationError({"period_end": _("A budget period is at most one year; split longer budgets into years.")})


class ProjectTransaction(Orderable):
    """Money that moved: funds received, commitments, disbursements and expenditure."""

    page = ParentalKey("projects.ProjectPage", on_delete=models.CASCADE, related_name="iati_transactions")
    transaction_type = models.CharField(_("type"), max_length=2, choices=TransactionType.choices)
    date = models.DateField(_("date"), help_text=_("When the money moved; not in the future."))
    value = models.DecimalField(_("amount"), max_digits=16, decimal_places=2, validators=[MinValueValidator(0)])
    value_date = models.DateField(_("value date"), help_text=_("The date of the exchange rate; usually the same day."))

    panels = [
        FieldRowPanel([FieldPanel("transaction_type"), FieldPanel("date")]),
        FieldRowPanel([FieldPanel("value"), FieldPanel("value_date")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("transaction")
        verbose_name_plural = _("transactions")
        ordering = ["sort_order"]
