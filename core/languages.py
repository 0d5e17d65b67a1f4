"""Which language: the visitor's, and a page's. A leaf module — it imports nothing of ``core``
but the chrome cache — so models, formatting and navigation can all use it without a cycle."""

from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Locale

from . import chrome


def current_language():
    """The active language's code without region (``uk`` for ``uk-UA``), else the default."""
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


def language_code_of(page):
    """The language of a page without a query per page (a locale's code never changes)."""
    codes = chrome.cached("locale-codes", [], lambda: dict(Locale.objects.values_list("pk", "language_code")))
    if page.locale_id not in codes:
        codes = dict(Locale.objects.values_list("pk", "language_code"))
    return codes.get(page.locale_id) or current_language()


#: The country a language's pages are written for, where the likely one is not ours: an English
#: portal in this region follows British usage (``en_GB``), not the likely ``en_US``.
OG_TERRITORIES = {"en": "GB"}


def og_locale(code):
    """OpenGraph's ``language_TERRITORY`` for a language code: ``uk`` → ``uk_UA``, ``en`` → ``en_GB``."""
    from babel.core import get_global

    territory = OG_TERRITORIES.get(code)
    if territory is None:
        likely = get_global("likely_subtags").get(code, "")
        territory = likely.rsplit("_", 1)[-1] if likely.count("_") else ""
    return f"{code}_{territory}" if territory else code
