"""The fixed vocabularies of a project — its status, how precise its dates are, who plays
which part — and the status and year rules as queryset filters, for listings and feeds alike."""

import calendar
import datetime as dt

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ACTIVE = "active", _("Active")
    COMPLETED = "completed", _("Completed")


class PeriodPrecision(models.TextChoices):
    DAY = "day", _("Exact dates")
    MONTH = "month", _("Months only (e.g. “August–November 2017”)")


class ProjectRole(models.TextChoices):
    DONOR = "donor", _("Donor")
    IMPLEMENTER = "implementer", _("Implementing organisation")
    PARTNER = "partner", _("Partner")


def month_end(day):
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def status_q(status, today):
    """The queryset filter equivalent of ``ProjectPage.status(today)``."""
    if status == ProjectStatus.PLANNED:
        return Q(start_date__gt=today)
    if status == ProjectStatus.COMPLETED:
        return Q(end_date__lt=today)
    return Q(start_date__lte=today) & (Q(end_date__isnull=True) | Q(end_date__gte=today))


def active_in_year_q(year):
    return Q(start_date__lte=dt.date(year, 12, 31)) & (Q(end_date__isnull=True) | Q(end_date__gte=dt.date(year, 1, 1)))
