"""Admin for core's snippets (organisations, funding programmes, categories, tags) and the translation status report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import follow_facets, page_cache
from .follow import FOLLOW_FACETS_HOOK
from .models import Category, FundingProgramme, Organisation, SiteAlert, Tag
from .translation import submit
from .translation.dashboard import waiting_for_translation_panel
from .translation.report import TranslationStatusMenuItem, TranslationStatusSubmitView, TranslationStatusView
from .translation.tags import TagNamesView


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "short_name", "iati_ref", "email", "locale"]
    search_fields = ["name", "short_name"]
    list_filter = ["locale"]


class FundingProgrammeViewSet(SnippetViewSet):
    model = FundingProgramme
    icon = "tick-inverse"
    menu_label = _("Funding programmes")
    list_display = ["name", "short_name", "funder", "locale"]
    list_filter = ["locale"]


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "folder-open-inverse"
    menu_label = _("Categories")
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]


class TagViewSet(SnippetViewSet):
    model = Tag
    icon = "tag"
    menu_label = _("Tags")
    list_display = ["name", "slug"]
    search_fields = ["name"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Directory")
    menu_icon = "list-ul"
    menu_order = 250
    items = (OrganisationViewSet, FundingProgrammeViewSet, CategoryViewSet, TagViewSet)


register_snippet(TaxonomyGroup)


class SiteAlertViewSet(SnippetViewSet):
    """Notices above every page of one language: scheduled, by severity, cleared on save."""

    model = SiteAlert
    icon = "warning"
    menu_label = _("Site alerts")
    menu_order = 240
    add_to_admin_menu = True
    list_display = ["title", "severity", "starts_at", "ends_at", "locale"]
    list_filter = ["severity", "locale"]
    search_fields = ["title"]


register_snippet(SiteAlertViewSet)


@hooks.register("register_admin_urls")
def register_translation_urls():
    """The status report, its bulk action, the tag names screen — and wagtail-localize's submit and
    sync screens at their own addresses, narrowed to the user's languages (``core.translation.submit``).
    Core's hooks run before wagtail-localize's, so these patterns answer first."""
    return [
        path("reports/translation-status/", TranslationStatusView.as_view(), name="translation_status"),
        path("reports/translation-status/submit/", TranslationStatusSubmitView.as_view(), name="translation_status_submit"),
        path("translation/tags/", TagNamesView.as_view(), name="translation_tags"),
        path("localize/submit/page/<int:page_id>/", submit.SubmitPageTranslationView.as_view()),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            submit.SubmitSnippetTranslationView.as_view(),
        ),
        path("localize/update/<int:translation_source_id>/", submit.UpdateTranslationsView.as_view()),
    ]


hooks.register("construct_homepage_panels", waiting_for_translation_panel)


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"), reverse("translation_status"), name="translation-status", icon_name="globe", order=900
    )


@hooks.register("on_serve_page")
def record_route_for_the_page_cache(next_serve_page):
    """The page cache keys an answer on the parameters its route reads; it learns the route here."""

    def serve(page, request, args, kwargs):
        page_cache.record_route(page, request)
        return next_serve_page(page, request, args, kwargs)

    return serve


# What readers can follow by e-mail in every family: topics, funding programmes and their funders.
hooks.register(FOLLOW_FACETS_HOOK, follow_facets.core_facets)
