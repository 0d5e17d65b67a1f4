"""The "Translation status" report in Wagtail's admin (Reports menu), and its bulk action.

No maintained add-on covers Wagtail 8 (wagtail-localize-dashboard declares Wagtail 5–6 and adds
its own cache tables), and the question — which pages are missing, in progress or outdated in
which language — is one query-bounded function (:mod:`core.translation.status`) and a table.

The table filters by section, language and year; ticking pages (or "every page shown") and a
language sends them for translation in one action (``TranslationStatusSubmitView``): drafts for
the missing, a sync for the managed ones, hand-made translations left alone, each page's outcome
listed afterwards.
"""

from collections import Counter

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from .permissions import allowed_target_locales, forbidden, may_submit
from .status import State, section_models, translation_status
from .submit import submit_pages
from .tags import untranslated_counts


def can_see_translation_status(user):
    """Anyone who may edit or publish some page: editors, moderators, translators."""
    return PagePermissionPolicy().user_has_any_permission(user, ["add", "change", "publish"])


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_translation_status(request.user)


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    """Source pages per section, one column per target language; ``?locale=et&section=news`` narrows it."""

    template_name = "core/admin/translation_status.html"
    page_title = _("Translation status")
    header_icon = "globe"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_translation_status(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        locales = list(Locale.objects.order_by("pk"))
        by_code = {locale.language_code: locale for locale in locales}
        source = by_code.get(self.request.GET.get("source", "")) or Locale.get_default()
        wanted = self.request.GET.get("locale", "")
        targets = [locale for locale in locales if locale.pk != source.pk and (not wanted or locale.language_code == wanted)]
        sections_available = section_models()
        section = self.request.GET.get("section", "")
        keys = [section] if section in sections_available else None
        year = self.request.GET.get("year", "")
        year = int(year) if year.isdigit() and 1900 <= int(year) <= 2999 else None
        sections = translation_status(source, targets, keys, year=year)
        submit_locales = [locale for locale in allowed_target_locales(self.request.user) if locale.pk != source.pk]
        tag_counts = untranslated_counts(targets)
        context.update(
            sections=sections,
            shown_page_ids=[row.page["pk"] for section in sections for row in section.rows],
            submit_locales=submit_locales,
            years=_publication_years(source),
            selected_year=year,
            untranslated_tags=[(locale, tag_counts.get(locale.pk, 0)) for locale in targets],
            tags_url=reverse("translation_tags"),
            submit_url=reverse("translation_status_submit"),
            source_locale=source,
            target_locales=targets,
            locales=locales,
            selected_locale=wanted,
            section_choices=[(key, model._meta.verbose_name) for key, model in sections_available.items()],
            selected_section=section if keys else "",
            states=State,
            legend=[
                (State.MISSING, _("no translation in this language yet")),
                (State.IN_PROGRESS, _("a draft, unpublished changes, or strings still to translate")),
                (State.OUTDATED, _("the source changed after the translation was last synchronised")),
                (State.UP_TO_DATE, _("published and complete")),
            ],
            report_url=reverse("translation_status"),
        )
        return context


def _publication_years(locale):
    """Years in which pages of ``locale`` were first published, newest first (one query)."""
    dates = Page.objects.filter(locale=locale, first_published_at__isnull=False).dates("first_published_at", "year")
    return sorted({date.year for date in dates}, reverse=True)


#: One action translates at most this many pages; a bigger selection is done section by section.
MAX_PAGES_PER_ACTION = 200


class TranslationStatusSubmitView(WagtailAdminTemplateMixin, TemplateView):
    """``POST`` pages and a language from the report: they are sent for translation at once."""

    template_name = "core/admin/translation_submitted.html"
    page_title = _("Sent for translation")
    header_icon = "globe"
    http_method_names = ["post"]

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("translation_status"), "label": _("Translation status")},
            {"url": "", "label": self.page_title},
        ]

    def post(self, request):
        if not may_submit(request.user):
            return forbidden(request, _("Only editors and translators may start translations."))
        locale = allowed_target_locales(request.user).filter(language_code=request.POST.get("locale", "")).first()
        if locale is None:
            return forbidden(request)
        field = "shown" if request.POST.get("scope") == "shown" else "page"
        ids = [int(value) for value in request.POST.getlist(field) if value.isdigit()]
        if not ids:
            messages.warning(request, _("Tick the pages to translate first."))
            return redirect(request.POST.get("next") or reverse("translation_status"))
        too_many = len(ids) > MAX_PAGES_PER_ACTION
        pages = Page.objects.filter(pk__in=ids[:MAX_PAGES_PER_ACTION]).exclude(locale=locale).order_by("path")
        outcomes = submit_pages(pages, [locale], request.user)
        counts = Counter(outcome.result for outcome in outcomes)
        return self.render_to_response(
            self.get_context_data(
                locale=locale,
                outcomes=outcomes,
                counts=counts,
                too_many=too_many,
                limit=MAX_PAGES_PER_ACTION,
                report_url=reverse("translation_status") + f"?locale={locale.language_code}",
            )
        )
