"""Admin for the projects plugin: regions, filed beside the other directory snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Region


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    menu_label = _("Regions")
    add_to_admin_menu = False
    list_display = ["name", "slug", "country", "locale"]
    search_fields = ["name"]
    list_filter = ["locale"]


register_snippet(RegionViewSet)
