""" "Waiting for translation in my language": the translator's panel on the admin home page.

A translator cannot browse the source language's pages (their permissions cover their own
language's tree), so the work comes to them: for each of their languages, how many pages are
missing, outdated or in progress, and the first few of each with the one action that moves them
on — Start (a draft in their language), Sync (take the source's changes), Continue (open the
translation editor). Built from the status report's query-bounded ``translation_status``.
"""

from urllib.parse import urlencode

from django.urls import reverse
from wagtail.admin.ui.components import Component
from wagtail.models import Locale

from .permissions import translator_languages
from .status import State, translation_status
from .tags import untranslated_counts

ITEMS_PER_STATE = 8
WAITING_STATES = (State.MISSING, State.OUTDATED, State.IN_PROGRESS)


class WaitingForTranslationPanel(Component):
    name = "waiting_for_translation"
    template_name = "core/admin/dashboard_translations.html"
    order = 50

    def __init__(self, user, languages):
        self.user = user
        self.languages = languages

    def get_context_data(self, parent_context=None):
        source = Locale.get_default()
        locales = list(Locale.objects.filter(language_code__in=self.languages).order_by("pk"))
        tag_counts = untranslated_counts(locales)
        groups = []
        for locale in locales:
            waiting = {state: [] for state in WAITING_STATES}
            for section in translation_status(source, [locale]):
                for row in section.rows:
                    cell = row.cells[0]
                    if cell.state in waiting:
                        waiting[cell.state].append(_item(row.page, cell, locale))
            groups.append(
                {
                    "locale": locale,
                    "states": [
                        {"state": state, "count": len(items), "items": items[:ITEMS_PER_STATE]}
                        for state, items in waiting.items()
                    ],
                    "untranslated_tags": tag_counts.get(locale.pk, 0),
                    "tags_url": f"{reverse('translation_tags')}?{urlencode({'locale': locale.language_code})}",
                    "report_url": f"{reverse('translation_status')}?{urlencode({'locale': locale.language_code})}",
                }
            )
        return {"groups": groups}


def _item(page, cell, locale):
    back = {"next": reverse("wagtailadmin_home")}
    if cell.state == State.MISSING:
        # No "next": with one language chosen, wagtail-localize opens the new draft's editor.
        query = urlencode({"select_locale": locale.language_code})
        url = f"{reverse('wagtail_localize:submit_page_translation', args=[page['pk']])}?{query}"
    elif cell.state == State.OUTDATED and cell.source_id:
        url = f"{reverse('wagtail_localize:update_translations', args=[cell.source_id])}?{urlencode(back)}"
    elif cell.target_id:
        url = reverse("wagtailadmin_pages:edit", args=[cell.target_id])
    else:
        url = None
    return {"title": page["draft_title"] or page["title"], "url": url, "percent": cell.percent}


def waiting_for_translation_panel(request, panels):
    """``construct_homepage_panels`` hook: the panel, for translators only."""
    languages = translator_languages(request.user)
    if languages:
        panels.append(WaitingForTranslationPanel(request.user, languages))
