from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import sitemaps
from core import views as core_views
from core.api import api_router

urlpatterns = [
    path("", core_views.language_redirect, name="language_redirect"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/", include("viewcounts.urls")),
    re_path(r"^api/", core_views.api_not_found, name="api_not_found"),
    path("healthz", core_views.healthz, name="healthz"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemaps.sitemap_index, name="sitemap"),
    path("sitemap-<str:section>.xml", sitemaps.sitemap_section, name="sitemap_section"),
]

if settings.SERVE_MEDIA:
    from django.views.static import serve as serve_file

    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [path(f"{media_prefix}<path:path>", serve_file, {"document_root": settings.MEDIA_ROOT})]

# Every public page lives under a language prefix: /en/, /uk/, /et/, /lt/.
urlpatterns += i18n_patterns(
    path("search/", core_views.search, name="search"),
    # E-mail alerts: sign up, confirm, manage, leave (before the pages, which would claim the path).
    path("subscribe/", include("alerts.urls")),
    # Pages, routed by core.routing; Wagtail's own patterns follow (its password and login forms
    # under _util/, and its serve view, which ours hands over to).
    re_path(r"^(?!_util/)" + wagtail_urls.serve_pattern.removeprefix("^"), core_views.serve_page, name="wagtail_serve"),
    # A page's data files (``projects.csv``, ``projects.json``, ``iati.xml``): routed to the page
    # as a last path component without the slash (the routable page sees ``projects.csv/``). The
    # sitemaps (``/sitemap.xml``) are above, outside the language prefix, and never reach here.
    re_path(r"^(?!_util/)((?:[\w\-]+/)+[\w\-]+\.(?:csv|json|xml))$", core_views.serve_page, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
