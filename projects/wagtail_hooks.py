"""Admin for the projects plugin (regions, the IATI readiness report) and its home-page section (active projects)."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.cards import prepare_cards
from core.follow import FOLLOW_FACETS_HOOK, Facet
from core.follow_facets import REGION_ORDER, donor_facet, locale_filter
from core.home_sections import HOME_SECTION_HOOK, HomeSection
from core.visibility import public_q

from .iati.report import IatiReadinessMenuItem, IatiReadinessReportView
from .kinds import ProjectRole
from .models import ProjectCommunity, ProjectIndexPage, ProjectOrganisation, ProjectPage, ProjectStatus, Region, status_q


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    menu_label = _("Regions")
    add_to_admin_menu = False
    list_display = ["name", "slug", "country", "locale"]
    search_fields = ["name"]
    list_filter = ["locale"]


register_snippet(RegionViewSet)


def active_projects(locale, limit):
    """Projects of ``locale`` running today, newest first, with donors and regions: six queries."""
    projects = list(
        ProjectPage.objects.filter(public_q(locale=locale), status_q(ProjectStatus.ACTIVE, timezone.localdate()))
        .select_related("hero_image")
        .order_by("-start_date", "-pk")[:limit]
    )
    prepare_cards(projects)
    return projects


@hooks.register(HOME_SECTION_HOOK)
def register_active_projects():
    return HomeSection(
        key="active_projects",
        heading=_("Active projects"),
        items=active_projects,
        index_model=ProjectIndexPage,
        more_label=_("All projects"),
        template="projects/components/home_projects.html",
    )


@hooks.register("register_admin_urls")
def register_iati_readiness_urls():
    return [
        path("reports/iati-readiness/", IatiReadinessReportView.as_view(), name="projects_iati_readiness"),
        path(
            "reports/iati-readiness/results/",
            IatiReadinessReportView.as_view(results_only=True),
            name="projects_iati_readiness_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_iati_readiness_menu_item():
    return IatiReadinessMenuItem(
        _("IATI readiness"), reverse("projects_iati_readiness"), name="iati-readiness", icon_name="doc-full", order=920
    )


@hooks.register("insert_global_admin_css")
def iati_admin_css():
    """The readiness box and report, and code-list selects that keep their field row on screen."""
    return format_html('<link rel="stylesheet" href="{}">', static("projects/iati-admin.css"))


# --- what readers can follow by e-mail (core.follow) ------------------------------------------


def region_choices(locale):
    """Regions some public project works in, named in the locale's language."""
    used = ProjectCommunity.objects.filter(public_q("page__"), region__isnull=False).values("region__slug")
    regions = Region.objects.filter(slug__in=used, **locale_filter(locale)).order_by("name")
    return [(region.slug, region.name) for region in regions]


def region_values(page):
    if not isinstance(page, ProjectPage):
        return set()
    return set(ProjectCommunity.objects.filter(page=page, region__isnull=False).values_list("region__slug", flat=True))


@hooks.register(FOLLOW_FACETS_HOOK)
def register_project_follow_facets():
    return [
        Facet(kind="region", label=_("Regions"), choices=region_choices, values_of=region_values, order=REGION_ORDER),
        donor_facet(ProjectPage, ProjectOrganisation.objects.filter(role=ProjectRole.DONOR)),
    ]
