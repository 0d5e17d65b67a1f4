from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import views as core_views

urlpatterns = [
    path("", core_views.language_redirect, name="language_redirect"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/", include("core.urls")),
]

if settings.SERVE_MEDIA:
    from django.views.static import serve as serve_file

    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [path(f"{media_prefix}<path:path>", serve_file, {"document_root": settings.MEDIA_ROOT})]

# Every public page lives under a language prefix: /en/, /uk/, /et/, /lt/.
urlpatterns += i18n_patterns(
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
