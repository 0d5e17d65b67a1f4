"""Site search: one language at a time, grouped by page family, with highlighted excerpts.

Wagtail's database search backend does the matching (PostgreSQL full-text search on
PostgreSQL, SQLite's FTS on SQLite). The families offered as filters are the page types
that declare a ``search_tab`` (news articles, events, projects, content pages — in that order),
found through the app registry so core never imports a plugin.
"""

import re

from django.apps import apps
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from .models import BasePage

MAX_QUERY_LENGTH = 200
EXCERPT_CHARS = 240


def content_families():
    """``{app label: page model}`` for the searchable content families, by their ``search_tab``."""
    found = [
        model
        for model in apps.get_models()
        if issubclass(model, BasePage) and not model._meta.abstract and model.search_tab is not None
    ]
    return {model._meta.app_label: model for model in sorted(found, key=lambda model: model.search_tab)}


def clean_query(value):
    """The query as typed, trimmed to a sane length, control characters removed."""
    text = "".join(ch for ch in str(value or "") if ch.isprintable() or ch == " ")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def backend_query(query):
    """Only the words go to the backend: quotes, brackets and operators are syntax to SQLite FTS5
    and PostgreSQL tsquery, and a stray one must not turn a visitor's typo into an error."""
    return " ".join(re.findall(r"\w+", query))


def highlight_pattern(query):
    """One case-insensitive pattern for the words worth highlighting (two characters or more,
    longest first so 'budgets' wins over 'budget'), built once per search; ``None`` if none."""
    words = sorted({word for word in re.findall(r"\w+", query) if len(word) > 1}, key=len, reverse=True)
    if not words:
        return None
    return re.compile("|".join(re.escape(word) for word in words), re.IGNORECASE)


def _texts(value):
    """Every string inside StreamField raw data (paragraph HTML, quote text, table cells…)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("type", "id", "image", "page", "document", "level", "alignment"):
                yield from _texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item)


def plain_text(page):
    """The readable text of a page without rendering it (no queries)."""
    parts = [getattr(page, name, "") or "" for name in ("lead", "summary", "goal", "search_description")]
    body = getattr(page, "body", None)
    if body is not None:
        parts.extend(_texts(body.raw_data))
    return " ".join(" ".join(strip_tags(part).split()) for part in parts if part)


def excerpt(page, pattern, length=EXCERPT_CHARS):
    """About ``length`` characters around the first match of ``pattern``, escaped, matches in <mark>."""
    text = plain_text(page)
    if not text:
        return ""
    match = pattern.search(text) if pattern else None
    if match and match.start() > length // 3:
        start = text.rfind(" ", 0, match.start() - length // 3) + 1
        text = "… " + text[start:]
    text = Truncator(text).chars(length)
    return highlight(text, pattern)


def highlight(text, pattern):
    """Escape ``text`` and wrap the matches of ``pattern`` in <mark> — matching on the raw text so
    an escaped entity is never split."""
    if pattern is None:
        return escape(text)
    pieces, last = [], 0
    for match in pattern.finditer(text):
        pieces.append(escape(text[last : match.start()]))
        pieces.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above  # nosec B308, B703
