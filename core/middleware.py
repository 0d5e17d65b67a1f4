from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

#: URL prefixes that are not pages and have no language version: their 404s stay 404s.
UNLOCALIZED_PREFIXES = ("/api/", "/admin/", "/documents/", "/media/", "/static/", "/sitemap.xml", "/robots.txt")


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
