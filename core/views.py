"""Small views that belong to no page family."""

from django.db import DatabaseError, connection
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language_from_request
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_safe
from wagtail import views as wagtail_views
from wagtail.models import Locale, Page

from . import routing
from .cards import prepare_cards
from .listing import paginate
from .search import backend_query, clean_query, content_families, excerpt, highlight_pattern
from .visibility import public_for_search

SEARCH_RESULTS_PER_PAGE = 10


def serve_page(request, path):
    """Wagtail's page view, routed in two queries instead of two per level (``core.routing``)."""
    routing.route_for_request(request, path)  # Wagtail's serve view reads the route it caches
    return wagtail_views.serve(request, path)


def language_redirect(request):
    """``/`` → ``/<lang>/`` by the browser's preferred language (cookie, then Accept-Language).

    Django's LocaleMiddleware would do the same after rendering a full 404 page first; this
    answers straight away and says which request headers the answer depends on.
    """
    language = get_language_from_request(request, check_path=False)
    response = HttpResponseRedirect(f"/{language}/")
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


def search(request):
    """``/<lang>/search/?q=…&type=…&page=…``: pages of the visitor's language only.

    Any ``q`` is safe: it is cleaned and cut to a sane length before it reaches the backend, an
    unknown ``type`` is ignored, a page number out of range is a 404.
    """
    query = clean_query(request.GET.get("q"))
    families = content_families()
    family = request.GET.get("type", "")
    if family not in families:
        family = ""
    counts, results = {}, None
    words = backend_query(query)
    if query:
        pages = public_for_search(Page.objects.all(), locale=Locale.get_active())
        if not words:
            pages = pages.none()
        for key, model in families.items():
            counts[key] = pages.type(model).search(words).count() if words else 0
        if family:
            pages = pages.type(families[family])
        found = pages.specific().search(words) if words else pages
        results = paginate(found, request.GET.get("page"), SEARCH_RESULTS_PER_PAGE)
        prepare_cards(results.object_list)
        pattern = highlight_pattern(query)
        for page in results.object_list:
            page.search_excerpt = excerpt(page, pattern)
    response = TemplateResponse(
        request,
        "core/search.html",
        {
            "query": query,
            "results": results,
            "family": family,
            "families": [(key, model._meta.verbose_name_plural, counts.get(key, 0)) for key, model in families.items()],
            "total": sum(counts.values()),
        },
    )
    patch_vary_headers(response, ("Accept-Language",))
    return response


@require_safe
@cache_control(public=True, max_age=60 * 60 * 24)
def robots_txt(request):
    """``/robots.txt``: crawl everything but the admin; the sitemap's address follows the host the
    request came to (already checked against ``ALLOWED_HOSTS``)."""
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    return render(request, "robots.txt", {"sitemap_url": sitemap_url}, content_type="text/plain; charset=utf-8")


@require_safe
@never_cache
def healthz(request):
    """``GET /healthz`` for load balancers: ``200`` while the database answers, ``503`` when it does not.

    A dead cache server slows pages down but breaks nothing (``core.redis_cache``), so it is
    reported as ``"degraded"``, still with ``200``: a balancer must not take every app server
    out of rotation because Redis is down.
    """
    database = "ok"
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        database = "down"
        connection.close()
    cache_state = cache_health()
    status = "down" if database == "down" else "degraded" if cache_state == "down" else "ok"
    return JsonResponse({"status": status, "database": database, "cache": cache_state}, status=503 if database == "down" else 200)


def cache_health():
    """``"ok"``, ``"down"``, or ``"local"`` for a per-process memory cache (nothing to reach)."""
    from django.core.cache import cache

    is_available = getattr(cache, "is_available", None)
    if is_available is None:
        return "local"
    return "ok" if is_available() else "down"


def api_not_found(request, *args, **kwargs):
    """Unknown addresses under ``/api/`` (``/api/v2/pages/abc/``, ``/api/views/abc/``) answer in
    JSON like the endpoint's own errors: ``{"error": …}`` for the view beacon, ``{"message": …}``
    (Wagtail's shape) for the rest."""
    if request.path.startswith("/api/views/"):
        return JsonResponse({"error": _("No published page with views to count has this id.")}, status=404)
    return JsonResponse({"message": _("Not found.")}, status=404)


@never_cache
def csrf_failure(request, reason=""):
    """A refused form post (no CSRF cookie, e.g. cookies blocked) in the portal's frame and the
    visitor's language, with what to do about it — not Django's English technical page."""
    return render(request, "403_csrf.html", {"reason": reason}, status=403)
