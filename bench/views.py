"""Baseline views: what Django alone costs, to compare the portal's views against.

Both pass through the full production middleware stack, so the difference between them and the
real view is exactly the page's own work (queries, template rendering, counting).

``publish`` is no baseline: it lets the cluster bench (``bench/cluster.py``) publish a change in
one app server's own process, as an editor's publish in the admin would, and time how soon the
other server and Varnish show it. Like the baselines it exists only under ``bench.settings``.
"""

import time
from functools import cache

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Page


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


@csrf_exempt
@require_POST
@never_cache
def publish(request, page_id):
    """Give the page the POSTed ``title`` and publish it: a new revision, published, so Wagtail's
    ``page_published`` signal purges the page cache and Varnish exactly as for an editor."""
    title = request.POST.get("title", "").strip()
    if not title:
        return JsonResponse({"error": "POST a non-empty title"}, status=400)
    page = get_object_or_404(Page, pk=page_id).specific
    page.title = title
    started = time.perf_counter()
    page.save_revision().publish()
    # Wall-clock time, committed and purged (Wagtail publishes in autocommit: on_commit hooks have
    # run): the harness on the same machine times readers' delays from here.
    return JsonResponse(
        {"id": page.pk, "title": title, "seconds": round(time.perf_counter() - started, 3), "published_at": time.time()}
    )
