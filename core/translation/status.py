"""Where each page stands in each language: missing, in progress, outdated or up to date.

The editors' "Translation status" report (``core.translation.report``, under Reports) asks
:func:`translation_status` for the pages of every section (the news, events and projects
index of the source language, as the plugins register them for the home page) and each target
language. The answer costs a constant number of queries however many pages there are: one each
for the indexes, their pages, the translations, wagtail-localize's sources and translation
records, and two aggregates for segment progress.

A page's state in a language:

* **missing** — no translation, or only an alias that mirrors the source;
* **outdated** — the source was published after its content was last synchronised to the
  translation (wagtail-localize's ``TranslationSource.last_updated_at``; for translations made
  by hand, after the translation was last published): the translator should sync;
* **in progress** — the translation is not live, has unpublished changes, or some of its
  wagtail-localize segments have no translation yet;
* **up to date** — everything else.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, F, Q, TextChoices
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from ..home_sections import home_sections


class State(TextChoices):
    MISSING = "missing", _("Missing")
    IN_PROGRESS = "in_progress", _("In progress")
    OUTDATED = "outdated", _("Outdated")
    UP_TO_DATE = "up_to_date", _("Up to date")


@dataclass
class Cell:
    locale: Locale
    state: State
    target_id: int | None = None
    translation_id: int | None = None
    source_id: int | None = None  # wagtail-localize's TranslationSource, for "Sync"
    progress: tuple[int, int] | None = None  # (translated, total) segments, for managed translations

    @property
    def percent(self):
        if not self.progress or not self.progress[1]:
            return None
        return round(100 * self.progress[0] / self.progress[1])


@dataclass
class Row:
    page: dict
    cells: list[Cell]


@dataclass
class Section:
    key: str
    index: Page
    rows: list[Row] = field(default_factory=list)

    def counts(self):
        """``{locale: {state: n}}`` for the section's summary line."""
        result = defaultdict(lambda: dict.fromkeys(State, 0))
        for row in self.rows:
            for cell in row.cells:
                result[cell.locale][cell.state] += 1
        return dict(result)


def section_models():
    """``{key: index model}`` of the installed page families, e.g. ``{"news": NewsIndexPage}``."""
    models = {}
    for section in home_sections().values():
        model = section.index_model
        models.setdefault(model._meta.app_label, model)
    return models


def translation_status(source_locale, target_locales, section_keys=None, year=None):
    """``[Section]`` for the source locale's indexes, each row a source page with one cell per target.

    ``year`` keeps the pages first published that year (drafts have none and are then left out).
    """
    models = section_models()
    if section_keys:
        models = {key: model for key, model in models.items() if key in section_keys}
    target_locales = [locale for locale in target_locales if locale.pk != source_locale.pk]
    if not models or not target_locales:
        return []
    indexes = list(
        Page.objects.type(*models.values()).filter(locale=source_locale).order_by("path").select_related("content_type")
    )
    sections = []
    for index in indexes:
        key = index.content_type.app_label
        if key in models:
            sections.append(Section(key=key, index=index))
    if not sections:
        return []

    children = Q()
    for section in sections:
        children |= Q(path__startswith=section.index.path, depth=section.index.depth + 1)
    pages = Page.objects.filter(children)
    if year:
        pages = pages.filter(first_published_at__year=year)
    pages = list(
        pages.order_by("-first_published_at", "-pk").values(
            "pk",
            "title",
            "draft_title",
            "path",
            "translation_key",
            "live",
            "has_unpublished_changes",
            "first_published_at",
            "last_published_at",
            "latest_revision_created_at",
        )
    )
    if not pages:
        return sections
    keys = [page["translation_key"] for page in pages]
    target_ids = [locale.pk for locale in target_locales]

    targets = {
        (row["translation_key"], row["locale_id"]): row
        for row in Page.objects.filter(translation_key__in=keys, locale_id__in=target_ids).values(
            "pk", "translation_key", "locale_id", "live", "has_unpublished_changes", "last_published_at", "alias_of_id"
        )
    }
    sources = {
        row["object_id"]: row
        for row in TranslationSource.objects.filter(object_id__in=keys, locale=source_locale).values(
            "pk", "object_id", "last_updated_at"
        )
    }
    source_ids = [row["pk"] for row in sources.values()]
    translations = {
        (row["source_id"], row["target_locale_id"]): row["pk"]
        for row in Translation.objects.filter(source_id__in=source_ids, target_locale_id__in=target_ids, enabled=True).values(
            "pk", "source_id", "target_locale_id"
        )
    }
    totals = dict(
        StringSegment.objects.filter(source_id__in=source_ids)
        .values("source_id")
        .annotate(n=Count("pk"))
        .values_list("source_id", "n")
    )
    translated = {
        (source_id, locale_id): n
        for source_id, locale_id, n in StringTranslation.objects.filter(
            has_error=False,
            locale_id__in=target_ids,
            translation_of__segments__source_id__in=source_ids,
            translation_of__segments__context_id=F("context_id"),
        )
        .values("translation_of__segments__source_id", "locale_id")
        .annotate(n=Count("pk"))
        .values_list("translation_of__segments__source_id", "locale_id", "n")
    }

    by_path = sorted(sections, key=lambda section: len(section.index.path), reverse=True)
    for page in pages:
        section = next(s for s in by_path if page["path"].startswith(s.index.path))
        source = sources.get(page["translation_key"])
        cells = []
        for locale in target_locales:
            target = targets.get((page["translation_key"], locale.pk))
            translation_id = translations.get((source["pk"], locale.pk)) if source else None
            progress = None
            if translation_id:
                progress = (translated.get((source["pk"], locale.pk), 0), totals.get(source["pk"], 0))
            state = _state(page, target, source if translation_id else None, progress)
            cells.append(
                Cell(
                    locale=locale,
                    state=state,
                    target_id=target["pk"] if target else None,
                    translation_id=translation_id,
                    source_id=source["pk"] if source else None,
                    progress=progress,
                )
            )
        section.rows.append(Row(page=page, cells=cells))
    return sections


def _state(page, target, source, progress):
    if target is None or target["alias_of_id"]:
        return State.IN_PROGRESS if source is not None and target is None else State.MISSING
    changed_at = page["last_published_at"] or page["latest_revision_created_at"]
    if source is not None:
        # Managed by wagtail-localize: the source record holds the content last synchronised.
        if changed_at and changed_at > source["last_updated_at"]:
            return State.OUTDATED
    elif changed_at and target["last_published_at"] and changed_at > target["last_published_at"]:
        return State.OUTDATED
    if not target["live"] or target["has_unpublished_changes"]:
        return State.IN_PROGRESS
    if progress and progress[0] < progress[1]:
        return State.IN_PROGRESS
    return State.UP_TO_DATE
