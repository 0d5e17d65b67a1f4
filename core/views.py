"""Small views that belong to no page family."""

from django.http import HttpResponseRedirect, JsonResponse
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language_from_request
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from . import counter


def language_redirect(request):
    """``/`` → ``/<lang>/`` by the browser's preferred language (cookie, then Accept-Language).

    Django's LocaleMiddleware would do the same after rendering a full 404 page first; this
    answers straight away and says which request headers the answer depends on.
    """
    language = get_language_from_request(request, check_path=False)
    response = HttpResponseRedirect(f"/{language}/")
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


@csrf_exempt
@require_POST
@never_cache
def view_beacon(request, page_id):
    """``POST /api/views/<id>/`` → ``{"views": N}``: count one view and return the fresh total.

    The page's own HTML carries no token or cookie (so it can be cached); this endpoint is
    therefore CSRF-exempt, and its only effect is one increment, bounded per client by a rate
    limit. Bots, prefetches and editors get the total without being counted.
    """
    page = Page.objects.live().public().filter(pk=page_id).select_related("content_type").first()
    model = page.specific_class if page is not None else None
    if model is None or not getattr(model, "counts_views", False):
        return JsonResponse({"error": _("No published page with views to count has this id.")}, status=404)
    page = page.specific
    if counter.rate_limited(request):
        return JsonResponse({"error": _("Too many requests; try again in a minute.")}, status=429)
    if counter.should_count(request):
        return JsonResponse({"views": counter.record_view(page), "counted": True})
    return JsonResponse({"views": counter.current_total(page), "counted": False})
