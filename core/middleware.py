from django.http import HttpResponseBadRequest, JsonResponse
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils.translation import gettext as _

#: URL prefixes that are not pages and have no language version: their 404s stay 404s.
UNLOCALIZED_PREFIXES = (
    "/api/",
    "/admin/",
    "/documents/",
    "/media/",
    "/static/",
    "/sitemap",
    "/robots.txt",
    "/healthz",
)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, minus the language redirect for API and file URLs.

    Django redirects any unprefixed 404 to ``/<lang>/<path>`` when that path resolves — and with
    Wagtail's catch-all page route every path resolves, so ``POST /api/views/999/`` would turn
    into a redirect instead of the honest 404 the beacon's clients expect.
    """

    def process_response(self, request, response):
        if request.path_info.startswith(UNLOCALIZED_PREFIXES):
            return response
        return super().process_response(request, response)


class RejectNulMiddleware:
    """A NUL character in the path or query string is a 400, before any view sees it.

    No page, slug, tag or search can contain one, and PostgreSQL refuses it in any text
    parameter (``DataError``), which would turn a probe into a 500 on every filter and lookup.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or _has_nul_parameter(request.GET):
            message = _("The address contains a NUL character.")
            if request.path.startswith("/api/"):
                # API clients read errors as {"message": …}, like every other API error.
                return JsonResponse({"message": message}, status=400)
            return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
        return self.get_response(request)


def _has_nul_parameter(query):
    return any("\x00" in key or any("\x00" in value for value in values) for key, values in query.lists())
