"""Baseline views: what Django alone costs, to compare the portal's views against.

Both pass through the full production middleware stack, so the difference between them and the
real view is exactly the page's own work (queries, template rendering, counting).
"""

from functools import cache

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST


@cache
def _article_bytes():
    with open(settings.BENCH_BARE_HTML, "rb") as file:
        return file.read()


@require_GET
def bare_page(request):
    """The article's HTML, rendered once by the harness: no query, no template."""
    return HttpResponse(_article_bytes(), content_type="text/html; charset=utf-8")


@csrf_exempt
@require_POST
@never_cache
def bare_beacon(request):
    """The beacon's answer without counting: the cost of a POST through Django."""
    return JsonResponse({"views": 1, "counted": True})
