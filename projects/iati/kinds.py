"""The IATI choices editors make, in their words; the values are the IATI codes."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class StatusOverride(models.TextChoices):
    """Activity status is derived from the dates; these are the states dates cannot tell."""

    FROM_DATES = "", _("From the dates (pipeline, implementation, closed)")
    FINALISATION = "3", _("Finalisation: the work is done, accounts are still open")
    CANCELLED = "5", _("Cancelled")
    SUSPENDED = "6", _("Suspended")


class BudgetNotProvided(models.TextChoices):
    PROVIDED = "", _("The budget is published")
    COMMERCIAL = "1", _("Not published: commercial restrictions")
    LEGAL = "2", _("Not published: legal restrictions")
    CHANGING = "3", _("Not published: rapidly changing context")


class IatiRole(models.TextChoices):
    FROM_ROLE = "", _("From the role (donor: funding, implementer: implementing; partners are left out)")
    FUNDING = "1", _("Funding")
    ACCOUNTABLE = "2", _("Accountable")
    EXTENDING = "3", _("Extending")
    IMPLEMENTING = "4", _("Implementing")


class BudgetType(models.TextChoices):
    ORIGINAL = "1", _("Original")
    REVISED = "2", _("Revised")


class BudgetStatus(models.TextChoices):
    INDICATIVE = "1", _("Indicative")
    COMMITTED = "2", _("Committed")


class TransactionType(models.TextChoices):
    INCOMING_FUNDS = "1", _("Incoming funds")
    OUTGOING_COMMITMENT = "2", _("Outgoing commitment")
    DISBURSEMENT = "3", _("Disbursement")
    EXPENDITURE = "4", _("Expenditure")
    INCOMING_COMMITMENT = "11", _("Incoming commitment")


class ResultType(models.TextChoices):
    OUTPUT = "1", _("Output")
    OUTCOME = "2", _("Outcome")
    IMPACT = "3", _("Impact")


class IndicatorMeasure(models.TextChoices):
    UNIT = "1", _("Number")
    PERCENTAGE = "2", _("Percentage")
    QUALITATIVE = "5", _("Qualitative (described in words)")


class AdministrativeScheme(models.TextChoices):
    """National codes of municipalities and communities; IATI has no vocabulary for them, so they
    go into ``location/@ref`` with the scheme as prefix, and the country into ``administrative``."""

    NONE = "", _("None")
    KATOTTH = "UA-KATOTTH", _("Ukraine: KATOTTH code")
    EHAK = "EE-EHAK", _("Estonia: EHAK code")
    LT_SAV = "LT-SAV", _("Lithuania: municipality code")


#: ``AdministrativeScheme`` → (ISO 3166-1 country, a pattern of its codes, an example).
SCHEME_FORMATS = {
    AdministrativeScheme.KATOTTH: ("UA", r"^UA\d{17}$", "UA46060250000045678"),
    AdministrativeScheme.EHAK: ("EE", r"^\d{4}$", "0793"),
    AdministrativeScheme.LT_SAV: ("LT", r"^\d{2}$", "13"),
}
