"""Admin for the projects plugin (regions) and its home-page section (active projects)."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.cards import prepare_cards
from core.home_sections import HOME_SECTION_HOOK, HomeSection
from core.visibility import public_q

from .models import ProjectIndexPage, ProjectPage, ProjectStatus, Region, status_q


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
