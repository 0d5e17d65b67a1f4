"""IATI identifiers: what an organisation identifier and an activity identifier may look like.

IATI's rules: an organisation identifier is a registration agency code from the
OrganisationRegistrationAgency list (``GB-COH``, ``UA-EDR``, ``XM-DAC``…) followed by the number the
agency gave; an activity identifier is the reporting organisation's identifier, a hyphen and the
activity's own code. Neither may contain spaces or the characters ``/ & | ?`` (they break the
addresses the IATI Datastore and d-portal build from them).
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

FORBIDDEN = re.compile(r"[\s/&|?]")
ORGANISATION_IDENTIFIER = re.compile(r"^[A-Z]{2}-[A-Za-z0-9_]+-\S+$")  # agencies such as BE-BCE_KBO


def validate_iati_identifier(value):
    if FORBIDDEN.search(value):
        raise ValidationError(_("An IATI identifier may not contain spaces or the characters / & | ?."))
    if not ORGANISATION_IDENTIFIER.match(value):
        raise ValidationError(_("Write the registration agency, a hyphen and the number, e.g. “GB-GOV-1” or “UA-EDR-38427161”."))


def validate_activity_identifier(value):
    if FORBIDDEN.search(value):
        raise ValidationError(_("An IATI identifier may not contain spaces or the characters / & | ?."))


def belongs_to(activity_identifier, organisation_identifier):
    """Whether an activity identifier starts with its reporting organisation's identifier and a hyphen."""
    return bool(organisation_identifier) and activity_identifier.startswith(f"{organisation_identifier}-")
