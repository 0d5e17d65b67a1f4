"""Formats the standards name, as their grammars define them (no lenient parsing)."""

import re
import uuid
from urllib.parse import urlsplit

# RFC 3339 section 5.6: full-date "T" full-time, the offset required.
RFC3339 = re.compile(
    r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$"
)
# W3C Datetime (https://www.w3.org/TR/NOTE-datetime), as sitemaps use it: YYYY, YYYY-MM, YYYY-MM-DD,
# or a date with hours and minutes (seconds and fractions optional) and a time zone.
W3C_DATETIME = re.compile(
    r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])"
    r"(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d))?)?)?$"
)
# RFC 822 section 5 with RFC 1123's four-digit year, as RSS 2.0 wants: "Tue, 02 Dec 2026 10:00:00 +0000".
RFC822 = re.compile(
    r"^((Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} "
    r"([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)? ([+-]\d{4}|UT|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|[A-IK-Z])$"
)
# ISO 8601 as schema.org's Date and DateTime take it: a date, or a date and time with an offset.
ISO_DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
# BCP 47 language tags as hreflang uses them (language, optional script and region), or x-default.
HREFLANG = re.compile(r"^([a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?|x-default)$")


def is_rfc3339(value):
    return isinstance(value, str) and bool(RFC3339.match(value))


def is_iso_date_or_datetime(value):
    return isinstance(value, str) and bool(ISO_DATE.match(value) or RFC3339.match(value))


def is_w3c_datetime(value):
    return isinstance(value, str) and bool(W3C_DATETIME.match(value))


def is_rfc822(value):
    return isinstance(value, str) and bool(RFC822.match(value))


def is_absolute_url(value):
    """An absolute http(s) address with a host and nothing a URI may not hold unescaped."""
    if not isinstance(value, str) or any(ch.isspace() or ch in '<>"{}|\\^`' for ch in value):
        return False
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def is_absolute_iri(value):
    """An absolute IRI as Atom's ``id`` must be (RFC 3987); a ``urn:uuid:`` must hold a valid UUID (RFC 4122)."""
    if not isinstance(value, str) or not value or any(ch.isspace() or ch in '<>"{}|\\^`' for ch in value):
        return False
    if value.lower().startswith("urn:uuid:"):
        text = value[len("urn:uuid:") :]
        try:
            return str(uuid.UUID(text)) == text.lower() and len(text) == 36
        except ValueError:
            return False
    if value.lower().startswith("urn:"):
        return bool(re.match(r"^urn:[a-z0-9][a-z0-9-]{0,31}:\S+$", value, re.I))
    return is_absolute_url(value) or bool(re.match(r"^(tag|mailto):\S+$", value))
