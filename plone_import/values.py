"""Plone's field values read the way plone.restapi writes them."""

import datetime as dt
from urllib.parse import unquote, urlsplit

from django.utils import timezone

PUBLISHED_STATES = {"published", "published_internally", "external", "visible"}


def text(value):
    """A plain string from a value that may be ``None`` or a number."""
    if value is None:
        return ""
    return str(value).strip()


def uid_of(value):
    """A UID as text: strings are trimmed, integers written out; anything else (a list, an object,
    ``true``) is no UID at all and gives ``""``. Exports written by hand or by other tools carry
    ``" 1a2b "``, ``0`` or ``12345678901234567890123``; all of them must key the same item the same way."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return value.strip()[:64]
    return ""


def language_of(item):
    """``"en"``, ``""`` or ``{"token": "en", "title": "English"}`` → ``"en"`` / ``""``."""
    value = item.get("language")
    if isinstance(value, dict):
        value = value.get("token")
    return text(value).lower().replace("_", "-")


def parse_datetime(value, zone):
    """An aware datetime from plone.restapi's ISO text; naive values are on ``zone``'s clock.

    Older exports write ``"None"`` for an empty date; anything unreadable is ``None`` too, and
    the caller decides whether that matters.
    """
    raw = text(value)
    if not raw or raw == "None":
        return None
    try:
        parsed = dt.datetime.fromisoformat(raw.replace(" ", "T", 1) if "T" not in raw else raw)
    except ValueError:
        return None
    if timezone.is_naive(parsed):
        parsed = parsed.replace(tzinfo=zone)
    return parsed


def is_published(item):
    return text(item.get("review_state")) in PUBLISHED_STATES


def creators_of(item):
    return [name for name in (text(value) for value in item.get("creators") or []) if name]


def subjects_of(item):
    subjects = item.get("subjects") or item.get("subject") or []
    if isinstance(subjects, str):
        subjects = [subjects]
    seen, result = set(), []
    for subject in subjects:
        name = text(subject)[:100]
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            result.append(name)
    return result


def url_path(url):
    """The path of an ``@id`` URL (or of a path), unquoted, without a trailing slash."""
    path = unquote(urlsplit(text(url)).path) or "/"
    return path.rstrip("/") or "/"


def strip_site_id(path, site_id):
    """``/Plone/news/x`` → ``/news/x`` for site id ``Plone`` (in any letter case)."""
    if site_id:
        prefix = "/" + site_id.strip("/").lower()
        lowered = path.lower()
        if lowered == prefix:
            return "/"
        if lowered.startswith(prefix + "/"):
            return path[len(prefix) :]
    return path


def parent_uid(item):
    parent = item.get("parent")
    if isinstance(parent, dict):
        return uid_of(parent.get("UID"))
    return ""
