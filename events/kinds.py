"""The fixed vocabularies of an event: what kind it is, where it stands, who did what.

Kept apart from the models so listings, filters and demo data can name them without
importing the page models."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventKind(models.TextChoices):
    CONFERENCE = "conference", _("Conference")
    TRAINING = "training", _("Training programme")
    SEMINAR = "seminar", _("Seminar")
    WEBINAR = "webinar", _("Webinar")
    WORKSHOP = "workshop", _("Workshop")
    OTHER = "other", _("Other")


class EventStatus(models.TextChoices):
    OPEN = "open", _("Open for applications")
    CLOSED = "closed", _("Applications closed")
    UPCOMING = "upcoming", _("Upcoming")
    ONGOING = "ongoing", _("Happening now")
    PAST = "past", _("Past")


class OrganisationRole(models.TextChoices):
    ORGANISER = "organiser", _("Organiser")
    COMMISSIONER = "commissioner", _("Commissioned by")
    FUNDER = "funder", _("Funder")
    PARTNER = "partner", _("Partner")
    METHODOLOGY = "methodology", _("Methodology partner")
