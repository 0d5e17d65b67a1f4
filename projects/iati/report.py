"""The admin's "IATI readiness" report (Reports menu): which projects go into the IATI file, and
for the others every field to fix — the same sentences as the readiness box of the project's
IATI tab.

One row per project, not per translation: the translations share the IATI rows and the export
builds one activity from all of them, so the row is the source-language page (the one
wagtail-localize translates from, else the default language's, else the first made). A page of
the listing fetches the IATI rows and organisations of all its projects together before each is
checked, as the export does.
"""

from django.http import HttpResponseForbidden
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn, LocaleColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from core.roles import may_read_reports
from core.visibility import public

from ..models import ProjectIndexPage, ProjectPage
from . import activity
from .publisher import portal_publisher
from .readiness import identifier_owners


class IatiReadinessMenuItem(MenuItem):
    def is_shown(self, request):
        return may_read_reports(request.user)


def source_page_ids():
    """The pk of one page per project (translation key): the source language's. Three queries."""
    pages = list(ProjectPage.objects.order_by("pk").values_list("pk", "translation_key", "locale_id"))
    keys = {key for _pk, key, _locale in pages}
    translated_from = dict(TranslationSource.objects.filter(object_id__in=keys).values_list("object_id", "locale_id"))
    default_locale = Locale.get_default().pk
    chosen = {}
    for pk, key, locale in pages:
        preferred = translated_from.get(key, default_locale)
        if key not in chosen or (locale == preferred and chosen[key][1] != preferred):
            chosen[key] = (pk, locale)
    return [pk for pk, _locale in chosen.values()]


def attach_readiness(pages, publisher):
    """Check each project of ``pages`` for the IATI file: ``page.iati_problems``, ``page.iati_ready``.

    The IATI rows, organisations and communities of all of them are fetched at once, as the export
    does (``activity.prefetch``); the checks themselves are the export's (``export_problems``).
    """
    pages = list(pages)
    organisations = activity.prefetch([[page] for page in pages], publisher)
    owners = identifier_owners(pages)
    for page in pages:
        page.iati_problems = activity.export_problems(page, publisher, organisations, owners)
        page.iati_ready = not page.iati_problems
        # The same in words, for the spreadsheet export: one reason per line of the cell.
        page.iati_readiness_text = gettext("Ready") if page.iati_ready else gettext("Not ready")
        page.iati_problems_text = "\n".join(str(problem) for problem in page.iati_problems)
    return pages


class ReadinessColumn(Column):
    """ "Ready" as a status tag, or "Not ready" with the list of reasons."""

    cell_template_name = "projects/iati/readiness_cell.html"


class IatiReadinessReportView(ReportView):
    page_title = _("IATI readiness")
    header_icon = "doc-full"
    index_url_name = "projects_iati_readiness"
    index_results_url_name = "projects_iati_readiness_results"
    results_template_name = "projects/iati/readiness_report_results.html"
    paginate_by = 50
    # Who may read it is decided in dispatch, not by the page permission policy.
    permission_policy = None

    columns = [
        TitleColumn(
            "title",
            label=_("Project"),
            get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
        ),
        Column("iati_identifier", label=_("IATI activity identifier")),
        LocaleColumn(label=_("Source language"), sort_key=None),
        LiveStatusTagColumn(label=_("Status"), sort_key=None),
        ReadinessColumn("iati_ready", label=_("IATI file")),
    ]
    list_export = ["title", "iati_identifier", "locale", "status_string", "iati_readiness_text", "iati_problems_text"]
    export_headings = {
        "title": _("Project"),
        "iati_identifier": _("IATI activity identifier"),
        "locale": _("Source language"),
        "status_string": _("Status"),
        "iati_readiness_text": _("IATI file"),
        "iati_problems_text": _("To fix"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not may_read_reports(request.user):
            # A 403 rather than PermissionDenied, which Wagtail turns into a redirect to the dashboard.
            return HttpResponseForbidden(gettext("Only editors and moderators may read the reports."))
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return "iati-readiness"

    def get_queryset(self):
        # The status column reads schedules and workflows: annotated here rather than asked per row.
        pages = ProjectPage.objects.filter(pk__in=source_page_ids()).select_related("locale")
        return pages.annotate_approved_schedule().prefetch_workflow_states().order_by("title", "pk")

    def decorate_paginated_queryset(self, object_list):
        return attach_readiness(object_list, portal_publisher(self.request))

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["portfolio_files"] = [
            (index, f"{index.url}iati.xml") for index in public(ProjectIndexPage.objects.all()).select_related("locale")
        ]
        return context
