"""The view beacon: ``POST /api/views/<id>/`` counts one view and answers the fresh total."""

from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import countable, counter


@csrf_exempt
@require_POST
@never_cache
def view_beacon(request, page_id):
    """``POST /api/views/<id>/`` → ``{"views": N}``: count one view and return the fresh total.

    The page's own HTML carries no token or cookie (so it can be cached); this endpoint is
    therefore CSRF-exempt, and its only effect is one increment, bounded per client by a rate
    limit. Bots, prefetches and editors get the total without being counted.
    """
    if counter.rate_limited(request):  # first: a flood never reaches the database
        return JsonResponse({"error": _("Too many requests; try again in a minute.")}, status=429)
    counts_views, stored = countable.check(page_id)
    if not counts_views:
        return JsonResponse({"error": _("No published page with views to count has this id.")}, status=404)
    if counter.should_count(request):
        return JsonResponse({"views": counter.record_view(page_id, stored=stored), "counted": True})
    return JsonResponse({"views": counter.current_total(page_id, stored=stored), "counted": False})
