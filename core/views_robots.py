"""``/robots.txt``: crawl everything but the admin, and find the sitemap."""

from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe


@require_safe
@cache_control(public=True, max_age=60 * 60 * 24)
def robots_txt(request):
    """The sitemap's address follows the host the request came to (checked by ``ALLOWED_HOSTS``)."""
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    return render(request, "robots.txt", {"sitemap_url": sitemap_url}, content_type="text/plain; charset=utf-8")
